import type { Detector, Hit } from '../detector.ts';
import { near, compact } from '../patterns.ts';
import { findSpans, type Doc } from '../text.ts';
import { exec, test } from '../prefilter.ts';

const PREFILTER = compact(/\b(?:shout|ping|buzz|bell|whatsapp|shoot|(?:message|send|pop) (?:you|u)\b|check|follow|call|ring|touch|reach|circle|phone|email|text|hear|contact|drop)/);

// Getting back in touch with the caller; "call the phone company / call Dr. Kim" is someone else.
const CHECK_BACK =
  `(?:check(?:ing)? (?:back|in)|check(?:ing)? on (?:you|u|things|how)|follow(?:ing)?[ -]?up(?! (?:with|on) (?:the|our|my|them|him|her|it|that|dr|mr|mrs|ms)\\b)|touch(?:ing)? base|circl(?:e|ing) back|reach(?:ing)? (?:back )?out(?: to (?:you|u))?|(?<!(?:the|a|your|my|our|that|this|first|each|every|no|phone|missed|next) |-)(?:call|ring)(?:ing)?(?! (?:the|our|my|a|an|them|him|her|it|that|this|dr|mr|mrs|ms|someone|somebody|us|me|back with)\\b)|phon(?:e|ing) (?:you|u)|(?:call|ring|phone)(?:ing)? your (?:office|cell|mobile|practice|clinic|desk|front desk|surgery)|(?:ping|buzz|bell|message|whatsapp)(?:ing)? (?:you|u)\\b|(?:shoot|send|pop|drop)(?:ing)? (?:you|u) (?:a|an) (?:quick )?(?:text|email|e-mail|message|note|line)|giv(?:e|ing) (?:you|u) a (?:quick )?(?:call|ring|buzz|bell|shout)|(?:get|be)(?:ting)? in touch(?: with (?:you|u)\\b|(?! with))|(?:email|text|contact)(?:ing)? (?:you|u)|drop (?:you|u) (?:a line|an email|an e-mail|a note|a text|a message)|hear from (?:me|us)|expect (?:a|my|our) (?:call|email|text)(?: from (?:me|us))?)`;
// After the fix: the contact exists to confirm the caller is satisfied or that it still works (000 Part III; 004).
const PURPOSE =
  `(?:(?:to|and|so (?:i|we) can|just to) (?:make sure|be sure|ensure|double-check that|verify that|check that|see (?:how|if|whether|that)|find out (?:how|if|whether)|hear how|ask how|check how|check if|check whether|check on how)|to (?:see|hear|check) how|(?:to|and) (?:double[- ]?check|check|confirm|make sure) (?:that |if |whether )?(?:it|everything|things|all|the (?:calls?|pages?|messages?|forwarding|schedule|billing|invoice|credit|greeting))(?: all)?(?:'s| is| are| went| worked| works| has| have| stayed| looks?| came| got| arrived)|to (?:check|confirm|make sure|see|verify)(?: that| if| whether)? (?:the |your |our )?(?:new |updated |changed |revised |fixed )?[a-z-]+ (?:is|are|has|have|'s|was|were|went|worked|works|held|stayed|looks?|got|came)\\b|to confirm (?:that )?(?:everything|it'?s|its|it is|things|all|the (?:new|change|fix|changes)|you'?re|you are)|for a quick check)`;
const LATER =
  `(?:(?:on |next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|next week|in (?:a few|a couple(?: of)?|two|three|2|3) (?:days|weeks)|after the weekend|at the end of the week|later this week|over the next few days|in a week|in a day or two|(?:with)?in (?:72|48|seventy[- ]two|forty[- ]eight) hours|tomorrow|tmrw|tmw|tmr|tomoz|2moro|2morrow|after (?:the weekend|tonight|your next|the next|tonight'?s))`;

// Like near(), but "on-call" and "after-hours" stay one word instead of breaking the clause.
const NEAR_HYPHEN = (n: number): string => `(?:\\s+[^\\s,;:\\u2014-]+(?:-[^\\s,;:\\u2014-]+){0,2}){0,${n}}?\\s+`;
// The purpose may follow a comma, or the caller's name: "I'll call you Thursday, Ms. Avery, just to confirm...".
const TO_PURPOSE = `(?:\\s+[^\\s,;:]+){0,6}(?:,\\s+(?:mr|mrs|ms|miss|dr|doctor)\\.?\\s+[a-z'-]+)?,\\s+(?:just\\s+)?(?=(?:to|so) )`;
const FOLLOW_UP = compact(`\\b${CHECK_BACK}(?:${NEAR_HYPHEN(10)}|${TO_PURPOSE})${PURPOSE}`, 'g');
// "I'll check back with you next week" is a follow-up without a stated purpose: checking back is after the fix.
const CHECK_IN_LATER = compact(
  `\\b(?:check(?:ing)? (?:back|in)(?: with (?:you|u))?(?! with)|check(?:ing)? on (?:things|how things are)(?: with (?:you|u))?|follow(?:ing)?[ -]?up with (?:you|u)|touch(?:ing)? base(?: with (?:you|u))?)${near(3)}${LATER}`,
  'g',
);
const LATER_RE = compact(`\\b${LATER}`);
const PURPOSE_OR_LATER = compact(`\\b(?:${PURPOSE}|${LATER})`);
const CHECK_BACK_RE = compact(`\\b${CHECK_BACK}`, 'g');
// A promise or offer, not "I'm calling to make sure you got the message".
const FUTURE =
  compact(/(?:'ll|\bwill|\bill|going to|gonna|\blet me|\blet us|\blet'?s|\bcan i|\bcould i|\bmay i|\bi'?d like to|\bi want to|\bplan to|\bbe sure to|\bmake sure to|\bhow about i|\bexpect)\b(?:\s+[a-z'-]+){0,5}\s*$/);
// "call you back with what I find" reports on the investigation: that is a callback, not a follow-up.
const REPORTING = compact(/\b(?:what (?:i|we) find|what happened|with (?:an? |the |my )?(?:update|answer|results?|findings|news)|once i(?:'ve| have)? (?:found|heard|checked))\b/);

export const followUp: Detector = {
  label: 'follow-up',
  reasons: {
    en: {
      default:
        'You promise to check back after the fix to make sure the client is satisfied - the workbook says follow up within a few days so the client knows the problem stayed solved.',
    },
  },
  detect(doc: Doc): Hit[] {
    if (doc.lang !== 'en' || !test(PREFILTER, doc.folded)) return [];
    const hits: Hit[] = [];
    for (const span of [...findSpans(doc, FOLLOW_UP), ...findSpans(doc, CHECK_IN_LATER)]) {
      const text = doc.folded.slice(span.start, span.end);
      // Start at the last contact verb before the purpose, so an earlier "call you by 4" stays a separate commitment.
      const purposeAt = text.search(PURPOSE_OR_LATER);
      let from = 0;
      CHECK_BACK_RE.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = exec(CHECK_BACK_RE, text)) !== null && m.index < purposeAt) from = m.index;
      const start = span.start + from;
      // Evidence runs to the end of the clause ("...to make sure everything is working").
      const tail = doc.folded.slice(span.end, span.end + 120);
      const stop = tail.search(/[,;.!?]|\s-\s|\s(?:and|but) (?:i|we)\b/);
      const end = span.end + (stop >= 0 ? stop : tail.length);
      const evidence = doc.folded.slice(start, end);
      if (test(REPORTING, evidence)) continue;
      // "I'll email you the changes to make sure we have them right" is written confirmation unless it is set for later.
      if (/^(?:email|text|drop)/.test(evidence) && !test(LATER_RE, evidence)) continue;
      if (!evidence.startsWith('expect') && !test(FUTURE, doc.folded.slice(Math.max(0, start - 40), start))) continue;
      hits.push({ start, end });
    }
    return hits;
  },
};
