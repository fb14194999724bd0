import type { Detector, Hit } from '../detector.ts';
import { gap, compact } from '../patterns.ts';
import type { Doc } from '../text.ts';
import { exec, test } from '../prefilter.ts';

const PREFILTER = compact(/\bhold|on the line|\bwait|hang on|stay on|call ?back|call (?:you|u)|ring (?:you|u)|get back to/);

// "Thanks for holding" / "sorry for the wait" look back at a hold; they offer nothing.
const HOLD =
  `(?<!for )(?<!for the )(?<!for your )(?:(?:put|place|keep|leave)(?:ing)? (?:you )?on (?:a )?(?:short |brief |quick )?hold|(?:stay|remain|be|keep you|hang on|wait)(?:ing)? on (?:the line|hold|the phone)|(?:stay|staying) on with (?:me|you)|hold(?:ing)?\\b(?! (?:times?|music|queue|reports?))|hang on|wait(?:ing)?(?! (?:for (?:a|my|our|the) call|times?))|stay on|remain on|keep you on|(?:i can )?keep you company)`;
const CALLBACK =
  `(?:call(?:ing)? (?:you|u|ya)(?: back)?|called (?:you|u) back|call(?:ing)? back|(?:a |the )?call ?backs?|callback|ring (?:you|u)(?: back)?|phone (?:you|u)(?: back)?|(?:ring|phone)(?:ing)? back|return(?:ing)? (?:your|the) call|give (?:you|u) a (?:call|ring|buzz)(?: back)?|get(?:ting)? back (?:to|with) (?:you|u)|hear back from (?:me|us))`;
const CHOICE_MARK =
  compact(/\b(?:or|rather|prefer|preference|whichever|either|choice|up to you|your call|which (?:would|do|works|is)|what works)\b/);

// The two options joined by "or" (either order), or both offered with "would you prefer / rather".
const HOLD_OR_CALLBACK = compact(`\\b${HOLD}[,;:.)-]*${gap(16)}(?:or|or else|or if you'?d rather|or would you (?:rather|prefer|like)(?: (?:that|for|if|me to))?|or should|or shall|or i can|or we can|or have)${gap(6)}${CALLBACK}`, 'g');
const CALLBACK_OR_HOLD = compact(`\\b${CALLBACK}[,;:.)-]*${gap(16)}(?:or|or else|or would you (?:rather|prefer|like)(?: to)?|or do you want to|or if you'?d rather|if you'?d (?:rather|prefer) not)${gap(6)}${HOLD}`, 'g');
const RATHER = compact(`\\b(?:would you (?:rather|prefer|like)|do you (?:want|prefer)|if you'?d (?:rather|prefer)(?: not)?|would it be better)${gap(12)}(?:${HOLD}|${CALLBACK})`, 'g');
const RATHER_HOLD = compact(`\\b${HOLD}\\b`);
const RATHER_CALLBACK = compact(`\\b${CALLBACK}\\b`);

// "If we get disconnected, I'll call you back" offers no choice.
const CONTINGENCY = compact(/\b(?:if (?:we|you) (?:get |are )?(?:disconnected|cut off|lose (?:each other|the (?:line|call|connection)))|if the (?:line|call) drops)/);

function windows(doc: Doc): { text: string; start: number }[] {
  // A choice can run over two sentences: "I can hold with you while I look. Or would you rather I call back?"
  const out: { text: string; start: number }[] = [];
  const s = doc.sentences;
  for (let i = 0; i < s.length; i++) {
    const a = s[i]!;
    const b = s[i + 1];
    if (b && b.start + b.text.length - a.start <= 480) {
      out.push({ text: doc.folded.slice(a.start, b.start + b.text.length), start: a.start });
    } else {
      out.push({ text: a.text, start: a.start });
    }
  }
  return out;
}

export const holdOrCallback: Detector = {
  label: 'hold-or-callback',
  reasons: {
    en: {
      default:
        'You let the caller choose between holding and a call back - the workbook says always offer choices when placing an upset client on hold.',
    },
  },
  detect(doc: Doc): Hit[] {
    if (doc.lang !== 'en' || !test(PREFILTER, doc.folded)) return [];
    const hits: Hit[] = [];
    const seen = new Set<number>();
    for (const w of windows(doc)) {
      if (test(CONTINGENCY, w.text)) continue;
      for (const re of [HOLD_OR_CALLBACK, CALLBACK_OR_HOLD]) {
        re.lastIndex = 0;
        const m = exec(re, w.text);
        if (m && !seen.has(w.start + m.index)) {
          seen.add(w.start + m.index);
          hits.push({ start: w.start + m.index, end: w.start + m.index + m[0].length });
        }
      }
      RATHER.lastIndex = 0;
      const r = exec(RATHER, w.text);
      if (r && test(RATHER_HOLD, w.text) && test(RATHER_CALLBACK, w.text) && test(CHOICE_MARK, w.text)) {
        if (!hits.some((h) => h.start <= w.start + r.index && w.start + r.index < h.end)) {
          hits.push({ start: w.start + r.index, end: w.start + r.index + r[0].length });
        }
      }
    }
    return hits;
  },
};
