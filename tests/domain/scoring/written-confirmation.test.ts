import { describe, expect, it } from 'vitest';
import { score } from '../../../src/domain/scoring/scorer.ts';

const has = (text: string) => score({ text }).labels.includes('written-confirmation');

describe('written-confirmation', () => {
  it.each([
    // rulebook
    "I'll email you a summary of these changes to sign and send back.",
    // own phrasings
    "I'll fax this over for your signature this afternoon.",
    'You’ll get an email confirming the new hours by end of day.',
    "I'll put all of this in writing for you.",
    'ill email u the new instructions so you can sign off on them',
    "I'm going to fax the new schedule to your office this afternoon for your signature.",
    "I'll put everything we changed today into an email so you can look it over and sign it.",
    "I'll send you a written confirmation of the changes today.",
    "Let me email you a copy of the updated instructions.",
    "I can mail you a sign-off form for your files.",
    "I'll email that summary over for you to sign and send back.",
    'Would you like me to fax you the revised on-call schedule to sign?',
    "We'll send you a confirmation letter with everything we agreed.",
    "I’ll shoot you an email with the changes in a few minutes.",
    "I'm sending you a summary of what we discussed right now.",
    "I'll get all of this in writing and send it to you today.",
    "I'll email you the new routing so you can review it and sign.",
    'i can fax u a copy of the changes',
    "I'll text you a copy of the new instructions.",
    "I'd be happy to email you an outline of the changes for your records.",
    'Expect an email from me this afternoon; I will send you the updated procedures to sign.',
    "I'll write up a summary and email it over.",
    'Let me fax you a copy of the agreement to sign and return.',
    "You'll receive a written confirmation by fax tomorrow morning.",
    "I'll email you what we agreed so there's a record.",
    // more of our own phrasings
    "Just to go over everything one last time - we're now paging Dr. Kim first, and you'll get a fax of the new schedule for your signature.",
    "I'll get the new instructions over to you by email today so you can sign off on them.",
    "I'll be faxing you a copy of the revised schedule this afternoon.",
    "I can send you a confirmation in writing if you'd like.",
    "Okay, let me recap what happens next: tonight's agents will page Dr. Lee first, I'll email you the updated instructions, and I'll call you Thursday.",
    "I'll send the whole thing over in writing by end of day.",
    "Expect an email from me later today outlining everything we changed; just sign it and fax it back.",
    "I'll pop a summary of all of this in the post to you today for signing.",
    "Can I email you the revised instructions to look over and sign?",
    "Let me go back over what we've set up so we're on the same page: the new greeting goes live tonight and I'll email you the script.",
    "I'll send a follow-up email recapping today's changes for you to sign.",
    // Missed phrasings from a separate writer's scenario responses (listed misses first), generalized by kind.
    "I'll email it over. We've never had this happen before, so I'm sure it won't again.",
    "Thank you for giving us the chance to sort this out, Mr. Harlan. To recap: I'm pulling Saturday night's paging record now, I'll call your cell at 2 p.m. with what we find, and I'll email you the record so you have it in writing.",
    "ill fax it over today",
    "I will email that to you as soon as we hang up.",
    "Let me e-mail all of this over to you so you have it.",
    "I'll have it faxed over to your office this afternoon.",
    "Mrs. Chen, once we're done I'll send it over by email.",
    "We'll get that e-mailed to you within the hour.",
    "I can mail it to you if you'd prefer a paper copy.",
    "Sure thing. I'll email everything over to you tonight, and you can sign it and send it back.",
    "Great - I'll fax those over so you have the changes on paper.",
    "I'll shoot it over by email right after this call.",
    "I'm going to email it to you now.",
    "Id be happy to email this to your office manager.",
    "Would you like me to fax that over?",
    "I'll email you a copy of it before five.",
    "Let me fix the routing first and then email it over to you.",
    // fresh writer: other styles (formal, terse, rambling, lowercase, British/Australian, answering-service)
    "I shall forward written confirmation of these amendments to your office by close of business.",
    "ill shoot u an email with all the changes",
    "Email confirmation to follow.",
    "I'm sorry again about the mix-up, Dr. Patel. I've corrected the schedule, and I'll fax you the updated on-call list so you can sign it and send it back, just so we're both sure it's right.",
    "ill fax over the new instructions for u to sign",
    "I'll pop the changes in the post to you so you've got a copy for your files.",
    "You'll receive an email from me this afternoon outlining everything we changed.",
    "I'll send over the revised instructions in writing for your approval.",
    "Can I email you the updated schedule to look over and sign?",
    "I'll get a copy of the new instructions to you by fax within the hour.",
    "Mrs. Jones, I'll email you a confirmation of the credit today.",
    "We'll mail you a letter confirming the changes to your account.",
    "I'm going to send you the updated call instructions by email so you have them in writing.",
    "I'll write up the changes and email them to you for your sign-off.",
    "Expect an email from me confirming the new forwarding number.",
    "I'll fax you a copy of the new holiday schedule to initial and return.",
    "i'll send u a written copy of the new on call rotation today",
    "Would you like the changes emailed to you for your records?",
    "Let me put everything we discussed into writing and get it over to you this afternoon.",
    "I'll send you a confirmation email with the new after-hours instructions.",
    "I'll email the revised script across to you so you can approve it.",
    "A written summary of today's changes will be in your inbox within the hour.",
    "I'll drop you an email with the credit details so you have it in writing.",
    "I'll fax the signed change form to your office today.",
    "I can send the updated instructions to your office manager by email for her signature.",
  ])('yes: %s', (text) => {
    expect(has(text)).toBe(true);
  });

  it.each([
    'Please fax us the new schedule.',
    "I'll send the urgent messages to your cell by text from now on.",
    'I emailed you yesterday.',
    "I'll send the updated instructions to the night agents.",
    "I'll email you when it's fixed.",
    'Did you get the email I sent on Friday?',
    'Can you email me your new on-call list?',
    'We fax your messages to the office every morning.',
    "I'll send a technician out tomorrow.",
    "I'll email our tech team about the dropped texts.",
    'Your messages will be emailed to you as they come in.',
    'The summary you received last month had the wrong dates.',
    "I'll call you by 3 with an update.",
    "Please sign the form we sent and fax it back.",
    "I'm going to send the message to Dr. Lee now.",
    'We could send your routine messages by text instead.',
    "I can't email you the call recording, I'm afraid.",
    'Our fax line was down this morning.',
    "I've posted the new instructions at every station.",
    "I'll forward your complaint to my supervisor.",
    'Let me send a test fax to your office to check the line.',
    "I'll text the on-call nurse right away.",
    "If you email us the changes, I'll update your account.",
    "Send me the new schedule whenever you're ready.",
    "I'll mail the refund check to your office.",
    // more of our own phrasings
    "We email your messages to you every morning at 8.",
    "I'll send your messages to your email from now on instead of faxing them.",
    "We'll mail your invoice on the first.",
    "I'll send it.",
    // Near-misses for the widened patterns.
    "Can you email it over to us?",
    "I'll email it to our agents tonight.",
    "I'll fax it over to Dr. Lee.",
    "I'll text it to the on-call doctor.",
    "I never got the fax you sent.",
    "If you email it over, I'll look at it.",
    "Can you sign the form and email it over?",
    "Could you look it over and fax it back to us?",
    // fresh writer: other styles (formal, terse, rambling, lowercase, British/Australian, answering-service)
    "Please email us your new schedule.",
    "Can you fax us the new on-call list?",
    "We faxed the message to your office at 2 a.m.",
    "Did you get our email last week?",
    "The agent emailed the message to the wrong doctor.",
    "I'll call you tomorrow at 10 to confirm.",
    "Could you send that in writing to our billing department?",
    "Your messages are delivered by email every morning.",
    "I'll read the instructions back to you now.",
    "I see the fax came through at 3 a.m.",
    "I'll send you a copy of the invoice.",
  ])('no: %s', (text) => {
    expect(has(text)).toBe(false);
  });

  it('points at the written offer', () => {
    const text = "I've updated the schedule. I'll email you a summary of the changes to sign this afternoon.";
    const ev = score({ text }).evidence.filter((e) => e.label === 'written-confirmation');
    expect(ev.length).toBeGreaterThan(0);
    expect(text.slice(ev[0]!.start, ev[0]!.end)).toContain("I'll email you a summary");
  });
});
