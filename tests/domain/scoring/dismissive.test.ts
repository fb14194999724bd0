import { describe, expect, it } from 'vitest';
import { score } from '../../../src/domain/scoring/scorer.ts';

const LABEL = 'dismissive';

// Rulebook yes/no examples plus our own phrasings: informal typing, missing apostrophes, curly quotes.
const YES: string[] = [
    "That's not my department.",
    "There's nothing I can do.",
    "It is what it is.",
    "You'll have to call someone else.",
    "Not my problem.",
    "That's not something I deal with.",
    "sorry, i cant help you with that",
    "Credits aren't my department, call the office.",
    "I'm just the answering service, you'd have to talk to your doctor's office.",
    "That's above my pay grade.",
    "There's not much I can do about it now.",
    "My hands are tied.",
    "You'll need to contact your phone company about that.",
    "Rules are rules.",
    "it's out of my hands",
    "I don't know what to tell you.",
    "Not my department, sorry.",
    "You should call billing yourself.",
    "That's just how it works.",
    "Honestly, that's not really my area.",
    "I just answer the phones, ma'am.",
    "You'll have to talk to someone else about billing.",
    "can't help you there",
    "There's nothing more we can do.",
    "That's not my call to make. Try the main office.",
    "It's not up to me.",
    "call your carrier, it's their issue",
    "I don't handle billing.",
    "Not my problem, sorry.",
    "Billing isn't my department. You'll need to call them yourself.",
    "We don't do credits, and billing isn't something I handle. Try the main office.",
    "Look, I don't make the rules. If you want a credit, take it up with someone else.",
    "you'll have to take that up with your phone company. We just answer the calls.",
    "There's nothing I can change.",
    "thats not my problem",
    "i cant do anything about it",
    "I'm afraid there's nothing I can do about that.",
    "That's just our policy, sorry.",
    "You'd need to speak to the owner about that.",
    "I'm not the right person for that.",
    "There's no one here who can help with that.",
    "you'll have to sort that out with your carrier",
    "I just take messages, ma'am, I can't fix your phone lines.",
    "That has nothing to do with us.",
    "We're not responsible for your phone company's outages.",
    "theres nothing i can do",
    "youll have to call someone else",
    "not my dept",
    "idk what to tell you",
    "There's nothing I can do. Sorry about that. Have a good day.",
    "I understand you're frustrated, Mrs. Jones, but billing questions go to the main office, not me. You can reach them Monday.",
    "Sorry, that's out of my hands. You'd have to talk to the owner.",
    // Added: unseen-writer phrasings (accuracy pass A2).
    "She'll just tell you what I told you.",
    "The owner's travelling, and honestly, there's nothing she can do either.",
    "She'll just tell you the same thing I would.",
    "That's up to your office, not us.",
    "Honestly, there's nothing she can do either.",
    "Not really - the rates are the rates.",
    "My manager will just tell you the same thing.",
    "Talking to my supervisor won't change anything.",
    "He'll only say the same thing, Mr. Hal.",
    "my boss is just gonna tell you what i told you",
    "Even the owner can't do anything about it.",
    "There's nothing my manager can do either.",
    "There's nothing anyone here can do about that.",
    "That's up to the phone company, not us.",
    "That's between you and your carrier.",
    "Fees are fees, sir.",
    "policy is policy",
    "the contract is the contract, ma'am",
    "Honestly, a charge is a charge.",
    "That's your office's responsibility, not ours.",
    "Thanks for holding, Hal. I spoke with the team. The owner's out this week, and there's nothing she could do anyway. Anything else?",
    "It's really up to your doctor's office, not the answering service.",
    "asking a manager wont help, theyll just say the same thing",
    "Nobody else is going to give you a different answer.",
];

// Near-misses: the same words doing something else.
const NO: string[] = [
    "I can't issue credits myself, so I'll bring in our billing manager now.",
    "I can't change the rates myself, but I can bring our billing manager on right now.",
    "That's handled by our billing office, so I'll connect you now.",
    "I can't give out client details, but I'd be glad to take a message.",
    "Billing isn't something I can approve, but I'll have Ms. Greer call you by 3.",
    "I can't do anything right today, can I?",
    "There's nothing I'd rather do than fix this for you.",
    "You can call me directly at extension 12.",
    "You'll need to sign the form and send it back.",
    "I'll transfer you to our billing department.",
    "Our policy is to call the backup doctor after ten minutes.",
    "It's company policy that we verify your identity first.",
    "We don't give out that information.",
    "I can't approve that credit, but our billing manager can - I'll put you through to her now.",
    "There's nothing wrong with asking, and I'll look into it.",
    "It's not my job to judge you; I'm here to help.",
    "Not a problem at all, I'll take care of it.",
    "No problem, I can do that right now.",
    "I'm not able to share that, but I'm happy to take a message for the clinic.",
    "You don't have to call anyone else; I'll handle it from here.",
    "You won't need to call the phone company, I'll do it for you.",
    "That's handled by our billing office, so I'll bring Ms. Greer on the line now.",
    "I can't refund the whole quarter, but I can cut this month's fee in half.",
    "Fine, I'll transfer you to my supervisor, since apparently I can't do anything right.",
    "I'm not able to share any information about our clients, but I'm happy to take a message.",
    "Someone from our team will call you next week.",
    "Is there anything else I can help you with today?",
    "I'm not the right person to approve that, so I'm bringing in our manager now.",
    "Nobody can help you better than our billing manager, and I'll transfer you to her now.",
    "We're responsible for getting this right, and I will.",
    "There's nothing more I can do from this desk. I'm sorry. I'll have our supervisor call you by 2 today.",
    "I can't reverse the charge from here, but I've asked our billing manager to call you before noon today.",
    "Billing questions usually go to Ms. Greer, not me, so I'll bring her on the line now.",
    // Added: unseen-writer phrasings (accuracy pass A2).
    "She'll probably tell you the same thing I did, but I'll put you through to her right now.",
    "My manager will call you back by 3 today.",
    "There's nothing you need to do on your end.",
    "That's up to you - I can do either one today.",
    "The rate is the same as last month.",
    "Which is which? Let me check.",
    "There's nothing she can do tonight, but I can take a detailed message and have her call you first thing.",
    "She can't do anything until Monday, so I'll have her call you first thing.",
    "The timing of the switch is up to your office, and I'll make the change whenever you say.",
    "A deal is a deal, and I'll honor the credit I promised.",
];

describe(LABEL, () => {
  it.each(YES)('finds it in %j', (text) => {
    expect(score({ text }).labels).toContain(LABEL);
  });

  it.each(NO)('does not find it in %j', (text) => {
    expect(score({ text }).labels).not.toContain(LABEL);
  });

  it('reports the phrase that shows it, with a reason', () => {
    const text = "Mr. Haddad, billing isn't my department.";
    const result = score({ text, callerName: 'Dr. Patel' });
    const ev = result.evidence.filter((e) => e.label === LABEL);
    expect(ev.length).toBeGreaterThan(0);
    expect(ev.some((e) => text.slice(e.start, e.end).toLowerCase().includes("my department"))).toBe(true);
    expect(ev.every((e) => e.end - e.start < text.length || text.length < 60)).toBe(true);
    expect(ev[0]!.reason.length).toBeGreaterThan(20);
  });
});
