import type { Detector, Hit } from '../detector.ts';
import type { Doc } from '../text.ts';
import { sentenceSpan, matchesIn } from '../text.ts';
import { summarize } from './summarize.ts';
import { compact } from '../patterns.ts';
import { exec, test } from '../prefilter.ts';

// The credit words alone, for the branches that add their own frame.
const CREDIT_WORD = `(?:credit|refund|reimbursement|money back|the (?:whole|full|entire) (?:month|bill|invoice|amount))`;
const CREDIT = `(?:credit|credits|refund|refunds|reimburse|reimbursement|money back|comp|compensat\\w*|the (?:whole|full|entire) (?:month|quarter|bill|invoice|year|amount)|write (?:it|that|the \\w+) off)`;
// The full credit is ruled out: "I can't credit the whole month", "a full refund isn't something I can approve".
const RULED_OUT = compact(
  [
    `\\b(?:can'?t|cant|cannot|can not|(?:am|'m|m|are|'re|re|aren'?t) not able to|(?:aren'?t|arent) able to|unable to|won'?t be able to|not in a position to|(?:don'?t|do not|dont) have (?:the )?(?:authority|ability) to|not allowed to|not authori[sz]ed to|no way (?:for me )?to)(?: \\S+){0,3}? (?:offer|give|issue|do|approve|process|credit|refund|reimburse|waive|comp|cover|take|cancel|remove|reverse|wipe|forgive|erase|write off)\\b(?: [^\\s,;]+){0,5}?(?: ${CREDIT}\\b|(?: \\S+)? (?:whole|full|entire|all)|,? (?:entirely|completely|in full)\\b)`,
    `\\bthe (?:whole|full|entire) (?:month|quarter|bill|invoice|year|amount|charge)\\b(?: \\S+){0,2}? (?:isn'?t|is not|is off|is beyond|won'?t)`,
    `\\b(?:a |the )?${CREDIT}\\b (?:isn'?t|is not|is off|won'?t be|wouldn'?t be) (?:an option|possible|something (?:i|we) can)`,
    `\\b(?:a |the )?(?:full|whole|complete|total|100%) (?:\\w+'s )?${CREDIT}(?:'s)?\\b(?: \\S+){0,4}? (?:isn'?t|is not|isnt|not|won'?t|wouldn'?t|is not going|isn'?t going|is off|is beyond|would not)`,
    `\\b(?:rather than|instead of|in place of|in lieu of)(?: \\S+){0,3}? ${CREDIT}\\b`,
    `\\b(?:can'?t|cannot|unable to|not able to|(?:aren'?t|are not|arent|isn'?t|is not) able to|not authori[sz]ed to|not allowed to|not in a position to|won'?t be able to|(?:don'?t|do not) have the authority to)(?: \\S+){0,3}? (?:credit|refund|reimburse|comp) (?:you|your|the|that|it|this)`,
  ].join('|'),
);
// The full credit ruled out in other words, kept apart from RULED_OUT so each compiles small.
const RULED_OUT_MORE = compact(
  [
    // "We won't be refunding the whole invoice", "instead of refunding the month", "we don't normally credit for that".
    `\\b(?:(?:won'?t|will not|wont|aren'?t|are not|not) (?:be )?(?:refunding|crediting|reimbursing|waiving|comping|reversing)(?: \\S+){0,4}? (?:whole|full|entire|all|everything|the lot)|(?:instead of|rather than) (?:refunding|crediting|reimbursing|comping)|(?:don'?t|do not|dont) (?:normally |usually |typically |generally |ordinarily )(?:credit|refund|reimburse|comp|do credits|give credits|offer credits))\\b`,
    `\\b(?:doesn'?t|does not|won'?t|will not|wouldn'?t|would not) (?:allow|let me|permit|cover)(?: \\S+){0,3}? (?:${CREDIT_WORD}|(?:a |the )?(?:full|whole|entire|complete) \\S+)`,
    // "Full credit's off the table", "a full refund isn't justified", "the whole bill can't be written off".
    `\\b(?:${CREDIT_WORD}|(?:full|whole|complete|total|entire) (?:\\S+ )?${CREDIT_WORD}|(?:crediting|refunding|waiving|reversing|comping|wiping|cancell?ing) (?:\\S+ ){0,3}?(?:whole|full|entire|everything|all))(?:'s|s)?\\b(?: \\S+){0,4}? (?:is |s |would be |wouldn'?t be |isn'?t |is not |isnt |not |really )?(?:off the table|out of the question|beyond (?:me|my|what)|not (?:on|in) the cards|(?:not |isn'?t |wouldn'?t be )(?:justified|warranted|appropriate|possible|doable|feasible|fair|on the table|something (?:i|we) can))`,
    `\\b(?:${CREDIT_WORD}|the (?:whole|full|entire) \\w+|(?:the|these|those|all the|all of the) charges?)(?: \\S+){0,2}? (?:can'?t|cannot|won'?t|wont|isn'?t going to) be (?:credited|refunded|waived|reversed|written off|wiped|cancell?ed|removed|forgiven|taken off)`,
    `\\b(?:can'?t|cant|cannot|unable to|not able to|not in a position to|won'?t be able to) (?:\\S+ ){0,2}?(?:wipe|forgive|erase|zero out|write off) (?:out |off )?(?:the|your|those|these|all|that|this) (?:\\S+ )?(?:charges?|fees?|bill|invoice|balance|amount|overage)\\b`,
    `\\b(?:can'?t|cant|cannot|unable to|not able to|not in a position to|won'?t be able to) (?:\\S+ ){0,2}?(?:wipe|forgive|erase|clear|zero out|void|write off|give you back|pay back|return|credit|refund|waive|cancel|reverse|remove) (?:\\S+ ){0,3}?(?:the lot|everything|all of it|it all|all (?:the|your|those|these) (?:charges?|fees?|minutes)|the (?:full|whole|entire) (?:\\S+ )?(?:amount|bill|invoice|charge|month|thing|balance)|the (?:charges?|bill|balance) (?:completely|entirely|in full))`,
  ].join('|'),
);
// Something offered in its place.
const ALTERNATIVE = compact(/\b(?:i'?ve (?:got|been given|gotten|managed to get|arranged|been able to)|i (?:got|managed|was able)|but|however|the (?:best|most) (?:i|we) can do|though|instead|what i can do|i can|i could|i'?d (?:be happy|be glad|like) to|i'?m (?:able|happy|glad|willing) to|we can|we could|let me|how about|what i'?d like to do|i'?ll|i would|pleased to)\b/);
const SUBSTITUTE = compact(/\b(?:(?:make|making) an exception|split the difference|meet you (?:halfway|in the middle)|halfway|middle ground|make (?:it|this|that) up to you|something else|waive|waiving|wave (?:the|your|that|this|those|these)|refund (?:the|you|your|those|these|that|for|just|only|part)|remove (?:the|those|these|that|your) (?:\S+ )?(?:charges?|fees?|surcharge|minutes|calls)|take (?:the|those|these|that) (?:\S+ ){0,3}?(?:charges?|fees?|surcharge|minutes|calls) off|half|halve|50 ?%|\d+ ?(?:%|percent)|partial|portion|part of|(?:free|complimentary|bonus|extra) \w+|free|no charge|no cost|at no|on us|discount|knock|take (?:\S+ ){1,5}?off|cap (?:your|the)|off (?:your|the|next)|cut|reduce|lower|add|credit|upgrade|throw in|cover|give you|offer you|review|set up|do something|comp)\b/);
const HANDOFF = compact(/\b(?:transfer|connect|bring|supervisor|manager|director|billing (?:department|office|team)|have \S+ call you)\b/);
// A substitute offered on its own (judgement call 10): a partial credit, a waived fee, free service.
const OFFER = `(?:i can|i could|i'?d be (?:happy|glad|willing) to|i'?m (?:able|happy|glad|willing) to|we can|we could|let me|how about|what if i|what i can do is|i'?d like to|i can offer|i'?ll|i will|i'?m going to)`;
const STANDALONE = compact(
  `\\b${OFFER} (?:\\S+ ){0,2}?(?:(?:waive|comp|knock off|take off|discount)\\b(?: \\S+){0,4}? (?:fee|fees|charge|charges|surcharge|minutes|base|invoice|bill|rate|price|cost)|(?:give|offer|add|credit|throw in|apply)\\b(?: \\S+){0,4}? (?:(?:partial|half|50 ?%|\\d+ ?(?:%|percent))|(?:free|complimentary|bonus|extra|no-charge) (?:\\S+ ){0,2}?(?:minutes|months?|weeks?|service|review|texts?|text delivery|upgrade|days?)|(?:\\S+ ){0,2}?(?:at no (?:charge|cost)|free of charge|on us))|(?:credit|refund) (?:you )?(?:for )?(?:just|only|half|part|a portion|the portion)|(?:credit|refund|give|offer)(?: \\S+){0,5}? (?:as a|as|for) (?:goodwill|courtesy|good faith)|(?:take|knock) (?:\\S+ ){0,2}?(?:%|percent|half|dollars?|\\$?\\d+%?) off)`,
  'g',
);
// "How about a 15% discount instead?", "The best I can do is half off the overage": a substitute named without a verb.
const NOUN_OFFER = compact(
  `\\b(?:how about|what about|would (?:a|an)|could i offer(?: you)?|can i offer(?: you)?|i can offer(?: you)?|i could offer(?: you)?|we can offer(?: you)?|we could offer(?: you)?|i'?d like to offer(?: you)?|i'?m (?:happy|glad|able) to offer(?: you)?|the (?:best|most) (?:i|we) can (?:do|offer)(?: is| would be)?,?) (?:\\S+ ){0,3}?(?:(?:\\d+ ?(?:%|percent)|half|a third|a quarter|\\$\\d+|\\d+ (?:dollars|bucks)) off|(?:a |an )?(?:partial|one-time|one time|small|goodwill|courtesy) (?:credit|refund|discount)|(?:a |an )?(?:\\d+ ?(?:%|percent) )?discount|half(?:-| )price|(?:a |one |two |three |\\d+ )?(?:free|complimentary|bonus) (?:month|months|week|weeks|minutes|upgrade|review|service|texts?|text delivery)|(?:a )?credit for (?:the|those|that|these|just|only) )`,
  'g',
);
// A credit for only the affected part: "I can credit you for the three calls that went unanswered", "refund the nights the line was down".
const PARTIAL_CREDIT = compact(
  `\\b(?:i|we)(?:'?ll| will| can| could|'?m able to| am able to|'?d be (?:happy|glad) to) (?:\\S+ ){0,2}?(?:credit|refund|reimburse|comp)(?: you| your account)?(?: for)? (?:the|those|that|these|your) (?:(?:one|two|three|four|five|six|\\d+|few|couple of) )?(?:\\S+ ){0,2}?(?:(?:missed|unanswered|late|lost|dropped|duplicate|misrouted|mishandled|affected|wrong)\\b|(?:days?|nights?|hours?|weekends?|calls?|pages?|messages?|minutes) (?:that|which|when|where|the|we|you|your|our|it)\\b)[^,;:.!?]{0,50}`,
  'g',
);
// "As a goodwill gesture, I can credit you for the missed calls."
const GOODWILL = compact(`\\b(?:goodwill|courtesy|good faith)(?: gesture)?,? ${OFFER} (?:\\S+ ){0,2}?(?:credit|refund|waive|give|offer|take|knock|comp)\\b(?:[^,;:.!?]{0,40})`, 'g');
const PREFILTER = compact(/(?:normally|usually|typically|generally|ordinarily|\bfull\b|beyond|wipe|forgive|erase|zero out|\bcap\b|goodwill|off the table|out of the question|the cards|justified|warranted|half|price|the lot|entire|whole|courtesy|credit|refund|reimburs|\bcomp\b|compensat|waiv|free|no charge|no cost|discount|half|%|percent|\boff\b|money back|on us|write (?:it|that|the \w+) off)/);

/** `compromise`: offers a compromise or substitute when a full credit is not possible (000 Part III credits). */
export const compromise: Detector = {
  label: 'compromise',
  reasons: {
    en: {
      default: "Offering a substitute when you can't give the full credit shows good faith and keeps the client, as the workbook advises.",
      partial: 'A partial credit or waived fee is a compromise: the client gets something real even when a full credit is not warranted.',
    },
  },
  detect(doc: Doc) {
    if (!test(PREFILTER, doc.folded)) return [];
    const hits: Hit[] = [];
    doc.sentences.forEach((s, i) => {
      const ruled = exec(RULED_OUT, s.text) ?? exec(RULED_OUT_MORE, s.text);
      if (ruled) {
        const after = `${s.text.slice(ruled.index + ruled[0].length)} ${doc.sentences[i + 1]?.text ?? ''}`;
        const alt = exec(ALTERNATIVE, after);
        if (alt) {
          const offered = after.slice(alt.index, alt.index + 160);
          if (test(SUBSTITUTE, offered) && !test(HANDOFF, offered.slice(0, 60))) {
            hits.push(sentenceSpan(s));
            return;
          }
        }
      }
      GOODWILL.lastIndex = 0;
      const g = exec(GOODWILL, s.text);
      if (g) hits.push({ start: s.start + g.index, end: s.start + g.index + g[0].length, reason: 'partial' });
      for (const m of [...matchesIn(s.text, STANDALONE), ...matchesIn(s.text, NOUN_OFFER), ...matchesIn(s.text, PARTIAL_CREDIT)]) {
        // A full credit is not a compromise.
        if (/\b(?:full|whole|entire|all of)\b/.test(m[0]) && !ruled) continue;
        if (/\b(?:if|unless|can'?t|cannot|not)\s+(?:\S+\s+)?$/.test(s.text.slice(Math.max(0, m.index - 15), m.index))) continue;
        hits.push({ start: s.start + m.index, end: s.start + m.index + m[0].length, reason: 'partial' });
      }
    });
    if (hits.length === 0) return hits;
    // Judgement call 8: a credit repeated in a recap was already agreed; it is an action statement, not a new compromise.
    const recap = summarize.detect(doc);
    if (recap.length === 0) return hits;
    const from = Math.min(...recap.map((h) => h.start));
    return hits.filter((h) => h.end <= from);
  },
};
