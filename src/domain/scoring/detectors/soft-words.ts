import type { Detector, Hit } from '../detector.ts';
import type { Doc } from '../text.ts';
import { pattern, compact } from '../patterns.ts';
import { matchesIn } from '../text.ts';
import { test } from '../prefilter.ts';

const PREFILTER = compact(/perhaps|possib|occasional|sometimes|seem|appear|looks like|unlikely|misunderst|miscommunicat|mix-?up|maybe|might|may have|might have|could have|may be|might be|could be|chance|probabl|rare|likely|wonder|conceiv|suspect|guess|apparent|presumab/);

// 000: "Never ever say 'We never...'. Use soft words such as: Perhaps, sometimes, occasionally, unlikely, misunderstanding."
// They soften a statement about what happened; the same words in a suggestion, a schedule or a request are not it.
const SOFT_RE = pattern(
  '\\b(?:' +
    [
      `perhaps`,
      `possibly`,
      `(?:it'?s|it is|its|is it|it may be|it might be)(?: (?:quite|very|entirely|also|certainly|just|perfectly|definitely|always|still))? (?:possible|conceivable)`,
      `(?:it |that )?(?:seems|seemed|appears|appeared) (?:quite |very |entirely )?(?:possible|likely|probable|plausible)`,
      `(?:i (?:suspect|would guess)|i'?d guess|id guess)(?= (?:the|it|there|that|what|our|your|someone|something|a|an|one|we|they|this)\\b)`,
      // "apparently I can't do anything right" is sarcasm about oneself, not a hedge about what happened.
      `(?:apparently|presumably)(?=,? (?:the|it|there|that|this|our|your|ur|one|someone|something|a|an|some|calls?|messages?|pages?)\\b)`,
      `probably (?:explains?|accounts? for|what|why|where|how)\\b`,
      `there'?s a (?:small |slight |good |real )?possibility`,
      `(?:a|one) possibility is`,
      `occasionally`,
      `(?:every )?(?:now and then|once in a while)`,
      `sometimes`,
      `(?:it|this|that) (?:seems|seemed|appears|appeared|looks|looked) (?:like|as if|as though|that|to (?:have|be))`,
      `(?:it|this|that) (?:seems|appears)(?= (?:one|the|your|our|a|an|some|there|something|someone|we|they|it)\\b)`,
      `(?:^|, |- )(?:seems|looks) like (?:one|the|your|our|a|an|some|there|something|someone|we|they|it)\\b`,
      `(?:it'?s|it is|its|that'?s|that is|thats|seems) (?:highly |very |pretty |quite |extremely )?unlikely`,
      `(?:a |some |the )?(?:misunderstanding|miscommunication|mix-?up|mixup)`,
      `maybe`,
      `(?:may|might|could) have (?!to\\b|a\\b|an\\b|the\\b|some\\b|any\\b|more\\b|no\\b|one\\b|two\\b|your\\b|my\\b|something\\b|other\\b|another\\b|better\\b)[a-z]+\\b`,
      `there (?:may|might|could) (?:have been|be) (?:a|an|some|one)\\b`,
      `(?:it|that|this) (?:may|might|could) (?:be|have been) (?:that|because|a|an|the)\\b`,
      `(?:there'?s|there is) a (?:chance|good chance|small chance) (?:that )?(?:the|your|one|our|it|a|someone|something)\\b`,
      `chances are`,
      `(?:it'?s|it is|its|most|more than|quite) likely(?! to\\b)`,
      `(?:i'?m )?wonder(?:ing)? (?:if|whether)`,
      `(?:in )?(?:rare|some|a few) cases`,
      `(?:was|were|got|went|has|have|had|is) probably|probably (?:was|were|got|went|just|didn'?t|wasn'?t|slipped|ended|came|sent|a|the|an)`,
    ].join('|') +
    ')',
);

// "Perhaps we could...", "maybe I can..." is a suggestion, not softening what happened; "if possible", "as soon as possible" are not hedges.
const SUGGESTION_AFTER = compact(/^[,]?\s*(?:(?:we|i|you|u)\s+(?:could|can|should|might|would|will|'?ll|may|want|need|try)\b|(?:you'?d|we'?d|i'?d|it would be|it'?d be|next (?:time|week)|tomorrow|later|later today|another time|sometime|if you|try)\b)/);

/** `soft-words`: softens a statement about what happened (perhaps, possibly, occasionally, unlikely, misunderstanding). */
export const softWords: Detector = {
  label: 'soft-words',
  reasons: {
    en: {
      default: "Soft words ('perhaps', 'it's possible', 'occasionally') keep the door open while the facts are checked, instead of putting the client on the defensive.",
      misunderstanding: "Calling it a possible misunderstanding softens the moment without blaming anyone while you find out what happened.",
    },
  },
  detect(doc: Doc): Hit[] {
    if (!test(PREFILTER, doc.folded)) return [];
    const hits: Hit[] = [];
    for (const s of doc.sentences) {
      for (const m of matchesIn(s.text, SOFT_RE)) {
        let from = m.index;
        let word = m[0];
        const lead = /^(?:, |- )/.exec(word);
        if (lead) {
          from += lead[0].length;
          word = word.slice(lead[0].length);
        }
        const before = s.text.slice(0, from);
        const after = s.text.slice(from + word.length);
        if (!isSoftening(word, before, after)) continue;
        hits.push({
          start: s.start + from,
          end: s.start + from + word.length,
          reason: /misunderst|miscommunicat|mix-?up|mixup/.test(word) ? 'misunderstanding' : 'default',
        });
      }
    }
    return hits;
  },
};

function isSoftening(word: string, before: string, after: string): boolean {
  // "It could be a couple of weeks" estimates a wait; it softens nothing about what happened.
  if (/(?:may|might|could) be (?:a|an|the)$/.test(word) && /^\s*(?:couple|few|week|day|month|hour|while|bit|little while|long time|\d)/.test(after)) return false;
  if (/^(?:perhaps|possibly|maybe)$/.test(word)) {
    if (test(SUGGESTION_AFTER, after)) return false;
    // "Perhaps your office could send..." proposes something; "could have" still looks back at what happened.
    if (/^[^,.;?!]{0,40}\b(?:could|can|should|would|might want|may want|might like|want to|wants to)\b(?! have)/.test(after)) return false;
    // "Would you perhaps...", "could I possibly..." are polite requests.
    if (/\b(?:would|could|can|will|shall|should|might|may|do|did)\s+(?:you|u|i|we)\s+$/.test(before)) return false;
    if (/\b(?:can'?t|cannot|couldn'?t|not|no)\s+$/.test(before)) return false;
    // "We could possibly look at that" hedges an offer, not what happened.
    if (/\b(?:i|we|you|u)\s+(?:could|can|might|may|would|will|'ll|'d)\s+$/.test(before)) return false;
    if (word === 'maybe' && /^\s*(?:not|so|later|tomorrow|next|in|by|around|before|after|within|this|today|tonight|sometime|on|at|a few|an? (?:hour|day|week)|two|three|\d)/.test(after)) return false;
    if (word === 'possibly' && /^\s*(?:can|could)\b/.test(after)) return false;
    // "Maybe that'll fix your phones" predicts (often sarcastically); a hedge softens what happened.
    if (/^\s*(?:that|this|it|they|he|she)(?:'ll| will|ll|'d| would)\b/.test(after)) return false;
    // "Maybe ur phone was off?" puts it on the caller; "maybe we're not the right service for you" is a brush-off.
    if (/^\s*(?:ur|your|you|u)\b[^.!]*\?\s*$/.test(after) || /^\s*(?:we'?re|we are|you'?re|you are) not\b/.test(after)) return false;
    // A suggestion after the hedge, later in the clause: "maybe the best thing is to..."
    if (/^\s*(?:the (?:best|simplest|easiest|quickest|fastest) |a good idea|it would|it'?d|that would|one option|an option|something like)/.test(after)) return false;
    return true;
  }
  if (/(?:possible|conceivable)$/.test(word)) {
    if (/^is it (?:possible|conceivable)/.test(word)) return false;
    if (/^\s*(?:to|for (?:you|me|us))\b/.test(after)) return false;
    if (/\b(?:not|n'?t|im)\s*$/.test(before)) return false;
    return true;
  }
  if (/^(?:sometimes|occasionally|(?:every )?(?:now and then|once in a while))$/.test(word)) {
    // About the agent's own habits ("I sometimes work nights") or a request, not what happened.
    if (/\b(?:i|i'?m|im|i am|i'?ll|ill|i'?d|you|u|you'?ll|youll|you'?d|youd|please|can|could|will|we'?ll|feel free to)\s+(?:\w+\s+)?$/.test(before) && !/\b(?:we|our|it|this|they|calls?|messages?)\s+$/.test(before)) return false;
    if (/^\s*(?:i|you|u)\s/.test(after)) return false;
    return true;
  }
  if (/misunderst|miscommunicat|mix-?up|mixup/.test(word)) {
    if (/\b(?:avoid|prevent|no|not a|wasn'?t a|isn'?t a|any more|without|don'?t want (?:any|a)|to clear up any|in case of)\s+(?:any\s+|a\s+|more\s+)?$/.test(before)) return false;
    if (/\bno\s+(?:\w+\s+)?$/.test(before)) return false;
    return true;
  }
  // "I wonder if you could hold" is a polite request.
  if (/wonder/.test(word)) return !/^\s*(?:you|u|i|we)\s+(?:could|can|would|might|may|mind)\b/.test(after);
  if (/unlikely$/.test(word)) return !/\b(?:not|n'?t)\s+$/.test(before);
  if (/^(?:may|might|could) have/.test(word)) {
    // "You might have missed it" shifts the blame to the caller.
    if (/\b(?:you|u)\s*$/.test(before)) return false;
    if (/\b(?:apologi|sorry|inconvenience|trouble|frustration|confusion|stress|distress)/.test(before) && /caused$/.test(word)) return false;
    // A counterfactual ("if you hadn't called, others might have had the same trouble") is not about what happened.
    if (/\b(?:if|otherwise|or else)\b/.test(before)) return false;
    if (word.startsWith('could') && !/\b(?:it|there|something|someone|that|which|one|message|call|line|system|setting)\s*$/.test(before)) return false;
    return true;
  }
  if (/^(?:it|this|that) (?:seems|seemed|appears|appeared|looks|looked)|^(?:seems|looks) like/.test(word)) {
    // "It seems you're upset" is acknowledging the caller, not softening what happened.
    if (/^\s*(?:like |that )?(?:you|you'?\w+|youre|youve|u)\b/.test(after)) return false;
    if (/^\s*(?:like )?(?:a (?:good|great|fair)|the best|fine|okay|ok|reasonable)\b/.test(after)) return false;
    if (/looks|looked/.test(word) && /^\s*(?:good|great|fine)/.test(after)) return false;
    return true;
  }
  return true;
}
