import { describe, expect, it } from 'vitest';
import { score } from '../../../src/domain/scoring/scorer.ts';

const LABEL = 'excuse';

// Rulebook yes/no examples plus our own phrasings: informal typing, missing apostrophes, curly quotes.
const YES: string[] = [
    "We were swamped last night.",
    "Two agents called out.",
    "She's new and didn't know better.",
    "It was a crazy busy morning.",
    "The dispatcher was on break.",
    "we were super slammed this morning",
    "It's been a madhouse around here all week.",
    "we had a ton of calls come in at once",
    "Sorry, we're short-staffed today.",
    "Half the team was out sick with the flu.",
    "The operator who took your call is still in training.",
    "She was covering two boards at once and got behind.",
    "our phones were ringing off the hook",
    "it was a skeleton crew over the holiday",
    "The agent on duty had stepped away from her desk.",
    "our computer system went down for an hour last night",
    "We were in the middle of switching to a new system.",
    "it was his first week on the job",
    "We get hundreds of calls every night.",
    "Everyone was busy with other callers.",
    "I was the only one here and I was swamped.",
    "There just weren't enough people on the overnight shift.",
    "Your office ran a promotion without telling us, so the lines were jammed.",
    "The new guy didn't know your account yet.",
    "we were down two operators last night, but that's no excuse",
    "It was just a crazy busy weekend for us.",
    "the dispatcher was handling another emergency at the time",
    "we were totally overwhelmed by the storm calls",
    "Mondays are always nuts here.",
    "its been crazy busy all week",
    "Call volume was through the roof yesterday.",
    "We had a huge spike in calls after your ad ran.",
    "Our regular operator was on vacation, and the fill-in didn't know your account.",
    "The girl who answered was brand new.",
    "I was handling three other calls at the same time.",
    "we're a little behind today",
    "We were understaffed because of the holiday.",
    "The operator was at lunch when your call came in.",
    "We're only human, and we had way too many calls that night.",
    "Our paging system was acting up all night.",
    "we were slammed",
    "We had a skeleton crew that night.",
    "It was a crazy Monday.",
    "The system was down for an hour.",
    "We were short three people, but that's no excuse.",
    "Im sorry, we were really short handed over the weekend",
    "she was on her lunch break when your call came in",
    "we’re so backed up right now",
    "We've been short-handed since two people quit.",
    "one of our operators quit last week and we're still catching up",
    "It was the holiday weekend, so we were running a lighter crew.",
    "The overnight girl was covering three accounts.",
    "Our operator had a family emergency and had to leave.",
    "Our phones got overloaded when the storm hit.",
    "We're a small team, Mrs. Jones.",
    "we only had one person on last night",
    "the agent was dealing with an emergency call at the time",
    "We had a huge backlog after the holiday.",
    "there was a lot going on last night",
    "We're doing the best we can with the staff we have.",
    "The answering service was overwhelmed that night.",
    "Our operator had just started that week.",
    "It was shift change, so the call slipped through the cracks.",
    "were so busy today sorry",
    "ive been slammed all morning",
    "sorry its been nuts around here",
    "we were crazy short staffed",
    "We had an agent out last night.",
    "We were one person short on the overnight shift.",
    "Mr. Reyes, I'm sorry about the wait. The phones were crazy this morning because of the snow, but I'll pull your hold reports now.",
    "I apologize. Our usual operator for your account was off that day, and the person covering didn't know about your emergency line.",
    "Dr. Kim, I hear you. It's been a really hectic week on our end, but that doesn't change the fact that your page was late.",
];

// Near-misses: the same words doing something else.
const NO: string[] = [
    "Let me check whether the storm that night affected your line.",
    "I know you're busy, so I'll be quick.",
    "It sounds like it's been a crazy week for you.",
    "Let me find out whether we were short-staffed that night.",
    "I'll check if there was a system outage on our end.",
    "It's crazy that you had to wait that long.",
    "I've briefed the new agent on your account.",
    "Our new system sends a text with every message.",
    "Your schedule is on the new calendar.",
    "I'm going to put you on a short break while I check, is that ok?",
    "Let me see if the storm knocked out your line.",
    "I'll take care of this before my lunch break.",
    "I know how busy your office gets on Mondays.",
    "Let me look into whether the call volume that night played a part.",
    "I'll pull the staffing records for that night before I say anything.",
    "I know your front desk has been swamped.",
    "You must be busy, so I'll keep this short.",
    "A new agent will be trained on your account this week.",
    "Our system shows the call came in at 2:14.",
    "We take every call seriously.",
    "Is this a busy time for you to talk?",
    "I'm going to put a new process in place so this can't happen again.",
    "The storm knocked out power across the county, so let me check your line.",
    "I can hear how busy your front desk is.",
    "I'm going to check whether our system logged that call.",
    "Your new schedule starts Monday.",
    "I'll personally train the new operators on your instructions today.",
    "Our team is small, but I'm going to handle this myself.",
    "I'll leave a note for the overnight team.",
    "There's only one way to fix this, and I'm doing it now.",
    "Dr. Lee was covering for you last night.",
    "I understand you had a family emergency that night.",
    "I just started looking into this a minute ago.",
    "I'll be out of the office tomorrow, so I'll call you today.",
    "Mrs. Kowalski, I can hear this has been an exhausting week for you. Let me go through your account with you right now.",
    "The forwarding was off that night, so I'm turning it back on now.",
];

describe(LABEL, () => {
  it.each(YES)('finds it in %j', (text) => {
    expect(score({ text }).labels).toContain(LABEL);
  });

  it.each(NO)('does not find it in %j', (text) => {
    expect(score({ text }).labels).not.toContain(LABEL);
  });

  it('reports the phrase that shows it, with a reason', () => {
    const text = "I'm sorry you waited. Two of our operators called out sick this morning.";
    const result = score({ text, callerName: 'Dr. Patel' });
    const ev = result.evidence.filter((e) => e.label === LABEL);
    expect(ev.length).toBeGreaterThan(0);
    expect(ev.some((e) => text.slice(e.start, e.end).toLowerCase().includes("operators called out sick"))).toBe(true);
    expect(ev.every((e) => e.end - e.start < text.length || text.length < 60)).toBe(true);
    expect(ev[0]!.reason.length).toBeGreaterThan(20);
  });
});
