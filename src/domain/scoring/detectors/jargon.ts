import type { Detector, Hit } from '../detector.ts';
import type { Doc } from '../text.ts';
import { matchesIn } from '../text.ts';
import { compact } from '../patterns.ts';
import { test } from '../prefilter.ts';

const PREFILTER = compact(/\b(?:acds?|dids?|voip|pbxs?|ivrs?|sip|ani|dnis|aht|tas|master ?-?cards?|call ?-?paths?|handle times?|hunt groups?|ring groups?|patch(?:ed|es|ing)?)\b/i);

// Acronyms are matched case-sensitively on the original text: lowercase "did", "sip", "ani" are ordinary words.
const ACRONYM = /\b(?:ACDs?|VoIP|VOIP|PBXs?|IVRs?|SIP|ANI|DNIS|AHT|TAS)\b/g;
// Unambiguous even when typed in lowercase.
const ACRONYM_LOWER = compact(/\b(?:acds?|voip|pbxs?|ivrs?|dnis|aht|dids)\b|\bsip (?:trunks?|lines?|provider|server|registration|account)\b|\bani (?:shows?|showed|info(?:rmation)?|data|record)\b/g);
// "DID" is also an emphatic verb ("we DID send it"); as jargon it is a noun: "your DID", "the DID number", "DIDs".
const DID_NOUN = compact(/(?:\b(?:[Yy]our|YOUR|[Tt]he|THE|[Tt]hat|THAT|[Tt]his|THIS|[Aa]|[Ee]ach|[Tt]heir|[Oo]ur|OUR|[Nn]ew|[Mm]ain|[Oo]f|OF|[Oo]n|ON|[Tt]o|TO|[Ff]or|FOR) DID\b|\bDIDs\b|\bDID(?= (?:numbers?|lines?|trunks?|routing|range|block|group)\b))/g);
const DID_LOWER = /\b(?:your|the|a) did (?:numbers?|lines?|routing)\b/g;

const CALL_PATH = compact(/\bpatch(?:ing)? (?:fees?|charges?|costs?|minutes?)\b|\b(?:live|call|phone) patching\b|\bcall ?-?paths?\b|\b(?:average )?handle times?\b|\b(?:hunt|ring|acd) groups?\b/g);
// "patch you through", "patched your calls straight through", "patch them over"; not "a rough patch", "a software patch".
const PATCH_VERB = String.raw`(?<!\b(?:a|the|this|that|rough|software|security|small|new|another) )\bpatch(?:ed|es|ing)?\b(?!\s+(?:\S+\s+)?up\b)`;
const PATCH = compact(String.raw`${PATCH_VERB}(?:(?:\s+[^\s,;.]+){0,4}?\s+(?:through|thru|over)\b|\s+(?:you|him|her|them|it|the caller|callers|(?:the|your|their|those|these|all|any) (?:\S+ )?calls?)\s+(?:in|into|to)\b|(?<=patched) (?:straight |directly |right )?(?:to|into|in)\b|\s+(?:you|him|her|them|it|(?:the|your|our) (?:[a-z'-]+ )?[a-z'-]+|dr\.? [a-z'-]+|[a-z'-]+) in\b(?=\s*$|\s*[,.!;-]|\s+(?:now|right now|for you|on (?:the|this) call|to the call)\b))`, 'g');

const MASTERCARD = /\bmaster ?-?cards?\b/g;
// A MasterCard credit card is not the account's master instruction card.
const PAYMENT = compact(/\b(?:visa|amex|american express|discover|credit|debit|card on file|ending(?: in)?|expir\w*|billed|bill (?:it|to)|charge[ds]?|pay|paid|paying|payment|refund\w*|accept\w*|last (?:four|4)|cvv|cvc|autopay|processed|declined|number on (?:the|your) card|\d{4})\b/);
const INSTRUCTION = compact(/\b(?:instructions?|agents?|operators?|on-call|on call|schedule|routing|route[ds]?|notes?|script|messages?|calls|account'?s|greeting|protocol|procedures?)\b/);

function hasCamelBrand(original: string, start: number, end: number): boolean {
  return /MasterCard|Mastercard/.test(original.slice(start, end)) && !/master ?card/.test(original.slice(start, end));
}

function detect(doc: Doc): Hit[] {
  if (!test(PREFILTER, doc.original)) return [];
  const hits: Hit[] = [];
  const collect = (re: RegExp, text: string, offset: number, reason: string) => {
    for (const m of matchesIn(text, re)) {
      hits.push({ start: offset + m.index, end: offset + m.index + m[0].length, reason });
    }
  };
  for (const s of doc.sentences) {
    const original = doc.original.slice(s.start, s.start + s.text.length);
    collect(ACRONYM, original, s.start, 'acronym');
    collect(DID_NOUN, original, s.start, 'acronym');
    collect(ACRONYM_LOWER, s.text, s.start, 'acronym');
    collect(DID_LOWER, s.text, s.start, 'acronym');
    collect(CALL_PATH, s.text, s.start, 'callPath');
    collect(PATCH, s.text, s.start, 'patch');
    for (const m of matchesIn(s.text, MASTERCARD)) {
      if (test(PAYMENT, s.text)) continue;
      const start = s.start + m.index;
      const end = start + m[0].length;
      if (!test(INSTRUCTION, s.text) && hasCamelBrand(doc.original, start, end)) continue;
      hits.push({ start, end, reason: 'masterCard' });
    }
  }
  return hits;
}

/** `jargon`: internal acronyms and trade terms a client would not know (000: speak their language, not ours). */
export const jargon: Detector = {
  label: 'jargon',
  reasons: {
    en: {
      default: 'That is our trade jargon; say it in the words a client uses.',
      acronym: 'Clients don\'t know internal acronyms like ACD, DID, IVR or PBX; describe what it does ("the system that routes your calls", "your phone number").',
      callPath: 'That is our internal term for how calls are handled; describe it the way the client experiences it ("the way your calls reach you", "how long each call takes").',
      patch: '"Patch through" is switchboard slang; say "connect" or "forward your calls to".',
      masterCard: '"Master card" is our internal name; say "the instructions on your account".',
    },
  },
  detect,
};
