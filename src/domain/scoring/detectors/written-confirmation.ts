import type { Detector, Hit } from '../detector.ts';
import type { Doc } from '../text.ts';
import { findSpans } from '../text.ts';
import { compact } from '../patterns.ts';
import { exec, test } from '../prefilter.ts';

const OFFER = `(?:i shall|we shall|i'?ll|i will|ill|i can|i could|let me|lemme|i'?m going to|i am going to|i'?m gonna|im gonna|i'?d like to|i'?d be (?:happy|glad) to|i'?m (?:happy|glad) to|we'?ll|we will|we can|shall i|should i|can i|would you like me to|do you want me to|want me to|i'?ll be|i'?m|i am|im|we'?re|we are)`;
const ADV = `(?:(?:also|just|then|quickly|personally|go ahead and|be|right away|immediately|now) ){0,2}`;
const SEND = `(?:post(?:ing)?(?= (?:you|u|it|them|this|that|out|over|a copy|a letter|the (?:letter|paperwork|forms?|papers|agreement|contract|changes|copy))\\b)|forward(?:ing)?|e-?mail(?:ing)?|fax(?:ing|es)?|mail(?:ing)?|send(?:ing)?|text(?:ing)?|shoot(?:ing)?|write (?:up|out)|writing (?:up|out))`;
// What goes in writing is the resolution, not the caller's messages (delivery is the service itself).
const DOCUMENT = `(?:summary|recap|copy|confirmation|written|(?:new|updated|revised) contract|addendum|sign-?off|sign off|form|agreement|letter|document|outline|list of (?:the )?changes|changes|change|updates|revisions|(?:the |your )(?:final )?(?:instructions|script|schedule|procedures?|greeting script)|(?:new|updated|revised|corrected|changed) (?:\\S+ )?(?:instructions|schedule|hours|setup|set-?up|procedure|procedures|plan|rotation|contact list|on-?call list|list|script|greeting|account|routing)|everything (?:we|i)|what (?:we|i)(?:'?ve| have)? (?:agreed|discussed|decided|changed|set up|did|done)|(?:the )?details|it all|all of (?:it|this|that))`;
const OBJ = `(?:(?:you|u|your office|your (?:office )?manager|over|it|this|that|them|those|these) ){0,3}?(?:(?:a|an|the|that|this|these|those|your|our|all the|all of the|all) )?(?:(?:quick|short|brief|full|written|signed|complete|email|e-?mailed|faxed|detailed|typed|hard|paper|printed|physical) ){0,2}`;

// "I'll email you a summary", "I'll fax the new schedule over for your signature".
const SEND_DOC = compact(`\\b${OFFER} ${ADV}${SEND} ${OBJ}${DOCUMENT}\\b(?:[^,;:.!?]{0,50})`, 'g');
// "I'll fax this over for your signature", "I'll email it so you can sign it".
const FOR_SIGNATURE = compact(
  `\\b(?:${OFFER}|you'?ll (?:get|receive|have)) (?:\\S+ ){0,8}?${SEND} (?:\\S+ ){0,8}?(?:for (?:your |you to |a )?(?:signature|signing|sign-?off|sign|review|records|files|approval)|to sign|(?:so|so that) you can (?:sign|look it over|review|check|initial)|(?:and|to) sign|sign(?:ed)? and (?:send|return|fax))(?:[^,;:.!?]{0,40})`,
  'g',
);
// "I'll put everything we changed into an email", "I'll get it in writing".
const IN_WRITING = compact(
  `\\b${OFFER} ${ADV}(?:(?:put|get|have|confirm|write|lay|set|send|email|e-mail|fax|mail|pop|stick|drop|pull|type) (?:\\S+ ){0,8}?(?:in(?:to)? (?:writing|an? (?:email|e-mail|letter|fax))|down in writing|on paper|in black and white)|(?:put|pop|drop|stick) (?:\\S+ ){0,8}?in the (?:post|mail)|(?:get|have) (?:\\S+ ){0,3}?(?:written (?:summary|confirmation|copy|recap)|summary|confirmation|copy of (?:the|these|those|your|all|everything)) (?:\\S+ ){0,3}?(?:out |over |sent )?to you)\\b(?:[^,;:.!?]{0,40})`,
  'g',
);
// "I'll shoot you an email with the changes."
const NOTE_WITH = compact(
  `\\b${OFFER} ${ADV}(?:send|sending|shoot|shooting|drop|fire off|get|getting) (?:you |u |your office |over )?(?:an? |a quick |a short |the )?(?:email|e-mail|fax|letter|note|text|written (?:summary|confirmation|copy)) (?:with|of|listing|summari[sz]ing|confirming|outlining|detailing|about|that (?:lists|confirms|summari[sz]es|spells out)) (?:\\S+ ){0,3}?(?:changes?|summary|everything|details|new|updated|revised|agreed|plan|instructions|schedule|what we)\\b(?:[^,;:.!?]{0,40})`,
  'g',
);
// "Expect an email from me outlining everything we changed."
const EXPECT = compact(
  `\\b(?:expect|look out for|watch for|keep an eye out for) (?:an? |the |my )?(?:email|e-mail|fax|letter|written (?:summary|confirmation))(?: from (?:me|us))?(?: \\S+){0,3}? (?:with|of|listing|summari[sz]ing|confirming|outlining|detailing|that (?:lists|confirms|summari[sz]es|spells out)) (?:\\S+ ){0,3}?(?:changes?|summary|everything|details|new|updated|revised|agreed|plan|instructions|schedule|what we)\\b(?:[^,;:.!?]{0,40})`,
  'g',
);
// "You'll get a written confirmation / an email confirming the changes."
const YOU_GET = compact(
  `\\b(?:you'?ll|you will|youll|you should) (?:also )?(?:get|receive|have|see) (?:an? |the )?(?:(?:updated|new|revised|changed) (?:\\S+ )?(?:instructions|schedule|hours|procedures?|plan|agreement|contract) (?:in your (?:inbox|email|mail)|by (?:email|e-mail|fax|mail))|written confirmation|confirmation (?:email|e-mail|letter|fax|in writing)|(?:email|e-mail|letter|fax) (?:confirming|summari[sz]ing|with (?:the|a|all|everything) (?:changes|summary|details|new))|copy of (?:the|these|those|your|all) (?:changes|new|updated|revised|instructions|schedule)|summary (?:by|in|via) (?:email|e-mail|fax|mail))(?:[^,;:.!?]{0,40})`,
  'g',
);
// "Email confirmation to follow", "A written summary will be in your inbox", "Would you like the changes emailed to you?"
const PASSIVE = compact(
  `\\b(?:(?:is|are|'s|will be) (?:now )?(?:in your (?:inbox|email|mailbox)|on (?:its|the) way to you)(?: \\S+){0,2}? (?:in writing|for (?:you to sign|your signature|signature))|(?:e-?mail|written|fax(?:ed)?) confirmation (?:to follow|will follow|is on (?:its|the) way)|(?:written (?:summary|confirmation|copy|recap)|confirmation (?:email|e-mail|letter)|summary(?: email)?)(?: \\S+){0,4}? will be in your (?:inbox|email|mailbox|mail|fax)|(?:you'?ll|you will|youll) (?:get|receive) an? (?:e-?mail|letter|fax)(?: from (?:me|us))?(?: \\S+){0,3}? (?:confirming|summari[sz]ing|outlining|detailing|listing) (?:\\S+ ){0,3}?(?:changes?|everything|details|new|updated|revised|agreed|plan|instructions|schedule|what we)|would you like (?:the|a|your|these|those) (?:\\S+ ){0,3}?(?:e-?mailed|faxed|mailed|sent) (?:over )?to you)\\b(?:[^,;:.!?]{0,40})`,
  'g',
);
// "I'll email it over", "I'll fax that to you", "I'll have it faxed over": a written medium and a pronoun for what was just agreed.
const PRONOUN = `(?:it|that|this|them|those|these|everything|it all|all of (?:it|this|that)|the whole thing)`;
const MEDIUM = `(?:e-?mail(?:ing)?|fax(?:ing)?|mail(?:ing)?)`;
const DEST = `(?:(?:over|across|along|through|right over|straight over)(?: to (?:you|u|your (?:office|email|inbox|fax)))?|to (?:you|u|your (?:office|email|inbox|fax|address|[a-z]+ manager))|your way)\\b(?! to (?!you\\b|u\\b|your\\b))`;
const SOON = `(?=\\s*(?:[.!?]|$| (?:today|tonight|now|right away|this afternoon|after|as soon|once|before|within|in the next|by \\d)))`;
const SEND_IT = compact(
  `\\b(?:${OFFER}|and|then) ${ADV}(?:` +
    [
      `${MEDIUM} (?:you |u )?${PRONOUN} (?:${DEST}|to (?:you|u)\\b)`,
      `${MEDIUM} (?:you |u )?${PRONOUN}${SOON}`,
      `(?:send|shoot|get|fire off)(?:ing)? (?:you |u )?${PRONOUN} (?:(?:over|across|to (?:you|u)) )?(?:by|via|through|in an?) (?:e-?mail|fax|mail|post)\\b`,
      `(?:get|have) ${PRONOUN} (?:e-?mailed|faxed|mailed)(?: ${DEST})?`,
    ].join('|') +
    `)(?:[^,;:.!?]{0,40})`,
  'g',
);
// "Would it help if I emailed you a summary of the changes?" offers the written copy as a question.
const IF_I = compact(
  `\\b(?:would it (?:help|be easier|be better)|how about|what if|do you want me to|shall i|would you like it) if i (?:e-?mailed|sent|faxed|mailed|posted|put) (?:\\S+ ){0,4}?(?:summary|recap|copy|confirmation|changes|instructions|schedule|details|everything|in writing|letter|agreement)\\b[^,;:.!?]{0,50}`,
  'g',
);
// "I'll write it all up and send it to you", "you'll have it all in writing by tonight", "a copy ... will be emailed to you".
const WRITE_UP = compact(
  `\\b(?:(?:i'?ll|i will|let me|i can|i'?m going to) (?:\\S+ )?write (?:it|this|that|everything|the changes|all of (?:it|this|that))(?: all)? (?:up|out)\\b|(?:you'?ll|you will|you should) (?:have|get|receive) (?:it|this|that|everything|the changes|all of (?:it|this|that)|it all)(?: all)? (?:in writing|in black and white)|(?:copy|summary|confirmation|instructions|changes|agreement|schedule)(?: \\S+){0,4}? will be (?:e-?mailed|faxed|mailed|posted|sent) (?:over |out )?to you)[^,;:.!?]{0,50}`,
  'g',
);
// Sending the new instructions to the agents is a fix, not the client's written copy.
// A copy of the bill or the logs is not the resolution in writing.
const NOT_RESOLUTION = compact(/\bcop(?:y|ies) of (?:the |your |last \S+ |this \S+ )?(?:invoices?|bills?|statements?|call logs?|logs?|records?|messages?|recordings?|receipts?)\b/);
const INTERNAL = compact(/\bto (?:our|the|every|all|each|tonight'?s|my) (?:\S+ )?(?:agents?|operators?|staff|team|shift|techs?|technicians?|supervisors?|dispatchers?|stations?)\b/);
const LEAD_OFFER = compact(/\b(?:i'?ll|i will|ill|i can|i could|let me|i'?m going to|i'?m gonna|im gonna|we'?ll|we will|we can)\b(?![^.?!]*\b(?:can|could|would|will) you\b)[^.?!]*$/);
const PREFILTER = compact(/(?:write|black and white|mail|fax|send|writing|written|letter|sign|text|post|confirmation)/);

/** `written-confirmation`: offers to send the resolution in writing, e.g. for signature (000 GET IT IN WRITING). */
export const writtenConfirmation: Detector = {
  label: 'written-confirmation',
  reasons: {
    en: {
      default: 'Sending the agreed changes in writing, ideally signed and returned, protects both sides when someone later asks who authorized the change.',
    },
  },
  detect(doc: Doc) {
    if (!test(PREFILTER, doc.folded)) return [];
    const hits: Hit[] = [];
    for (const re of [SEND_DOC, FOR_SIGNATURE, IN_WRITING, NOTE_WITH, YOU_GET, EXPECT, SEND_IT, PASSIVE, IF_I, WRITE_UP]) {
      for (const span of findSpans(doc, re)) {
        const before = doc.folded.slice(Math.max(0, span.start - 20), span.start);
        if (test(INTERNAL, doc.folded.slice(span.start, span.end + 40))) continue;
        const nr = exec(NOT_RESOLUTION, doc.folded.slice(span.start, span.end + 20));
        if (nr && nr.index < 30) continue;
        // "...and email it over" needs the trainee's own offer earlier in the clause, not the caller's "can you".
        if (/^(?:and|then)\b/.test(doc.folded.slice(span.start, span.end)) && !test(LEAD_OFFER, doc.folded.slice(Math.max(0, span.start - 60), span.start))) continue;
        if (/\b(?:if|unless|didn'?t|did not|never|can'?t|cannot|won'?t)\s+(?:\S+\s+)?$/.test(before)) continue;
        let end = span.end;
        while (end > span.start && /\s/.test(doc.original[end - 1]!)) end--;
        if (/\w/.test(doc.folded[end] ?? '')) {
          const cut = doc.folded.lastIndexOf(' ', end);
          if (cut > span.start) end = cut;
        }
        hits.push({ start: span.start, end });
      }
    }
    return hits;
  },
};
