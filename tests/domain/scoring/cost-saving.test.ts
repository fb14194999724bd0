import { describe, expect, it } from 'vitest';
import { score } from '../../../src/domain/scoring/scorer.ts';

const labels = (text: string) => score({ text }).labels as string[];
const has = (text: string) => labels(text).includes('cost-saving');

describe('cost-saving', () => {
  it.each([
    // rulebook
    'A shorter voicemail greeting would cut the time our agents spend waiting to leave messages.',
    'We could remove the menu prompt, which adds time to every call.',
    // own phrasings
    "If you checked messages online instead of calling in, you wouldn't be billed for operator time.",
    'Switching routine messages to text would bring your costs down.',
    'checking ur messages in the app instead of calling would save you money every month',
    'If we dropped the language menu, each call would be shorter and your bill would go down.',
    'Putting your office hours in the greeting would cut down on after-hours calls, which lowers your bill.',
    "You might save quite a bit by having us text routine messages instead of calling them in.",
    'Trimming your cell greeting to a few seconds would reduce the agent time you pay for.',
    'A plan with more included minutes would probably be cheaper for a practice your size.',
    "One way to lower the bill: let the system answer the directions questions automatically.",
    "If you pick up messages through our web portal, you'd pay less each month.",
    'We could automate the appointment reminders, so agents spend less time on each call.',
    'Dropping the second delivery attempt would reduce your charges.',
    "Here's one thing that would lower your bill right away: a shorter cell greeting.",
    "If your greeting said you close at 4 on Fridays, those late calls would stop and your bill would drop.",
    'Using email delivery for non-urgent messages would cut your monthly cost.',
    "If we skip reading the disclaimer to every caller, you'd be billed less.",
    'Having callers leave messages in voicemail after 10 would save on agent minutes.',
    "Your bill could come down if we removed the 'press one' prompt.",
    'Taking messages without the full read-back would make calls quicker and save you money.',
    'Switching to the app for message checks would save the operator time you are billed for.',
    'If you turned on call forwarding only at night, you could lower your bill quite a bit.',
    'Removing the hold music intro would make every call shorter, so you’d be charged less.',
    'You could save money by letting the recording handle the directions calls.',
    // more of our own phrasings
    "If you let callers leave voicemail after 9 instead of talking to an agent, you'd cut your overnight minutes way down.",
    "Your greeting is pretty long; trimming it would shave time off every message we leave and lower the bill.",
    "We could switch your routine messages to email delivery, which costs less than having an operator call you.",
    "Some clients save by having the system play their office hours before an operator answers.",
    "Eliminating the menu prompt would reduce agent time on every call.",
    "Tip: if your staff checked messages online rather than calling in, you'd pay for far fewer minutes.",
    "We could cut the read-back of every message, which would shorten each call and trim your invoice.",
    "Sending routine messages by email instead of a live call would lower what you pay each month.",
    // fresh writer: other styles (formal, terse, rambling, lowercase, British/Australian, answering-service)
    "May I point out that a shorter greeting on your voicemail would reduce the billable time per call.",
    "if u check msgs on the app instead of calling in ud save a fair bit",
    "Text delivery's cheaper.",
    "I do understand the bill was a shock, Mrs. Jones. Looking at your usage, most of the minutes are from callers asking for directions, so if we put your address in the recorded greeting, those calls would drop and so would your bill.",
    "u could turn off the language menu thatd cut ur costs",
    "You'd save a good bit each month by picking your messages up online rather than ringing in.",
    "Moving to our 500-minute plan would work out cheaper than paying overage every month.",
    "If your office staff forwarded the lines later in the evening, you'd pay for fewer after-hours calls.",
    "Having us email routine messages rather than phone them through would lower your monthly charges.",
    "Cutting the message script down to the essentials would shorten each call and reduce your invoice.",
    "One thing that would help your bill is removing the press-one option at the start.",
    "You'd spend less if you let us hold non-urgent messages until morning instead of paging overnight.",
    "Dr. Patel, switching the weekend coverage to emergency-only would bring your charges down considerably.",
    "If you updated your website with your hours, you'd get fewer after-hours calls and a smaller bill.",
    "i reckon going to the smaller plan would save u money since ur under the minutes",
    "Retrieving messages through the portal is free, so that would take a chunk off your bill.",
    "If you don't need the live patch-through, dropping it would save you about twenty dollars a month.",
    "Asking your patients to use the online booking form would reduce the number of billable calls.",
    "A cheaper option for you would be the basic plan, since you rarely use the extra features.",
    "You could lower your costs by having your staff pick up the lines right at 8 instead of 8:30.",
    "Trimming the hold music at the beginning would cut a few seconds off every call, which adds up.",
    "Bundling your two lines into one account would reduce the monthly base fee.",
    "If we stopped reading back every message, each call would be shorter and less expensive.",
    "Consolidating your messages into one daily email rather than individual calls would save on agent time.",
    "To keep the bill down, you could have routine callers leave a voicemail instead of speaking to an agent.",
  ])('yes: %s', (text) => {
    expect(has(text)).toBe(true);
  });

  it.each([
    'Your bill went up because you had more calls in March.',
    "There's no way to lower your bill, sorry.",
    "I can't reduce your bill.",
    'The after-hours rates are spelled out in your contract.',
    "I can waive the after-hours fee for the next billing cycle.",
    'I can take 25% off this month’s invoice.',
    'Every after-hours call costs us money too.',
    "I'll review your message counts and call you back by 3.",
    'Let me look at why your bill jumped this month.',
    'Your bill is due on the 15th.',
    'The greeting runs almost a minute.',
    'I understand the bill was higher than you expected.',
    'We save every message in our system.',
    'Our agents spend a lot of time on your account.',
    'It was a long call, I know.',
    "I'll credit you for the missed calls.",
    'The calls were shorter last month.',
    'Thank you for your patience with the billing question.',
    'Did the weather increase your call volume?',
    "I'm sorry your bill was so high this month.",
    'Let me save your new number to the account.',
    'I cut the call short by mistake, and I apologize.',
    'Fewer agents were on shift that night.',
    "Your bill won't change after the upgrade.",
    'We can discuss your bill when the billing manager calls you.',
    // more of our own phrasings
    "Your bill is high because of all the calls during the storm.",
    "You were billed for 340 minutes because of the extra calls.",
    "Let me walk you through why this month's bill is higher.",
    "If you want, we can look at ways to lower your bill together.",
    // fresh writer: other styles (formal, terse, rambling, lowercase, British/Australian, answering-service)
    "Your bill went up because of the extra calls last month.",
    "I'll look into why your bill is so high.",
    "I can credit you for the missed calls.",
    "Would you like me to explain the charges on your invoice?",
    "The text delivery option costs five dollars more a month.",
    "Your plan includes 300 minutes.",
    "I've waived this month's late fee.",
    "We can't lower your rate.",
    "The bill is higher because your callers waited on hold.",
    "Let me check your usage for the last three months.",
  ])('no: %s', (text) => {
    expect(has(text)).toBe(false);
  });

  it('judgement call 10: a single idea on its own is cost-saving only; a choice is also offer-options', () => {
    const single = labels('A shorter voicemail greeting would cut the time our agents spend waiting to leave messages.');
    expect(single).toContain('cost-saving');
    expect(single).not.toContain('offer-options');
    const choice = labels(
      "We could drop the menu prompt, since it makes every call longer, or send routine messages by text so agents spend less time on each. Would either of those help?",
    );
    expect(choice).toContain('cost-saving');
    expect(choice).toContain('offer-options');
  });

  it('points at the idea', () => {
    const text = 'Dr. Okafor, I looked at your bill. A shorter voicemail greeting would cut the time our agents spend waiting.';
    const ev = score({ text }).evidence.filter((e) => e.label === 'cost-saving');
    expect(ev.length).toBeGreaterThan(0);
    expect(text.slice(ev[0]!.start, ev[0]!.end)).toContain('shorter voicemail greeting');
  });
});
