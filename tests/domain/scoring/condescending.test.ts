import { describe, expect, it } from 'vitest';
import { score } from '../../../src/domain/scoring/scorer.ts';

// Rulebook examples first, then our own phrasings: paraphrases, informal typing, and near-misses.
const LABEL = 'condescending';

const present: string[] = [
  "Calm down.",
  "Relax, sir.",
  "As I already told you, the credit was applied.",
  "You need to understand that we follow your instructions.",
  "It's really not that complicated.",
  "Okay, sweetie.",
  "Just calm down, please.",
  "ma'am please calm down so I can help you",
  "Sir, you need to relax.",
  "There's no need to get so upset about one message.",
  "Don't get so worked up, it's just a billing question.",
  "You're overreacting a little bit here.",
  "Like I said, the forwarding was off on your end.",
  "I've told you three times already, the charge is correct.",
  "For the third time, we sent the page at 2 a.m.",
  "How many times do I have to explain this?",
  "You have to understand that we get thousands of calls.",
  "you gotta understand how busy it gets at night",
  "It's not rocket science, you just press 1.",
  "Honey, I'm doing the best I can.",
  "Listen, pal, I'm trying to help you.",
  "Take a deep breath for me, okay?",
  "Let me explain it slowly for you.",
  "Just settle down and let me look.",
  "You’re being way too emotional about this.",
  "Stop talking and let me explain.",
  "Do you understand what I'm saying?",
  "Dear, the line was working fine.",
  "youll need to understand the rates are set by management",
  "As I explained twice already, the greeting changed Monday.",
  "It isn't that hard to switch the forwarding on.",
  "Whoa, whoa, calm down.",
  "Ok relax, it's not the end of the world.",
  "Chill out, I'm working on it.",
  "There's no reason to get so emotional.",
  "Like I already said, the bill is correct.",
  "I already explained this to you.",
  "What you need to understand is that the rate changed in May.",
  "You don't seem to understand how the forwarding works.",
  "It's common sense to turn the forwarding on.",
  "Look, sweetheart, I'm doing my best.",
  "Now now, let's not get hysterical.",
  "Ma'am, you must understand we can't read minds.",
  "Listen, I don't make the rules, okay? Relax.",
  "Honestly this isn't that hard, you just forward the line before you leave.",
  "Look, I already told you twice: the page went out at 2.",
  "Jeez, relax, it's one missed call.",
  "Are you even listening to me?",
  "Try not to get so upset, these things happen.",
  "Now listen to me, the bill is correct.",
  "If you would just listen, I could explain.",
  "I'll explain it one more time: the surcharge applies after 6.",
  "Thanks, hon, I appreciate you.",
  "Is that so hard to understand?",
  "Let me make this simple for you.",
  "You're just not getting it.",
  "Don't get huffy with me.",
  "Will you let me speak?",
    // Added: unseen-writer phrasings (accuracy pass A2).
    "Sir, you need to calm down before we can continue.",
    "ok sweetie, let me look",
    "Now, now, there's no need to get so worked up.",
    "as i said before, the fee is in the contract",
    "Like I told you, Mr. Diaz, the forwarding is on your side.",
    "It's not rocket science, Doctor.",
    "Let me explain this slowly so you understand.",
    "Try to keep up, ma'am.",
    "You obviously don't understand how billing works.",
    "I've explained this three times now.",
    "Honey, it's really not that hard.",
    "Please lower your voice and calm yourself.",
    "you're being way too emotional about this",
    "Listen carefully: the fee applies to every page.",
    "Let me put it in simple terms for you.",
    "It's simple math, really.",
    "As you should know, the after-hours rate is higher.",
    "I'm going to say this one more time.",
    "Mrs. Jones, just relax and let me handle it.",
    "you dont seem to understand what I'm saying",
    "Everybody else seems to understand this just fine.",
    "I pulled up your file, Dr. Patel. As I've said twice already, the page fee is per page. Is there anything else?",
    // Fresh-writer set: other styles (formal, terse, rambling, lowercase, British/Australian, answering-service context).
    "Ma'am, you need to calm yourself down.",
    "chill out, ok",
    "Let me explain this slowly.",
    "As I said before, the message was sent.",
    "Dr. Reed, I'll explain it again so you understand this time.",
    "Okay, honey, let's just take a breath.",
    "It's a very simple process, really.",
    "There's no need to get so worked up.",
    "You really should have known that already.",
    "Now listen carefully.",
    "Settle down, Mr. Young.",
    "It's not rocket science.",
    "Like I said, we need the new schedule.",
    "Sweetheart, it'll be fine.",
    "Don't get your knickers in a twist.",
    "This might be a bit over your head.",
    "I checked the account, and as I've already explained twice now, the forwarding is set up correctly on our side, so let's go through it again.",
    "Let me break it down for you.",
    "Hold on, hold on, take a deep breath and stop shouting.",
    "you're overreacting a bit dont you think",
    "Stop panicking, love.",
    "Everyone else manages to use the portal just fine.",
    "Try to keep up.",
    "I'll say it one more time.",
    "You shouldn't be so upset about a single message.",
    "Okay, deep breaths, Mrs. Patel.",
    "Let's all just calm down a bit, shall we?",
    "You're getting yourself all worked up over nothing.",
    "I already went through this with you.",
    "Now, pay attention, because I'm only going to say this once.",
    "Listen, dear, these things take time.",
    "There's really no reason to be this upset.",
    "As I've mentioned several times now, the forwarding is on your end.",
];

const absent: string[] = [
  "I can see that you are angry.",
  "I'm not going to tell you to calm down; you have every right to be upset.",
  "I understand why you're upset.",
  "Help me understand what happened when you called.",
  "I want to make sure I understand the problem.",
  "Once things calm down tonight, I'll review every call personally.",
  "Oh dear, that should never have happened to you.",
  "Dear Dr. Patel, I'm writing to confirm the changes.",
  "If you don't understand any part of the bill, I'll walk you through it.",
  "I'll pay close attention to your account this week.",
  "Let me take a breath and make sure I have all the details right.",
  "I'll make sure it's simple for your staff to update.",
  "Can you tell me what happened so I understand?",
  "We can relax the after-hours rule for your office if you'd like.",
  "As you mentioned, the calls started dropping Monday.",
  "I understand you're frustrated, and you have every right to be.",
  "Please take your time, I'm listening.",
  "The fix isn't complicated on our side, so I'll have it done in ten minutes.",
  "I can hear how frustrated you are.",
  "Let me explain how the forwarding works, and stop me if anything is unclear.",
  "I told the overnight team about your new schedule.",
  "As I mentioned, I'll call you back by 3.",
  "Does that make sense so far?",
  "Take your time, Mrs. Jones.",
  "Thanks, I understand now.",
  "I'd like to understand exactly what happened.",
  "Once the storm settles down, we expect calls to go back to normal.",
  "I'm sure you understand how important this is to us too.",
  "I'm calm, and I'm here to help you.",
  "Dear me, that's not right at all. Let me fix it.",
  "Honestly, you have every right to be angry.",
  "Let me go over it once more to be sure I have it right.",
  "Thank you for listening to me.",
  "Is it hard to reach you at the office?",
  "I'm going to listen to the recording right now so we both know what was said.",
  "We can definitely relax the rule on weekend pages if that works better for you.",
  "Let me break down the bill for you so it's clear.",
    // Added: unseen-writer phrasings (accuracy pass A2).
    "Things should calm down after the holiday rush.",
    "As you know, the office closes at five.",
    "Everyone else on the call list got the message.",
    "I've explained the fee to our billing team, and they'll credit it.",
    "Let me put it in writing for you.",
    "I'll explain the fee so it's clear, and stop me if anything doesn't make sense.",
    // Fresh-writer near-misses.
    "I can see that you're angry.",
    "Take all the time you need.",
    "I'd like to explain what I found in the log, if that's okay.",
    "Let me walk you through what I've changed on your account.",
    "Would it help if we went over the new schedule together?",
    "You have every right to be upset.",
    "I understand this is stressful.",
    "As you mentioned earlier, the page came through at 3 a.m., and I've noted that.",
    "I just need you to confirm the number for me.",
    "Please bear with me while I pull up your account.",
    "I can hear how upset you are, and you have every reason to be.",
    "Let's go through the schedule together so we're on the same page.",
    "Just to confirm, you'd like the pages to go to Dr. Lee?",
    "I know this has been a long night for you.",
];

const evidence: Array<[string, string]> = [
  ["Sir, just calm down and listen.", "calm down"],
  ["As I already told you, the credit is applied.", "As I already told you"],
  ["Okay, sweetie, I'm looking.", "sweetie"],
];

describe(`${LABEL} detector`, () => {
  it.each(present)('finds condescending in %j', (text) => {
    expect(score({ text }).labels).toContain(LABEL);
  });

  it.each(absent)('does not find condescending in %j', (text) => {
    expect(score({ text }).labels).not.toContain(LABEL);
  });

  it.each(evidence)('points at the phrase in %j', (text, phrase) => {
    const spans = score({ text }).evidence.filter((e) => e.label === LABEL).map((e) => text.slice(e.start, e.end));
    expect(spans.some((s) => s.includes(phrase))).toBe(true);
  });

  it.each(present.slice(0, 5))('still finds condescending with a caller name in context: %j', (text) => {
    expect(score({ text, callerName: 'Mrs. Jones' }).labels).toContain(LABEL);
  });

  it('gives a specific reason, not a placeholder', () => {
    const ev = score({ text: present[0]! }).evidence.find((e) => e.label === LABEL);
    expect(ev?.reason).toBeTruthy();
    expect(ev?.reason).not.toBe('TODO');
  });
});
