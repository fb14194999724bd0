import type { Detector, Hit } from '../detector.ts';
import { near, compact } from '../patterns.ts';
import { findSpans, type Doc } from '../text.ts';
import { test } from '../prefilter.ts';

const PREFILTER =
  compact(/\b(?:call|ring|phone|buzz|back|pag(?:e|ing)|text(?:ing)?|ping(?:ing)?|contact(?:ing)?|try(?:ing)?|talk(?:ing)?|speak(?:ing)?|number|line|one|join|let (?:you|u) know|update|answers?|results?|news|hear|touch|reach|report|expect)\b/);

// Returning the call or reporting back; "call me / call us" is the caller's action, not a commitment.
const RETURN =
  `(?:(?:pag(?:e|ing)|text(?:ing)?|ping(?:ing)?|contact(?:ing)?|reach(?:ing)?|try(?:ing)?) (?:you|u|ya)\\b|(?:talk|speak)(?:ing)? (?:to|with) (?:you|u)\\b|(?:i'?ll|ill|we'?ll|she'?ll|he'?ll|they'?ll|will|going to|gonna|let me|i can|we can) (?:\\S+ ){0,2}?(?:call|ring|phone|text|page|try)(?:ing)? (?:your|ur|the) (?:cell|mobile|office|home|work|desk|direct|front desk|main)(?: (?:line|number|phone))?|(?:call|ring|phone|buzz)(?:ing)? (?:you|u|ya)(?: back)?|call(?:ing)? back|give (?:you|u|ya) a (?:call|ring|buzz|shout)(?: back)?|get(?:ting)? back (?:to|with) (?:you|u|ya)|be (?:back )?in touch(?: with (?:you|u))?|get in touch(?: with (?:you|u))?|reach(?:ing)? (?:back )?out(?: to (?:you|u))?|updat(?:e|ing) (?:you|u)|give (?:you|u) an? (?:update|answer|call|status)|(?:i'?ll|we'?ll|you'?ll|she'?ll|he'?ll|they'?ll|i will|we will|you will|going to|want to|hope to|should) hav(?:e|ing) (?:an? |the |some |my |our )?(?:update|answer|answers|results?|news|response|word|explanation)(?: for (?:you|u))?|let (?:you|u|ya) know|report(?:ing)? back|return(?:ing)? (?:your|the) call|(?<=(?:i'?ll|ill|we'?ll|i will|we will) )(?:phone|ring|call)\\b(?= (?:by|at|before|within|around|no later))|circle back(?: with you)?|come back to (?:you|u)|(?:you'?ll|youll|you will|you should|expect to) (?:hear (?:back )?from (?:me|us|her|him|them|someone|somebody|our)|get (?:a|my|our|her|his) call(?: ?back)?)|expect (?:a|my|our|her|his) call(?: ?back)?|follow(?:ing)? up with (?:you|u)|touch base(?: with (?:you|u))?|send (?:you|u) an update|email (?:you|u) (?:an update|the results|what i find))`;

const WORD_NUM = `(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;
// A bare number is a time only when nothing countable follows it ("by 3" yes, "by 3 days" no).
const NOT_COUNT = `(?!\\s*(?:-\\s*\\d|to \\d|days?|weeks?|months?|business|hours?|hrs?|minutes?|mins?|calls?|people|agents?|times?|messages?|more|of|percent|%|or (?:so|more) days))`;
const CLOCK =
  `(?:\\d{1,2}(?:[:.]\\d{2})?\\s*(?:a\\.?m\\b\\.?|p\\.?m\\b\\.?|o'?clock)|\\d{1,2}[:.]\\d{2}|\\d{1,2}\\b${NOT_COUNT}|noon|midday|lunch(?:time)?|${WORD_NUM}(?:[ -](?:thirty|fifteen|forty[ -]five|o'?clock))?\\b${NOT_COUNT}|half past(?: \\w+)?|half (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\b|(?:a )?quarter (?:past|to|after)(?: \\w+)?)`;
const NUM = `(?:\\d{1,3}|a few|a couple(?: of)?|couple(?: of)?|few|five|ten|fifteen|twenty|twenty[ -]five|thirty|forty|forty[ -]five|sixty|ninety)`;
const WINDOW =
  `(?:(?:by|at|before|around|about|no later than|not later than|close to|(?:shortly|just|right|straight) after) ${CLOCK}` +
  `|(?:(?:with)?in|inside(?: of)?) (?:the )?(?:next )?(?:(?:under|less than) )?(?:(?:a|an|one|half an|a half|the) )?(?:hour|half[ -]hour)` +
  `|(?:(?:with)?in|inside(?: of)?) (?:the )?(?:next )?(?:(?:under|less than|about|around|roughly|approximately|just|no more than) )?${NUM}(?: (?:to|or|-) ${NUM})? ?(?:minutes?|mins?)\\b` +
  `|(?:(?:with)?in|inside(?: of)?) (?:the )?(?:next )?(?:\\d|two|three|a couple(?: of)?|couple(?: of)?) (?:hours?|hrs?)\\b` +
  `|within (?:the next )?24 hours` +
  // "call you back in fifteen": minutes understood.
  `|(?:with)?in (?:another |the next )?(?:five|ten|fifteen|twenty|thirty|forty[ -]five|[1-5]?[05])(?=\\s*(?:[?.!,]|$|or\\b|tops\\b|max\\b))` +
  `|(?:before|by) (?:the )?(?:end of (?:the |my |your |today'?s |this )?(?:business )?(?:day|shift|today|business)|close of (?:business|day)|cob|eod|eob|(?:you|your (?:office|clinic|practice|surgery)|the office|your staff) (?:closes|close|shuts|leaves|leave|go home)|i leave(?: today| tonight)?|(?:my|your) shift ends|tonight|tomorrow morning|this afternoon|this evening)` +
  `|(?:later )?today|(?:later )?this (?:afternoon|morning|evening)|tonight|(?:first thing )?tomorrow (?:morning|afternoon)|first thing (?:tomorrow|in the morning)|end of (?:the )?day)`;

// Every window above contains one of these words; sentences without one are skipped cheaply.
const TIME_CUE =
  compact(/\d|\b(?:noon|midday|lunch(?:time)?|hour|half[ -]hour|minutes?|mins?|today|tonight|afternoon|morning|evening|end|close|closes|shuts|cob|eod|eob|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|quarter|half|few|couple|fifteen|twenty|thirty|forty|sixty|ninety)\b/);
// "She'll be on the 2 o'clock call", "I'll join our 4:30 call": a committed call at a named time.
const TIME_CALL = compact(
  `(?:'ll|\\bwill|\\bgoing to|\\bgonna)(?: \\S+){0,3}? (?:be on|be in|be at|join|have|make|do|take|hop on|get on|be ready for|be there for|see you on|talk to you on|speak to you on) (?:the|our|a|that|your|this) (${CLOCK}) (?:call|callback|call-back|call back|check-in|phone call|conference)\\b`,
  'g',
);
// "Is your cell the right number for 4 o'clock?", "the best one for 2:30": the number for a callback at a time.
const NUMBER_FOR_TIME = compact(
  `\\b(?:number|line|cell|phone|mobile|extension|(?:best|right|good|correct|better|preferred|ideal) one)(?: to (?:reach|call|ring|try) (?:you|u))? for (?:the |your |our |my )?${CLOCK}(?:(?: (?:call|callback|call-back|call back))|\\b|(?<=\\.))`,
  'g',
);
const CLOCK_WORD = compact(`\\d|\\b(?:noon|midday|o'?clock|half past|quarter|${WORD_NUM})\\b`);
const RETURN_THEN_TIME = compact(`\\b${RETURN}${near(8)}${WINDOW}`, 'g');
// "Give me 20 minutes and I'll call you back" names the window before the promise.
const GIVE_ME = `give me (?:about |around |just |maybe )?(?:${NUM} (?:minutes?|mins?)|(?:an|one|half an) hour)`;
const TIME_THEN_RETURN = compact(`\\b(?:${WINDOW}|${GIVE_ME})(?:,)?${near(5)}${RETURN}`, 'g');
// A reply that is only a time ("Within the next 30 minutes.") answers "when will you call?".
const BARE_TIME = compact(
  `^(?:(?:ok(?:ay)?|sure|definitely|certainly|absolutely|yes|yeah|um|well|no problem)[,!.]?\\s+)?(?:i'?d say |i can do |how about |let'?s say |say |definitely |no later than )?${WINDOW}(?:,?\\s+(?:today|tomorrow|at the latest|tops|at most|latest|guaranteed))?\\s*[.!]?$`,
);
const CALLER_CALLS = /\b(?:you|u|please|can you|could you|just)\s+(?:\w+\s+)?$/;
// "The agent was supposed to call you by 7" retells the failure; it commits to nothing.
const NOT_COMMITTED =
  compact(/\b(?:tried|trying|attempted|couldn'?t|could not|couldnt|unable to|(?:wasn'?t|weren'?t|was not|were not) able to|supposed|meant|failed|forgot|didn'?t|did not|didnt|never|should have|should've|would have|did (?:we|they|she|he|anyone|someone|our [a-z]+)|(?:was|were) (?:going|scheduled) to)\s+(?:to\s+)?(?:\w+\s+){0,2}$/);
const REPORTED = compact(/\b(?:said|says|told (?:me|us|you|him|her|them))\s+(?:that\s+)?(?:\S+\s+){0,3}$/);
const DAY_PART = compact(/\b(?:today|this (?:afternoon|morning|evening)|tonight|(?:at|around|about) (?:\d[\d:.]*\s*(?:a\.?m\.?|p\.?m\.?|o'?clock)?|noon|midday|[a-z]+(?: o'?clock)?))$/);
const PAST = compact(/\b(?:happened|went|was|were|did|came|had|called|missed|sent|left|said|got|rang|starts|opens|begins|goes live|takes effect|kicks in)\b/);

export const callbackTime: Detector = {
  label: 'callback-time',
  reasons: {
    en: {
      default:
        'You give a specific time to call back or report - the workbook says always specify when you will return the call, so the client is not left waiting.',
    },
  },
  detect(doc: Doc): Hit[] {
    if (doc.lang !== 'en') return [];
    const trimmed = doc.folded.trim();
    if (trimmed.length < 60 && test(BARE_TIME, trimmed)) {
      const start = doc.folded.indexOf(trimmed);
      return [{ start, end: start + trimmed.replace(/[.!]$/, '').length }];
    }
    if (!test(PREFILTER, doc.folded)) return [];
    const timed = doc.sentences.filter((x) => test(TIME_CUE, x.text));
    if (timed.length === 0) return [];
    const view: Doc = { ...doc, sentences: timed };
    const hits: Hit[] = [];
    for (const span of [...findSpans(view, RETURN_THEN_TIME), ...findSpans(view, TIME_THEN_RETURN), ...findSpans(view, TIME_CALL), ...findSpans(view, NUMBER_FOR_TIME)]) {
      const text = doc.folded.slice(span.start, span.end);
      // "Can you call back at 3" is the caller returning the call.
      if (/^call(?:ing)? back\b/.test(text) && test(CALLER_CALLS, doc.folded.slice(Math.max(0, span.start - 20), span.start))) continue;
      // "today or tomorrow" is no longer a short window.
      const after = doc.folded.slice(span.end, span.end + 16);
      if (/^\s*or (?:tomorrow|monday|later|next)/.test(after)) continue;
      // "sometime today" leaves the time open.
      if (/\b(?:sometime|some time|at some point|whenever)\b/.test(text)) continue;
      // "the best number to reach you at this afternoon" asks where, not when: reaching needs a clock time.
      if (/^reach(?:ing)? /.test(text) && !test(CLOCK_WORD, text)) continue;
      // "The doctor said she'd page you at four" reports someone else's words.
      if (test(REPORTED, doc.folded.slice(Math.max(0, span.start - 40), span.start))) continue;
      if (test(NOT_COMMITTED, doc.folded.slice(Math.max(0, span.start - 40), span.start))) continue;
      // "let you know what happened this morning", "let you know the schedule starts at 6": the time dates the event, not the callback.
      if (test(DAY_PART, text) && test(PAST, text)) continue;
      hits.push(span);
    }
    return hits;
  },
};
