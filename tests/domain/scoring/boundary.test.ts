import { describe, expect, it } from 'vitest';
import { score } from '../../../src/domain/scoring/scorer.ts';

// Rulebook examples first, then our own phrasings: paraphrases, informal typing, and near-misses.
const LABEL = 'boundary';

const present: string[] = [
  "I'm uncomfortable with your words and tone. I'd like to help, but if you continue speaking that way I will have to disconnect.",
  "That kind of language isn't okay on this line; if it continues, I'll have to hang up.",
  "I'm here to help, but I can't accept threats. If you threaten me again, I'll end this call.",
  "I won't be called names; if it happens again, I'll have to end the call.",
  "I want to help you, but if the swearing continues I'm going to disconnect.",
  "Sir, I need you to stop cursing at me, or I'll have to end this call.",
  "i cant continue this call if youre going to keep yelling at me",
  "The profanity has to stop, or I'll need to release the call.",
  "I'm happy to keep working on this as soon as the name-calling stops.",
  "I understand you're angry, but I won't be spoken to that way. If it continues, I'll end the call and call you back later.",
  "Please don't swear at me. If you do it again I will hang up.",
  "I’m not comfortable being yelled at. If the shouting continues, I’ll have to end our conversation.",
  "Your language is inappropriate, and if it doesn't stop I'll disconnect.",
  "I won't tolerate insults. One more and this call will be ended.",
  "I'd like to keep helping, but the shouting has to stop or I'll need to let you go.",
  "If you keep threatening our staff, I'm going to terminate the call.",
  "Ma'am, that language isn't acceptable. I'll help you once you can speak to me respectfully, otherwise I'll have to end the call.",
  "I can't keep going while you're swearing at me; if you continue I'll disconnect.",
  "I'm willing to help, but not while I'm being cursed at. If it continues I will end the call.",
  "Please stop the name calling. If it keeps up, I'll have to disconnect the line.",
  "I'll gladly help once the yelling stops; otherwise I'll need to end this call.",
  "Threats aren't acceptable. One more and I'm hanging up.",
  "Sir, I won't continue the call if you keep cursing at me.",
  "I'm not going to sit here and be yelled at; keep it up and I'm ending this call.",
  "If you swear at me again, I'll have to disconnect.",
  "Your tone is making this hard. Let's keep it respectful or I'll need to end the call.",
  "I'm not going to be able to help you if you keep speaking to me like that.",
  "Sir, that's enough. If you keep using that language, I'm going to disconnect.",
  // fresh writer: other styles (formal, terse, rambling, lowercase, British/Australian, answering-service)
  "Sir, I must ask you to refrain from using profanity; otherwise I will be obliged to terminate this call.",
  "i wanna help but if u keep swearing im gonna have to hang up",
  "Language, please, or I'm ending the call.",
  "I do want to get this sorted for you, Mr. Harris, and I know you're upset about the bill. But I'm not willing to be sworn at. If that continues, I'll end the call and you're welcome to ring back when you're ready.",
  "pls stop cursing or i will disconnect",
  "Mate, I'm not going to cop that sort of language; keep it up and I'll have to hang up.",
  "Keep it respectful, please. If the abuse carries on, I'm ending the call.",
  "Calling me names won't get this fixed, and if it continues I'll have to end the call.",
  "That language is not acceptable. I'll disconnect if it happens again.",
  "I'm going to have to end this call if the abuse continues.",
  "I'm not comfortable with the way you're speaking to me. Please stop, or I'll need to end the call.",
  "Ma'am, I need you to stop yelling at me. If you can't, I'll have to disconnect and call you back.",
  "I can help you, but I won't listen to threats. Another one and I'll terminate the call.",
  "Please don't use that kind of language with me, or I'll need to end our call.",
  "If you keep insulting me, I'll be ending the call.",
  "I'm happy to help once you stop swearing at me.",
  "Shouting at me isn't going to help; if it continues, I'll have to end this call.",
  "Dr. Patel, I won't accept being spoken to like that. If it continues, I'll disconnect.",
  "I'll have to hang up if you keep using that kind of language.",
  "That's not appropriate language, sir. One more time and I will disconnect.",
  "ur language is not ok, keep it up and im hanging up",
  "I'm asking you to stop the personal insults, or I'll need to transfer you to a supervisor and end my part of the call.",
  "I'd like to help, but I can't do that while you're cursing at me; if it continues, I'll end the call.",
  "Your tone is unacceptable, and I'll have to end the call if it carries on.",
  "I'm not going to continue while you're calling me names. Please stop or I'll disconnect.",
];

const absent: string[] = [
  "Please calm down.",
  "I won't be spoken to like that.",
  "Calm down or I'll hang up.",
  "Let's review before we hang up.",
  "I'll end the call now and call you back by 3.",
  "I understand you're upset about the language our agent used, and I'm sorry.",
  "The agent's tone was unacceptable, and I'll be coaching her today.",
  "If the line drops, I'll call you right back.",
  "I'm sorry for the yelling you heard on the recording; I'll review it today.",
  "Your words matter to us, and I'll pass them on.",
  "I hear how angry you are, and I want to help.",
  "I can hang up and call you back on your cell if that's easier.",
  "I hear you, and I'm going to fix this.",
  "I'll stay on the line until it's fixed.",
  "The yelling you heard was from our break room; I'm sorry.",
  "If the line drops, I'll call you back at this number.",
  "The agent's language was completely unacceptable, and I've spoken with her supervisor.",
  "I don't blame you for being upset; the agent was rude to you and that's not okay.",
  "I'll stay on the line with you until we hang up together.",
  // fresh writer: other styles (formal, terse, rambling, lowercase, British/Australian, answering-service)
  "I'll have to end the call now, thank you for calling.",
  "If the call drops, I'll call you right back.",
  "I'm sorry our operator used that language with you.",
  "That language in the greeting isn't what you asked for, so I'll fix it.",
  "Our agent hung up on you, and that's not acceptable.",
  "I'll disconnect the old forwarding number today.",
  "If the forwarding stops working again, call us and we'll fix it.",
  "Calm down, there's no need to shout.",
  "I won't be able to continue the call after 5 because the office closes.",
];

const evidence: Array<[string, string]> = [
  ["I want to help, but that kind of language isn't okay; if it continues, I'll have to hang up.", "I'll have to hang up"],
  ["I want to help, but that kind of language isn't okay; if it continues, I'll have to hang up.", "kind of language"],
];

describe(`${LABEL} detector`, () => {
  it.each(present)('finds boundary in %j', (text) => {
    expect(score({ text }).labels).toContain(LABEL);
  });

  it.each(absent)('does not find boundary in %j', (text) => {
    expect(score({ text }).labels).not.toContain(LABEL);
  });

  it.each(evidence)('points at the phrase in %j', (text, phrase) => {
    const spans = score({ text }).evidence.filter((e) => e.label === LABEL).map((e) => text.slice(e.start, e.end));
    expect(spans.some((s) => s.includes(phrase))).toBe(true);
  });

  it.each(present.slice(0, 5))('still finds boundary with a caller name in context: %j', (text) => {
    expect(score({ text, callerName: 'Mrs. Jones' }).labels).toContain(LABEL);
  });

  it('gives a specific reason, not a placeholder', () => {
    const ev = score({ text: present[0]! }).evidence.find((e) => e.label === LABEL);
    expect(ev?.reason).toBeTruthy();
    expect(ev?.reason).not.toBe('TODO');
  });
});
