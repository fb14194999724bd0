import type { Detector, Hit } from '../detector.ts';
import { findSpans, type Doc, matchesIn } from '../text.ts';
import { compact } from '../patterns.ts';
import { test } from '../prefilter.ts';

const PREFILTER = compact(/\bnumber|#|\bstill (?:on|at)\b|\d{3,4} \d{3}\b|\bani\b|\bdid on\b|\bcaller id\b|call ?back|\bcell\b|\bmobile\b|\bphone\b|\breach (?:you|u)\b|\bcall (?:you|u)\b|\d{3}[-. ]?\d{4}|\bline\b/);

const PHONE = `(?:\\(?\\d{3}\\)?[-. ]?)?\\d{3}[-. ]\\d{4}`;
const NUMBER_NOUN =
  `(?:(?:best |good |right |correct |preferred |direct |callback |call-back |call back |contact |phone |cell |cell phone |mobile |home |office |work |daytime ){0,3}(?:number|phone|cell|mobile|extension)|(?:direct|office|home|work|cell|main|desk|front desk|phone|private|back|mobile) line|caller id|ani\\b|(?:the|your|this|that) did\\b)`;
const GOOD = `(?:best|good|right|correct|better|preferred|easiest|quickest|ideal|current|valid|okay|ok|fine)\\b`;
// "Is your cell phone okay now?" asks about the phone, so the looser words need a number written out.
const GOOD_NUMBER = `(?:best|good|right|correct|better|preferred|easiest|quickest|ideal)\\b`;
// Like near(), but a phone number's dashes do not break the clause.
const WORDS = (n: number): string => `(?:\\s+[^\\s,;:]+){0,${n}}?\\s+`;
const WHO = `(?:i|we|she|he|they|someone|our [a-z]+|the [a-z]+)`;

const ASK_BEST =
  `(?:what'?s|whats|what is|what would be|which is|which'?s|what'?d be)(?: (?:the|a|your))? ${GOOD} ?(?:(?:phone |callback |call-back |call back |contact |cell |direct )?(?:number|phone|#)|way to (?:reach|contact|get (?:a ?hold of|in touch with)) (?:you|u)|place to reach (?:you|u))`;
const ASK_YOUR = `(?:(?:what'?s|whats|what is) your(?: (?:phone|cell|cell phone|mobile|home|direct))? number|(?:what'?s|whats|what is|can i (?:get|have|grab)|could i (?:get|have|grab)|may i (?:get|have))(?: (?:your|a|the))? (?:(?:callback|call-back|call back|contact|best|good|direct|phone|cell) ){1,3}number)`;
const WHICH = `(?:which|what)(?: (?:phone|cell|contact))? number (?:(?:should|can|do|would|could|shall) (?:${WHO}|you like (?:me|us|her|him) to|you want (?:me|us|her|him) to) (?:use|call|reach|try|ring|get|contact)|is (?:best|easiest|better) for (?:you|u))`;
// An appositive set off by commas may sit in the gap: "Is 555-0163, the cell number on your account, the right one...".
const APPOS_GAP = `(?:${WORDS(8)}|${WORDS(6)}[^\\s,;:?]+,(?:\\s+[^\\s,;:?]+){1,8}?,\\s+(?:\\S+\\s+){0,2}?)`;
const IS_STILL =
  `(?:is|are)${APPOS_GAP}(?:still )?(?:the |a |your )?${GOOD_NUMBER}(?: (?:callback |call-back |call back |contact |phone )?(?:number|one|line|bet|phone|(?:way|place) to (?:reach|call|contact|get (?:a ?hold of|in touch with)) (?:you|u)))?`;
const STILL_AT = `(?:are (?:you|u) still (?:at|on|reachable at)|is (?:your|this|that)(?: [a-z]+){0,2} (?:still )?${PHONE}|is ${PHONE}(?:,? [^,;:?]{1,40}?,?)? (?:still )?(?:the |a )?(?:${GOOD}|where (?:i|we|she|he|they) (?:should|can|could|shall) (?:call|reach|ring|try)))`;
// "Should I just use the ANI from this call?", "Can I use the number on your account for the callback?"
const USE_STRONG = `(?:should|shall|can|could|may) (?:i|we) (?:just )?(?:use|try|go with|stick with) (?:the |your |this )?(?:ani|caller id|did (?:on|from|for)|number (?:you'?re|you are|youre) calling (?:from|on)|number (?:from|on) this call|callback number|call-back number|call back number)\\b`;
const USE_FOR_CALLBACK = `(?:should|shall|can|could|may) (?:i|we) (?:just )?(?:use|try|go with|stick with) (?:the |your |this |that )?(?:[a-z]+ ){0,2}?(?:number|line|cell|mobile|phone)\\b[^.?!;]{0,40}?\\b(?:for|to) (?:the |my |a |your |our |that |this )?(?:call ?back|call-back|return call|reach (?:you|u)|call (?:you|u))`;
const WANT_USE = `(?:do you want|would you like|would you prefer) (?:me|us|her|him) to (?:use|try) (?:the |your )?(?:ani|caller id|number|cell|mobile|(?:office|home|work|direct|main) (?:line|number))`;
const WHERE = `(?:where|how) (?:can|should|do|would|could|shall) ${WHO} (?:best )?(?:reach|call|contact|get (?:a ?hold of|in touch with)) (?:you|u)(?: back)?`;
const SHOULD_AT = `(?:should|shall|can|do you want|would you like|would you prefer) (?:(?:me|us|her|him) to |${WHO} )?(?:call|reach|ring|try|contact) (?:you|u)(?: back)? (?:at|on) (?:the |your |this |that )?(?:office|cell|mobile|home|work|number|phone|line|${PHONE})`;
const CONFIRM =
  `(?:let me|lemme|i'?d like to|i want to|i just want to|i need to|just (?:want )?to|can i|could i|may i|i'?ll|let'?s|allow me to) (?:quickly |just |please )?(?:confirm|verify|double-check|double check|make sure i have|check i have|check that i have|read back|repeat back) (?:your|the|my|a|that|this|what)?(?: (?:best|good|callback|call-back|contact|phone|cell|direct))? ?(?:number|phone|contact (?:info|information|details))`;
const BEST_NUMBER = `(?:best|good|right|correct|preferred) (?:callback |call-back |call back |contact |phone )?number (?:(?:for (?:me|us|her|him|them) )?to (?:reach|call|ring|contact|get (?:a ?hold of|in touch with)) (?:you|u)|for (?:a|the|your|my) call ?back)`;
const NUMBER_WHERE = `(?:give me|leave(?: me)?|have|get) (?:a|the|your) (?:good |best )?(?:phone |contact )?number (?:where|at which|to|that) (?:i|we|she|he|they)? ?(?:can|could|should)? ?(?:reach|call|contact|get (?:a ?hold of|in touch with)) (?:you|u)`;
const USE_YOUR = `(?:want|like|prefer) (?:us|me|her|him|them) to (?:use|try|call|reach)(?: you)?(?: at| on)? (?:your|the|this) (?:cell|mobile|home|office|work|number|phone)`;
const HAVE_ON_FILE = `${PHONE}${WORDS(6)}(?:still|is that|is this|correct|right|good|best)`;

// "Could you give me a good callback number?", "Can you read me your contact number?", "Do we still have the right number for you?"
const ASK_YOU_GIVE = `(?:can|could|would|will|may) (?:you|u) (?:please |just |quickly )?(?:give|read|tell|confirm|verify|provide|leave|pass|text)(?: (?:me|us) )?(?: back)? ?(?:your (?:(?:best|good|callback|call-back|call back|contact|phone|cell|mobile|direct|daytime|current|preferred) ){0,2}|(?:a|the) (?:(?:best|good|callback|call-back|call back|contact|phone|cell|mobile|direct|daytime|current|preferred) ){1,2})(?:number|#)\\b(?! (?:of|they|that|the|your (?:patient|caller)|callers|patients|for (?:the|your) (?:patient|caller|office|clinic|practice)))`;
const STILL_HAVE = `(?:do|have) (?:we|i) (?:still )?(?:got |have )?(?:the |a )?(?:right|correct|best|current|good) (?:number|#|contact number) for (?:you|u)`;
const WHERE_BEST = `where'?s (?:(?:the )?best|easiest|(?:the )?best place) to (?:reach|call|ring|contact|get (?:a ?hold of|in touch with)) (?:you|u)`;
const NUMBER_OK = `(?:is|are) (?:this|that|the|your) (?:[a-z]+ )?(?:number|#|mobile|cell) (?:still )?(?:okay|ok|fine|good|alright|all right|best) (?:for (?:the |a |your |my )?(?:call ?back|call-back|return call)|to (?:reach|call|ring|use|contact))`;
// "Still on 555-0198?", "You're still at 555-0198?": a bare check on the caller's own number.
const STILL_ON = `(?:(?<![a-z] )|\\b(?:you'?re|youre|you are|are you|you|u) )still (?:on|at|reachable (?:on|at)) ${PHONE}|(?:best|right|good|preferred) (?:callback |contact )?number (?:for (?:you|u) )?(?:is )?still\\b`;
const BE_BEST = `(?:would|will) (?:your|the|this|that) (?:[a-z]+ )?(?:number|mobile|cell|line|phone) be (?:the )?(?:best|easiest|right|better)(?: (?:number|one|way))?`;

// A question or confirmation about the number to call back on; numbers callers dialled are probing, not this.
const ASK = compact(
  `\\b(?:${ASK_BEST}|${BEST_NUMBER}|${NUMBER_WHERE}|${ASK_YOUR}|${WHICH}|${STILL_AT}|${WHERE}|${SHOULD_AT}|${USE_YOUR}|${CONFIRM}|${USE_STRONG}|${USE_FOR_CALLBACK}|${WANT_USE}|${ASK_YOU_GIVE}|${STILL_HAVE}|${WHERE_BEST}|${NUMBER_OK}|${BE_BEST}|${STILL_ON})`,
  'g',
);
const IS_STILL_RE = compact(`\\b${IS_STILL}`, 'g');
const HAVE_ON_FILE_RE = compact(HAVE_ON_FILE, 'g');
const ABOUT_NUMBER = compact(`\\b(?:${NUMBER_NOUN}|reach (?:you|u)|call (?:you|u)|contact (?:you|u))\\b|${PHONE}`);
const PHONE_RE = compact(PHONE);
// "...the right one for the callback / to reach you / for 4 o'clock?"
const FOR_CALLBACK = compact(/^\s*(?:for (?:the |a |your |my |our |that )?(?:call ?back|call-back|return call|\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m|p\.?m|o'?clock)?\b(?! (?:days?|weeks?|people|of))|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?: o'?clock)?\b(?! (?:days?|weeks?|people|of)))|to (?:reach|call|ring|contact|text|page|try) (?:you|u)|to (?:use|call)\b)/);
// "What number were callers dialling?" asks about the complaint.
const DIALLED = compact(/\b(?:dial|dialed|dialled|dialing|dialling|called from|calling from(?! now)|they call|did (?:they|callers|patients|people) (?:call|use)|were (?:they|callers|patients|people) (?:calling|using)|the agent|our agent|the operator|forward|listed for)\b/);

export const verifyNumber: Detector = {
  label: 'verify-number',
  reasons: {
    en: {
      default:
        'You confirm the number to call back on - the workbook says verify where to return the call, so the promised call actually reaches the client.',
    },
  },
  detect(doc: Doc): Hit[] {
    if (doc.lang !== 'en' || !test(PREFILTER, doc.folded)) return [];
    const hits: Hit[] = findSpans(doc, ASK);
    for (const s of doc.sentences) {
      const question = /\?\s*$/.test(s.text) || /\bstill\b/.test(s.text);
      if (!question || !test(ABOUT_NUMBER, s.text)) continue;
      for (const re of [IS_STILL_RE, HAVE_ON_FILE_RE]) {
        for (const m of matchesIn(s.text, re)) {
          const clause = s.text.slice(m.index);
          const after = s.text.slice(m.index + m[0].length, m.index + m[0].length + 40);
          const pointsBack = /\b(?:that|this|it)\b/.test(m[0]) && test(PHONE_RE, s.text.slice(0, m.index));
          if (!(test(ABOUT_NUMBER, m[0]) || test(FOR_CALLBACK, after) || pointsBack) || (test(DIALLED, clause) && !/\byou(?:'?re| are)? (?:calling|called)(?: in)? from\b/.test(clause))) continue;
          hits.push({ start: s.start + m.index, end: s.start + m.index + m[0].length });
        }
      }
    }
    return hits;
  },
};
