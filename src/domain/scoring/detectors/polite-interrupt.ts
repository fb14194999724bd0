import type { Detector, Hit } from '../detector.ts';
import type { Doc } from '../text.ts';
import { findSpans, matchesIn } from '../text.ts';
import { near, compact } from '../patterns.ts';
import { test } from '../prefilter.ts';

const PREFILTER = compact(/pause you|interru|jump|cut|break|butt|interject|stop you|step in|chime|hop in|excuse|pardon/);

const VERB = String.raw`(?:interrupt(?:ing|ion)?|jump(?:ing)? in|cut(?:ting)? (?:you off|in|across)|break(?:ing)? in|butt(?:ing)? in|interject(?:ing)?|stop(?:ping)? you|paus(?:e|ing) you|chim(?:e|ing) in|hop(?:ping)? in)`;
const POLITE = String.raw`(?:sorry|so sorry|excuse me|pardon(?: me)?|forgive me|(?:i (?:do |must )?)?apologi[sz]e|just to(?= (?:jump|cut|chime|butt|hop|break) in)|apologies|my apologies|may i|could i|can i|if i (?:may|could|might|can)|i hate to|i don'?t (?:mean|want) to|i dont (?:mean|want) to|(?:do|would) you mind if i|mind if i|let me just|let me(?= (?:jump|cut|chime|break|butt) in)|i'?m going to|im going to|i need to|i'?d like to|allow me to)`;
// Politely breaking in to regain focus (003 Irma): "I'm sorry to interrupt", "May I jump in for a moment?".
const INTERRUPT = compact(
  String.raw`\b(?:${POLITE}${near(4)}${VERB}|(?:pardon|excuse|forgive|sorry for|sorry about|apologies for|i apologi[sz]e for) (?:the|my) interruption)\b`,
  'g',
);
// "Excuse me, Mrs. Jones - may I ask..." needs the purpose to read as an interruption rather than "excuse me?".
const EXCUSE_ADDRESS = /^(?:excuse me|pardon me)\b(?!\s*\?)/g;
const PURPOSE = compact(/\b(?:(?:may|could|can|might) i (?:ask|get|just|quickly|have|confirm|check)|let me (?:ask|make sure|get)|i (?:really )?(?:want|would like|'d like|need) to (?:help|ask|make sure|understand|get|fix)|so (?:that )?i can|a (?:few|couple(?: of)?|quick) (?:quick )?questions?|before (?:we|i) go (?:on|further))\b/);
// Apologising for the line or the hold, yielding the floor, or telling the caller not to interrupt is not this.
const NOT_THIS = compact(/\b(?:i'?m back|i am back|for holding|for waiting|(?:line|call) (?:dropped|cut out)|got cut off|didn'?t mean to|did not mean to|go ahead|please (?:continue|go on)|you were saying|finish (?:your|what)|(?:don'?t|do not|stop|quit) interrupt\w*|earlier|(?:service|coverage|phone|line) interruption|interruption (?:in|of|to) (?:your |the |our )?(?:service|calls?|coverage|line|phones?))\b/);

function detect(doc: Doc): Hit[] {
  if (!test(PREFILTER, doc.folded)) return [];
  const hits: Hit[] = [];
  for (const s of doc.sentences) {
    if (test(NOT_THIS, s.text)) continue;
    for (const m of matchesIn(s.text, INTERRUPT)) {
      hits.push({ start: s.start + m.index, end: s.start + m.index + m[0].length });
    }
  }
  if (hits.length === 0 && test(PURPOSE, doc.folded) && !test(NOT_THIS, doc.folded)) {
    for (const sp of findSpans(doc, EXCUSE_ADDRESS)) hits.push({ ...sp, reason: 'excuse' });
  }
  return hits;
}

/** `polite-interrupt`: politely interrupts a caller who won't pause, to regain focus with a purpose (003 Irma). */
export const politeInterrupt: Detector = {
  label: 'polite-interrupt',
  reasons: {
    en: {
      default: 'A polite interruption ("I\'m sorry to interrupt...") regains control of the call without shutting the caller down (003 Irma).',
      excuse: '"Excuse me" plus a reason to ask questions regains focus politely instead of talking over the caller (003 Irma).',
    },
  },
  detect,
};
