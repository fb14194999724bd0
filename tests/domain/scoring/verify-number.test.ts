import { describe, expect, it } from 'vitest';
import { score } from '../../../src/domain/scoring/scorer.ts';

const LABEL = 'verify-number';

// [utterance, carries the label?]: the rulebook's examples first, then our own phrasings and near-misses.
const CASES: [string, boolean][] = [
  ["What's the best number to reach you?", true],
  ["Is 555-0134 still the best number?", true],
  ["Should I call you at the office or on your cell?", true],
  ["Thanks for calling.", false],
  ["whats the best number for u", true],
  ["Is the number ending in 0188 still good for you?", true],
  ["I have 555-0142 on file - is that still correct?", true],
  ["Which number should I use to call you back?", true],
  ["Can I get a good callback number for you?", true],
  ["Let me confirm your phone number before we hang up.", true],
  ["Where can I reach you this afternoon?", true],
  ["Is your cell still the best way to reach you?", true],
  ["Are you still at 555-0199?", true],
  ["Is the number you called from today the right one for my callback?", true],
  ["What's a good number to call you back on?", true],
  ["What number were your callers dialing?", false],
  ["Which number did the patient call?", false],
  ["The number on file was sent to the wrong doctor.", false],
  ["You can reach me directly at extension 12.", false],
  ["I'm happy to take your name and number and pass them along to the office.", false],
  ["Is that the best way to fix this?", false],
  ["Your messages went to your office line instead of your cell.", false],
  ["The card on file ends in 4417.", false],
  ["Did they dial your office number or the after-hours line?", false],
  ["Is everything still good with your account?", false],
  ["Before I let you go, can I double-check the number I should call you back on?", true],
  ["Is this number you're calling from a good one to reach you at?", true],
  ["Should I try your cell or your office first?", false],
  ["how can I reach you later today", true],
  ["Can I get your name and number to pass along to the clinic?", false],
  ["Your calls were forwarded to the wrong number.", false],
  ["What’s the best number to reach you?", true],
  ["I’ve noted the number they dialed.", false],
  ["And the best number to reach you is still 555-0134?", true],
  ["Can you give me a number where I can reach you?", true],
  ["I'll call you at 555-0134 - is that right?", true],
  ["Is your office line the best place to reach you, or should I try your cell?", true],
  ["I'd like to call you back myself - is the 212 number on your account still good?", true],
  ["Do you want me to call you back at this number?", true],
  ["What number did the caller leave?", false],
  ["Your callback number came through wrong on the message.", false],
  ["I've updated the number we forward your calls to.", false],
  ["Before we hang up - is 555-0134 still a good number for you?", true],
  ["I want to make sure I reach you: what's the best phone number for you this afternoon?", true],
  ["Do you still want us to use your cell for callbacks?", true],
  ["What number should patients call after hours?", false],
  ["Is your cell phone okay now?", false],
  ["Is this a good time to talk?", false],
  ["Is your cell still good for a callback?", true],
  // Missed phrasings from a separate writer's scenario responses (listed misses first), generalized by kind.
  ["Of course. Is 555-0163, the cell number on your account, the right one for 4 o'clock?", true],
  ["Will do. Is 555-0192, the cell number on your account, the best one to reach you at 2?", true],
  ["Should I just use the ANI from this call?", true],
  ["Will do. Is 555-0177, your direct line, the best number for 2:30?", true],
  ["Is the DID on file the right one for the callback?", true],
  ["Is 555-0101, the office line, okay for my callback?", true],
  ["mr tate is 555 0144 your cell the right one to call", true],
  ["Should I call you back on the number you're calling from?", true],
  ["Can I use the number on your account for the callback?", true],
  ["Is the caller ID on this call a good callback number for you?", true],
  ["Shall we use your cell, 555-0123, for the callback?", true],
  ["Before I go, is the mobile number on file, the one ending in 22, still right for you?", true],
  ["I have your front desk line as 555-0166 - is that the right one for my call back?", true],
  ["Do you want me to use the ANI or your cell?", true],
  ["So I can get back to you by 3, is your direct line the best one to use?", true],
  ["is the number on your account still good to reach u", true],
  ["Is 555-0190, your home phone, where I should call you?", true],
  ["Dr. Patel, thanks for bearing with me. Is 555-0131, your office line, still the right one for my call back this afternoon? If not I can use your cell.", true],
  ["could i just use the caller id from this call to get back to you", true],
  ["Do you want us to use your direct line for the callback, or is your cell better?", true],
  ["Is 555 0177 your cell, and is that the best one to reach you at?", true],
  // Near-misses for the widened patterns.
  ["Should I just use the manual from the training?", false],
  ["Did the on-call doctor get the page?", false],
  ["Is the schedule on file the right one for the weekend?", false],
  ["Is 555-0190 the number your patients dial?", false],
  ["The caller ID showed the wrong number.", false],
  ["Should I just use the new script?", false],
  ["Is the ANI showing on your end?", false],
  ["Can we use your cell for the after-hours pages?", false],
  ["Should we use the office line for new patient calls?", false],
  // Fresh-writer pass (other styles: scripted, British/Australian, terse, lowercase, long turns, answering-service context).
  ["Can I confirm the number to call you back on?", true],
  ["Is this the best number to reach you?", true],
  ["what number can i get you on", true],
  ["Mrs. Jones, are you still on 0412 555 019?", true],
  ["Could you give me a good callback number, please?", true],
  ["And the number you're calling from, is that the best one for a callback?", true],
  ["I'll call you back by three - what's your mobile number?", true],
  ["Is 555-0172 still a good number for you?", true],
  ["Shall I ring you on the number we have on file, ending 4471?", true],
  ["Can I grab a contact number in case we get cut off?", true],
  ["Just to double-check, the best number to call you back is your office line?", true],
  ["May I please verify your callback number?", true],
  ["whats the best # to reach u", true],
  ["Which number should I call you back on, your mobile or the clinic?", true],
  ["I'll look into the missed pages and call you back within the hour. Is the number ending 0134 the best one to reach you on?", true],
  ["Can you confirm your phone number for me?", true],
  ["Where's best to reach you this afternoon - still the 07700 number?", true],
  ["Is your cell still 555 2290?", true],
  ["What's a good number for you?", true],
  ["Is this number okay for the callback?", true],
  ["Do we still have the right number for you, 02 9555 1234?", true],
  ["Let me just confirm the number I should call back.", true],
  ["Can you read me the best contact number?", true],
  ["And what number should the supervisor call you on?", true],
  ["Would your mobile be the best number for me to ring you on?", true],
  ["Thanks for calling.", false],
  ["What number were your callers dialling?", false],
  ["The message had the wrong callback number on it.", false],
  ["Our number is 1-800-555-0100 if you need us.", false],
  ["What was the patient's phone number on the message?", false],
  ["I'll call you back within the hour.", false],
  ["Did the agent read back the number to the caller?", false],
  ["Your account number is 44871.", false],
  ["Which number did the page go to?", false],
  ["Press 2 to reach the billing line.", false],
  ["Can you give me the number the patient called from?", false],
  ["Could you give me the phone number of the pharmacy?", false],
  ["Do we have the right number for Dr. Lee?", false],
  ["Still on 555-0198?", true],
  ["Best number for you is still the cell, yeah?", true],
  ["I'll call you back - is the number on your account still correct?", true],
  ["The number on your account was wrong, so I've fixed it.", false],
  ["Is the on-call doctor's number still 555-0101?", false],
];

describe(LABEL, () => {
  it.each(CASES)('%s -> %s', (text, expected) => {
    expect(score({ text }).labels.includes(LABEL)).toBe(expected);
  });

  it.each([
    ["I'll call you at 4. What's the best number to reach you?", "What's the best number"],
    ["Is 555-0134 still the best number?", "555-0134 still the best number"],
  ])('reports the number question as evidence: %s', (text, key) => {
    const spans = score({ text })
      .evidence.filter((e) => e.label === LABEL)
      .map((e) => text.slice(e.start, e.end));
    expect(spans.some((s) => s.includes(key))).toBe(true);
  });

  it('a number question is not a probing question', () => {
    const { labels } = score({ text: 'Which number should I use to call you back?' });
    expect(labels).toContain('verify-number');
    expect(labels).not.toContain('probing-question');
  });
});
