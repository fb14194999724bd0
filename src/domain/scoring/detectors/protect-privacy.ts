import type { Detector, Hit } from '../detector.ts';
import type { Doc } from '../text.ts';
import { matchesIn } from '../text.ts';
import { compact } from '../patterns.ts';
import { test } from '../prefilter.ts';

const DECLINE = `(?:can'?t|cant|cannot|can not|(?:am|'m|m) not (?:able|allowed|permitted|authori[sz]ed|at liberty|in a position) to|unable to|not (?:able|allowed|permitted|authori[sz]ed|at liberty|in a position) to|won'?t be able to|(?:am|'m) afraid i can'?t|(?:don'?t|do not|dont)|(?:are|'re) not (?:able|allowed|permitted) to|aren'?t (?:able|allowed|permitted) to|have no (?:information|comment))`;
const RELEASE = `(?:share|give(?: out)?|release|disclose|divulge|confirm|discuss|provide|tell (?:you|anyone|anybody|people|the press|reporters)|say|comment|pass on|reveal|talk about|go into|hand out|verify)`;
const WHO = `(?:our|the|a|their|this|that|any|your)? ?(?:clients?|customers?|patients?|accounts?|businesses|practices?|offices?|clinic'?s?|doctors?|companies|company|owners?|employees?|staff|tenants?|residents?|accident|lawsuit|investigation|crash|fire)`;
// Declines to release a client's information (000 Part IV: only with the client's permission or a court order).
const DECLINE_INFO = compact(
  `\\b(?:(?:i|we)(?=')|(?:i|we) )?${DECLINE}(?: \\S+){0,2}? ${RELEASE}\\b(?: \\S+){0,6}? (?:whether (?:he|she|they|that person|the person|the patient|your \\S+)(?:'s| is| was| has| were| are)?(?: been)? (?:admitted|a patient|a client|there|seen|treated|hurt|injured|involved|hospitali[sz]ed|discharged)|(?:information|info|details|records|anything|whether|who|if|that|what|where)\\b(?: \\S+){0,4}? (?:about|regarding|on|concerning|for|of|is|are|was|were)? ?${WHO}|${WHO}(?:'s|s'|')? (?:information|info|details|records|name|names|condition|status|accident|health|business|affairs|situation|case|accounts?|whereabouts|home|cell|personal|mobile|numbers?|phone|direct|address|schedule|email|location|patients|clients|staff|employees))`,
  'g',
);
const CONFIDENTIAL = compact(
  `\\b(?:${WHO}(?:'s|s')? (?:information|info|details|records|files?)|(?:that|this|their|client|patient) (?:information|info)|that)(?: is| are|'s| must stay| has to stay| stays) (?:strictly |completely |kept )?(?:confidential|private|protected)|\\b(?:confidentiality|hipaa|privacy (?:rules|laws?|polic(?:y|ies)))\\b`,
  'g',
);
const PERMISSION = compact(
  `\\b(?:only|not|can'?t|cannot)(?: \\S+){0,4}? (?:release|share|give out|disclose)(?: \\S+){0,6}? (?:with(?:out)?|unless (?:we have|i have|there'?s)) (?:their|the client'?s|the practice'?s|the office'?s|written|a|an)? ?(?:written )?(?:permission|consent|authori[sz]ation|court order|subpoena)`,
  'g',
);
const WITHOUT_CONSENT = compact(/\bwithout (?:the |their |a |our )?(?:client|practice|office|patient|doctor|written|signed|company)\S* ?(?:written |signed )?(?:permission|consent|authori[sz]ation|release)\b/g);
const DECLINE_THAT = compact(/\b(?:can'?t|cant|cannot|not (?:able|allowed|permitted) to|unable to) (?:share|give out|release|disclose|divulge|give) (?:that|this|those)(?: out)?(?=\s*(?:[,.;!]|$| but| sorry| i'?m afraid))/g);
const ONLY_HOLDER = compact(/\bonly (?:available|released|given|shared|disclosed) to (?:the )?(?:account (?:holder|owner)|client|practice|office|patient)\b/g);
const NO_COMMENT = compact(/\b(?:no comment|(?:can'?t|cannot|not able to|unable to) comment)\b/g);
// Only passing a message along: the caller gets a channel to the client, not the client's information.
const PASS_MESSAGE = compact(
  `\\b(?:pass (?:your|a|the|that|this) (?:message|note|request|details|name|number|contact (?:details|info(?:rmation)?)|information)(?: \\S+){0,3}? (?:along|on|to)|pass (?:it|them|that|those) (?:along|on) to (?:the|their|our client|them)|pass on (?:a|your|the) (?:message|msg)|take (?:a|your|a detailed|down your|a quick) (?:message|name|details|contact)(?: \\S+){0,10}? (?:to|for|reaches|get it to|pass|forward|give it to|deliver)(?: \\S+){0,3}? (?:the|their|our|them|office|practice|client|clinic|doctor|dr)|(?:leave|take) (?:a message|your (?:contact )?(?:details|name and number|message|information)) (?:for|with) (?:them|their (?:office|practice|staff)|the (?:office|practice|clinic|client|company|doctor)|our client))`,
  'g',
);
const PREFILTER = compact(/(?:pass|leave|take|without|confidential|privacy|private|protected|hipaa|permission|consent|court order|subpoena|comment|n'?t|\bnot\b|unable|cannot|\bcant\b|\bdont\b|\bno\b|only)/);

// "Our agent didn't pass your message along" narrates a failure; it offers nothing.
const NARRATED = compact(/(?:n'?t|\bnot|\bnever|should have|supposed to|forgot to|failed to)\s+(?:\S+\s+)?$/);

const GATE_DECLINE = compact(/(?:n'?t|\bnot\b|unable|cannot|\bcant\b|\bdont\b|\bno\b|only)/);
const GATE_CONFIDENTIAL = /(?:confidential|private|protected|hipaa|privacy)/;
const GATE_MESSAGE = /(?:pass|leave|take)/;

function scan(doc: Doc, re: RegExp, reason: string, gate: RegExp): Hit[] {
  const hits: Hit[] = [];
  for (const s of doc.sentences) {
    if (!test(gate, s.text)) continue;
    for (const m of matchesIn(s.text, re)) {
      if (re === PASS_MESSAGE && test(NARRATED, s.text.slice(Math.max(0, m.index - 25), m.index))) continue;
      hits.push({ start: s.start + m.index, end: s.start + m.index + m[0].length, reason });
    }
  }
  return hits;
}

/** `protect-privacy`: declines to release a client's information to someone not authorized, or only passes a message (000 Part IV). */
export const protectPrivacy: Detector = {
  label: 'protect-privacy',
  reasons: {
    en: {
      default: "Client information is released only with the client's permission or a court order; declining politely protects the client and you.",
      message: 'Offering to pass a message along helps the caller without releasing anything about the client, as the workbook advises for media and attorney calls.',
    },
  },
  detect(doc: Doc) {
    if (!test(PREFILTER, doc.folded)) return [];
    return [
      ...scan(doc, DECLINE_INFO, 'default', GATE_DECLINE),
      ...scan(doc, CONFIDENTIAL, 'default', GATE_CONFIDENTIAL),
      ...scan(doc, PERMISSION, 'default', /(?:permission|consent|authori|court order|subpoena)/),
      ...scan(doc, DECLINE_THAT, 'default', GATE_DECLINE),
      ...scan(doc, ONLY_HOLDER, 'default', /only/),
      ...scan(doc, NO_COMMENT, 'default', /comment/),
      ...scan(doc, WITHOUT_CONSENT, 'default', /without/),
      ...scan(doc, PASS_MESSAGE, 'message', GATE_MESSAGE),
    ];
  },
};
