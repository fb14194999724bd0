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
    // fresh writer: other styles (formal, terse, rambling, lowercase, British/Australian, answering-service)
    "I regret that I am unable to disclose any details regarding our clients; however, I would be happy to take a message.",
    "sorry cant give that out but i can pass on a msg",
    "Can't share that, sorry. Message?",
    "I understand you're worried, and I'd want answers too. But I'm not able to tell you whether Dr. Lee saw that patient, because that information is private. What I can do is take your name and number and have the office call you.",
    "im not allowed to give out the doctors home number but ill page him with ur message",
    "I'm afraid I can't give out the doctor's mobile number, but I'll make sure she gets your message.",
    "I'm not in a position to discuss the clinic's patients with you.",
    "That information is only available to the account holder, I'm afraid.",
    "I can't release the doctor's personal details, but I'd be glad to relay your message.",
    "Privacy rules prevent me from sharing that, but I can forward your concerns to the office.",
    "I'm unable to confirm who our clients are.",
    "Sorry, I can't give out that information. Would you like to leave a message for the office?",
    "For confidentiality reasons I can't share the patient's details.",
    "I can't discuss that account with anyone other than the account owner.",
    "I'm not able to give out the owner's address, but I can pass along your name and number.",
    "That's confidential, but I can have the practice manager call you back.",
    "Mr. Harris, I can't tell you who called the office, but I can let them know you asked.",
    "i cant confirm if shes a client of ours sorry",
    "I can't share the on-call doctor's direct line, but I'll page her with your message right away.",
    "I'm sorry, I can't give out details about the company's employees.",
    "Without the client's authorization, I can't release those records.",
    "I can't confirm or deny that, I'm afraid, but I'm happy to take your details and pass them on.",
    "I'm not able to share the doctor's schedule, but I'll make sure your message reaches her.",
    "I can't discuss the incident, but I can take a message for the property manager.",
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
    // fresh writer: other styles (formal, terse, rambling, lowercase, British/Australian, answering-service)
    "Can you confirm your date of birth for security?",
    "I can't share your account with others without your permission, can you verify your name?",
    "I can't take a message right now, please hold.",
    "I'll send the message to Dr. Lee right away.",
    "Your information is safe with us.",
    "I can't give you a refund for that.",
    "I'm not able to change that setting myself.",
    "Could you share your account number with me?",
    "I can't hear you very well, could you repeat that?",
    "I'm unable to reach the doctor at the moment.",
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
