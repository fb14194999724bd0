import { describe, expect, it } from 'vitest';
import { score } from '../../../src/domain/scoring/scorer.ts';

const has = (text: string, callerName?: string) => score({ text, callerName }).labels.includes('acknowledge');

describe('acknowledge', () => {
  it.each([
    // rulebook
    'I understand your calls went unanswered this morning.',
    'I can see that you are angry.',
    "You've been trying to reach the on-call doctor for an hour.",
    'I understand.',
    'I hear you.',
    "You're right that the bill jumped this month.",
    'So if I understand right, your calls went unanswered this morning?',
    // own phrasings
    'i understand ur frustrated',
    'I totally understand why you are upset.',
    'I completely get it.',
    "I get that you're fed up with this.",
    'I can tell youre really annoyed',
    "I can hear how stressed you are.",
    'I know you were counting on that page.',
    "I know this has been a rough week for your office.",
    'I realize you have been waiting all morning.',
    "You're frustrated, and that makes sense.",
    'You sound really worried about your patients.',
    "You've been bounced around between three people today.",
    'You were woken up at 3 a.m. on your night off.',
    "Your patients couldn't get through for over an hour.",
    "Your messages went to the wrong doctor twice this week.",
    'It sounds like you have had a really long morning.',
    'I hear what you are saying.',
    'You are absolutely right, that should not have taken this long.',
    'I can see this has been building for a while.',
    "I’m sorry. You waited forty minutes and nobody picked up.",
    'Just to confirm: your calls were going to voicemail from eight to nine?',
    "I see your message from Friday never reached Dr. Haines.",
    'I understand the message about your patient went to Dr. Singh.',
    "You didn't get the message until the next morning.",
    'I hear you loud and clear, and I want to get this fixed.',
    'You called three times and never got a live person - that is not okay.',
    "I know this has taken a while.",
    "That's a valid concern.",
    'i can tell ur upset',
    'I understand your frustration, but our records show the message was delivered.',
    "This has clearly been a stressful morning for you.",
  ])('yes: %s', (text) => expect(has(text)).toBe(true));

  it.each([
    // rulebook
    'Okay.',
    'Hello, how can I help?',
    // judgement call 2 and 11
    "I'm sorry your calls went unanswered.",
    "I'm so sorry you were woken up last night.",
    'Our agent sent the message to your office line instead of your cell.',
    'Is that a fair summary?',
    // near misses
    "I don't understand what you mean.",
    'Help me understand what happened.',
    'I can hear you now, the line cleared up.',
    'I can tell you that our agents follow your instructions exactly.',
    'I see your account here.',
    'I know those agents well.',
    'You never called that in.',
    'You must have given us the wrong number.',
    "You'll never have to repeat yourself with me.",
    'I can see the message was delivered at 6:05.',
    'Got it, thanks.',
    'Your account was set up wrong when we moved you to the new system.',
    'I want to understand exactly what went wrong.',
    'Did you get my message?',
    "Thank you for calling, how can I help you today?",
    'I appreciate you taking the time to call about this.',
    'Let me check whether the storm affected your line.',
    'I get a lot of calls like this.',
    'Can I get you to spell that?',
    "I don't understand why you're so upset about one message.",
    'I see you called at 9:15.',
    'Did I get that right?',
  ])('no: %s', (text) => expect(has(text)).toBe(false));

  // Fresh writer: unseen styles (answering-service context, casual, terse, British, lowercase, long turns) and near-misses.
  it.each([
    "I understand that the on-call doctor was never paged last night.",
    "Mrs. Patel, I can hear how upset you are about this.",
    "you've been waiting on that callback since tuesday, i get it",
    "I recognise you've had a rotten morning with the phones, Mr. Hughes.",
    "So your after-hours line rang through to nobody for three hours, and that's why you're calling.",
    "i hear ya, the messages went to the wrong clinic",
    "I appreciate that your patients couldn't get through to the surgery this morning.",
    "Right, look, I know you've been charged twice on this month's invoice and that's not on.",
    "Thanks for holding. I can see the page to Dr. Lin went out forty minutes late, and I understand why you're frustrated. Let me pull the logs.",
    "You're right that the forwarding should have switched over at five.",
    "It sounds like your messages weren't delivered at all yesterday.",
    "ok so ur calls r going to voicemail instead of us. got it",
    "I can tell this has been really stressful for you and your staff.",
    "You were woken at 3 a.m. on your night off, I understand.",
    "I realize the bill was much higher than you expected this month.",
    "Dr. Okafor, I understand you never received the message about the patient in room four.",
    "I know it's been a frustrating week with the answering service.",
    "Fair enough, you've called three times now and nobody has rung you back.",
    "I can see you're angry, and honestly you have every right to be.",
    "understood - the pager didn't go off and the patient's family was left waiting",
    "I hear you, Sharon, the wrong doctor got paged again.",
    "Mate, I get that your after-hours number has been dropping calls all weekend.",
    "Good afternoon, and I understand from your email that the holiday schedule wasn't followed.",
    "I do understand you're unhappy with how the operator spoke to you.",
    "It seems you've been going back and forth with us about this invoice for weeks.",
    "I gather the locum was paged instead of you, and that's left you out of pocket.",
    "no worries, i know youve been chasing this since monday",
    "You sound exhausted, Dr. Marsh, and I understand why.",
    "Clearly this has been a really stressful week for you.",
    "I realise your receptionist has had to field all those complaints.",
    "You've had patients ringing the surgery all morning because the after-hours line was still on.",
    "ok, you didnt get any messages overnight",
    "I can appreciate your concern about the billing.",
  ])('yes (fresh writer): %s', (text) => expect(has(text)).toBe(true));

  it.each([
    "Okay.",
    "Hello, thank you for calling, how can I help?",
    "The new operator understands the instructions now.",
    "Understood, please hold.",
    "I understand our policy requires a signature.",
    "I hear the phone ringing on the other line.",
    "I see.",
    "Got it, what's your account number?",
    "I know Dr. Lee is on call tonight.",
    "You're right on time for the meeting.",
    "I know the number by heart.",
    "I see the account here.",
    "You're right on the account, it's listed under the clinic.",
    "I understand the forwarding is set up through your carrier.",
  ])('no (fresh writer): %s', (text) => expect(has(text)).toBe(false));

  // Accuracy pass: durations and waits from the caller's side, the caller's loss, "so you were ..." restatements, generic "would upset anyone"; service-side admissions stay out (judgement call 11).
  it.each([
    "Your patients have been holding ten minutes or more every morning.",
    "your callers were waiting twenty minutes to get through",
    "Your message sat for three hours before anyone saw it.",
    "And it cost you a new client.",
    "It left your whole office scrambling.",
    "That left you without coverage for the whole weekend.",
    "So you were out of the office all last week and the calls piled up.",
    "so you had no coverage from friday night until monday morning",
    "Okay, so your bill jumped by almost $200 in March.",
    "A doctor getting paged on her night off would frustrate anyone.",
    "Getting a busy signal for an hour would upset anybody, Mrs. Jones.",
    "So since Monday, customers calling after five have been getting the old greeting - is that correct?",
    "Your clients are sitting on hold for several minutes at lunch, and that reflects on your firm.",
    "your emergency line sat for two hours on sunday",
    "Thanks for calling, Ms. Park. Your tenants have been stuck on hold since Monday, and I want to fix that today.",
    "So you were closed for the holiday and nobody told us - that's a lot of calls landing on us.",
    "Mr. Reyes, your customers keep getting the old recording, and it's costing you orders.",
    "Mr. Harlan, your emergency call sat for ninety minutes on Saturday night, and it cost you a big job - I'd be angry too. I'm going to find out exactly where that call stalled.",
    "Mr. Whitcombe, your clients are waiting five or six minutes at lunch, and a judge's clerk ended up calling your cell - I'm sorry, that's embarrassing for a firm like yours. When did you first notice the long holds?",
    "So since the first, clients calling between noon and 1:30 have been holding five minutes or more - is that right? I'm going to pull your hold reports for that hour now. Would you like to hold for about three minutes, or shall I call you back by 1:15?",
    "So you were closed for three full days, and Marta was out the week after - that's a lot of calls coming to us instead of your front desk. How did the ice storm on the fourteenth affect your calls?",
    "Mrs. Kowal, a mother waiting three hours about her little boy would upset anyone, and I'm sorry you've carried it all weekend. I'm going to take care of this personally. I'll start by pulling Friday's message log and tracking down your email.",
  ])('yes (unseen styles): %s', (text) => expect(has(text)).toBe(true));

  it.each([
    "You were billed for 12 extra calls, and that was our error.",
    "So you'll get a call from me at 2.",
    "That would upset anyone.",
    "Ninety minutes is our target for non-urgent messages.",
    "So you have two options: hold, or I call you back.",
    "It cost us a lot to fix the line.",
    "So you must have given us the old number.",
    "Your callers will wait less than a minute once this is fixed.",
    "Your clients are waiting for you to approve the new greeting.",
    "It left a note on your account.",
    "It left you a voicemail at 3.",
    "This cost you nothing extra.",
    "Your calls were routed through the ACD to the wrong DID.",
    "This change won't upset anyone.",
    "I found one problem on our end: on the 20th, a phone-line fault at our center dropped calls for two hours, and your callers had to redial. You were billed for 46 duplicate calls, and that's our mistake. I've removed those calls from your invoice, which takes $38 off.",
  ])('no (unseen styles): %s', (text) => expect(has(text)).toBe(false));

  it('points at the acknowledging phrase', () => {
    const text = 'Thanks for holding. I understand your calls went unanswered this morning. I will pull the logs.';
    const ev = score({ text }).evidence.filter((e) => e.label === 'acknowledge');
    expect(ev.length).toBeGreaterThan(0);
    expect(ev.some((e) => text.slice(e.start, e.end).includes('I understand your calls went unanswered'))).toBe(true);
    expect(ev.every((e) => !text.slice(e.start, e.end).includes('pull the logs'))).toBe(true);
  });
});
