import { describe, expect, it } from 'vitest';
import { score } from '../../../src/domain/scoring/scorer.ts';

const LABEL = 'defensive';

// Rulebook yes/no examples plus our own phrasings: informal typing, missing apostrophes, curly quotes.
const YES: string[] = [
    "That's not what happened.",
    "You must have given us the wrong number.",
    "You never called that in.",
    "It's not our fault.",
    "There's nothing wrong on our end.",
    "That isn't true, sir.",
    "you probably dialed the wrong number",
    "Are you sure you called the right number?",
    "Your receptionist must have forgotten to turn on the forwarding.",
    "You should have told us about the schedule change.",
    "we did exactly what your instructions said",
    "I find that hard to believe.",
    "It was only ten minutes, it's not that big of a deal.",
    "You're blowing this way out of proportion.",
    "Our records show the call was answered, so you're mistaken.",
    "The problem is on your end, not ours.",
    "Your office never sent us the new schedule.",
    "you didnt tell us you changed numbers",
    "Well that's not what our logs show.",
    "Its not like we lost the message, it was just late.",
    "With all due respect, our agent followed the script.",
    "I doubt our operator would say something like that.",
    "No, that's not what I said.",
    "Look, that's just not how it happened.",
    "You gave us the wrong number, so that's on you.",
    "we followed your instructions to the letter",
    "It's really not that serious, it was just a few minutes late.",
    "Are you sure that was our service you called?",
    "There's no way our operator said that.",
    "That's not true at all.",
    "You're wrong about that.",
    "i think you misheard the operator",
    "We did nothing wrong here.",
    "If you'd read your contract, you'd know about the after-hours fee.",
    "your staff forgot to call in the schedule change",
    "It was one late message.",
    "You have to understand, every after-hours call costs us money too, and the rates are spelled out in your contract.",
    "That's a ridiculous thing to say.",
    "You forgot to switch the forwarding on from your office phone.",
    "you obviously turned your ringer off",
    "I doubt that's what happened.",
    "Thats not true",
    "It’s not our fault your line was busy.",
    "Our records clearly show the message was delivered.",
    "Well, you didn't give us the new number.",
    "You should've called us sooner.",
    "Honestly, that's on your end.",
    "It's only a $10 charge.",
    "You're overreacting.",
    "I'm not the one who made the mistake.",
    "Don't blame us for your phone company's problem.",
    "That's not on us.",
    "That doesn't sound like something our agents would do.",
    "I really doubt one of our operators would hang up on you.",
    "There's no way that happened.",
    "Your instructions said to call Dr. Green, so that's what we did.",
    "u must have missed it",
    "thats not what happened",
    "u never told us",
    "ur wrong about that",
    "That's impossible, our system logs every call.",
    "You called the wrong number.",
    "your office gave us the old number",
    "Ms. Carter, I understand you're upset, but the log shows we called your cell twice. Maybe check your phone next time.",
    "I'm sorry you feel that way, but our operators followed your instructions exactly as written.",
    "Look, I get it, but it's not like the patient was in danger. It was a routine refill request.",
];

// Near-misses: the same words doing something else.
const NO: string[] = [
    "I don't see a record of that call yet; let me check the other logs.",
    "I don't see that page in our log yet, so I'm checking the backup records now.",
    "Is it possible the forwarding was switched off at your office?",
    "You must have been so worried when no one called.",
    "You should have been called right away.",
    "Perhaps there was a misunderstanding about the dates.",
    "You're right, that's not acceptable.",
    "That's not what should have happened, and I'm sorry.",
    "I'm sorry you never got the message.",
    "Could you tell me which number you dialed?",
    "It's not your fault at all.",
    "I doubt it'll take more than a few minutes.",
    "You never have to worry about that with me.",
    "I hear you, and you're right that the message was late.",
    "I'm not saying it was your fault.",
    "Let me confirm which number you called so I can trace it.",
    "There's no way I'm letting this slide - I'll fix it today.",
    "Is there any chance the ringer was off on your phone?",
    "I'm sure that was frustrating.",
    "I believe you, and I'm going to find out what happened.",
    "It wasn't just one late message, it was a pattern, and I'm sorry.",
    "I can't believe you had to wait that long.",
    "Nothing was wrong with your instructions; the mistake was ours.",
    "That never happens here.",
    "Our agents have never sent a message to the wrong doctor.",
    "Possibly the call forwarding didn't switch on when you left last night.",
    "I'm not sure yet what happened, but I'll find out.",
    "You're right to be upset.",
    "You shouldn't have had to call twice.",
    "Our records show the call came in at 2:14, and I'm checking what happened after that.",
    "I'll check our records right now.",
    "It's only going to take a minute to fix.",
    "You don't have to blame yourself.",
    "I can see that's what you did, and it should have worked.",
    "Did you call the main number or the after-hours line?",
    "It's impossible to reach anyone at your office after five, so I'll try your cell.",
    "I'm not going to make excuses. Your calls should have reached you, and I'm going to find out why they didn't.",
    "Next time you call, ask for me directly and I'll take care of it.",
    "That one's on us, and I'm sorry.",
    "thats on us, not on you",
];

describe(LABEL, () => {
  it.each(YES)('finds it in %j', (text) => {
    expect(score({ text }).labels).toContain(LABEL);
  });

  it.each(NO)('does not find it in %j', (text) => {
    expect(score({ text }).labels).not.toContain(LABEL);
  });

  it('reports the phrase that shows it, with a reason', () => {
    const text = "Our log shows the message was delivered at 6:05, so you must have missed it.";
    const result = score({ text, callerName: 'Dr. Patel' });
    const ev = result.evidence.filter((e) => e.label === LABEL);
    expect(ev.length).toBeGreaterThan(0);
    expect(ev.some((e) => text.slice(e.start, e.end).toLowerCase().includes("you must have missed it"))).toBe(true);
    expect(ev.every((e) => e.end - e.start < text.length || text.length < 60)).toBe(true);
    expect(ev[0]!.reason.length).toBeGreaterThan(20);
  });
});
