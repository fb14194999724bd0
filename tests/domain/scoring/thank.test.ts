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

  it('points at the thanks', () => {
    const text = 'Mr. Reyes, thank you for letting us know. I will fix it.';
    const ev = score({ text }).evidence.filter((e) => e.label === 'thank');
    expect(ev.some((e) => text.slice(e.start, e.end).includes('thank you for letting us know'))).toBe(true);
  });
});
