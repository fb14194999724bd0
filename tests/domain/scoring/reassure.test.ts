import { describe, expect, it } from 'vitest';
import { score } from '../../../src/domain/scoring/scorer.ts';

const has = (text: string) => score({ text }).labels.includes('reassure');

describe('reassure', () => {
  it.each([
    // rulebook
    'I will take care of this for you today.',
    "I'm going to make sure this gets fixed.",
    "I'll do everything I can to resolve this.",
    "I'll take care of this.",
    // own phrasings
    'ill take care of it for you',
    'I am going to handle this personally.',
    "I'm gonna get this sorted out for you today.",
    "I'll make this right.",
    "I'm going to make this right for you.",
    "I'll see this through myself.",
    "I'll make sure it doesn't happen again.",
    'I will make sure your on-call schedule is correct before tonight.',
    'I’ll make this my top priority this morning.',
    "I'm keeping your case myself until it's closed.",
    "I'll stay on this until it's resolved.",
    "I'll personally make sure the right doctor gets paged tonight.",
    'Leave it with me.',
    "I've got this, Mrs. Jones.",
    'You have my word that this will be fixed.',
    "I promise I'll get this straightened out.",
    'Rest assured, I will get to the bottom of it and fix it.',
    'I will take ownership of this from here.',
    "I'll get this fixed for you before the end of the day.",
    'I will not rest until this is resolved.',
    "I'm going to do everything in my power to fix this.",
    "Let me take care of that for you.",
    'You can count on me to get this fixed today.',
    "This won't happen again on my watch.",
    'Consider it done.',
    "I'll make sure the overnight team has the right list tonight.",
    "I won't let this fall through the cracks.",
  ])('yes: %s', (text) => expect(has(text)).toBe(true));

  it.each([
    // rulebook
    'Someone might be able to help.',
    // judgement call 7 and near misses
    'I want to help.',
    "I'd like to help you with this.",
    "I'm here to help.",
    "I've updated your on-call schedule.",
    "I'm fixing the routing right now.",
    'Someone will take care of it.',
    "Let me make sure I have this right.",
    "I'll call you Thursday to make sure everything is working.",
    'I wish I could fix this for you.',
    "If I could take care of it myself I would.",
    "I can't fix that from here.",
    "I'll make sure to call you back by 3.",
    "I'll make sure he gets your message.",
    'Our billing team will handle that.',
    'We will look into it eventually.',
    'I could also try to sort out the scheduling problem myself first - which would you prefer?',
    "I've got you down for a callback at 3.",
    'Let me research this first.',
    'Would you like me to take care of it?',
    "I want to make sure I've got this right before I do anything.",
    "I'll do what I can.",
    'I promise we will call you by 3.',
  ])('no: %s', (text) => expect(has(text)).toBe(false));

  // Fresh writer: unseen styles (answering-service context, casual, terse, British, lowercase, long turns) and near-misses.
  it.each([
    "I will personally take care of this for you today.",
    "I'm going to make sure this gets sorted, Mrs. Bell.",
    "leave it with me, ill get it fixed",
    "You have my word that I'll get to the bottom of this.",
    "I'll do everything in my power to resolve this.",
    "I'm going to see this through myself.",
    "Don't worry, I'll handle it from here.",
    "I'll make it right, Dr. Nguyen.",
    "I will own this until it's resolved.",
    "Right, I'm on it and I'll get your forwarding sorted out.",
    "I promise I will get this resolved for you.",
    "I've got it from here and I'll see it through.",
    "I'll personally make sure the billing error is corrected.",
    "So, I hear you, and I want you to know I'm going to take care of this for you personally, no passing you around. Let me pull the page logs now.",
    "ill sort it out for you today no worries",
    "I'm going to get this fixed for you.",
    "I'll take full responsibility for getting this resolved.",
    "Rest assured, I will make sure the on-call schedule is fixed before tonight.",
    "I'll make sure your messages go to the right doctor from now on.",
    "It's my job to fix this and I will.",
    "I'll see to it that this is resolved today.",
    "I'm taking ownership of this and I'll make sure it's fixed.",
    "I will get your after-hours line working again, I promise.",
    "We'll get this sorted for you, I'll make sure of it.",
    "I'm here to fix this and I won't stop until it's done.",
    "I'll sort this out for you, don't you worry.",
    "Leave this one with me, Dr. Yates.",
    "I'll make sure this doesn't happen again.",
    "I'm personally going to see this resolved today.",
    "i'll get it sorted asap",
    "I'll make sure you're not paged on your days off again.",
    "You can count on me to fix this.",
    "I'll get to the bottom of this and put it right.",
  ])('yes (fresh writer): %s', (text) => expect(has(text)).toBe(true));

  it.each([
    "Someone might be able to help.",
    "I want to help.",
    "Maybe the supervisor will fix it.",
    "I'll transfer you to billing.",
    "Don't worry about the paperwork.",
    "Make sure you sign the form.",
    "I will be out of the office tomorrow.",
    "Someone should take care of that eventually.",
    "I'll take a message for Dr. Lee.",
    "I'm not sure I can fix this.",
    "I'll pass this on.",
    "The technician will handle it.",
    "Make sure the door is locked.",
    "I'll let you know.",
  ])('no (fresh writer): %s', (text) => expect(has(text)).toBe(false));

  it('points at the ownership phrase', () => {
    const text = 'I hear you. I will take care of this for you today, and I will call you by 3.';
    const ev = score({ text }).evidence.filter((e) => e.label === 'reassure');
    expect(ev.some((e) => text.slice(e.start, e.end).includes('take care of this'))).toBe(true);
  });
});
