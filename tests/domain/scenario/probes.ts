/**
 * Free-text answers a trainee might type, one or more per rulebook label
 * (mostly the rulebook's own "yes" examples). The path walk tries them at
 * every step so rules that no authored response takes are walked too.
 * `{name}` stands for the caller's name.
 */
export const FREE_TEXT_PROBES: readonly string[] = [
  "I'm sorry to interrupt, {name} - I want to help, may I ask a few questions?",
  'When did this occur?',
  'Who did you first speak with?',
  'I understand your calls went unanswered this morning.',
  "I'm so sorry you went through that.",
  'I will take care of this for you today.',
  'So if I understand correctly, the answering service called you when you were not on call?',
  'Let me research this.',
  'Would you like to hold for about three minutes, or shall I call you back within the hour?',
  "I'll call you back by 3 p.m. today.",
  "What's the best number to reach you?",
  "I've corrected your on-call schedule so you won't be called on your days off.",
  'Perhaps there was a misunderstanding about the schedule.',
  "I'm uncomfortable with your words and tone. I'd like to help, but if you continue speaking that way I will have to disconnect.",
  "Certainly - our Director of Customer Service is Mr. Wilson; I'll transfer you right away.",
  'We could route your after-hours calls to Dr. Lee, or page you only for emergencies - which would work better?',
  "To recap: I've changed your on-call contact to Dr. Smith starting tonight, and I'll call you Friday by noon to confirm.",
  "I'll email you a summary of these changes to sign and send back.",
  'Thank you for letting us know.',
  "I'll call you Thursday to make sure everything is working.",
  "While I can't credit the whole month, I can waive the after-hours fee for the next billing cycle.",
  'A shorter voicemail greeting would cut the time our agents spend waiting to leave messages.',
  "I'm not able to share any information about our clients, but I'm happy to take a message.",
  'That was our mistake, and it should not have happened.',
  'We never lose messages.',
  'We were swamped last night.',
  'Your DID was mis-routed in the ACD.',
  "That's not what happened.",
  'Calm down.',
  "That's not my department.",
  'Are you kidding me?',
  'Someone will get back to you.',
  'Okay.',
  '{name}, I understand how upsetting this is. Let me research it and call you back by 3 p.m. today.',
];
