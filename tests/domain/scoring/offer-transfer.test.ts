import { describe, expect, it } from 'vitest';
import { score } from '../../../src/domain/scoring/scorer.ts';

const has = (text: string) => score({ text }).labels.includes('offer-transfer');

describe('offer-transfer', () => {
  it.each([
    // rulebook
    "Certainly - our Director of Customer Service is Mr. Wilson; I'll transfer you right away.",
    "I'll have our billing manager call you.",
    "I can't issue credits myself, so I'll bring in our billing manager now.",
    "I'm bringing Ms. Greer on the line.",
    "I'll transfer you to our director right away.",
    // own phrasings
    'let me get my supervisor for you',
    'Would you like to speak with my manager?',
    "I'll ask my supervisor to give you a call this afternoon.",
    'My supervisor will call you before five today.',
    'Absolutely, I can connect you with our operations manager.',
    'im gonna transfer u to billing real quick',
    'Of course. Let me put you through to our customer service manager.',
    "I'd be happy to connect you with someone in billing who can approve that.",
    'Sure thing, I’ll transfer you to Ms. Reed now.',
    'Shall I transfer you to her now?',
    "I'm connecting you with our technical department - they handle the fax lines.",
    "I'll escalate this to my manager and she'll call you within the hour.",
    "Our billing manager, Denise, will call you before 3 this afternoon.",
    'Let me grab my supervisor, she can approve credits.',
    "I'd like to bring in our operations manager since she set up your account.",
    'you are welcome to speak with our customer service director, Mr. Wilson',
    'I will have Mr. Ortiz from billing call you back this afternoon.',
    'ok i can put you through to my supervisor',
    'Fine, I’ll transfer you to my supervisor.',
    'Let me get our billing specialist on the line for you.',
    'Would you prefer to talk to our owner directly?',
    // more of our own phrasings
    "Let me bring my supervisor, Ms. Grant, into the conversation - she can authorize refunds.",
    "Happy to - I'll grab our operations manager and we'll sort this out together.",
    "I'll have Dana from our billing team give you a ring this afternoon.",
    "Our technical supervisor can call you directly if you'd like; would that help?",
    "I'm going to get our billing supervisor for you - one moment.",
    "Mrs. Jones, I think our customer care manager could help; may I transfer you to him?",
    "I can set up a call between you and our director of operations this afternoon.",
    "Let me see who's available in billing.",
    "Of course you can speak to a manager - I'll put you through to Mr. Hale now.",
    "I'm going to ask our accounts manager to ring you back within the hour.",
    "Hold on one sec, I'll get someone from tech support on the line with us.",
    "I'd be happy to have our operations manager call you this afternoon.",
    "She's our billing lead; would you like me to connect you?",
    "I'll pass this on to the manager and she will call you back by 4.",
    // Missed phrasings from a separate writer's scenario responses (listed misses first), generalized by kind.
    "She's in a meeting; I'll have her call you sometime.",
    "Mr. Harlan, I understand losing the Kettle job has you questioning the whole service. Before you decide, I can have our operations manager, Ms. Reyes, call you today, or we can go through Saturday's record together first - which would you prefer?",
    "Ms. Whitfield, I understand - you asked a fair question and you deserve a straight answer. Would you like me to go through the causes with you line by line now, or have our billing manager call you by 4 today?",
    "He's with a client right now, but I'll ask him to call you back as soon as he's free.",
    "i can get her to give you a ring this afternoon",
    "I'll fill her in and have her call you by 3.",
    "Our director, Mr. Wilson, is out today; I'll have him phone you first thing tomorrow.",
    "Let me brief Ms. Ferris and then have her contact you directly.",
    "I could go over the bill with you, or have our billing lead call you this afternoon.",
    "I'll have our account manager, Mrs. Dale, reach out to you today.",
    "I can ask our supervisor, Mr. J. Park, to call you before noon.",
    "I'll explain everything to him and ask him to get in touch with you.",
    "I'll talk to Ms. Ferris, and have her call you back today.",
    "We can have our tech lead, Ms. O'Neil, give you a call within the hour.",
    "Dr. Ames, I'll have them call you from the billing office this afternoon.",
    "Mrs. Dale, she's on another call, but as soon as she's off I'll have her ring you back.",
    "ok ill get him to call u in 10 min",
    "Our owner isn't in yet - I can ask her to give you a call when she arrives.",
    "I understand this needs someone with more authority. We can have our customer service director, Mr. Wilson, contact you before noon.",
    // fresh writer: other styles (formal, terse, rambling, lowercase, British/Australian, answering-service)
    "Certainly, sir. I will connect you with our Client Services Manager, Ms. Greer, immediately.",
    "yeah no worries ill grab my supervisor for you",
    "Transferring you to billing now.",
    "I hear you, and I understand you'd like to speak with someone more senior. Our operations director, Dave Wilson, is in today, and I'll put you straight through to him. Please stay on the line.",
    "ok ill get my manger on the line for u",
    "I'll pop you through to our accounts team, they can sort the invoice out.",
    "Mrs. Jones, I'll have our billing supervisor ring you back within the hour.",
    "Let me patch in our director so you can speak with her directly.",
    "I'm going to hand this over to our quality manager; she'll call you by three.",
    "Of course, I can get the owner on the phone for you.",
    "i can put u thru to the on call supervisor right now if u want",
    "Absolutely, I'll escalate this to our account manager and have him contact you this afternoon.",
    "I understand. I'm going to get my team lead on the line to help us.",
    "You're right that this needs someone with more authority. Let me bring in our director of client relations.",
    "Our billing specialist is the best person for this - I'll transfer you to her now.",
    "I'll ask our operations manager to call you first thing tomorrow morning.",
    "Let me connect you to our night supervisor, she handles escalations.",
    "I'll have Mr. Wilson give you a ring this afternoon.",
    "Would you like me to put you through to our customer service director?",
    "Sure thing, mate, I'll get the manager for you.",
    "I'm looping in our accounts manager now so she can look at the credit with you.",
    "Hold on one moment while I transfer you to our supervisor.",
    "Dr. Patel, I'll have our client services director call you personally before five.",
    "Certainly - I'll escalate this to my supervisor, who will reach out to you by noon.",
  ])('yes: %s', (text) => {
    expect(has(text)).toBe(true);
  });

  it.each([
    // rulebook
    "You'll have to call someone else.",
    // own near-misses
    "I'll check with my supervisor and call you back.",
    "I'd have to get my manager's approval for that.",
    'You can call billing yourself.',
    "I'm afraid I can't transfer you, she's out today.",
    'Billing isn’t my department. You’ll need to call them yourself.',
    'Take it up with someone else.',
    'My supervisor told me the rates are set by management.',
    'Our billing manager approved the change last week.',
    "I'm going to put you on hold for two minutes.",
    'Dr. Lowe will call you when she is on call tonight.',
    "Someone from our team will call you next week to go over it.",
    'I spoke with my supervisor about your account this morning.',
    "You'll need to speak with your phone company about the forwarding.",
    'There is no one else I can transfer you to.',
    "I'll pull the billing records for March.",
    'The manager on duty last night was Karen.',
    'Let me get your account up on my screen.',
    "I'll get our technicians to reset your line tonight.",
    "I'll transfer the calls to your cell phone from now on.",
    'Mr. Haddad, we don’t do credits. Try the main office.',
    'Whatever, talk to my boss if you want, he will say the same thing.',
    'My manager is out this week.',
    'I could ask my supervisor, but she will say no.',
    "I'll get my manager's sign-off on the credit.",
    // more of our own phrasings
    "I don't handle billing, sorry, you'll need to call the main office.",
    "My supervisor isn't available today.",
    "You could try calling back tomorrow when the manager is in.",
    "If you need a supervisor you can ask for one next time.",
    "No, you can't talk to my manager.",
    "My manager would tell you the same thing.",
    "My supervisor said we can't do credits.",
    "The director is Mr. Wilson, but he's not in today.",
    "I can't transfer you because there's nobody else here.",
    // Near-misses for the widened patterns.
    "She'll have to call you herself if she wants to.",
    "Can you have your manager call us?",
    "I'll have her call the answering service.",
    "Please ask her to call me.",
    "I can't have him call you, he's out all week.",
    "He asked me to call you back.",
    "I'll have her call the on-call doctor right away.",
    "Maybe ask them to call the office tomorrow.",
    // fresh writer: other styles (formal, terse, rambling, lowercase, British/Australian, answering-service)
    "You'll have to call someone else for that.",
    "That's not my department.",
    "Our operator transferred the call to the wrong doctor.",
    "The message was forwarded to Dr. Lee at 2 a.m.",
    "Please call the phone company to fix the forwarding.",
    "My supervisor is in a meeting all day.",
    "We transferred your calls to the backup line during the outage.",
    "Did the agent transfer you to the on-call doctor?",
    "I'll take care of this myself.",
    "The supervisor reviewed the call recording this morning.",
  ])('no: %s', (text) => {
    expect(has(text)).toBe(false);
  });

  it('points at the hand-off', () => {
    const text = "I can't approve that myself, so I'll have our billing manager call you by 2.";
    const ev = score({ text }).evidence.filter((e) => e.label === 'offer-transfer');
    expect(ev.length).toBeGreaterThan(0);
    expect(text.slice(ev[0]!.start, ev[0]!.end)).toContain('have our billing manager call you');
  });
});
