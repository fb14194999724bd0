import type { Detector, Hit } from '../detector.ts';
import { sentenceSpan, type Doc, type Sentence, matchesIn } from '../text.ts';
import { near, compact } from '../patterns.ts';
import { test } from '../prefilter.ts';

// Cheap gates on the whole text, so most sentences skip the long patterns.
const LONG_GATE = compact(/fortnight|take|taking|week|month|cycle|statement|invoice|days|hours|hrs|eventual|point|these days|future|road|line|due|long|when|time|holiday|day or|couple|coming|while|(?:day|tomorrow) or/);
const NOSPEC_GATE = compact(/soon|short|later|asap|a\.s\.a\.p|quickly|fast as|some ?time|in a (?:bit|while|little)|whenever|point|when/);
const ELLIPTIC_GATE = compact(/asap|a\.s\.a\.p|any (?:day|minute|time)|give|allow|grant|bear with|hang|wait|need|won'?t be|will not be|ll not be/);
const CALLBACK_GATE = compact(/call|ring|bell|buzz|shout|phone|back|touch|reach|know|update|contact|base|posted|informed|hear|expect|response|reply|answer/);

const FUTURE = compact(/(?:'ll|\b(?:usually|normally|typically|generally|will|wil|going to|gonna|shall|should|may|might|could|can|expect|try to|plan to|hope to|allow|give it|(?<!\bwould |'d )takes?|taking|let me(?! know)|youll|itll|theyll|someonell)\b|\b(?:ill|well) (?=call|get|have|be|look|try|fix|let|reach|follow|send|make|sort|deal|handle))/);
const RESOLVE = compact(/\b(?:revert|check|sorted|take a look|look at|call(?:s|ing)?|ring|phone|get back|hear(?:ing)?|fix(?:ed|ing)?|resolv\w*|sort(?:ed)?|handl\w*|deal(?:t)? with|look(?:ing)? (?:into|at|over)|get to|get on(?:to)? (?:it|this|that)|process\w*|take care|taken care|credit\w*|refund\w*|reach out|contact\w*|be in touch|get in touch|let (?:you|ya|u) know|updat\w*|respond|investigat\w*|review\w*|check(?:ing)? (?:on|into)|send|come out|be out|repair\w*|escalat\w*|work(?:ing)? on|figure|answer|done|ready|complet\w*|finish\w*|appear|show up|post(?:ed)?|reflect\w*|go(?:ing)? (?:through|over)|arriv\w*|get (?:it|this|that|someone|somebody|a tech\w*|the tech\w*|an answer|you)|follow up|circle back|touch base|take|takes|taking|replac\w*|install\w*|correct\w*|chang\w*|adjust\w*|issu\w*|mail\w*|receiv\w*|be (?:resolved|fixed|sorted|handled|done|ready|up|working|back)|roll(?:ed|ing)? out|release|(?:have|get|send) (?:a|the|someone|somebody|our) (?:\w+ )?out|have (?:it|this|that|everything|things|an? \w+|your \w+)|working|technician|installer|engineer|activ\w*|live|up and running|in place|set up)\b/g);
const RESOLVE_ANY = compact(RESOLVE.source);
const TAKE_EFFECT = /\btakes? effect\b/;

// Beyond one business day (000: 1 business day maximum), or no time at all however it is dressed up.
const LONG = compact(
  String.raw`\b(?:(?:next|following|coming) (?:billing (?:cycle|period|run)|statement|invoice|bill)|next (?:week|month|year|few (?:days|weeks)|couple (?:of )?(?:days|weeks)|several days)|(?:sometime|some time|later|during|by the end of|by end of|before the end of|at the end of|within) this (?:week|month)|this (?:coming )?(?:week|month)|(?:by|before|until|at) (?:the )?end of (?:the |this |next )?(?:week|month)|(?:in|within|after|take|takes|taking|allow|give it|over the next|in the next|within the next|probably|maybe|likely|about|around|roughly|approximately|another|up to|at least)(?: another| about| around| roughly| up to| at least| probably| maybe)? (?:a few|a couple(?: of)?|several|a number of|two|three|four|five|six|seven|eight|nine|ten|fourteen|[2-9]|[1-9]\d)(?:\s*(?:-|to|or)\s*(?:\w+|\d+))? (?:more |business |working |calendar )?(?:days|weeks|months)(?! ago)|\d+\s*(?:-|to)\s*\d+ (?:business |working |calendar )?(?:days|weeks)|(?:in|within|take|takes|taking|about|another|allow) (?:a|one|1) (?:week|month)|(?:take|takes|taking|in|for) (?:weeks|months)|(?:2[5-9]|[3-9]\d|\d{3,}|thirty[- ]six|forty[- ]eight|seventy[- ]two) (?:business |working )?(?:hours|hrs)|(?:a|one|the next) day or (?:two|so)|(?:in|over|during) the (?:coming|next) (?:days|weeks|months)|a couple (?:of )?days(?! ago)|eventually|one of these days|in the (?:near |not too distant )?future|down the (?:road|line)|in due (?:course|time)|before long|when (?:things|it|the phones?) (?:calm|slow|quiet)s? down|(?:when|as) time permits|after the (?:weekend|holidays?)|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow) or (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the day after|the next day)|(?:take|takes|taking) (?:some time|a while|a little while|time)|(?:a |one |the next |next |within a |in a )?fortnight|(?:take|takes|taking) (?:[a-z]+ ){1,3}?(?:a few|a couple(?: of)?|several|two|three|four|five|\d+)(?:\s*(?:-|to|or)\s*(?:\w+|\d+))? (?:more |business |working |calendar )?(?:days|weeks|months))\b`,
  'g',
);
// No time stated; a concrete time in the same sentence makes these harmless ("as soon as I hear, and no later than 3").
const NOSPEC = compact(/\b(?:soon|soonish|shortly|later(?! (?:today|this|tonight|than|in the day))|asap|a\.s\.a\.p|as soon as (?:possible|(?:i|we) (?:can|could|hear|get|know|have|find))|as (?:quickly|fast) as (?:possible|(?:i|we) can)|sometime|some time(?! (?:today|tomorrow))|in a (?:bit|while|little while)|whenever|at some point|when(?:ever)? (?:i|we|he|she|they) (?:can|get (?:a|the) chance|get around to it|get to it|have (?:a )?(?:minute|moment|sec|second|time))|when (?:i|we|he|she|they)(?:'?re|'?s| am| is| are) (?:back|free|available|in)|as soon as (?:he|she|they) (?:can|could|get|hear|know|have|find|'?re back|'?s back))\b/g);
const NOSPEC_NOT_PROMISE = compact(/\blet (?:me|us) know\b|\b(?:talk|speak|see) (?:to |with )?(?:you )?soon\b|\bfeel better soon\b/);

const CONCRETE = compact(/\b(?:\d{1,2}:\d{2}|\d{1,2}\s*(?:a\.?m\b\.?|p\.?m\b\.?|o'?clock)|(?:by|at|before|around|after|until|till|til|no later than|not later than) (?:\d{1,2}(?![\d-]|\s*(?:business |working )?(?:days?|weeks?))|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midnight|midday|lunch(?:time)?|half (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)|close of business|end of (?:the )?(?:day|business|shift|my shift))|before (?:you|your (?:clinic|practice|surgery|office|staff)|the office) (?:closes?|shuts?|leaves?|go(?:es)? home)|noon|midnight|today|tonight|this (?:morning|afternoon|evening)|tomorrow|eod|cob|end of (?:the )?(?:day|business)|close of business|within (?:the|an|one|the next|half an?|a half) hour|(?:in|within) (?:the next |about |around |roughly )?(?:\d{1,2}|an?|one|two|three|four|five|ten|fifteen|twenty|thirty|forty|forty-five|sixty|ninety|a few|a couple(?: of)?|half an?) (?:minutes?|mins?|hours?|hrs?)|every (?:hour|half hour|\d+ (?:minutes|hours)|few hours|(?:fifteen|twenty|thirty) minutes)|right (?:back|away|now)|immediately|straight away|in a (?:minute|moment|sec|second|jiffy)|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:one|1|next) business day|24 hours|twenty[- ]four hours|half past \w+|(?:a )?quarter (?:past|to) \w+|(?:inside|under)(?: of)? (?:the next |about |around )?(?:\d{1,2}|an?|one|two|three|five|ten|fifteen|twenty|thirty|forty|forty-five|sixty|ninety|half an?) (?:minutes?|mins?|hours?|hrs?))\b/);

// A committed call-back with no time (judgement call 4), e.g. "Someone will get back to you."
const SUBJ = String.raw`(?:(?:she|he)(?:'ll| will)|i'?ll|i will|ill|i'?m (?:going to|gonna)|im (?:going to|gonna)|i am going to|we'?ll|we will|well|we'?re (?:going to|gonna)|we are going to|were going to|(?:someone|somebody)(?: (?:from|in|on) (?:the |our )?[a-z]+(?: [a-z]+)?)?(?:'?ll| will)|one of (?:us|our \w+)(?:'?ll| will)|(?:our|the|a) (?:team|office|staff|support team|tech(?:nical)? team|department|billing (?:team|department|office)|service team|tech|technician|rep|representative)(?:'?ll| will)|they(?:'?ll| will)|let me(?! know)|i'?ll have (?:someone|somebody)|i'?ll get (?:someone|somebody) to|i'?ll make sure (?:someone|somebody))`;
const CBVERB = String.raw`(?:(?:call|ring|phone)(?:ing)? (?:you|ya|u)(?: back)?|give (?:you|ya|u) a (?:call|ring|buzz|shout|bell|tinkle)(?: back)?|call back|get back (?:to|with) (?:you|ya|u)|(?:be|get) in (?:touch|contact)|reach (?:out|back)|let (?:you|ya|u) know|follow up with (?:you|ya|u)|circle back|update (?:you|ya|u)|contact (?:you|ya|u)|touch base|return your call|keep (?:you|ya|u) (?:posted|updated|informed)|come back to (?:you|ya|u))`;
const CALLBACK = compact(
  String.raw`\b(?:${SUBJ}${near(5)}${CBVERB}|(?:you'?ll|you will|youll) (?:be )?hear(?:ing)? (?:back )?from (?:us|me|someone|somebody|our \w+|the \w+)|(?:you'?ll|you will|youll) (?:get|receive) (?:a|an) (?:call|callback|call back|phone call|response|reply|update|answer)|expect (?:a|our) (?:call|callback|call back|response)|expect to hear)\b(?! if\b)`,
  'g',
);
// "I'll have our billing manager call you" hands off to a named person: that is `offer-transfer`, not a vague promise.
const HANDOFF = compact(/\b(?:have|ask|get) (?!someone|somebody|one of|back\b|in touch|(?:it|this|that|things|everything|the (?:fix|problem|issue))\b|an?\b|the team|our team|my team|the (?:engineers?|techs?|technicians?|guys|lads|folks|people|department|office|crew)\b|our (?:engineers?|techs?|technicians?|guys|folks|people|department|office|crew)\b)(?:\S+ ){1,3}?(?:to )?(?:call|ring|phone|give|contact|reach|get back|be in touch|follow|update|let)\b/);
// "The doctor will call the patient back eventually" describes the doctor's process for their patient, not our commitment.
const OTHERS_CALL = compact(/\b(?:(?:the|your|our) (?:on-call |on call )?(?:doctor|nurse|physician|provider|vet|dentist)s?|dr\.? [a-z]+)(?:'ll| will| would| should| may| might| can)(?: \S+){0,2}? (?:call|ring|phone|page|contact|get back to|return)(?: back)? (?:the|his|her|their|that|this) (?:patient|caller|client|customer|family)/);
const OUR_PROMISE = compact(/\b(?:i|we)(?:'ll| will|'re going to| are going to)|\b(?:ill|well) (?=call|get|have|be)/);

// "I've applied the credit; you'll see it on your next invoice": the fix is done, the period only says where it shows.
const DONE_ALREADY = compact(/\b(?:i'?ve|we'?ve|ive|weve|i have|we have)(?: just| already| now)? (?:applied|credited|issued|processed|waived|refunded|put through|posted|added|removed|taken off|reversed)\b/);
const SHOWS_UP = compact(/\b(?:see|show|shows|showing|appear|appears|reflect\w*|be on|land|hit)\b/);

// A question or a choice is an offer, not a commitment (judgement call 4).
const OFFER = compact(/\b(?:should|shall|can|could|may) (?:i|we)\b|\bwould you\b|\bdo you want\b|\b(?:want|like|prefer) (?:me|us) to\b|\bprefer\b|\bwhich (?:would|do)\b|\bif you(?:'?d| would)? (?:like|prefer|want)\b/);
const HOLD_CHOICE = compact(/\b(?:hold|stay on the line|wait on the line|stay on|keep you on the line)\b[^.?!]{0,120}\bor\b|\bor\b[^.?!]{0,120}\b(?:hold|stay on the line|wait on the line|keep you on the line)\b/);
// A check-in after the fix is `follow-up`, not a vague resolution time (judgement calls 5-6).
const FOLLOW_UP = compact(/\b(?:to (?:make sure|ensure|be sure|see how|see if|see whether|check (?:how|that|if|whether|on how|in)|confirm (?:that )?(?:everything|it'?s|its|things|the (?:fix|change|changes|new))|find out how)|check(?:ing)? (?:back|in)(?: with you)?(?: to|,? (?:and|to) see| on how)|(?:to|and) (?:double[- ]?check|check|confirm) (?:that |if |whether )?(?:it|everything|things|all)(?: all)?(?:'s| is| are| went| worked| works| has| stayed| looks?)|how (?:things|everything|it)(?:'?s| is| are) (?:going|working))\b/);

// A bare answer to "when?" with no verb: "Soon, I promise." "As soon as I can." "In a few days, hopefully."
const NAME = String.raw`(?:mrs?|ms|dr|sir|ma'?am|miss)\.?(?: [a-z'-]+)?`;
const FRAGMENT = compact(
  String.raw`^(?:(?:oh|well|ok(?:ay)?|yes|yeah|yep|sure|look|listen|honestly|trust me|i promise|promise|don'?t worry|believe me|${NAME})(?:,\s*|\s+)){0,3}(?:very |really |real |super |pretty |hopefully |probably )?(?:soon|shortly|asap|a\.s\.a\.p\.?|as soon as (?:possible|(?:i|we) (?:can|possibly can|am able|are able|'?m able|'?re able))|as (?:quickly|fast) as (?:possible|(?:i|we) (?:can|possibly can))|any (?:day|minute|time) now|sometime (?:soon|next week|this week|next month)|(?:in|within) (?:a few|a couple(?: of)?|several|two|three|a) (?:more )?(?:business |working )?(?:days|weeks|months|week|month)|in a (?:bit|while|little while)|eventually|one of these days|before long)(?:(?:,\s*|\s+)(?:though|then|for sure|i promise|i swear|promise|you have my word|trust me|hopefully|i hope|i think|probably|definitely|ok(?:ay)?|alright|${NAME})){0,3}\s*[.!]*$`,
);
// Asking for, or announcing, a wait of days: "Give us a few days." "It'll be another couple of weeks." "We need a few days."
const DUR = String.raw`(?:another |about |around |roughly |at least |up to |maybe |probably )?(?:(?:a few|a couple(?: of)?|couple(?: of)?|several|two|three|four|five|six|seven|ten|\d{1,2}(?:\s*(?:-|to)\s*\d{1,2})?) (?:more )?(?:business |working |calendar )?(?:days|weeks|months)|(?:a|one|another) (?:week|month)(?: or (?:so|two))?|(?:some|a little|a bit of|more) time|a (?:little )?while)\b`;
const ASK_FOR_TIME = compact(
  String.raw`\b(?:(?:give|allow|grant)(?: (?:us|me|them|it|the team|our team|our \w+))? ${DUR}|bear with (?:us|me)(?: for)? ${DUR}|hang (?:on|tight|in there)(?: for)? ${DUR}|(?:^|(?:just|please|you'?ll|you will|youll)(?: (?:just|need to|have to))? )wait(?: for)? ${DUR}|(?:it|that|this|the (?:fix|repair|change|credit|refund))(?:'ll| will| might| may| could| should| would|'s going to| is going to|s gonna|'s gonna) be ${DUR}|(?:we|i)(?:'ll| will| may| might)? need ${DUR}|(?:it|that)(?: won'?t| will not|ll not) be (?:long|much longer|too long)(?: now)?\b)`,
  'g',
);
const NO_WHEN = compact(/\b(?:i|we)(?: just| honestly| really)? (?:can'?t|cannot|can not|couldn'?t|don'?t know|do not know|dunno) (?:say|tell you|promise|give you|guarantee|commit to)(?: you)? (?:exactly |precisely |for sure |for certain |right now )?when\b|\bno (?:idea|telling) (?:exactly )?when\b(?! (?:you|your|the caller))/);
// A committed promise ending "...and let you know", with no subject of its own near it.
const AND_LET_KNOW = compact(/\band (?:then )?(?:let (?:you|ya|u) know|get back to (?:you|ya|u)|give (?:you|ya|u) a (?:call|ring|buzz|shout)|call (?:you|ya|u) back|be in touch)\b/g);
const SHORT_WAIT = compact(/\b(?:\d+|a|one|two|three|five|ten|a few|a couple(?: of)?) (?:minutes?|mins?|seconds?|secs?|moments?)\b/);

function inSentence(s: Sentence, re: RegExp): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  for (const m of matchesIn(s.text, re)) {
    out.push(m);
  }
  return out;
}

/** Evidence runs from the promise to the time phrase when they sit close together ("call you next week"). */
function withPromise(s: Sentence, m: RegExpExecArray): Hit {
  let from = m.index;
  for (const r of inSentence(s, RESOLVE)) {
    if (r.index >= m.index) break;
    if (m.index - r.index <= 60) from = r.index;
  }
  return { start: s.start + from, end: s.start + m.index + m[0].length };
}

function detect(doc: Doc): Hit[] {
  const long = test(LONG_GATE, doc.folded);
  const nospec = test(NOSPEC_GATE, doc.folded);
  const callback = test(CALLBACK_GATE, doc.folded);
  if (!long && !nospec && !callback && !test(ELLIPTIC_GATE, doc.folded)) return [];
  const hits: Hit[] = [];
  for (const s of doc.sentences) {
    const t = s.text;
    if (test(FRAGMENT, t) || test(ASK_FOR_TIME, t)) {
      ASK_FOR_TIME.lastIndex = 0;
      if (!test(CONCRETE, t) && !test(SHORT_WAIT, t) && !test(FOLLOW_UP, t)) {
        const ask = inSentence(s, ASK_FOR_TIME);
        if (ask.length === 0) hits.push({ ...sentenceSpan(s), reason: 'noTime' });
        for (const m of ask) hits.push({ start: s.start + m.index, end: s.start + m.index + m[0].length, reason: 'long' });
        continue;
      }
    }
    ASK_FOR_TIME.lastIndex = 0;
    // "I just can't say exactly when" admits there is no time at all.
    if (test(NO_WHEN, t) && !test(CONCRETE, t)) {
      hits.push({ ...sentenceSpan(s), reason: 'noTime' });
      continue;
    }
    if (!test(FUTURE, t)) continue;
    const found: Hit[] = [];
    let concrete: boolean | undefined;
    const longHere = long && test(LONG_GATE, t);
    const nospecHere = nospec && test(NOSPEC_GATE, t);
    if ((longHere || nospecHere) && test(RESOLVE_ANY, t) && !test(TAKE_EFFECT, t)) {
      for (const m of longHere ? inSentence(s, LONG) : []) {
        // "waive the fee on your next bill", "credit half of this month": the period is what is credited, not when.
        if (/^(?:next|this|following|coming)\b/.test(m[0]) && /\b(?:on|of|off|from|against|onto) (?:your |the )?$/.test(t.slice(Math.max(0, m.index - 12), m.index))) continue;
        // "next month's plan" names a period, it does not promise a time.
        if (/^'?s\b/.test(t.slice(m.index + m[0].length))) continue;
        if (test(DONE_ALREADY, t) && test(SHOWS_UP, t)) continue;
        found.push({ ...withPromise(s, m), reason: 'long' });
      }
      if (found.length === 0 && nospecHere && !(concrete = test(CONCRETE, t)) && !test(NOSPEC_NOT_PROMISE, t)) {
        for (const m of inSentence(s, NOSPEC)) found.push({ ...withPromise(s, m), reason: 'noTime' });
      }
    }
    if (found.length === 0 && callback && test(CALLBACK_GATE, t) && !(concrete ?? test(CONCRETE, t))) {
      const offer = (t.includes('?') && test(OFFER, t)) || test(HOLD_CHOICE, t);
      if (!offer) {
        for (const m of inSentence(s, CALLBACK)) {
          if (test(HANDOFF, m[0])) continue;
          found.push({ start: s.start + m.index, end: s.start + m.index + m[0].length, reason: 'noTime' });
        }
        if (found.length === 0 && test(OUR_PROMISE, t) && !/\b(?:if|unless|disconnect|hang up)\b/.test(t)) {
          for (const m of inSentence(s, AND_LET_KNOW)) found.push({ start: s.start + m.index, end: s.start + m.index + m[0].length, reason: 'noTime' });
        }
      }
    }
    if (found.length > 0 && test(OTHERS_CALL, t) && !test(OUR_PROMISE, t)) continue;
    if (found.length > 0 && !test(FOLLOW_UP, t)) hits.push(...found);
  }
  return hits;
}

/** `vague-timeframe`: commits to a call-back or fix with no concrete time, or beyond one business day (000: 1 business day maximum). */
export const vagueTimeframe: Detector = {
  label: 'vague-timeframe',
  reasons: {
    en: {
      default: 'Give a concrete, realistic time within one business day ("I\'ll call you back by 3 p.m. today").',
      noTime: 'A promise with no time leaves the caller waiting; say exactly when ("I\'ll call you back by 3 p.m. today").',
      long: 'That is longer than one business day; commit to a realistic time within a day, even if only for an update.',
    },
  },
  detect,
};
