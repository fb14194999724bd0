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
  // fresh writer: other styles (formal, terse, rambling, lowercase, British/Australian, answering-service)
  "I do apologise for interrupting, Mrs. Jones, but may I ask a couple of questions so I can resolve this?",
  "sorry to butt in but what time did u call",
  "Sorry - can I stop you there a sec?",
  "I completely hear you, and I know how frustrating this has been. If I may interrupt for just a moment, I'd like to get a few details so I can get this fixed today - what number were your patients calling?",
  "sorry to cut in, whats the doctors name",
  "Sorry to butt in, love, but can I grab a couple of details?",
  "Mr. Harris, if I could just jump in here - when did you first notice the calls weren't coming through?",
  "Excuse the interruption, but I want to make sure I get this right for you.",
  "Pardon me for cutting in, could I ask which night this was?",
  "Let me just stop you there for a moment so I can make sure I've got everything.",
  "Apologies for interrupting - can I ask who you spoke to?",
  "I'm sorry to cut across you, but I'd like to ask a quick question.",
  "May I interrupt you for a second? I want to get this sorted.",
  "Sorry, I don't mean to cut you off, but what number did they call?",
  "If I can just interject for a moment, I think I can help with that.",
  "Forgive the interruption, Dr. Patel, but which pager number should we have used?",
  "Can I stop you for one second, just so I can pull up your account?",
  "excuse me for interrupting but can i get ur account number",
  "I hate to cut you off, but I want to make sure we fix this.",
  "Sorry to interrupt you, sir - can I ask a few quick questions?",
  "Just to jump in quickly - which office were you calling?",
  "I'm going to gently stop you there, if that's okay, so I can ask a couple of things.",
  "Sorry to break in, but could you tell me when this started?",
  "Let me jump in for a moment, if I may - which doctor were you trying to reach?",
  "If I could pause you for just a second, I'd like to ask about the forwarding.",
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
  // fresh writer: other styles (formal, terse, rambling, lowercase, British/Australian, answering-service)
  "Let me finish.",
  "Sorry, what was your name again?",
  "I'm sorry for the interruption in your service last night.",
  "Our operator interrupted your call by mistake.",
  "Sorry for the wait.",
  "You keep interrupting me.",
  "Sorry, the line cut out - can you hear me?",
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
