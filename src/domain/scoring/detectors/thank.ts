import type { Detector, Hit } from '../detector.ts';
import type { Doc } from '../text.ts';
import { pattern, compact } from '../patterns.ts';
import { matchesIn } from '../text.ts';
import { test } from '../prefilter.ts';

const PREFILTER = compact(/thank|thanks|thx|\bty\b|\bta\b|cheers|apprec|grateful|glad/);

const THANKS = `(?:thank you|thank u|thankyou|thanks|thanx|thx|ty|ta|cheers|many thanks|(?:i|we) (?:really |truly |do |just |sincerely )?(?:thank|appreciate) you|(?:i'?m|i am|im|we'?re|we are) (?:really |so |very )?grateful|(?:i|we) (?:really |truly |do |just |sincerely |so |very much )?appreciate|much appreciated|appreciate)`;
const INTENS = `(?:(?:so much|very much|a lot|a ton|again|both|sincerely|truly|really|kindly|so|very|dr\\.? \\w+|mr\\.? \\w+|mrs\\.? \\w+|ms\\.? \\w+|sir|ma'?am|\\w+)[,]? ){0,2}`;

// What the caller is thanked for: raising the issue, their patience, the chance to fix it (000 Above and Beyond 2).
const FOR = [
  `(?:letting|telling|informing|alerting|warning) (?:us|me)`,
  `(?:bringing|raising|reporting|flagging|pointing out|mentioning|escalating|spotting|catching|noticing|picking up on) (?:this|that|it|the|your|these|those)`,
  `bringing (?:this|that|it) (?:to|up)`,
  `(?:your|ur|the|all your|all of your) (?:continued |continuing )?(?:(?:time|help|cooperation) and (?:patience|understanding)|patience|understanding|feedback|heads-?up|honesty|candor|report|input|loyalty|trust|cooperation|time explaining|call about|call today about|trust in us|flexibility|grace)`,
  `(?:being|staying|remaining) (?:so |very )?(?:patient|understanding|on the line|with me|on hold|honest|flexible)`,
  `(?:holding|waiting|hanging on|hanging in|bearing (?:with|w/?)|sticking with|staying with|sticking it out|putting up with|hanging in there|holding on)`,
  `(?:giving|allowing|letting) (?:us|me) (?:the |a |this |another )?(?:chance|opportunity|time|moment)`,
  `(?:the|this|a|another) (?:chance|opportunity) to`,
  `(?:taking|making) (?:the )?time`,
  `calling (?:this|it) to (?:my|our) attention`,
  `(?:trusting|choosing to tell|sticking with|staying with) (?:us|me)`,
  `calling (?:us |me )?(?:about|in about|with|to (?:let|tell|report|flag)|in with|back about|and (?:letting|telling))`,
  `(?:reaching out|contacting us|getting in touch|coming to us|coming to me|speaking up|explaining|walking me through|sharing|clarifying|following up|calling this in|checking (?:with|in))`,
  `(?:that|the|this|all (?:that|the|this)) (?:feedback|heads-?up|explanation)`,
];
const THANK_RE = pattern(`\\b${THANKS}\\b[,]? ${INTENS}(?:for|that you|you for) (?:${FOR.join('|')})`);
const APPRECIATE_RE = pattern(
  `\\b(?:(?:i|we) (?:really |truly |do |just |sincerely |so |very much |greatly )?|(?:^|, ?)(?:really |truly |so |greatly )?)appreciate (?:you|your|ur) (?:(?:so much|very much|again) )?(?:(?:taking|making|letting|telling|bringing|calling|being|giving|holding|waiting|sticking|hanging|bearing|raising|reporting|flagging|pointing|reaching|explaining|walking|staying|sharing|coming)\\b|(?:patience|understanding|feedback|honesty|heads-?up|cooperation|flexibility|trust|input)\\b)`,
);

// "I'm grateful you told us", "I'm glad you called about this."
const GRATEFUL_RE = pattern(
  `\\b(?:(?:i'?m|i am|im|we'?re|we are|were) (?:really |so |very |truly |just )?(?:grateful|glad|thankful)|(?:(?:it'?s|it is|that'?s|very|really|much|greatly) )?(?:much |greatly |really )?appreciated|(?:i|we) (?:really |truly |do |so )?appreciate (?:it )?that) (?:that )?(?:you|u) (?:told|let|called (?:us |me )?(?:about|in|to)|brought|reported|flagged|reached out|raised|pointed|mentioned|caught|spoke up|took the time|were patient)`,
);

/** `thank`: thanks the caller for raising the issue, their patience, or the chance to improve. */
export const thank: Detector = {
  label: 'thank',
  reasons: {
    en: {
      default: "Thanking the caller for raising the problem turns a complaint into a chance to improve (Above and Beyond 2).",
      patience: "Thanking the caller for their patience recognises what waiting cost them and keeps the call warm (Above and Beyond 2).",
      chance: "Thanking the caller for the chance to fix it shows you value the relationship, not just the ticket (Above and Beyond 2).",
    },
  },
  detect(doc: Doc): Hit[] {
    if (!test(PREFILTER, doc.folded)) return [];
    const hits: Hit[] = [];
    for (const s of doc.sentences) {
      for (const re of [THANK_RE, APPRECIATE_RE, GRATEFUL_RE]) {
        for (const m of matchesIn(s.text, re)) {
          const after = s.text.slice(m.index + m[0].length);
          // A greeting or sign-off ("thank you for calling Apex", "thanks for your time, bye") has nothing to thank for.
          if (/\b(?:no|not|don'?t|dont)\s+$/.test(s.text.slice(0, m.index))) continue;
          const reason = /patien|holding|waiting|hanging|bearing|sticking|staying|hold/.test(m[0]) ? 'patience' : /chance|opportunit/.test(m[0]) ? 'chance' : 'default';
          hits.push({ start: s.start + m.index, end: s.start + m.index + m[0].length + clauseLen(after), reason });
        }
      }
    }
    return hits;
  },
};

function clauseLen(after: string): number {
  const m = /[,;:!?]|\.\s*$|\s-\s/.exec(after);
  return m ? m.index : after.length;
}
