import { describe, expect, it } from 'vitest';
import { score } from '../../../src/domain/scoring/scorer.ts';

const labels = (text: string) => score({ text }).labels;
const has = (text: string) => labels(text).includes('rephrase');

describe('rephrase', () => {
  it.each([
    // rulebook
    "So if I understand correctly, the answering service called you at 2 a.m. when you weren't on call?",
    'Let me make sure I have this right: the new hours started Monday and callers still heard the old greeting.',
    'Did I get all of that?',
    'Is that a fair summary?',
    // own phrasings
    'So if i understand u right, the page never came through?',
    "If I'm hearing you correctly, the messages are arriving an hour late.",
    "Just to make sure I've got it: Dr. Howe was paged instead of Dr. Kim?",
    "So what I'm hearing is that nobody called you back on Tuesday.",
    "So you're saying the operator hung up on your patient?",
    'Let me repeat that back to make sure I got it.',
    'Can I read back what I have so far?',
    'Have I understood that correctly?',
    'did i get that right',
    'Is that right?',
    'Is that correct?',
    'Am I understanding you correctly?',
    'Does that sound about right?',
    'Have I missed anything?',
    'Correct me if I’m wrong, but the forwarding was turned off on Friday.',
    'So your calls went to voicemail all morning, right?',
    'In other words, the on-call list we have is out of date.',
    'Let me see if I have this straight.',
    'Just to clarify, the calls started going unanswered around noon?',
    'If I follow you, the callers heard a busy signal.',
    'Do I have that right?',
    'Oh gosh, I am so sorry - you were paged four times on your day off?',
    'Got it, so the problem started after we moved you to the new system?',
    'Is there anything I have missed?',
    "Okay, so to summarize what you've told me, the texts stopped coming on Friday?",
  ])('yes: %s', (text) => expect(has(text)).toBe(true));

  it.each([
    // rulebook
    'I understand.',
    // near misses
    'Is 555-0134 still the best number?',
    'Your number is 555-0134, is that correct?',
    'Did you get my message?',
    'Can you spell that for me? Is that J-O-N-E-S, correct?',
    'To recap: I changed your on-call contact and I will call you Friday.',
    'Is there anything else I need to know?',
    'Are you still there?',
    "That's right, we open at eight.",
    "You're right that the bill jumped.",
    "I'll make sure it gets fixed.",
    'When did this occur?',
    "That's not correct.",
    'Let me make sure the schedule is updated tonight.',
    'Did I mention our office closes at five?',
    'So I can call you back at 3?',
    "So you'll be at the office until 5?",
    'Is that correct - the 14th?',
    'Does that make sense?',
    'Did you get all of that?',
  ])('no: %s', (text) => expect(has(text)).toBe(false));

  // Fresh writer: unseen styles (answering-service context, casual, terse, British, lowercase, long turns) and near-misses.
  it.each([
    "So if I've got this right, the service paged Dr. Hall instead of you on Saturday?",
    "Just to make sure I understand, your calls went to voicemail from 6 until 9?",
    "Let me read that back to you: you were billed for 400 minutes but you only had 200?",
    "so ur saying nobody picked up after hours, right?",
    "Did I get all of that?",
    "Have I understood that correctly?",
    "What I'm hearing is that the messages arrived the next morning instead of overnight - is that right?",
    "If I'm following you, the forwarding never switched back on Monday?",
    "Is that a fair summary?",
    "So, to check I've understood, the operator told your patient the doctor was unavailable?",
    "Let me make sure I have this right: the page went out but you never got it?",
    "In other words, you were charged for the holiday calls twice?",
    "Correct me if I'm wrong, but the after-hours greeting is still the old one?",
    "so basically the wrong doctor got woken up, yeah?",
    "Mrs. Ford, just so I'm clear, the problem started after you changed numbers last week?",
    "Okay, hang on. Let me repeat that back. You called at eight, you were put on hold for twenty minutes, and then the line dropped. Is that it?",
    "Did I understand everything correctly?",
    "Have I missed anything?",
    "if i understand u right the messages r going to the old fax?",
    "Am I right in thinking the issue is with the weekend schedule?",
    "Just to confirm what you've said, nobody called you back after you left three messages?",
    "So what you're telling me is that the operator hung up on you?",
    "Sorry, let me check I've got this: the patient rang at midnight and the doctor wasn't paged until six?",
    "To be sure I'm on the same page, you want calls forwarded only after 6 p.m.?",
    "Does that sound right?",
    "So what you're saying is the pages stopped on Friday?",
    "Let me just check I've got this: two messages, both late?",
    "right so the bill's doubled since march, yeah?",
    "If I'm hearing you right, nobody answered between noon and one?",
    "Have I got that right?",
    "Sorry, just so I'm clear, this was the Saturday shift?",
    "Is that everything, or have I left something out?",
    "Correct me if I've got this wrong, but the old greeting is still playing?",
  ])('yes (fresh writer): %s', (text) => expect(has(text)).toBe(true));

  it.each([
    "I understand.",
    "So, how can I help you today?",
    "Just to confirm, what's your account number?",
    "Let me make sure the doctor gets the message.",
    "So I'll call you back at three.",
    "Is that a fair price?",
    "Did you get my email?",
    "Let me read the notes on the account.",
    "Have you tried turning the phone off and on?",
    "I want to make sure this is fixed.",
    "Just to confirm, can I put you on a brief hold?",
    "Is that the right number for you?",
    "So I'll have the supervisor ring you.",
    "Have you got a pen handy?",
  ])('no (fresh writer): %s', (text) => expect(has(text)).toBe(false));

  // Accuracy pass: restatement checks in many styles.
  it.each([
    "So since the first, customers calling at lunch have been holding five minutes or more - is that right?",
    "Just to make sure I've got it: your tenants got the old greeting all weekend?",
    "so what youre saying is the pages stopped after midnight",
    "Let me read that back to you: three messages Friday, none delivered until Monday. Did I get that right?",
    "If I'm hearing you correctly, Mr. Harlan, the emergency call sat for ninety minutes.",
    "Correct me if I'm wrong, but your clients started complaining the week of the 3rd.",
    "In other words, nobody called you back on Saturday?",
    "So the calls were going to your old answering machine - correct?",
    "Have I got that right, Dr. Castellanos?",
    "Okay. You were paged at 2 a.m. while you were off call - is that correct?",
    "So your bill doubled because of the extra after-hours calls, right?",
    "Did I understand you correctly that the messages never reached Devon?",
    "Let me make sure I understand: the clerk called your cell because the main line was on hold?",
    "Is that an accurate picture of what happened?",
    "So, basically, your front desk was getting no messages from us at all?",
    "Am I following you correctly?",
    "So since the first, clients calling between noon and 1:30 have been holding five minutes or more - is that right? I'm going to pull your hold reports for that hour now. Would you like to hold for about three minutes, or shall I call you back by 1:15?",
  ])('yes (unseen styles): %s', (text) => expect(has(text)).toBe(true));

  it.each([
    "So you'll get a call from me at 2 p.m.?",
    "Is 555-0134 still the best number?",
    "Is that okay with you?",
    "Did you get my email?",
    "Is that the right fax number for your office?",
  ])('no (unseen styles): %s', (text) => expect(has(text)).toBe(false));

  it('a restatement check is also acknowledge; a bare check is not (judgement call 1)', () => {
    expect(labels('So if I understand right, your calls went unanswered this morning?')).toEqual(
      expect.arrayContaining(['rephrase', 'acknowledge']),
    );
    expect(labels('Is that a fair summary?')).not.toContain('acknowledge');
    expect(labels('Have I understood that correctly?')).not.toContain('acknowledge');
  });

  it('points at the check phrase', () => {
    const text = 'Your calls rang out from eight to nine. Have I got that right?';
    const ev = score({ text }).evidence.filter((e) => e.label === 'rephrase');
    expect(ev.some((e) => text.slice(e.start, e.end).includes('have I got that right'.replace('have', 'Have')))).toBe(true);
  });
});
