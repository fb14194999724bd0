import { describe, expect, it } from 'vitest';
import { score } from '../../../src/domain/scoring/scorer.ts';

const has = (text: string) => score({ text }).labels.includes('protect-privacy');

describe('protect-privacy', () => {
  it.each([
    // rulebook
    "I'm not able to share any information about our clients, but I'm happy to take a message.",
    // own phrasings
    "I can't confirm whether she's a patient there.",
    'Client information is confidential, I’m afraid.',
    "I'd be glad to pass your message along to the office.",
    "I can only release information with the client's written permission or a court order.",
    'No comment at this time, but I can take your number and pass it to the practice manager.',
    'im sorry but i cant give out any info about the practice',
    "I'm not at liberty to discuss our clients' business.",
    "We don't give out information about the companies we answer for.",
    "I can't tell you anything about the clinic's patients, but I can take your name and number.",
    "Our client's details are confidential, but I can pass your message along to them.",
    "I'm not allowed to release any details about the accident.",
    'Without the client’s written consent I can’t share that.',
    'Because of HIPAA I cannot discuss any patient with you.',
    "Unfortunately I'm unable to disclose anything regarding our clients.",
    "I can't comment on that, but I'll make sure the office gets your message.",
    'I can take a detailed message and make sure it reaches their office manager today.',
    "I'm not permitted to confirm who our clients are.",
    "That information is private; I can only pass a message on to the doctor's office.",
    "I'm afraid I can't give you the doctor's home number, but I'll pass your message to her service line.",
    "I can't verify whether that person is a patient of the clinic.",
    'Sorry, we cannot release client records unless we have a subpoena.',
    "I'm happy to take your name and number and pass them along to the office.",
    'all i can do is pass a message on to the practice',
    "I'd be glad to take your message and get it to the practice manager today.",
    // more of our own phrasings
    "I'm afraid I can't give out any details about the practice or its patients. I'd be happy to pass your contact information to the office manager.",
    "That's not something I can discuss, sir. Our clients' information stays private.",
    "Reporters have to go through the clinic directly - I can't comment, but I'll let them know you called.",
    "Per our privacy policy, I can't release anything about the people we answer for.",
    "Sir, I'm not in a position to confirm whether Dr. Ames is our client. I can take your details and let the right person know you called.",
    "I'm sorry, I can't say whether anyone from that family is a patient.",
    "The clinic's information isn't something we're allowed to share, but I'll gladly take a message for them.",
    "We're not allowed to tell anyone who our clients are, but if you leave a message I'll make sure the office gets it.",
  ])('yes: %s', (text) => {
    expect(has(text)).toBe(true);
  });

  it.each([
    "Sorry, I can't tell you how sorry I am.",
    "I can't confirm the message was delivered until I check the log.",
    "I can't give you a credit for that month.",
    "I'm not able to approve credits myself.",
    'Your message was passed to Dr. Lee at 6:05.',
    'Did you leave a message with the agent?',
    "I'll call you back by 3 with what I find.",
    'We take messages for over 200 businesses.',
    "I can't tell you exactly when the technician will arrive.",
    "I can't say for sure what happened until I listen to the recording.",
    "Our agent didn't pass your message along, and that was our mistake.",
    'The message never reached the office.',
    "I'm not able to hear you very well - could you repeat that?",
    'Could you confirm your account number for me?',
    'What is the best number to reach you?',
    "I'll make sure your information is updated on the account.",
    "I understand you're frustrated with the messages.",
    "I'm not able to see that call in today's log yet.",
    "Let me confirm your new office hours.",
    'Our office is private property, so please park on the street.',
    "I can't share my screen, but I'll read you the message.",
    'Thank you for the message you left last night.',
    "I can't discuss the after-hours rates, they're set by management.",
    "We can't release the hold on your line until the phone company calls back.",
    "I'll take care of the messages myself tonight.",
    // more of our own phrasings
    "I can't discuss your bill until I verify your account.",
    "I can't find any information about that call.",
    "I can't give you the tracking number right now because the system is down.",
    "Unfortunately I can't confirm that appointment without verifying your identity.",
  ])('no: %s', (text) => {
    expect(has(text)).toBe(false);
  });

  it('points at the refusal', () => {
    const text = "Mr. Osei, I know you're on a deadline, but I can't confirm anything about our client or the accident.";
    const ev = score({ text }).evidence.filter((e) => e.label === 'protect-privacy');
    expect(ev.length).toBeGreaterThan(0);
    expect(text.slice(ev[0]!.start, ev[0]!.end)).toContain("can't confirm anything about our client");
  });
});
