import { describe, expect, it } from 'vitest';
import { score } from '../../../src/domain/scoring/scorer.ts';

const LABEL = 'admit-fault';

// Rulebook yes/no examples plus our own phrasings: informal typing, missing apostrophes, curly quotes.
const YES: string[] = [
    "That was our mistake.",
    "We woke you on your night off, and that should not have happened.",
    "Our operator sent the message to the wrong doctor.",
    "We dropped the ball on this one.",
    "I messed up your schedule, and I'm sorry.",
    "our agent misread your instructions",
    "We sent your calls to the old number by mistake.",
    "That's completely on us.",
    "The error is ours, not yours.",
    "We should have caught that.",
    "the operator didn't follow your emergency instructions",
    "we never called you back and that's on me",
    "I take full responsibility for that.",
    "Our night shift paged Dr. Kim instead of you.",
    "we forgot to update your on-call list",
    "Our mistake, I'll fix it right now.",
    "We let you down last night.",
    "Our agent read the wrong instructions.",
    "The mistake was entirely ours.",
    "We made an error with your schedule.",
    "I should've checked the on-call list before paging you.",
    "We messed up, plain and simple.",
    "The operator failed to page you.",
    "we screwed up your forwarding",
    "One of our agents put your calls through to the wrong office.",
    "That's my fault, I entered the wrong date.",
    "We're responsible for this, and I'm going to fix it.",
    "We got your holiday schedule wrong.",
    "That one's on us, and I'm sorry.",
    "The mistake was ours - the operator on duty missed the overflow line.",
    "Our agent should have read your emergency instructions word for word, and she didn't.",
    "This one was our error: the agent sent the message to your office line instead of your cell.",
    "We phoned the wrong doctor, and the mistake is ours.",
    "that was totally our fault",
    "we didnt page you like we should have",
    "We made a mistake with your schedule, and I've fixed it.",
    "I'm sorry, our operator paged the wrong doctor.",
    "Our agent hung up on your patient, and that's unacceptable.",
    "The agent misunderstood your instructions.",
    "We failed to update your schedule.",
    "We didn't return your call yesterday.",
    "it was our agent who made the mistake",
    "Yes, we sent it to the wrong number.",
    "We dropped your message.",
    "Your message was sent to the wrong doctor by our night operator.",
    "Your message got lost on our end.",
    "We were wrong.",
    "What our agent did was wrong.",
    "That was a mistake on our part.",
    "The fault lies with our night staff.",
    "I've confirmed it was our error.",
    "thats on us",
    "my fault, i put in the wrong number",
    "we messed up big time",
    "Dr. Patel, I looked into it, and our overnight operator sent your message to Dr. Greene by mistake. I've corrected the schedule so it won't happen again.",
    "Mrs. Jones, you're right. We forgot to switch your line back to day mode on Monday, and your callers got the night recording. I've fixed it.",
    // Unseen-writer phrasings (recall pass): listed misses first, then the same kinds in other styles.
    "Our overnight operator was covering three accounts at once, so she grabbed the wrong list.",
    "she pulled up the wrong account",
    "Our agent looked at the wrong schedule, Dr. Patel.",
    "The operator picked the wrong doctor off the on-call list.",
    "we opened the wrong file and paged Dr. Lee",
    "I'm sorry - our night operator followed the wrong set of instructions.",
    "He clicked the wrong option when he saved your schedule.",
    "They grabbed last week's list by mistake.",
    "Our dispatcher pulled your old instructions instead of the new ones.",
    "The agent chose the wrong greeting for your line.",
    "so he answered with the wrong greeting",
    "our girl on nights copied the wrong number into your file",
    "honestly we just grabbed the wrong template",
    "The operator went to the wrong page of your instructions.",
    "Mrs. Jones, I pulled the records. Our agent printed the wrong on-call sheet that morning, and I've corrected it.",
    "we were swamped and our operator keyed in the wrong extension",
];

// Near-misses: the same words doing something else.
const NO: string[] = [
    "I'm sorry this happened.",
    "I'm sorry this happened.",
    "It's possible one of our agents misread your instructions.",
    "If it was our mistake, I'll make it right.",
    "I'll find out whether our operator sent it to the wrong number.",
    "So the message went to your office line instead of your cell?",
    "It's not our fault.",
    "We should have your new schedule in place by tonight.",
    "I'll make sure we don't make that mistake again.",
    "Maybe the agent used an old number.",
    "You should have been paged right away, and I'm sorry you weren't.",
    "Let me check whether the agent sent it to the wrong doctor.",
    "I'm sorry you had to deal with this.",
    "It might have been our error; I'll check.",
    "If we made a mistake, I'll correct it.",
    "Was it our agent who sent it to the wrong doctor?",
    "You weren't at fault here.",
    "I'll make sure our staff doesn't miss your calls again.",
    "We should have an answer for you by 3.",
    "I'm checking whether we got your schedule wrong.",
    "I understand the message went to the wrong doctor.",
    "Let me see if our agent misdialed.",
    "It seems one of the settings on your account was sending calls to a recording.",
    "So your calls went to the old number all weekend - is that right?",
    "I see the message you left on Friday never made it to Dr. Haines.",
    "Whether it was our error or the phone company's, I'll find out today.",
    "Thank you for your patience.",
    "We should have the report by noon.",
    "Let me find out which agent took that call.",
    "Did our agent hang up on your patient?",
    "I'm going to return your call by 3.",
    "If the message was lost on our end, I'll find out.",
    "If we were wrong, I'll make it right.",
    "Sorry about that, that should never have happened to you.",
    "Dr. Nguyen, I'm sorry your message was late. I'm going to pull the logs and find out exactly where it got held up, and I'll call you by 3.",
    "So your patients heard the holiday greeting on a regular Tuesday - is that right? That must have been confusing.",
    // Unseen-writer phrasings (recall pass): near-misses that must stay negative.
    "Let me check whether she grabbed the wrong list.",
    "Did she grab the wrong list?",
    "She checked that it wasn't the wrong list.",
    "You may have looked at the wrong bill.",
    "She confirmed the caller dialed the wrong number.",
    "If she grabbed the wrong list, I'll fix it.",
    "I noticed you picked the wrong plan on the form.",
    "We updated the wrong-number handling so calls route correctly.",
    "I corrected the wrong number in your file.",
    "I found the wrong extension on your card and replaced it.",
];

describe(LABEL, () => {
  it.each(YES)('finds it in %j', (text) => {
    expect(score({ text }).labels).toContain(LABEL);
  });

  it.each(NO)('does not find it in %j', (text) => {
    expect(score({ text }).labels).not.toContain(LABEL);
  });

  it('reports the phrase that shows it, with a reason', () => {
    const text = "Dr. Patel, I understand the page went to Dr. Singh. That mistake was ours, and I've fixed the list.";
    const result = score({ text, callerName: 'Dr. Patel' });
    const ev = result.evidence.filter((e) => e.label === LABEL);
    expect(ev.length).toBeGreaterThan(0);
    expect(ev.some((e) => text.slice(e.start, e.end).toLowerCase().includes("mistake was ours"))).toBe(true);
    expect(ev.every((e) => e.end - e.start < text.length || text.length < 60)).toBe(true);
    expect(ev[0]!.reason.length).toBeGreaterThan(20);
  });
});
