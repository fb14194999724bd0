import { describe, expect, it } from 'vitest';
import { score } from '../../../src/domain/scoring/scorer.ts';

const has = (text: string) => score({ text }).labels.includes('thank');

describe('thank', () => {
  it.each([
    // rulebook
    'Thank you for letting us know.',
    'Thanks for your patience while I looked into this.',
    // own phrasings
    'thanks for holding',
    'Thank you so much for bringing this to my attention.',
    'Thanks for telling me about this, Dr. Patel.',
    'thx for ur patience',
    'Thank you for your patience, Mrs. Jones.',
    'I appreciate you taking the time to call about this.',
    'I really appreciate your patience.',
    'Thank you for giving us the chance to fix this.',
    'Thanks again for hanging in there with me.',
    'Thank you for calling us about this.',
    'Thank you for bearing with me.',
    'I appreciate you letting us know.',
    'Thanks for the heads-up about the new number.',
    'We appreciate your feedback, it helps us improve.',
    'Thank you for reporting this.',
    'Thanks for raising this with us.',
    'Thank you for being so patient.',
    'Thank you for the opportunity to make this right.',
    'I’m grateful you told us.',
    'Thank you for staying on the line.',
    'Thanks for waiting, I have an answer for you.',
    'Many thanks for flagging it.',
    'Thank you for your understanding.',
    'I appreciate you bringing this up.',
    'Appreciate you letting me know!',
    'thx for bearing w me',
    'Thank you for trusting us with this.',
    'Thanks for calling this to my attention.',
  ])('yes: %s', (text) => expect(has(text)).toBe(true));

  it.each([
    // rulebook
    'Thanks, bye.',
    // near misses
    'Okay, thanks. Have a good night.',
    'Hello, thank you for calling Apex Answering, this is Dana.',
    'Thank you for calling, goodbye.',
    'Thank you.',
    'Thanks for your business.',
    'No thanks needed.',
    "I appreciate how frustrating this is.",
    'Please hold.',
    'Thanks, I have it now.',
    'I would appreciate it if you stopped shouting.',
    "Thanks for nothing.",
    'Thank you for your call.',
    'I appreciate that.',
    'Thanks a lot for the call, bye now.',
    'Thank you for your call, have a great evening.',
    "Thank you, ma'am.",
  ])('no: %s', (text) => expect(has(text)).toBe(false));

  // Fresh writer: unseen styles (answering-service context, casual, terse, British, lowercase, long turns) and near-misses.
  it.each([
    "Thank you for bringing this to our attention, Dr. Fisher.",
    "Cheers for letting us know about the forwarding.",
    "thanks for ur patience",
    "I really appreciate you hanging on while I checked.",
    "Thank you for taking the time to call us about this.",
    "We're grateful you flagged the billing issue.",
    "Thanks so much for waiting.",
    "Thank you for your patience while I pulled the logs.",
    "I'm sorry about the late page. Thank you for telling us, because it helps us catch problems like this before they affect your patients.",
    "ta for holding",
    "Thank you for being so understanding about all of this.",
    "Thank you for the feedback, it genuinely helps.",
    "Many thanks for your patience, Mrs. Allen.",
    "I appreciate you pointing out the error on the invoice.",
    "Thanks a lot for sticking with me on this.",
    "Thank you for giving us a chance to put this right.",
    "Thank you for calling in about the missed messages.",
    "We appreciate you letting us know.",
    "thank u for holding, i found it",
    "Thanks for spotting that.",
    "Thank you for your time and patience today.",
    "I appreciate your understanding.",
    "Thank you for reporting the problem with the after-hours line.",
    "Much appreciated that you raised this with me.",
    "Thank you for being patient with us.",
    "Thanks for hanging on, Dr. Amos.",
    "Thank you, really, for telling us about this.",
    "I appreciate you waiting while I looked.",
    "thank you for ur patience with all this",
    "Thanks for being so patient with me today.",
    "Thank you for your understanding, Mrs. Kaur.",
    "We're glad you let us know.",
    "Thanks for catching that error.",
  ])('yes (fresh writer): %s', (text) => expect(has(text)).toBe(true));

  it.each([
    "Thanks, bye.",
    "Thank you for calling, goodbye.",
    "No, thank you.",
    "Thanks for nothing.",
    "I appreciate the doctor is busy.",
    "Thank you, have a good day.",
    "Thank God it wasn't an emergency.",
    "I'd appreciate it if you'd stop swearing.",
    "Thanks, that's everything.",
    "Thanks to the new system, pages are faster.",
    "Thanks, I'll let the doctor know.",
    "Thank you, goodbye.",
    "I'd appreciate your account number.",
    "Thanks for choosing us, have a nice day.",
  ])('no (fresh writer): %s', (text) => expect(has(text)).toBe(false));

  it('points at the thanks', () => {
    const text = 'Mr. Reyes, thank you for letting us know. I will fix it.';
    const ev = score({ text }).evidence.filter((e) => e.label === 'thank');
    expect(ev.some((e) => text.slice(e.start, e.end).includes('thank you for letting us know'))).toBe(true);
  });
});
