import type { Detector, Hit } from '../detector.ts';
import type { Doc } from '../text.ts';
import { compact } from '../patterns.ts';
import { exec, test } from '../prefilter.ts';

// Recap openers (000 Above and Beyond 1: ALWAYS review what you have said).
const RECAP = compact(
  [
    `\\b(?:to|let me|let'?s|lemme|quick|just a quick|so,? to|i want to|i'd like to|before we hang up,? let me) (?:just )?(?:re-?cap|sum (?:it |this |that |things |everything )?(?:all )?up|summari[sz]e)`,
    `\\b(?:recapping|summing (?:it |things |everything )?(?:all )?up|summari[sz]ing)\\s*[:,-]`,
    `\\b(?:so,? |ok,? |okay,? |quick )re-?cap\\s*[:,-]`,
    `\\bthat'?s (?:all|everything) (?:sorted|set|settled)\\s*[:,-]`,
    `\\bto make sure we'?re (?:on the same page|clear)\\s*[:,-]`,
    `\\bto (?:pull|put|bring) (?:it|this|everything) (?:all )?together\\b`,
    `\\ball together\\s*[:,-]`,
    `\\bin short\\s*,`,
    `\\bin summary\\b`, `\\b(?:a |my )?(?:quick |brief )?(?:re-?cap|summary) of (?:what|everything|the changes|our call|today|where)`,
    `\\b(?:let'?s|let me|let us|lemme|to|just to|so,? to|i'?ll quickly|i want to|i'?d like to) (?:quickly )?(?:review|go over|go back over|look back over|run (?:through|over)|read back|walk through)\\b(?! (?:what (?:happened|went wrong)|why|how (?:this|it|that) happened|the (?:call|calls|logs?|records?|reports?|recording|message|messages|history|hold|setup|steps)|your (?:account|bill|call|calls|logs?|records?|history|file|plan|complaint)|last|this morning|it with|that with|this with))`,
    `\\bgo over (?:it|that|this|everything) (?:once more|one more time|one last time|again)\\b`,
    `\\bhere'?s (?:the plan|what we(?:'?ve| have)? (?:agreed(?: on)?|decided|did|done|changed|set up)|where we (?:landed|are|stand|ended up)|what(?:'s| is) going to happen|what i(?:'?ve| have) (?:done|changed|set up))`,
    `\\b(?:so |just )?to (?:confirm|review) (?:what we(?:'?ve| have)? (?:agreed|decided|discussed|changed)|the changes|everything we)`,
    `\\bwhat we (?:agreed|decided) (?:on|today)?\\s*:`,
    `\\b(?:(?:so|okay|ok),? )?(?:just )?to wrap (?:up|this up|things up|it up)`,
    // "Quick rundown:", "In a nutshell,", "So here's where we are:", "Recap:".
    `\\b(?:(?:a |the |my )?(?:quick |brief |short )?(?:run-?down|round-?up|overview|re-?cap|summary)(?:,? (?:mr|mrs|ms|miss|dr|doctor)\\.? [a-z'-]+)?|in a nutshell|(?:so,? )?here'?s where (?:we|things) (?:are|stand|landed)|what happens (?:next|now)|where we(?:'ve| have)? landed)\\s*[:,-]`,
    `\\b(?:let me|lemme|i'?ll|i will) (?:just )?(?:read|run|go|talk you) (?:back |over |through ){1,2}what(?:'s| is)? (?:happens|happening|going to happen) next`,
    // "Let me repeat / read back / run through what we agreed", "Just to confirm everything we've done".
    `\\b(?:let me|lemme|let'?s|i'?ll|i will|i want to|i'?d like to|just to|so,? to|to) (?:just |quickly )?(?:repeat|read back|run (?:through|over)|go (?:through|over)|confirm|list|recap|review|double-check|check) (?:what we(?:'?ve| have)? (?:agreed|decided|done|changed|set up|covered|discussed|said)|everything (?:we(?:'?ve| have)? (?:agreed|decided|done|changed|covered|discussed|set up)|once more|one more time|again|before)|(?:all )?the (?:changes|next steps|steps we|plan)|our (?:plan|next steps|agreement))`,
  ].join('|'),
  'g',
);
// The recap must list commitments or changes, not restate the caller's problem (that is rephrase).
const COMMITMENT = compact(/\b(?:reduced|lowered|now (?:heads|handles|covers|takes|gets|goes|rings|routes)|(?:we'?re|we are|i'?m|i am) (?:now|also)|you'?ll (?:get|receive|have|see)|i'?ve|ive|i have|we'?ve|weve|i'?ll|ill|i will|we'?ll|i'?m going to|will be|will go|will get|now go|now goes|is now|are now|starting|starts|begins|effective|in place|takes effect|from now on|going forward|fixed|added|updated|changed|removed|corrected|waived|applied|credited|moved|switched|flagged|briefed|reset|back on|is gone|are gone|call (?:you|u) back|calling you|follow-?up|from (?:tonight|tomorrow|today|now|monday|tuesday|wednesday|thursday|friday))\b/);
// Openers that only say the call is closing ("Before we hang up:", "So, just so we're clear,") recap when two commitments follow.
const CLOSING = compact(
  /\b(?:before (?:we (?:hang up|finish|go|wrap up|get off the (?:phone|line))|i let you go|you go|i go)|(?:so,? )?(?:just )?so (?:we'?re|we are|you'?re|you are|it'?s|everything'?s) (?:clear|on the same page|all clear)|(?:so,? )?to be (?:clear|sure) (?:on|about) (?:what happens|what'?s|where|next steps|everything)|so,? (?:we'?re|we are) (?:agreed|all set|set|settled)|all in all|altogether)\b\s*[:,-]?/g,
);
const COMMITMENTS = compact(/\b(?:i'?ve|ive|i have|we'?ve|weve|i'?ll|ill|i will|we'?ll|we will|i'?m going to|you'?ll (?:get|receive|have|see)|(?:is|are|'s|'re) now|(?:is|are|'s) (?:on|off|in) (?:your|the)|(?:has|have|'s) been|now go(?:es)?|starting|from (?:tonight|tomorrow|today|now|monday|tuesday|wednesday|thursday|friday))\b/g);
const PREFILTER = compact(/\b(?:agreed|all set|settled|rundown|run-down|roundup|round-up|overview|nutshell|where we|where things|what happens|repeat|list (?:the|what|everything)|check (?:what|everything)|before (?:we|i|you)|so (?:we|you|it|everything)|to be (?:clear|sure)|all in all|altogether|recap|sum|summar|review|go over|back over|run through|run over|read back|walk through|here'?s|confirm|agreed|decided|wrap|same page|together|sorted|in short)/);

/** Recaps already found per document (the detector is asked more than once per utterance). */
const found = new WeakMap<Doc, readonly Hit[]>();

/** `summarize`: recaps the commitments and changes agreed on the call (000 Above and Beyond 1). */
export const summarize: Detector = {
  label: 'summarize',
  reasons: {
    en: {
      default: 'Recapping every commitment and change makes sure you and the client understand each other clearly, as the workbook asks at the end of every complaint call.',
    },
  },
  detect(doc: Doc) {
    // compromise and action-statement ask for the recap of the same document too: find it once.
    let hits = found.get(doc);
    if (!hits) {
      hits = findRecaps(doc);
      found.set(doc, hits);
    }
    return [...hits];
  },
};

function findRecaps(doc: Doc): Hit[] {
  if (!test(PREFILTER, doc.folded)) return [];
  const hits: Hit[] = [];
  doc.sentences.forEach((s, i) => {
    RECAP.lastIndex = 0;
    const m = exec(RECAP, s.text);
    if (!m) return;
    const after = s.text.slice(m.index + m[0].length) + ' ' + (doc.sentences[i + 1]?.text ?? '');
    if (!test(COMMITMENT, after)) return;
    if (/\b(?:is that right|did i get|have i got|correct\?|understand(?:ing)? (?:you|correctly|this))/.test(after)) return;
    hits.push({ start: s.start + m.index, end: s.start + m.index + m[0].length });
  });
  if (hits.length > 0) return hits;
  doc.sentences.forEach((s, i) => {
    if (hits.length > 0) return;
    CLOSING.lastIndex = 0;
    const m = exec(CLOSING, s.text);
    if (!m) return;
    const after = s.text.slice(m.index + m[0].length) + ' ' + (doc.sentences[i + 1]?.text ?? '');
    // Two separate commitments make a list of what was agreed, not one more promise.
    if ((after.match(COMMITMENTS) ?? []).length < 2) return;
    if (/\?\s*$/.test(s.text)) return;
    hits.push({ start: s.start + m.index, end: s.start + m.index + m[0].length });
  });
  return hits;
}
