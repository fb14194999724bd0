import type { Detector, Hit } from '../detector.ts';
import type { Doc, Sentence } from '../text.ts';
import { sentenceSpan } from '../text.ts';
import { compact } from '../patterns.ts';
import { test } from '../prefilter.ts';

// What the idea would do to the bill or to billed agent time (000 high-bill checklist 8-9).
const SAVING = compact(
  [
    `\\b(?:lower|lowers|lowering|reduce|reduces|reducing|cut|cuts|cutting|bring(?:s|ing)? down|trim|trims|trimming|shrink|decrease|save|saves|saving|drop|drops|knock down|shave)\\b(?: \\S+){0,5}? (?:bill|bills|billing|billable|costs?|charges?|invoices?|fees?|spend|spending|minutes|money|dollars|time|airtime|expenses?|what you(?:'re| are)? (?:pay|paying|billed|charged))\\b`,
    `\\b(?:bill|bills|billing|costs?|charges?|invoices?|price|total)\\b(?: \\S+){0,3}? (?:would|will|should|could|might|can) (?:\\S+ )?(?:go down|drop|come down|be (?:lower|smaller|less|cheaper)|decrease|shrink|fall|disappear|go away|vanish|drop off|halve)`,
    `\\b(?:billed|charged|pay|paying) (?:\\S+ )?less\\b`,
    `\\b(?:billed|charged|pay|paying) for (?:\\S+ ){0,2}?(?:fewer|less)\\b`,
    // "you'd stop paying for that extra thirty seconds", "you'd only be paying for an hour of coverage".
    `\\b(?:stop|quit|no longer|not be|wouldn'?t be|won'?t be) (?:paying|being (?:billed|charged)) for\\b`,
    `\\b(?:only|just) (?:be )?(?:paying|pay|billed|charged) for\\b`,
    `\\b(?:wouldn'?t|won'?t|would not|will not|no longer) (?:be |get )?(?:billed|charged|pay|paying)\\b`,
    `\\b(?:bring|get|knock)(?:s|ing)? (?:\\S+ ){0,2}?(?:bill|bills|costs?|charges?|invoices?|fees?|spend(?:ing)?|total|usage|minutes) down\\b`,
    `\\b(?:cheaper|cheapest|less expensive|more affordable|lower (?:bill|cost|rate|price))\\b`,
    `\\bsave (?:you|your office|your practice)\\b`,
    `\\b(?:spend|spending|pay|paying) less\\b`,
    `\\bhelp (?:with )?(?:your |the )?(?:bill|costs?|invoice)\\b`,
    `\\b(?:smaller|lower) (?:bill|invoice|charges?|costs?)\\b`,
    // "knock a fair bit off each month", "you'd need us for fewer hours", "those are a big chunk of your minutes".
    `\\b(?:knock|shave|take)s? (?:\\S+ ){1,3}?off (?:each|every|your monthly|the monthly) (?:month|bill|invoice|call)\\b`,
    `\\bneed (?:us|our service|the service|(?:our )?agents?|(?:our )?operators?|coverage) (?:for )?(?:fewer|less)\\b`,
    `\\b(?:a )?(?:big|large|huge|good|fair) (?:chunk|part|share|portion) of (?:your|the) (?:minutes|bill|charges|costs|invoice)\\b`,
    `\\b(?:take|knock|shave) (?:a (chunk|bit|lot)|quite a bit|something) off\\b`,
    `\\b(?:seconds|minutes) off (?:every|each)\\b`,
    `\\bkeep (?:\\S+ ){0,2}?(?:bill|bills|costs?|charges?) down\\b`,
    `\\bcosts? (?:you )?(?:less|a lot less|much less)\\b`,
    `\\bsav(?:e|es|ing) (?:money |a lot |quite a bit )?(?:by|if|when)\\b`,
    `\\bsav(?:e|es|ing) (?:(?:you )?quite a (?:bit|lot)|a (?:fair|good) (?:amount|deal)|loads|a ton|a packet|a fortune|a lot|a (?:fair|good|decent) bit|heaps|a bundle|money|some money|a few dollars|\\$\\d+|on (?:your|the|agent|operator))`,
    `\\b(?:shorter|fewer|quicker|faster) (?:calls|call times|messages|greetings?|prompts?)\\b`,
    `\\b(?:each|every) (?:call|message) (?:would|will) (?:be )?(?:shorter|quicker|faster|take less)`,
    // "every call would run about twenty seconds shorter", "so those calls end quickly".
    `\\b(?:each|every|the|those|these|your|all|most) (?:\\S+ )?(?:calls?|messages?) (?:would|will|'d|should|could|can|)\\s*(?:\\S+ ){0,4}?(?:shorter|quicker|faster|sooner|end (?:quickly|sooner|faster|quicker)|finish (?:quickly|sooner|faster)|wrap up (?:quickly|sooner|faster))\\b`,
    `\\b(?:adds?|stacks?) up on (?:the|your) (?:bill|invoice|statement)\\b`,
    `\\b(?:shave|shaves|shaving|trim|trims|trimming) (?:\\S+ ){0,4}?off (?:the |your )?(?:\\S+ )?(?:bill|invoice|minutes|charges?|costs?|total)\\b`,
    `\\b(?:adds?|adding) (?:\\S+ ){0,2}?(?:time|seconds|minutes) to (?:every|each|all)`,
    `\\bmakes? (?:every|each) (?:call|message) (?:longer|slower)`,
    `\\b(?:less|fewer|reduce|reducing|cut|cutting) (?:\\S+ ){0,2}?(?:agent|operator)(?:s'?|'s)? (?:time|minutes)`,
    `\\b(?:agents?|operators?) (?:would |will )?(?:spend|spends) less time`,
    `\\b(?:wouldn'?t|won'?t|would not|will not|don'?t|do not) (?:even )?need (?:an? |to talk to an? )?(?:operator|agent)`,
    `\\b(?:operator|agent) time (?:you'?re|you are) (?:billed|charged)`,
  ].join('|'),
);
// A known cost lever suggested on its own ("we could remove the menu prompt", "shorten the greeting"): the high-bill checklist's ideas.
const LEVER = compact(
  /\b(?:saving|could|might|can|suggest\w*|recommend\w*|options?|how about|what if|consider\w*|thought about|try|idea)\b[^.?!]{0,40}?\b(?:remov\w*|drop\w*|shorten\w*|trim\w*|cut\w*|skip\w*|simplif\w*|streamlin\w*|los(?:e|ing)|ditch\w*|get(?:ting)? rid of)\s+(?:the |your |that )?(?:\S+ )?(?:menu(?: prompt)?|prompts?|greeting|hold music|recording)\b/,
);
// The saving comes from a change the client could make, not from an explanation of the high bill.
const SUGGESTION = compact(/\b(?:save (?:by|if|when)|saves (?:by|if|when)|having|could|would|might|can|(?:you|u)'?d|if (?:we|you|your|u|ur)|instead|try|trying|switch|switching|consider|suggest|recommend|idea|ways? to|option|how about|what if|why not|dropping|removing|eliminating|trimming|shortening|using|checking|moving|adding|putting|turning|sending|cutting|cut|drop|remove|eliminate|trim|shorten|automat\w*|app|online|portal|text(?:ing)?)\b/);
const NOT_AN_IDEA = compact(/\b(?:can'?t|cannot|no way|nothing (?:i|we) can|won'?t|isn'?t|is not) (?:\S+ ){0,3}?(?:lower|reduce|cut|bring down|change)\b|\bwhy (?:your|the) bill\b|\b(?:look(?:ing)? (?:at|for|into)|explore|find|discuss|talk about|go over|review|figure out)(?: \S+){0,2}? (?:ways?|options|how) to\b/);
// A credit, refund or waived fee is a compromise, not a way for the client to lower their bill.
const CREDIT = compact(/\b(?:credit|refund|waive|waiving|waived|discount|free minutes|no charge|reimburse)\b/);
const PREFILTER = compact(/(?:chunk|portion|fewer|menu|prompt|greeting|music|recording|quickly|sooner|faster|total|usage|pay|cheap|sav|less|bill|cost|charge|invoice|fee|spend|minutes|money|time|cheap|expensive|afford|save|shorter|fewer|quicker|longer|operator|agent|price|help|off)/);

function ideaContext(doc: Doc, i: number): string {
  const prev = doc.sentences[i - 1]?.text ?? '';
  return `${prev} ${doc.sentences[i]!.text}`;
}

/** `cost-saving`: suggests concrete ways for the client to lower their bill (000 high-bill checklist 8-9). */
export const costSaving: Detector = {
  label: 'cost-saving',
  reasons: {
    en: {
      default: 'Suggesting a concrete way to lower the bill (shorter greetings, fewer prompts, checking messages online) shows you are on the client\'s side, as the high-bill checklist advises.',
    },
  },
  detect(doc: Doc) {
    if (!test(PREFILTER, doc.folded)) return [];
    const hits: Hit[] = [];
    doc.sentences.forEach((s: Sentence, i) => {
      const lever = !test(SAVING, s.text);
      if (lever && !test(LEVER, s.text)) return;
      // A lever is matched with its own suggestion word.
      if (!lever && !test(SUGGESTION, ideaContext(doc, i))) return;
      if (test(NOT_AN_IDEA, s.text)) return;
      if (test(CREDIT, s.text)) return;
      hits.push(sentenceSpan(s));
    });
    return hits;
  },
};
