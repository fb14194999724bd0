import type { Detector, Hit } from '../detector.ts';
import type { Doc } from '../text.ts';
import { matchesIn } from '../text.ts';
import { compact } from '../patterns.ts';
import { test } from '../prefilter.ts';

// Someone with more authority or the right expertise (000 Escalating: billing, customer service/operations manager, technical).
const ROLE_WORD = `(?:supervisor|manager|manger|director|boss|owner|team lead|lead|shift lead|head of [a-z]+|billing (?:department|office|team|specialist|manager|rep|person|people|lead)|accounts? (?:department|team|manager)|account rep|customer service(?: manager| director| rep| team| lead)?|operations (?:manager|director|lead)|tech(?:nical)? (?:team|department|support|specialist|person|lead)|tech support|technician|specialist|someone (?:from|in|on) (?:our |the )?(?:billing|accounting|accounts|tech|technical|it|management|support|customer service|operations)|(?:mr|mrs|ms|miss)\\.? [a-z]+|[a-z]+ (?:from|in|on) (?:our |the )?(?:billing|accounting|accounts|tech\\w*|customer service|operations|management|support)(?: (?:team|department|office))?)`;
const ROLE = `(?:(?:my|our|the|a|an|your) (?:\\S+ ){0,3}?${ROLE_WORD}|${ROLE_WORD})(?!'s)\\b`;
const WILLING = `(?:i'?ll|i will|ill|i can|i could|let me|lemme|i'?m going to|i am going to|i'?m gonna|im gonna|i'?d like to|i would like to|i'?d be (?:happy|glad) to|i'?m (?:happy|glad) to|shall i|should i|can i|may i|could i|would you like me to|do you want me to|want me to|i'?m|i am|im|while i)`;
const ADV = `(?:(?:go ahead and|just|now|quickly|personally|also|right away|immediately|gladly|happily) ){0,2}`;

// "I'll transfer you", "let me connect you with", "I'm putting you through".
const CONNECT = compact(
  `\\b${WILLING} ${ADV}(?:transfer(?:ring)?|connect(?:ing)?|(?:put(?:ting)?|pop(?:ping)?)(?= (?:you|u) (?:straight |right )?(?:through|thru|over))|patch(?:ing)?(?= (?:you|u) through)|send(?:ing)?(?= (?:you|u) (?:over|up|through) to)|pass(?:ing)?(?= (?:you|u) (?:over|along|on) to)|get(?:ting)?(?= (?:you|u) (?:over |through )?to (?:my|our|the|a|someone|mr|mrs|ms)))(?:\\s+(?:you|u|ya)\\b)(?:[^,;:.!?]{0,50})`,
  'g',
);
// "I'm bringing Ms. Greer on the line", "I'd like to bring in our billing manager", "let me get my supervisor".
const BRING = compact(
  `\\b${WILLING} ${ADV}(?:bring(?:ing)?|get(?:ting)?|grab(?:bing)?|loop(?:ing)?|fetch(?:ing)?|patch(?:ing)?) (?:in |on )?${ROLE}(?! (?:approval|permission|sign-?off|ok|okay|involved in|to (?!call|contact|phone|speak|talk|give you|reach|get in touch|join)))(?:[^,;:.!?]{0,40})`,
  'g',
);
// "I'll have our billing manager call you", "I'll ask my supervisor to give you a call".
// A title's period ("Ms. Reyes", "Mr. J. Park") does not end the appositive.
const APPOSITIVE = `,? (?:[^,;:.!?]|(?<=\\b(?:mr|mrs|ms|dr|jr|sr|[a-z]))\\.){0,30}?,`;
// "I'll have her call you": the person was named before; "we can have", "or have him call you" offer the same hand-off.
const HANDLER = `(?:${ROLE}|her|him|them)`;
const HAVE_CALL = compact(
  `\\b(?:${WILLING}|we'?ll|we will|we can|we could|or|and|then) ${ADV}(?:have|ask|get|arrange for) ${HANDLER}(?:${APPOSITIVE}| (?:from|in|on|at) (?:our |the )?\\S+(?: (?:department|team|office))?)? (?:to )?(?:call|contact|phone|ring|reach out|get in touch|get back|email|speak|talk|join|come|pick up|give you a (?:call|ring|buzz|shout))\\b(?! (?:me|us|the|our|my|dr|doctor)\\b)(?:[^,;:.!?]{0,40})`,
  'g',
);
// "Our billing manager will call you before 3."
const ROLE_WILL = compact(
  `\\b${ROLE}(?:,? (?:(?:mr|mrs|ms|miss|dr)\\.? )?[^,;:.!?]{0,30}?,)? (?:will|'ll|can|is going to|is gonna|is able to|would be (?:happy|glad) to) (?:personally |be able to )?(?:call|contact|phone|ring|reach out|get in touch|be in touch|speak|talk|join|take (?:it|this|over)|pick up|help you|be with you)\\b(?:[^,;:.!?]{0,40})`,
  'g',
);
// "Would you like to speak with my supervisor?"
const INVITE = compact(
  `\\b(?:would you like to|do you want to|would you prefer to|would you rather|(?:you'?re|you are|youre) (?:more than )?(?:welcome|free) to|if you'?d (?:like|prefer|rather)(?: to)?,?|you can|you could|feel free to) (?:speak|talk|be connected|be transferred|be put through)(?: with| to)? (?:${ROLE}|someone else|somebody else|another (?:person|agent|rep|representative)|the right person|someone (?:who|that) can)(?:[^,;:.!?]{0,40})`,
  'g',
);
// "Let me see if my manager is free to speak with you."
const SEE_IF = compact(
  `\\b(?:see|check|find out) (?:(?:if|whether) ${ROLE} (?:is|are|would be|'s) (?:available|free|in|around|there|able to (?:speak|talk|take))|who(?:'s| is) (?:available|free|around|in)(?: (?:in|from|on) (?:our |the )?(?:billing|accounting|accounts|tech\\w*|customer service|operations|management|support))?)\\b(?:[^,;:.!?]{0,40})`,
  'g',
);
// "I can set up a call between you and our director."
const SET_UP_CALL = compact(
  `\\b${WILLING} ${ADV}(?:set up|arrange|schedule|book) (?:a |an )?(?:call|meeting|conversation|time to talk|phone call)(?: for you)? (?:between you and|with(?: you and)?|for you with) ${ROLE}(?:[^,;:.!?]{0,40})`,
  'g',
);
// "I'll pass this on to the manager and she'll call you by 4."
const PASS_ON = compact(
  `\\b(?:pass|hand|give|send|forward|refer|escalate)(?:ing)? (?:this|it|that|your [a-z]+)(?: [a-z]+)? (?:on |over |along |up )?to ${ROLE}(?: \\S+){0,3}? (?:and|who|so) (?:she|he|they|\\S+) (?:will|'ll|can|is going to|is gonna) (?:personally )?(?:call|contact|reach out|get in touch|be in touch|phone|ring|get back)\\b(?:[^,;:.!?]{0,30})`,
  'g',
);
// "I'll escalate this to my manager" hands the complaint up (000 Escalating to a Manager).
const ESCALATE = compact(
  `\\b${WILLING} ${ADV}(?:escalat(?:e|ing)|hand(?:ing)?|pass(?:ing)?|refer(?:ring)?) (?:this|it|that|your [a-z]+|the [a-z]+)(?: [a-z]+)? (?:over |up |along |on )?(?:to|with) ${ROLE}(?:[^,;:.!?]{0,30})`,
  'g',
);

// "Happy to get my supervisor for you", "before I transfer you to Ms. Ibarra", "let me hand you over to billing", "I'll put you in touch with our director".
const HAPPY_TO = compact(
  `\\b(?:before i|(?:more than |really |very )?(?:happy|glad|delighted|pleased) to|let me|i'?ll|i will|i can|i'?m going to|shall i|should i|can i|may i) (?:(?:just|now|gladly) )?(?:bring (?:her|him|them) (?:on|onto|into|in on) (?:the )?(?:call|line|phone)|transfer(?:ring)? (?:you|u)|connect (?:you|u)|put (?:you|u) (?:through|thru|over|in touch|in contact)|get (?:you|u) (?:through |over )?to|(?:get|find|grab|have|bring (?:in|on)) (?:you )?(?:my|our|the|a|an) (?:\\S+ ){0,3}?(?:supervisor|manager|director|boss|lead|specialist|team|department|rep|person)\\b|(?:pass|hand) (?:you|u) (?:over |along |on )?to)[^,;:.!?]{0,50}`,
  'g',
);
const START_TRANSFER = compact(/^(?:(?:ok(?:ay)?|sure(?: thing)?|right(?: then)?|alright|certainly|of course|no problem|absolutely|one moment|okay then),? )?(?:transferring|connecting|putting) (?:you|u) (?:now |straight |right )?(?:through |thru |over )?to\b[^,;:.!?]{0,40}/g);
const PREFILTER = compact(/(?:manger|thru|pop|patch|hand|pass|refer|\b(?:her|him|them)\b|available|free|around|set up|arrange|schedule|book|else|another|right person|transfer|connect|through|over to|along to|on to|you to|speak|talk|supervisor|manager|director|boss|owner|lead|billing|account|customer service|operations|tech|specialist|someone|\b(?:mr|mrs|ms|miss)\b)/);
const NOT_NOW = /\b(?:yourself|can'?t|cannot|not|unable|won'?t|never)\b/;
const REFUSED_BEFORE = compact(/\b(?:no one(?: else)?|nobody(?: else)?|anyone(?: else)?|anybody(?: else)?|if|unless|can'?t|cannot|not able to|unable to|won'?t|wont|cant|afraid|no need to|wish)\s+(?:\S+\s+)?$/);

const GATE_ROLE = compact(/(?:manger|supervisor|manager|director|boss|owner|lead|billing|account|customer service|operations|tech|specialist|someone|\b(?:mr|mrs|ms|miss)\b)/);
const GATE_HANDLER = compact(/(?:supervisor|manager|director|boss|owner|lead|billing|account|customer service|operations|tech|specialist|someone|\b(?:mr|mrs|ms|miss|her|him|them)\b)/);
const GATE_CONNECT = compact(/(?:transfer|connect|through|thru|over to|along to|on to|you to)/);
const GATE_INVITE = /(?:speak|talk|connected|transferred|put through)/;

function scan(doc: Doc, re: RegExp, reason: string, gate: RegExp, gate2?: RegExp): Hit[] {
  const hits: Hit[] = [];
  for (const s of doc.sentences) {
    if (!test(gate, s.text) || (gate2 && !test(gate2, s.text))) continue;
    for (const m of matchesIn(s.text, re)) {
      let text = m[0].replace(/\s+$/, '');
      if (/\w/.test(s.text[m.index + m[0].length] ?? '')) text = text.replace(/\s+\S*$/, '');
      const before = s.text.slice(Math.max(0, m.index - 25), m.index);
      if (test(REFUSED_BEFORE, before)) continue;
      if (test(NOT_NOW, text.slice(0, 40))) continue;
      hits.push({ start: s.start + m.index, end: s.start + m.index + text.length, reason });
    }
  }
  return hits;
}

/** `offer-transfer`: agrees to connect the caller with a higher authority or the right person (003 Hal; 000 escalating). */
export const offerTransfer: Detector = {
  label: 'offer-transfer',
  reasons: {
    en: {
      default: 'Connecting the caller with someone who has the authority they need is a proper hand-off, not a brush-off: the workbook says bringing in another person helps.',
      callback: "Arranging for the right person to call them back is a real hand-off: the client knows who will take it from here.",
      invite: 'Offering to put them through to someone with more authority gives the client control and shows you are not blocking them.',
    },
  },
  detect(doc) {
    if (!test(PREFILTER, doc.folded)) return [];
    return [
      ...scan(doc, CONNECT, 'default', GATE_CONNECT),
      ...scan(doc, BRING, 'default', GATE_ROLE),
      ...scan(doc, ESCALATE, 'default', /escalat|hand|pass|refer/, GATE_ROLE),
      ...scan(doc, START_TRANSFER, 'default', GATE_CONNECT),
      ...scan(doc, HAPPY_TO, 'default', GATE_HANDLER, /\b(?:before i|happy|glad|delighted|pleased|find|hand|pass|in touch|in contact|bring)\b/),
      ...scan(doc, HAVE_CALL, 'callback', GATE_HANDLER),
      ...scan(doc, PASS_ON, 'callback', GATE_ROLE),
      ...scan(doc, ROLE_WILL, 'callback', GATE_ROLE),
      ...scan(doc, INVITE, 'invite', GATE_INVITE),
      ...scan(doc, SEE_IF, 'default', /(?:see|check|find out) (?:if|whether|who)/),
      ...scan(doc, SET_UP_CALL, 'default', /(?:set up|arrange|schedule|book)/, GATE_ROLE),
    ];
  },
};
