import { describe, expect, it } from 'vitest';
import { score } from '../../../src/domain/scoring/scorer.ts';

const has = (text: string) => score({ text }).labels.includes('soft-words');

describe('soft-words', () => {
  it.each([
    // rulebook
    'Perhaps there was a misunderstanding about the schedule.',
    "It's possible the forwarding didn't take.",
    // own phrasings
    'perhaps the message got filed under the wrong account',
    'Possibly the call forwarding did not switch on last night.',
    'It is possible that one of our agents misread your instructions.',
    'Occasionally a message gets routed to the backup line.',
    'Sometimes messages get delayed when the carrier has an outage.',
    'It seems one of the settings was sending calls to a recording.',
    'It looks like the page went to your old pager number.',
    "It's unlikely the message was deleted.",
    'Its highly unlikely anyone hung up on purpose.',
    'There may have been a mix-up about which weekend you were covering.',
    'Maybe there was a miscommunication with the night shift.',
    'The message might have gone to your office line.',
    'One of our operators may have misheard the number.',
    "I think there's been a misunderstanding.",
    'It appears the schedule change did not save.',
    "There's a chance the fax went to the old number.",
    'It may be that the update reached us after the shift started.',
    'We sometimes see delays when the storm knocks out lines.',
    'Seems like the forwarding was switched off on Friday.',
    "It’s possible our system flagged it as spam.",
    'Maybe the new greeting never got saved.',
    'It seems that the texts were queued instead of sent.',
    'That was probably a glitch in the overnight update.',
    'Most likely the message got stuck in the queue.',
    'I wonder if the forwarding got switched off.',
    'We may have misunderstood the request.',
    'That sort of thing occasionally happens when a schedule changes mid-week.',
  ])('yes: %s', (text) => expect(has(text)).toBe(true));

  it.each([
    // rulebook
    'There was no mistake.',
    // near misses
    'I sometimes work the overnight shift myself, so I know those agents well.',
    'If anything else comes up, never hesitate to call me directly.',
    "I'll call you back as soon as possible.",
    'Is it possible to reach you at your cell?',
    'Perhaps we could route your calls to Dr. Lee instead?',
    'Maybe I can call you back in ten minutes?',
    'Would you perhaps prefer a text?',
    'You might have missed it.',
    "That's not possible.",
    'I want to avoid any misunderstanding, so I will email you the changes.',
    'It may take 3-5 business days.',
    'It seems you are upset.',
    'We never lose messages.',
    'Thank you for calling us about this - if you had not, other offices might have had the same trouble.',
    'Could you possibly hold for two minutes?',
    'Maybe later today.',
    "You'll sometimes hear a short beep before the greeting.",
    'I wonder if you could hold for a moment?',
    "You'll likely get a call from billing.",
    'Perhaps the simplest fix is a backup number.',
    'We apologize for any inconvenience this may have caused.',
    "I'll have the report ready maybe by Friday.",
  ])('no: %s', (text) => expect(has(text)).toBe(false));

  // Fresh writer: unseen styles (answering-service context, casual, terse, British, lowercase, long turns) and near-misses.
  it.each([
    "Perhaps there was a misunderstanding about the schedule.",
    "It's possible the forwarding didn't take.",
    "Possibly the page was sent to an old number.",
    "It seems the message was held in the queue.",
    "It's unlikely, but the pager may have been out of range.",
    "Occasionally the carrier delays texts overnight.",
    "Sometimes the forwarding resets after a power cut.",
    "maybe there was a mixup with the numbers",
    "It could be that the instructions weren't updated.",
    "It appears the bill included the holiday calls.",
    "There may have been a misunderstanding with the operator.",
    "Mrs. Lloyd, it looks like the new doctor wasn't added to the rota.",
    "I wonder if the old schedule was still active.",
    "It's conceivable the message went to the wrong inbox.",
    "seems like the page got stuck somewhere",
    "I suspect the forwarding was switched off by accident.",
    "Perhaps the page went to the old pager number.",
    "It might be that the call came in during the changeover.",
    "There's a chance the text was delayed by the network.",
    "I'm so sorry about this. I've had a quick look, and it seems possible the after-hours line was pointed at the old clinic number, which would explain the missed calls. Let me confirm.",
    "It's just possible the operator misheard the number.",
    "Apparently the invoice picked up minutes from the previous month.",
    "That would probably explain the extra charges.",
    "It may well be a misunderstanding on our side.",
    "presumably the schedule change didn't go through",
    "It's possible there was a mix-up with the rota.",
    "it might be that the pager battery died",
    "There might have been a glitch with the forwarding.",
    "Sometimes the handover notes don't carry over between shifts.",
    "It looks like the message went to the old number.",
    "It's quite likely the change wasn't saved.",
    "Perhaps the operator misread the schedule.",
    "I'd guess the carrier delayed the texts.",
  ])('yes (fresh writer): %s', (text) => expect(has(text)).toBe(true));

  it.each([
    "There was no mistake.",
    "The page was sent at 3:02.",
    "We sent the message.",
    "The forwarding is switched on.",
    "Is it possible to call you back?",
    "Sometimes I wonder.",
    "It's not possible to waive that fee tonight.",
    "The message was delivered at 9:14.",
    "You may hold or I can call you back.",
    "Sometimes you just have to call the main line, that's the process.",
    "It's not possible to credit the whole bill.",
    "Maybe I can call you back later.",
    "Perhaps you could email the schedule.",
    "The doctor might call you.",
  ])('no (fresh writer): %s', (text) => expect(has(text)).toBe(false));

  it('points at the soft word', () => {
    const text = 'I checked the logs. Perhaps there was a misunderstanding about the dates.';
    const ev = score({ text }).evidence.filter((e) => e.label === 'soft-words');
    expect(ev.some((e) => text.slice(e.start, e.end).toLowerCase().includes('perhaps'))).toBe(true);
  });
});
