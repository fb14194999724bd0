import { describe, expect, it } from 'vitest';
import { score } from '../../../src/domain/scoring/scorer.ts';

const LABEL = 'hold-or-callback';

// [utterance, carries the label?]: the rulebook's examples first, then our own phrasings and near-misses.
const CASES: [string, boolean][] = [
  ["Would you like to hold for about three minutes, or shall I call you back within the hour?", true],
  ["I can stay on the line while I look, or call you back - which do you prefer?", true],
  ["Please hold.", false],
  ["I'll call you back.", false],
  ["do you want to hold or should i call u back", true],
  ["Would you prefer I call you back, or would you rather wait on the line?", true],
  ["I can put you on a brief hold while I check, or give you a call back in fifteen minutes - whatever's easier for you.", true],
  ["Are you able to hold for a couple of minutes, or would a callback work better?", true],
  ["It'll take me about five minutes to pull this up. Can you hold, or would you like me to call you back?", true],
  ["If you'd rather not wait on hold, I can call you back by 2.", true],
  ["I can keep you on the line, or ring you back once I have the answer. Your choice.", true],
  ["Would you like to wait while I look into it or have me call you back?", true],
  ["Hold or callback - which works better for you?", true],
  ["Would you rather hang on for a few minutes or get a call back when I have it?", true],
  ["Would you like me to call you back, or would you prefer to stay on hold?", true],
  ["I'm going to put you on hold for two minutes.", false],
  ["Thanks for holding. I'll call you back this afternoon with the details.", false],
  ["If we get disconnected, I'll call you right back.", false],
  ["Please stay on the line while I transfer you.", false],
  ["One moment please, I'm placing you on a short hold while I check the log.", false],
  ["I'll call you back by 3 p.m.", false],
  ["Would you like me to call you back?", false],
  ["Sorry for the wait - I'll call you back as soon as I hear from the tech team.", false],
  ["Hold on, let me check that.", false],
  ["Would you like me to transfer you, or would you prefer to speak with me?", false],
  ["The hold times on your line were too long this morning.", false],
  ["Should I email you the report, or call you with it?", false],
  ["This might take a few minutes - would you like to hold, or would it be easier if I called you back?", true],
  ["I can either keep you on hold while I look, or call you back by 4:30. What would you prefer?", true],
  ["You can stay on the line with me or I can call you back in ten minutes, whichever you like.", true],
  ["I'll call you back, so you don't have to hold.", false],
  ["Please hold while I check the recording.", false],
  ["Thank you for waiting, I have your answer now.", false],
  ["Would you like to hold, or shall I call you back? It’s up to you.", true],
  ["I’m putting you on hold now.", false],
  ["I'll need about 5 minutes to check. Would you like to wait, or should I give you a call back?", true],
  ["Do you have a few minutes to hold, or would a call back be better?", true],
  ["I can keep looking while you hold, or get back to you by 3 - your call.", true],
  ["Would you like to hold or do you want a call back?", true],
  ["Is it okay if I put you on hold, or would you rather I call you back?", true],
  ["This could take ten minutes or so. I'm happy to keep you on hold, or I can ring you back as soon as I've finished - what would you like?", true],
  ["I don't want to keep you waiting too long. Would a call back in twenty minutes work, or would you rather stay on?", true],
  ["Are you OK to hold for 3 min or do u want me to call back", true],
  ["I'll have to put you on hold - it shouldn't be more than two minutes.", false],
  ["If you need to go, that's fine; just call us back.", false],
  ["Would you like me to call you back on your cell or your office phone?", false],
  ["Would you like to hold for Mr. Wilson, or would you like him to call you back?", true],
  ["I'd like to look into this now. Do you want to stay on hold, or shall I phone you back in fifteen minutes?", true],
  ["You're welcome to wait on the line, or I can call you back - which would you prefer?", true],
  ["Let me place you on hold; I'll be right back.", false],
  ["I'll call you back in ten minutes so you don't have to wait on hold.", false],
  ["Can you hold on one second? I'll call you back if we get cut off.", false],
  ["I'll be on hold with the phone company for a bit, then I'll call you back.", false],
  // Missed phrasings from a separate writer's scenario responses (listed misses first), generalized by kind.
  ["Mr. Harlan, I can keep you on the line while I pull the log, or ring you back in 10 minutes - which is easier?", true],
  ["do you want to hang on for a couple minutes or should i call u back", true],
  ["It'll take me about five minutes to check. Would you rather wait on the line, or have me call you back?", true],
  ["I'll need a few minutes with the records. You're welcome to stay on the line, or I can give you a call back at 2 - whatever suits you.", true],
  ["I can call you back by 3 or you can hold while I look, your choice.", true],
  ["Ms. Dale, would it be easier if I called you back in 15 minutes, or would you prefer to hold?", true],
  ["Can you hold for two minutes, or would a callback work better?", true],
  ["Are you able to hold briefly or do you want me to call you right back?", true],
  ["I could put you on a brief hold, or I can phone you back within the hour. Which works for you?", true],
  ["If you'd rather not wait, I can call you back at 4:15 instead.", true],
  ["I can either keep you on hold for a minute or two or get back to you by noon.", true],
  ["Would you like to stay on while I check, or should I ring you back?", true],
  ["You can hold for a moment or I can call you back when I've got the record - what's better for you?", true],
  ["would u prefer to hold or get a call back in 20 min", true],
  ["Mrs. Ortiz, this could take a few minutes - I'm happy to keep you on hold, or I can call you back by 2:30 once I have the record. What would you prefer?", true],
  ["i can hold u for 2 mins or call u back later", true],
  ["Would you prefer to wait while I pull the log, or shall I give you a ring in ten minutes?", true],
  // Near-misses for the widened patterns.
  ["Please hold while I check.", false],
  ["I'll call you back within the hour.", false],
  ["Thanks for holding - I'll call you back at 3.", false],
  ["If we get disconnected, I'll call you back right away.", false],
  ["Sorry for the wait; I have your answer now.", false],
  ["Please don't hang up; I'll be right back.", false],
  // Fresh-writer pass (other styles: scripted, British/Australian, terse, lowercase, long turns, answering-service context).
  ["Would you prefer to hold while I look, or shall I ring you back?", true],
  ["I can keep you on the line for a couple of minutes or call you back, whatever's easier.", true],
  ["u want to hold or should i call u back", true],
  ["Mrs. Jones, this will take about five minutes - are you happy to hold, or would a callback suit you better?", true],
  ["Do you mind holding, or would you rather I phone you back once I have the records?", true],
  ["I need to pull the call logs; I can put you on a brief hold or give you a call back in fifteen minutes - which would you like?", true],
  ["Hold or callback, which do you prefer?", true],
  ["Is it okay if I put you on hold for a minute, or would you like me to call you back?", true],
  ["Would it be better for me to call you back, or would you like to wait on the line?", true],
  ["I can either stay on the phone with you while I check, or ring you back when I've got an answer.", true],
  ["Right, I'll need to check with billing. Would you like to hold for two or three minutes, or should I call you back within the hour? Either is fine.", true],
  ["Are you able to hold for a moment or shall I get back to you by phone?", true],
  ["Do you want to stay on hold, or do you want me to call back in ten minutes?", true],
  ["Can you hang on a few minutes, or would you prefer a call back?", true],
  ["Would you like to wait while I check the page log, or would you rather I call you back?", true],
  ["Dr. Patel, I can hold you for about three minutes or return your call within the half hour, your choice.", true],
  ["Shall I put you on hold, or would you prefer I ring back?", true],
  ["i can call u back or u can hold, up to you", true],
  ["If you'd rather not wait on hold, I can call you back instead.", true],
  ["It might take me a few minutes to look at this. Would you like to hold, or I could call you back?", true],
  ["I can keep you on hold, or call you back at a time that suits you.", true],
  ["Would you prefer to remain on the line, or shall I give you a ring back shortly?", true],
  ["Happy to hold, or would you rather a callback?", true],
  ["Do you want to hold on, or shall I phone you back once I've spoken to the supervisor?", true],
  ["You can stay on the line or I can call you right back - what works for you?", true],
  ["Please hold.", false],
  ["I'll call you back.", false],
  ["Could you hold for a moment please.", false],
  ["I'll put you on hold for two minutes.", false],
  ["You were on hold for twenty minutes last night, I'm so sorry.", false],
  ["The doctor will call you back.", false],
  ["We could route your calls to Dr. Lee or page you only for emergencies - which would you prefer?", false],
  ["Please stay on the line while I transfer you.", false],
  ["Your callers were put on hold and then disconnected.", false],
  ["Would you like me to call the doctor back?", false],
  ["Would you rather I ring back, or hold?", true],
  ["I can't ring back, sorry, so please hold.", false],
  ["Hold a sec or want a call back?", true],
  ["Would you be okay to hold while I check, or would a call back work better?", true],
  ["I can either keep you holding or ring you in ten, up to you.", true],
  ["Thanks for holding.", false],
  ["Sorry for the wait, I'll call you back by 3.", false],
];

describe(LABEL, () => {
  it.each(CASES)('%s -> %s', (text, expected) => {
    expect(score({ text }).labels.includes(LABEL)).toBe(expected);
  });

  it.each([
    ["I understand. Would you like to hold for about three minutes, or shall I call you back within the hour?", "hold for about three minutes, or shall I call you back"],
  ])('reports the choice as evidence: %s', (text, key) => {
    const spans = score({ text })
      .evidence.filter((e) => e.label === LABEL)
      .map((e) => text.slice(e.start, e.end));
    expect(spans.some((s) => s.includes(key))).toBe(true);
  });

  it('a timed choice also carries callback-time', () => {
    const { labels } = score({ text: 'Can you hold for two minutes, or should I call you back by 11:30?' });
    expect(labels).toEqual(expect.arrayContaining(['hold-or-callback', 'callback-time']));
  });
});
