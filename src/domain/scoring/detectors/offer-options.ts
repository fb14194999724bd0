import type { Detector, Hit } from '../detector.ts';
import type { Doc, Sentence } from '../text.ts';
import { sentenceSpan, matchesIn } from '../text.ts';
import { compact } from '../patterns.ts';
import { test } from '../prefilter.ts';

// A question that hands the choice to the caller ("which would you prefer?", "would either of those help?").
const STRONG_CHOICE = compact(/\b(?:which (?:one |option |way |of (?:those|these|them|the two) )?(?:would|do|did|will) you\b|which (?:one |option |way )?(?:sounds?|works?|would work|seems?|suits?|feels?|is|would be|will be) (?:better|best|easier|good|right|more|for you)|which (?:one |option |way )?(?:suits?|would suit|works? for|would work for) (?:you|your (?:office|practice|team)) (?:better|best)|whichever (?:you|u|is|works|suits|feels|sounds|helps|one helps|option)|whatever(?:'s| is) (?:easier|easiest|best|better)\b|(?:you'?re|you are) (?:welcome|free) to (?:choose|pick|decide)|(?:would|will|do|does|could|can) (?:either|any|one) of (?:those|these|them|the two)|either (?:one|option|way) (?:works|is fine|would work)|what would you prefer|what works (?:best|better) for you|up to you|your (?:call|choice)\b(?! (?:to|from|log|record|history|forwarding|volume))|you (?:can|could) (?:choose|pick|decide))/);
const WEAK_CHOICE = compact(/\b(?:(?:we|you) could [^.?!]{5,120}?,? \bor (?:we could |you could |i could )?(?!not\b)[a-z]+|would (?:you|u|ya) (?:rather|prefer|like|want)|(?:let me know|tell me) (?:if|whether) you(?:'?d| would)? (?:want|like|prefer|rather)|do (?:you|u) (?:prefer|want)|\bwant me to|(?:you|u)'?d (?:rather|prefer)|or would you|or do you|or should i|or shall i|or (?:would|do) you want|or (?:we|i) (?:could|can)|or if you'?d (?:rather|prefer)|(?:we|i|you) (?:could|can) (?:either|also)|what do you think|how does that sound|(?:work|be|suit you|sound) (?:best|better)|(?:should|shall) (?:the|we|your|our|all|urgent|routine) )\b/);
const ALTERNATIVE = /\bor\b/;
// Suggestions offered as such (judgement call 10: "May I suggest...", "here are three ways...", "would you like to try...").
const SUGGEST = compact(
  [
    `\\b(?:may|can|could|might) i (?:make a |offer a |give you a )?(?:suggest(?:ion)?|recommend(?:ation)?|propose)`,
    `\\b(?:i'?d|i would|i'?d like to|i might|let me) (?:suggest|recommend|propose)`,
    `\\bmy (?:suggestion|recommendation) (?:would be|is)`,
    `\\bwould you (?:like to|want to|be (?:open|willing) to) (?:try|trying|consider|considering|test|testing|switch|switching|give [a-z]+ a try|giving [a-z]+ a try)`,
    `\\bwould you consider\\b`,
    `\\b(?:have you|did you ever) (?:considered|thought about|tried)\\b`,
    `\\byou (?:might|may|could) (?:also )?(?:want to )?(?:consider|try)\\b(?! (?:calling|to call|call|again|back|later|tomorrow))`,
    `\\b(?:how about|what about) (?:we|if|trying|switching|having|setting|adding|moving|sending)\\b`,
    `\\bwhat if (?:we|i)\\b`,
    `\\bwould it (?:help|be (?:better|easier|helpful))(?: if| to)\\b`,
    `\\bhow would you feel about\\b`,
    `\\b(?:we|i) (?:could|might) try\\b`,
    `\\band see how (?:it|that) goes\\b`,
    `\\bwhy don'?t we\\b`,
    `\\b(?:there are|here are|we have|i have|i see|you have|i can (?:offer|give you|think of)) (?:a (?:few|couple(?: of)?)|two|three|four|several|some|a number of|some different|a few different) (?:\\S+ )?(?:options|ways|things (?:we|i|you) (?:can|could)|ideas|choices|possibilities|approaches|solutions|suggestions|alternatives)`,
    `\\b(?:one|another|an|other|the other|a second|a third|your|a few|some) (?:option|alternative|choice|possibilit(?:y|ie))s?\\b(?! to (?:hold|call))`,
    `\\b(?:we|i) could either\\b`,
    // Trying a fix before the hand-off is one of two courses: "would you like me to try one thing first?", "let me take a crack at it first".
    `\\b(?:would you like|do you want|want|shall i|should i|can i|could i|may i|let) (?:me )?(?:to )?(?:try|have a (?:go|crack|look|try)|take a (?:crack|stab|look|shot)|give it a (?:go|try|shot))\\b(?! (?:your|the|ur|you|calling|to call|to reach|him|her|them)\\b)(?:[^.?!,;]{0,30}?)\\bfirst\\b`,
    // "Here's a thought or two for the bill:", "A couple of ideas to bring the bill down:".
    `\\bhere'?s (?:a |an |one )?(?:thought|idea|suggestion)s?(?: or two)?\\b`,
    `\\b(?:a couple(?: of)?|a few|couple of|two|three|some) (?:quick |other |easy |simple )?(?:ideas|thoughts|suggestions|options|ways|things|changes)(?: (?:to|for|that) [^:.?!]{0,40})?\\s*:`,
    `\\banother (?:thing|idea|way|approach) (?:we|you|i) (?:could|can|might)\\b`,
  ].join('|'),
  'g',
);
// The hold-or-callback choice is never offer-options (judgement call 3); neither is which number to call.
const HOLD_CHOICE = compact(/\b(?:(?<!\b(?:were|was|been|spent|sat|left) on )hold(?! (?:the|them|those|these|all|non|routine|messages|it)\b)|holding|(?<!\b(?:were|was|been|spent|sat|left) )on hold|stay on the line|keep you on the line|remain on the line|wait (?:on the line|while)|call you back|callback|call back|ring you back|get back to you)\b/);
const NUMBER_CHOICE = compact(/\b(?:best number|(?:which|what|this|that|the|your (?:cell|office|home|work|mobile)) (?:phone )?number|number (?:to|should|for you)|reach you|call (?:you|u)(?: back)? (?:at|on) (?:the |your |my |this |that )?(?:office|cell|mobile|home|work|desk|number|line|phone|\d{3})|call your (?:office|cell|mobile|home|work|desk)(?: line| number| phone)? or (?:on |at )?(?:your |the |my )?(?:office|cell|mobile|home|work|desk|direct|main|landline)|best way to reach|extension)\b/);
// Choosing when to be called back ("at 3 or at 4?") is about the callback, not the fix.
const TIME_CHOICE = compact(/\bcall (?:you|u)(?: back)?(?: \S+){0,3}? (?:at|by|around|before|in|this|tomorrow)\b[^.?!]{0,25}\bor (?:at |by |around |before |in |this |tomorrow|later|\d)/);
// Two concrete courses of action on either side of "or".
const COURSES = compact(/\b(?:could|can|would|might|will|'ll|shall|should|prefer|rather|like|want|either|option|try)\b[^?]{0,140}?\bor\b/);
const PREFILTER = compact(/\b(?:first|ways|changes|thought|things|there are|here are|another|or|suggest|recommend|propose|try|trie|consider|option|ways|ideas|choice|how about|what about|what if|why don'?t|alternative|whichever|either|open to|willing to|want me|whatever|choose|possib|would it|feel about|see how)/);

function choiceHit(s: Sentence, prev: Sentence | undefined): Hit | undefined {
  const strong = test(STRONG_CHOICE, s.text);
  if (!strong && !(test(WEAK_CHOICE, s.text) && test(ALTERNATIVE, s.text) && test(COURSES, s.text))) return undefined;
  // A bare "which would you prefer?" points back at the options named just before it.
  const context = strong && prev ? `${prev.text} ${s.text}` : s.text;
  if (test(HOLD_CHOICE, context) || test(NUMBER_CHOICE, context) || test(TIME_CHOICE, s.text) || /\bor not\b/.test(s.text)) return undefined;
  return { ...sentenceSpan(s), reason: 'choice' };
}

function suggestionHits(s: Sentence): Hit[] {
  const hits: Hit[] = [];
  for (const m of matchesIn(s.text, SUGGEST)) {
    if (test(HOLD_CHOICE, s.text) && !/\b(?:suggest|recommend|ways|ideas)\b/.test(m[0])) continue;
    // "Would it help if I emailed you a summary?" offers written confirmation, not a choice about the fix.
    if (/^would it/.test(m[0]) && /^\s*i (?:e-?mail|e-?mailed|sent|send|faxed|fax|mailed|mail|posted|post|texted|text)\b/.test(s.text.slice(m.index + m[0].length))) continue;
    if (/\b(?:no|not|any)\s+$/.test(s.text.slice(Math.max(0, m.index - 6), m.index))) continue;
    // "cutting the menu down to one option" counts menu options, not choices for the caller.
    if (/^one option/.test(m[0]) && /\b(?:to|just|only|with|has|have|a)\s+$/.test(s.text.slice(Math.max(0, m.index - 8), m.index))) continue;
    hits.push({ start: s.start + m.index, end: s.start + m.index + m[0].length, reason: 'suggest' });
  }
  return hits;
}

/** `offer-options`: offers choices or suggestions for how to fix the problem or who handles it (000 Resolutions). */
export const offerOptions: Detector = {
  label: 'offer-options',
  reasons: {
    en: {
      default: 'Offering options gives the client some control over the fix, which the workbook says calms an upset client.',
      choice: 'Letting the client choose between ways to fix it makes them part of the decision and gives them a sense of control.',
      suggest: 'Offering suggestions, and helping the client weigh them, is what the workbook calls offering options: it lets them feel in control.',
    },
  },
  detect(doc: Doc) {
    if (!test(PREFILTER, doc.folded)) return [];
    const hits: Hit[] = [];
    doc.sentences.forEach((s, i) => {
      const c = choiceHit(s, doc.sentences[i - 1]);
      if (c) hits.push(c);
      hits.push(...suggestionHits(s));
    });
    return hits;
  },
};
