import { describe, expect, it } from 'vitest';
import { score } from '../../../src/domain/scoring/scorer.ts';

const LABEL = 'we-never';

// Rulebook yes/no examples plus our own phrasings: informal typing, missing apostrophes, curly quotes.
const YES: string[] = [
    "We never lose messages.",
    "Our operators would never do that.",
    "That never happens here.",
    "We've never had that problem.",
    "we never ever lose a message",
    "our agents dont ever hang up on callers",
    "We'd never ignore an emergency page.",
    "Nobody here would ever hang up on a client.",
    "that kind of thing just doesnt happen with us",
    "That has never happened before.",
    "Its never happened before in my ten years here.",
    "our system never drops calls",
    "Our night staff would never be rude to a caller.",
    "We have never once missed a page for your office.",
    "Ive never seen that happen with any of our operators.",
    "Our operators don’t hang up on people.",
    "we would never knowingly give out a wrong number",
    "We never received your fax.",
    "Honestly, that just doesn't happen here.",
    "We don't make mistakes like that.",
    "that's not how we do things here",
    "None of our agents would ever do that.",
    "our people never forget to page the doctor on call",
    "we dont lose messages period",
    "our operators are trained to never hang up on anyone, so that didn't happen",
    "we don't ever miss pages, ever.",
    "In twelve years we've never had a single complaint like this.",
    "Our girls never mix up the doctors.",
    "that simply does not happen at our company",
    "Mrs. Jones, our staff has never been rude to a caller.",
    "The messages never get lost with our system.",
    "we wouldnt ever do that to a client",
    "This has never been an issue before.",
    "we never send messages to the wrong doctor",
    "My team would never ignore an urgent call.",
    "we have never lost a single message",
    "Our agents never, ever hang up on callers.",
    "Our dispatchers would never ignore a page.",
    "wed never give out your home number",
    "That’s just not something we do.",
    "No one here would ever do that on purpose.",
    "This kind of mistake doesn't happen with our people.",
    "Our system doesn't lose messages.",
    "we just dont make those kinds of mistakes",
    "Our operators are trained never to hang up on a caller.",
    "We're never late with messages.",
    "It's impossible for us to lose a message.",
    "our system can't lose messages",
    "Our answering service has never missed a call in 20 years.",
    "we never lose msgs",
    "that never happens w/ us",
    "our ppl would never do that",
    "I hear you, but in fifteen years that has never once happened here. Let me look at the logs anyway.",
    // Unseen-writer phrasings (recall pass): listed misses first, then the same kinds in other styles.
    "I'll email it over. We've never had this happen before, so I'm sure it won't again.",
    "Our callers never wait more than a minute, sir.",
    "Our clients never wait on hold, Mrs. Jones.",
    "callers here never sit on hold longer than 30 seconds",
    "Our hold times are never over a minute.",
    "That's never happened before, so I'm confident it won't happen again.",
    "This has never happened before - I'm sure it won't again.",
    "Nobody ever waits more than a minute on our lines.",
    "our patients never get sent to voicemail",
    "Dr. Lee, our customers never have to call twice.",
    "our messages never go out late",
    "We've never had a complaint like this, so I doubt it'll happen again.",
    "In all my years here, our callers have never waited more than a minute.",
    "ive worked here ten years and we have never had this happen, so it wont again",
    "Our calls never go unanswered.",
    "I'm sorry you're upset, but our callers never wait on hold that long, and I'll check the report anyway.",
];

// Near-misses: the same words doing something else.
const NO: string[] = [
    "You'll never have to repeat yourself with me.",
    "I never want you to feel ignored.",
    "I'll make sure this never happens again.",
    "You will never have to call twice about this.",
    "Never mind that, let's focus on your account.",
    "Please never hesitate to call me.",
    "I'm sorry the page never reached you.",
    "The callback you were promised never came.",
    "We'll never let that happen again.",
    "I never meant to upset you.",
    "I've added a second check so we don't miss any more messages.",
    "You were never called back, and I'm sorry.",
    "I'm going to make sure our agents never skip that step again.",
    "We never called you back, and that's on us.",
    "I want to make sure we don't lose any more of your calls.",
    "It's now or never for this schedule change, so let's get it right.",
    "So that it doesn't happen again, I've flagged your account.",
    "I don't want this to ever happen to you again.",
    "I'll personally make sure you never get a wrong page again.",
    "That's something we never want any client to go through.",
    "We never want a patient to wait.",
    "I've never been so sorry about a call.",
    "I'll see to it that it never happens again, Dr. Patel.",
    "Your calls will never go to voicemail again.",
    "Never again will you get a page on your night off.",
    "Since you never got a callback, I'll stay with this until it's fixed.",
    "If that doesn't happen by noon, call me directly.",
    "I'm sorry, we never got your name - who am I speaking with?",
    "I never said it was your fault, and I'm sorry it came across that way.",
    "You were never called back - I'm so sorry.",
    "Our agents never got the updated schedule, so I'm sending it to them now, and that's on us.",
    "I'll make sure your calls never go unanswered again.",
    "You'll never get a 2 a.m. page on your night off again.",
    "Never mind, I found your account.",
    "Our system doesn't save voicemails longer than 30 days, so let me check the logs now.",
    "We don't ever want you to feel ignored.",
    "I never got the chance to call you back, and I'm sorry.",
    "I can't lose this account, so I'll fix it now.",
    "We can't miss another page, so I've added a backup.",
    "I'm going to make sure this never happens to you again, Dr. Lowe.",
    // Unseen-writer phrasings (recall pass): near-misses that must stay negative.
    "Your callers will never wait more than a minute again.",
    "Your patients should never have to wait that long.",
    "Our callers will never have to wait that long once the new line is in.",
    "I'll make sure our callers never wait more than a minute.",
    "Our callers never got a callback, and that's on us.",
    "I understand your callers never reached us.",
    "Our patients never want to wait, I know.",
    "I've never had to say this before, but I'm sorry.",
    "Our clients never should have been kept on hold that long, and I'm sorry.",
    "I'm sure it won't happen again, because I've added a backup.",
];

describe(LABEL, () => {
  it.each(YES)('finds it in %j', (text) => {
    expect(score({ text }).labels).toContain(LABEL);
  });

  it.each(NO)('does not find it in %j', (text) => {
    expect(score({ text }).labels).not.toContain(LABEL);
  });

  it('reports the phrase that shows it, with a reason', () => {
    const text = "We've never had that problem with any other client.";
    const result = score({ text, callerName: 'Dr. Patel' });
    const ev = result.evidence.filter((e) => e.label === LABEL);
    expect(ev.length).toBeGreaterThan(0);
    expect(ev.some((e) => text.slice(e.start, e.end).toLowerCase().includes("never had that problem"))).toBe(true);
    expect(ev.every((e) => e.end - e.start < text.length || text.length < 60)).toBe(true);
    expect(ev[0]!.reason.length).toBeGreaterThan(20);
  });
});
