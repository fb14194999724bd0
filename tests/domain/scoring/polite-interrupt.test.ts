import { describe, expect, it } from 'vitest';
import { score } from '../../../src/domain/scoring/scorer.ts';

// Rulebook examples first, then our own phrasings: paraphrases, informal typing, and near-misses.
const LABEL = 'polite-interrupt';

const present: string[] = [
  "I'm sorry to interrupt, Mrs. Jones - I want to help, may I ask a few questions?",
  "Excuse me for cutting in; so I can fix this, could I ask what time it happened?",
  "May I jump in for a moment?",
  "Sorry to jump in - what number were your patients dialing?",
  "Pardon the interruption, but I want to make sure I have this right.",
  "Forgive me for jumping in, I don't want to lose any of this.",
  "I hate to interrupt, but could I ask a couple of quick questions?",
  "sorry to cut you off, but when did this start?",
  "If I could just stop you for a second - which weekend was it?",
  "I don't mean to interrupt, but I'd like to help fix this right now.",
  "Can I jump in here for just a second?",
  "Excuse me, Mrs. Jones, may I ask a few questions so I can sort this out?",
  "I apologize for interrupting, but I want to get this fixed for you.",
  "im sorry to interrupt but can i ask you something quick",
  "Sorry for the interruption, Dr. Patel - could I ask which number you called?",
  "Do you mind if I jump in for a moment?",
  "Apologies for breaking in - I just need a couple of details.",
  "Sorry to butt in, but I think I can help with that.",
  "Sorry to cut in, Mr. Reyes, can I ask which line?",
  "Forgive the interruption - may I ask when this started?",
  "Could I interrupt you for one moment?",
  "Excuse me for jumping in - I want to get the details right.",
  "If I may interject, I think I can fix this now.",
  "Pardon me for breaking in; what time did the call come in?",
  "hang on sorry to interrupt, which office was this",
  "Sorry to interrupt you, but I need the account number to help.",
  "Can I stop you there for a second? I want to make sure I've got the dates right.",
  "Let me jump in here for a second, Mr. Yoon - which night was it?",
];

const absent: string[] = [
  "Stop talking.",
  "Let me talk.",
  "Sorry for the interruption earlier, the line dropped.",
  "Sorry, I didn't mean to cut you off - please go ahead.",
  "Please don't interrupt me.",
  "Excuse me?",
  "Excuse me, could you repeat that?",
  "Sorry to keep you waiting, I'm back.",
  "Sorry to bother you at home.",
  "Thanks for holding - sorry for the interruption.",
  "Our service was interrupted for an hour this morning.",
  "I'm going to step in and make sure this gets fixed.",
  "Please continue, I'm listening.",
  "I'm sorry the service was interrupted.",
  "Excuse me one moment while I pull up your account.",
  "Sorry to hear that.",
  "Stop interrupting me.",
  "Please hold.",
  "Could you hold for just a moment while I pull up your account?",
];

const evidence: Array<[string, string]> = [
  ["Mrs. Jones, I'm sorry to interrupt - may I ask a few questions?", "sorry to interrupt"],
  ["Pardon the interruption, Dr. Nguyen.", "Pardon the interruption"],
];

describe(`${LABEL} detector`, () => {
  it.each(present)('finds polite-interrupt in %j', (text) => {
    expect(score({ text }).labels).toContain(LABEL);
  });

  it.each(absent)('does not find polite-interrupt in %j', (text) => {
    expect(score({ text }).labels).not.toContain(LABEL);
  });

  it.each(evidence)('points at the phrase in %j', (text, phrase) => {
    const spans = score({ text }).evidence.filter((e) => e.label === LABEL).map((e) => text.slice(e.start, e.end));
    expect(spans.some((s) => s.includes(phrase))).toBe(true);
  });

  it.each(present.slice(0, 5))('still finds polite-interrupt with a caller name in context: %j', (text) => {
    expect(score({ text, callerName: 'Mrs. Jones' }).labels).toContain(LABEL);
  });

  it('gives a specific reason, not a placeholder', () => {
    const ev = score({ text: present[0]! }).evidence.find((e) => e.label === LABEL);
    expect(ev?.reason).toBeTruthy();
    expect(ev?.reason).not.toBe('TODO');
  });
});
