import { describe, expect, it } from 'vitest';
import { score } from '../../../src/domain/scoring/scorer.ts';

const has = (text: string, callerName?: string) => score({ text, callerName }).labels.includes('empathize');

describe('empathize', () => {
  it.each([
    // rulebook
    "I'm so sorry you went through that.",
    'I can only imagine how frustrating that was.',
    "I'd be upset too.",
    // own phrasings
    "I'm sorry.",
    'im really sorry that happened',
    "I’m so sorry, Mrs. Jones.",
    'Sorry about that, that should never have happened to you.',
    "I'm sorry you had to wait so long.",
    "I'm sorry to hear that.",
    "I'm truly sorry for the trouble this caused your office.",
    'I apologize for the inconvenience.',
    'My sincere apologies for the mix-up with your schedule.',
    'I cant imagine how stressful that night was',
    "I'd be furious if that happened to me.",
    'I would be just as frustrated in your shoes.',
    'That must have been so frustrating for you.',
    'That must be really stressful with a full waiting room.',
    'That sounds exhausting.',
    "That can't have been easy.",
    'You have every right to be upset.',
    "That's completely understandable.",
    "I don't blame you one bit.",
    'What a nightmare of a morning.',
    'That is the last thing you need on a Monday.',
    'I feel terrible that this happened to you.',
    "I'm sorry about the hold times this morning.",
    'Anyone would be upset about that.',
    'No wonder you are angry.',
    'I can see why that would be upsetting.',
    "You're absolutely right to be upset about that.",
    'I know exactly how you feel.',
    "I get you're angry, I'd be too.",
    'Sorry about that! Where were we?',
  ])('yes: %s', (text) => expect(has(text)).toBe(true));

  it.each([
    // rulebook
    'Sorry, what was the name?',
    // filler and near misses
    'Sorry, could you spell that for me?',
    "I'm sorry, the line is breaking up - could you say that again?",
    "Sorry, I didn't catch the account number.",
    "I'm sorry to interrupt, may I ask a few questions?",
    'Sorry to cut in, Mr. Reyes - which number did they call?',
    'Sorry for the wait, what is the account number?',
    'Sorry to keep you waiting.',
    "I'm sorry, but there's nothing I can do.",
    "I'm sorry you feel that way.",
    'Sorry, one more time?',
    'I understand your calls went unanswered.',
    'I can see that you are angry.',
    "You're not the one who should be sorry.",
    'That was our mistake.',
    'I will take care of this for you today.',
    'Okay, thanks. Have a good night.',
    'I can hear how stressful this morning has been.',
    "That's a terrible thing to say to me.",
    'Please hold for a moment.',
    'Sorry? I did not hear you.',
    'Sorry, can I put you on a brief hold?',
    'I apologize, I misspoke - the fax went out at 3.',
    "Sorry, that's above my pay grade.",
    "I don't see why you're upset.",
    'Ugh, sorry, my computer just froze.',
  ])('no: %s', (text) => expect(has(text)).toBe(false));

  // Fresh writer: unseen styles (answering-service context, casual, terse, British, lowercase, long turns) and near-misses.
  it.each([
    "I'm terribly sorry you had to go through that last night.",
    "That must have been so frustrating for you, Dr. Reyes.",
    "oh no, that's awful, im so sorry",
    "I can only imagine how worrying it was not to hear from the on-call doctor.",
    "I'd be livid too if I'd been woken at 2 a.m. for nothing.",
    "I'm really sorry the message never reached you.",
    "That sounds incredibly stressful, especially with a sick child at home.",
    "Honestly, I'd feel exactly the same in your shoes.",
    "Mrs. Chen, I am so sorry about the trouble with your after-hours line.",
    "What a horrible night you must have had, I'm sorry.",
    "Thanks for calling in. Look, I completely understand how upsetting it is when a page doesn't go through, and I'm sorry that happened to your practice. Let me check the records.",
    "sorry to hear that mate, thats rough",
    "I feel awful that your patients were left hanging like that.",
    "That's not the experience we want for you and I'm genuinely sorry.",
    "I apologise for the inconvenience this has caused you and your staff.",
    "Please accept my sincere apologies for the billing error.",
    "it must be so annoying to keep calling about the same bill",
    "I know how frustrating that must be.",
    "My heart goes out to you, that's a really difficult situation.",
    "Anyone would be upset after a night like that.",
    "I'm so sorry, that shouldn't be something you have to deal with.",
    "that sounds like a nightmare honestly",
    "I'm sorry for all the hassle with the call forwarding.",
    "It's completely understandable that you're upset.",
    "Gosh, that's dreadful, I'm sorry you've been through that.",
    "oh gosh im really sorry about that",
    "That can't have been easy with a waiting room full of patients.",
    "I'm sorry you were left in the dark like that.",
    "Ugh, what a horrible way to start the day.",
    "If I'd been woken at three for a wrong number I'd be fuming too.",
    "I'm truly sorry, Mrs. Kaur, that's a lot to deal with.",
    "I'd be beside myself if that happened to my patients.",
    "That's really not okay and I'm sorry.",
  ])('yes (fresh writer): %s', (text) => expect(has(text)).toBe(true));

  it.each([
    "Sorry, what was the name?",
    "Sorry, could you repeat the number?",
    "Sorry about the hold music.",
    "Sorry, I didn't catch that.",
    "I'm sorry, but that's our policy.",
    "Oh, sorry, wrong extension.",
    "That must be the account number on the invoice.",
    "Sorry to interrupt, may I ask a question?",
    "I imagine the doctor will call you later.",
    "Sorry for the wait.",
    "Sorry, the line cut out there.",
    "Sorry, which doctor was it?",
    "I imagine we'll have it fixed by tonight.",
    "Sorry, I'll need your account number first.",
  ])('no (fresh writer): %s', (text) => expect(has(text)).toBe(false));

  // Accuracy pass: an owned apology for the caller's time on hold (workbook: empathize about their time), "would upset anyone"; clipped courtesy stays out.
  it.each([
    "I'm so sorry for the wait, Dr. Patel.",
    "I apologize for the long hold.",
    "im really sorry for keeping you on hold so long",
    "Thanks for hanging on - I'm sorry to have kept you waiting.",
    "We're so sorry about the delay in getting back to you.",
    "My apologies for the wait, Mr. Reyes. I have the log up now.",
    "Sorry to keep you waiting so long, Ms. Carter.",
    "Three hours without hearing back about your son would worry any parent.",
    "Being woken at 2 a.m. on your night off would upset anyone.",
    "that would frustrate most people",
    "Waiting that long for a callback would rattle anybody.",
    "I'm truly sorry for the hold, I know your time matters.",
    "I'm sorry for the wait - I'm still pulling the report.",
    "Okay, I have the report up now. I'm so sorry about the wait. Your calls between noon and one were holding for five minutes.",
    "i apologise for making you wait",
    "I'm so sorry for the wait, Mr. Whitcombe. I'm still pulling the report - would you like to keep holding for two minutes, or shall I call you at 1:15?",
  ])('yes (unseen styles): %s', (text) => expect(has(text)).toBe(true));

  it.each([
    "Sorry for the wait, what is the account number?",
    "Sorry to keep you waiting.",
    "Would that upset anyone?",
    "The new greeting won't upset anyone.",
    "This change shouldn't worry anyone.",
    "Thanks for holding.",
    "Sorry for the wait.",
  ])('no (unseen styles): %s', (text) => expect(has(text)).toBe(false));

  it('points at the empathy phrase', () => {
    const text = 'Mr. Brennan, I hear you. I would be furious too. Let me look.';
    const ev = score({ text, callerName: 'Mr. Brennan' }).evidence.filter((e) => e.label === 'empathize');
    expect(ev.some((e) => text.slice(e.start, e.end).includes('would be furious'))).toBe(true);
  });
});
