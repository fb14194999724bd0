import { describe, expect, it } from 'vitest';
import { score } from '../../../src/domain/scoring/scorer.ts';

const LABEL = 'follow-up';

// [utterance, carries the label?]: the rulebook's examples first, then our own phrasings and near-misses.
const CASES: [string, boolean][] = [
  ["I'll call you Thursday to make sure everything is working.", true],
  ["I'll check back with you next Monday to make sure it's all working.", true],
  ["ill follow up with you in a couple days to see how the new setup is going", true],
  ["I'm going to call you on Friday to be sure your callers are reaching a live person.", true],
  ["We'll touch base next week to make sure you're happy with the changes.", true],
  ["I'll check in with you after the weekend to see how things went.", true],
  ["Let me give you a call in a few days to make sure nothing else has slipped through.", true],
  ["I'll reach out next week to confirm everything is running smoothly.", true],
  ["I'll follow up with you next week.", true],
  ["I'll call you tomorrow afternoon to see if the new greeting is working for your patients.", true],
  ["I'll email you on Wednesday to check how the new routing is holding up.", true],
  ["I'll call you back by 3 with what I find.", false],
  ["Someone will call you next week to go over it.", false],
  ["If anything else comes up, never hesitate to call me.", false],
  ["I'll call the phone company to make sure the forwarding is on.", false],
  ["I'll follow up with the night supervisor to make sure she has the new schedule.", false],
  ["I'm calling to make sure you got our message.", false],
  ["Please call us back to confirm.", false],
  ["I'll check the logs to make sure nothing else was missed.", false],
  ["I'll call you back in an hour with an update.", false],
  ["Thanks for following up with us about this.", false],
  ["I'll make sure it's fixed today.", false],
  ["And I'll give you a ring next Tuesday to see how the new schedule is working for your staff.", true],
  ["I'm going to check in with you in a week to make sure the problem hasn't come back.", true],
  ["Expect a call from me Friday just to make sure the new routing is doing its job.", true],
  ["I'll call you back tomorrow with the results.", false],
  ["Let me call the technician to make sure he's on his way.", false],
  ["I'll check the routing next week.", false],
  ["I’ll check back with you Friday to make sure it’s all working.", true],
  ["I’ll check the recording to make sure it’s right.", false],
  ["I'll follow up on Monday to make sure the changes stuck.", true],
  ["I'll be calling you next week just to make sure everything's running the way it should.", true],
  ["Once it's fixed, I'll check back with you to make sure you're satisfied.", true],
  ["I'll touch base in a couple of days.", true],
  ["A week from now I'll call to see how things are going.", true],
  ["And I'd like to call you Monday to make sure it's all sorted.", true],
  ["Now that the forwarding is fixed, I'll call you Friday morning to make sure nothing else slipped through.", true],
  ["I'll follow up with you Thursday to confirm the new schedule is working.", true],
  ["I'll touch base with you next week to see how the new greeting is working out.", true],
  ["I'll call you back once the technician is done.", false],
  ["I'll follow up with the phone company and let you know.", false],
  ["If it happens again, give me a call and I'll take care of it.", false],
  ["I'll email you the updated instructions to make sure we have everything right.", false],
  ["I'll email you next week to make sure the new routing is still working.", true],
  ["I'll give you a call on Monday afternoon to make sure the weekend went smoothly.", true],
  ["After the changes go live, I'll check in with you to see how they're working for your team.", true],
  ["I'll call you in a few days to see if you're happy with the new setup.", true],
  ["I'll call you back as soon as I've finished looking into it.", false],
  ["I'll check the forwarding next week.", false],
  ["I'll check in with the team next week.", false],
  ["I'll check back in a couple of days.", true],
  // Fresh-writer pass (other styles: scripted, British/Australian, terse, lowercase, long turns, answering-service context).
  ["I'll give you a call on Thursday just to make sure everything's running smoothly.", true],
  ["Once it's fixed, I'll check back with you next week to see how things are going.", true],
  ["ill ring u friday to make sure the pages are coming thru ok", true],
  ["Mrs. Jones, I'll follow up with you in a couple of days to make sure you're happy with the new schedule.", true],
  ["I'll touch base on Monday to confirm the forwarding is still working.", true],
  ["I've updated your on-call schedule. I'm going to call you in three days to make sure there are no more problems.", true],
  ["We will contact you within 72 hours to ensure you are satisfied with the resolution.", true],
  ["I'll check in with you after the weekend to see whether the messages are arriving properly.", true],
  ["Expect a quick call from me tomorrow to make sure last night's pages went to the right doctor.", true],
  ["I'll be in touch next week to make sure you're satisfied.", true],
  ["I'll call you after your next on-call night to check it all went well.", true],
  ["Right, that's sorted, and I'll ring you Wednesday just to double-check it's all working.", true],
  ["I'll follow up in a few days to make sure the new greeting is working for your patients.", true],
  ["I'll reach out on Friday to confirm everything is still on track.", true],
  ["Dr. Patel, I'll personally check in with you tomorrow to make sure the changes took.", true],
  ["I'll drop you an email next Tuesday to make sure the billing looks right.", true],
  ["i'll call back in a couple days and see how it's going", true],
  ["The credit is applied. I'll call you when the next invoice goes out to make sure it shows.", true],
  ["Let me check back with you in a week to be sure you're happy.", true],
  ["I'll give you a ring Thursday to see how the new setup is working.", true],
  ["I'll follow up with you next week to ensure everything is fine.", true],
  ["I'll call in three days to make sure everything is okay.", true],
  ["I'll check on things with you Monday morning.", true],
  ["We'll give you a call later this week to make sure you're satisfied with the fix.", true],
  ["After tonight's shift, I'll contact you to confirm the calls went where they should.", true],
  ["I'll call you back by 3 p.m. with what I find.", false],
  ["Someone will get back to you.", false],
  ["Would you like to hold or should I call you back?", false],
  ["I'll make sure this gets fixed.", false],
  ["Did anyone follow up with you after your last complaint?", false],
  ["Please follow the prompts to leave a message.", false],
  ["I'll check the logs and call you back in ten minutes.", false],
  ["Please check your voicemail to make sure the greeting sounds right.", false],
  ["I'll look into it and let you know what I find within the hour.", false],
  ["The doctor will follow up with the patient tomorrow.", false],
  ["I'll be in touch with the technician to make sure the fix went in, and I'll call you by 4.", false],
  ["I'll check in next week to see how the new greeting is working out.", true],
  ["Next Monday I'll give you a quick ring to make sure it's all going well.", true],
  ["I'll follow up by email on Friday to confirm you're happy with the changes.", true],
  ["Please check the greeting to make sure it's right.", false],
  ["I'll call you back in ten minutes to let you know what I found.", false],
];

describe(LABEL, () => {
  it.each(CASES)('%s -> %s', (text, expected) => {
    expect(score({ text }).labels.includes(LABEL)).toBe(expected);
  });

  it.each([
    ["I've fixed the forwarding, and I'll call you Thursday to make sure everything is working.", "call you Thursday to make sure everything is working"],
  ])('reports the check-back promise as evidence: %s', (text, key) => {
    const spans = score({ text })
      .evidence.filter((e) => e.label === LABEL)
      .map((e) => text.slice(e.start, e.end));
    expect(spans.some((s) => s.includes(key))).toBe(true);
  });

  it('judgement call 6: a timed check-back after the fix is follow-up, not callback-time', () => {
    const { labels } = score({ text: "I'll call you Thursday at 10 to make sure it's working." });
    expect(labels).toContain('follow-up');
    expect(labels).not.toContain('callback-time');
  });

  it('keeps a timed callback separate from a later follow-up in the same recap', () => {
    const { labels } = score({
      text: "I'll call you by 4 today once the test goes through, and I'll check back next week to make sure nothing's been missed.",
    });
    expect(labels).toContain('follow-up');
    expect(labels).toContain('callback-time');
  });
});
