import type { Detector, Hit } from '../detector.ts';
import type { Doc, Sentence } from '../text.ts';
import { pattern, compact } from '../patterns.ts';
import { findRephrase } from './rephrase.ts';
import { matchesIn } from '../text.ts';
import { exec, test } from '../prefilter.ts';

const U = `(?:underst(?:and|nad|adn)|undersatnd|udnerstand|understan)`;
const ADV = `(?:(?:completely|totally|fully|really|definitely|absolutely|certainly|truly|do|can|clearly|now|hear you and|hear you,? and)\\s+){0,2}`;

// How the caller feels or what went wrong for them; a "see/know" statement only acknowledges when it names one of these.
const STATE = `(?:keeps? happening|(?:happened|is happening|'s happening) again|(?:second|third|fourth|fifth|another|\\d+(?:nd|rd|th)) time|twice|three times|upset|angry|frustrat\\w*|annoy\\w*|worried|worry|stress\\w*|concern\\w*|disappoint\\w*|furious|mad|livid|fed up|tired|exhaust\\w*|last straw|scared|afraid|anxious|nervous|confus\\w*|unhappy|irritat\\w*|embarrass\\w*|inconvenien\\w*|counting on|last thing|long (?:morning|day|week|night|wait|time)|taken (?:a while|so long|too long|forever)|so long|too long|a while|deadline|waiting|waited|been trying|trying to|all (?:week|day|morning|night)|this morning|last night|for (?:an? |over an? |almost an? )?(?:hour|while)|hours|(?:didn'?t|did not|doesn'?t|wasn'?t|weren'?t|couldn'?t|can'?t|cannot|haven'?t|hasn'?t|hadn'?t|isn'?t|aren'?t|not|never|no one|nobody|nothing)\\b|terrible|awful|horrible|bad|nightmare|chasing|back and forth|complain\\w*|had to|rotten|lousy|miserable|dreadful|horrendous|wrong|missed|lost|late|unanswered|busy signal|on hold|bounced|problem|issue|trouble|mistake|error|mix-?up|building|serious|hard|difficult|rough|tough|unacceptable|ignored|dropped|delayed|jumped|doubled|went up|higher|important|matter(?:s|ed)|meant|disrupt\\w*|woke|woken|paged|feel|feeling|felt|going through|been through)`;

const NUM = `(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|forty-five|fifty|sixty|ninety|several|a few|a couple of|couple of|many|a full|full)`;
// A length of time the caller lost: "ninety minutes", "five or six minutes", "three full days".
const DURATION = `(?:for )?(?:over |almost |nearly |about |more than )?${NUM}(?: (?:or|to) ${NUM})? (?:full |whole |long )?(?:minutes?|hours?|days?|weeks?|mins?|hrs?)`;

const CALLER_STATE = `(?:upset|angry|fr?ustr?ated|annoyed|worried|stressed|concerned|disappointed|furious|mad|livid|fed up|tired|exhausted|scared|afraid|anxious|nervous|confused|unhappy|irritated|embarrassed|overwhelmed|at (?:your|the end of your) wits'? end|at your limit)`;

const ACK_RE = pattern(
  '\\b(?:i (?:' +
    [
      // "I understand ..." (bare or with content), judgement call 11; "I hear you" (not the audio check "I can hear you now");
      // "I get it"; "I can tell you're ..." (not "I can tell you that our agents ...").
      `${ADV}${U}\\b(?! (?:if|whether|how (?:to|this works|that works)))`,
      `(?:really |totally |completely |definitely )?hear (?:(?:ya|u|you)\\b(?! (?:fine|now|ok|okay|well|better|perfectly|on|there|at|again))|what you'?re saying|what you are saying|your (?:frustration|concern|point|anger|worry|worries|concerns))`,
      `(?:really |truly |can |do )?appreciate (?:your|the) (?:frustration|concern|position|situation|point)`,
      `(?:really |totally |definitely )?hear how`,
      `can (?:really |definitely |certainly |clearly )?hear (?:how|that|the|your|it in your voice|you'?re|you are|youre|the (?:frustration|stress|worry))`,
      `(?:totally |completely |really |definitely |do )?get (?:it|that|why|how|you|u|where you'?re coming from|what you mean)\\b(?! (?:to|from|fixed|done|sorted|set|back|over|through|for you|in|out|a|the|right|correct|straight|down|wrong|all))`,
      `(?:totally |completely |really )?(?:see|know) (?:exactly )?(?:what you mean|how you feel|what you'?re going through|where you'?re coming from|where you'?re coming from|your point|why you'?re|why you are|how (?:upset|angry|frustrat\\w*|hard|difficult|stressful|serious))`,
      `can (?:really |definitely |clearly |certainly )?tell (?:that )?(?:ur|u'?re|u are|you'?re|you are|youre|you'?ve|you have|youve|you were|how|this|that this|it'?s|it has|it'?s been|you really|you)(?! (?:that|what|about|more|why|when|the|this|a|our|we|now|right now|exactly|honestly|one))`,
      `(?:really |totally )?hear that (?:you|your)`,
    ].join('|') +
    ')|' +
    [
      // "You're right that ...", "It sounds like you've had a rough morning."
      `i(?:'?ve| have) heard (?:you|what you(?:'?ve| have)? said|everything you said)`,
      `(?:you'?re|you are|youre) (?:absolutely |completely |totally |quite |100% )?right(?: that| about|,| to be|\\.|$| - |!)`,
      `you (?:make|raise|have) a (?:good|fair|valid) point`,
      `(?:that'?s|that is|thats|it'?s|it is|its) a (?:completely |totally |very )?(?:valid|fair|legitimate|reasonable|real|serious) (?:concern|point|complaint|question|problem|issue)`,
      `your (?:concern|frustration|complaint|anger|feelings?|worry) (?:is|are) (?:completely |totally |absolutely |entirely )?(?:valid|understandable|justified|legitimate|fair)`,
      `(?:that'?s|that is) a (?:fair|valid|good) point`,
      `(?:it )?sounds like (?:you|your|this|that|the)\\b`,
      `(?:it )?(?:seems(?: like| that| as if| as though)?|looks like|looks as if) (?:you'?ve|you have|youve|you'?re|you are|youre) (?:had|been|having|going through|dealing)`,
      `(?:understood|got it|gotcha)\\s*[-,:]\\s*(?=[^.?!]{0,80}?\\b(?:didn'?t|did not|never|wasn'?t|weren'?t|no one|nobody|wrong|late|missed|lost|unanswered|voicemail|left waiting|twice|double(?:d)?)\\b)`,
    ].join('|') +
    ')',
);

// "I see/know/realize/recognize ..." acknowledges when the clause names the caller's state or problem.
const SEE_RE = pattern(
  `\\bi (?:can |do |definitely |totally |fully |completely |really )?(?:see|know|realize|realise|recognize|recognise|appreciate|notice|gather|understood|get) (?:that |how |why |what |now )?(?:[^,;.!?]{0,90}?)\\b${STATE}`,
);
const CALLER_LEAD = compact(/^(?:[,:-]\s*|and\s+|so\s+|now\s+)?(?:(?:basically|just|honestly|clearly|obviously|okay|ok|so|and|yeah|and now|now|it'?s (?:clear|obvious) (?:that )?)\s*)?/);
const SEE_CUE = compact(/\bi (?:can |do |definitely |totally |fully |completely |really )?(?:see|know|reali[sz]e|recogni[sz]e|appreciate|notice|gather|understood|get)\b/);
const YOU_CUE = /\b(?:you|ur\b)/;
const SEE_NEG = compact(/\bi (?:don'?t|do not|dont|can'?t|cannot|didn'?t) (?:see|know)\s*$|\bi (?:see|know) (?:a lot of|many|plenty|those|these|our|that our|we)\b|\bi appreciate (?:you|your)\b|\bi (?:can |do )?see (?:here|on|in (?:the|our|your)|from (?:the|our))\b|\bi (?:can )?see (?:your|the) (?:account|file|record|notes?|history|log)s?\b(?! (?:shows|says)? ?(?:you|your))/);

// The caller's own experience or feelings told back to them (not a service-side admission, judgement call 11).
const CALLER_RE = pattern(
  '(?:^|[,:-]\\s*|\\band\\s+|\\bso\\s+|\\bnow\\s+)(?:(?:basically|just|honestly|clearly|obviously|okay|ok|so|and|yeah|and now|now|it\'?s (?:clear|obvious) (?:that )?)\\s*)?(?:' +
    [
      `(?:you'?re|you are|youre|you were|you seem|you sound|you feel|you'?ve been|you have been|youve been|you must be|you must feel) (?:so |really |very |pretty |understandably |clearly |obviously |probably |quite |rightly |justifiably |just |still |already |getting )?${CALLER_STATE}`,
      `(?:you'?ve|you have|youve) had (?:a |an |such a |one )?(?:really |very |pretty |incredibly |truly )?(?:rough|tough|terrible|awful|horrible|bad|hard|difficult|long|stressful|frustrating|crazy|miserable|nightmare|lousy|rotten)`,
      `(?:this|it|that|today|tonight|the (?:last|past) (?:few )?\\w+)(?: has|'s|s| must have|'s clearly| has clearly| has obviously| has really) (?:clearly |obviously |really |definitely |certainly )?been (?:a |an |such a )?(?:really |very |so |incredibly |truly |pretty )?(?:stressful|frustrating|rough|tough|hard|difficult|long|awful|terrible|disruptive|upsetting|exhausting|nightmare|costly|embarrassing|draining)\\b[^,;.!?]{0,30}?\\b(?:for you|for your|on you|on your|with us)\\b`,
      `(?:you'?ve|you have|youve) had (?:patients|callers|clients|customers|people|staff|tenants|families|parents) (?:turned away|sent away|hung up on|cut off|ringing|calling|complaining|waiting|stuck|on hold|unable|hanging up|getting|left)`,
      `(?:you'?ve|you have|youve) been (?:trying|waiting|calling|holding|bounced|dealing|chasing|stuck|going back and forth|passed|transferred|left|kept|put on hold|on hold|without|through|getting|paged|woken|called|charged|billed|missing)`,
      `you (?:were|got|had been|'d been|have been|'ve been|ve been) (?:woken|woke|paged|stuck|kept waiting|left (?:waiting|hanging|on hold|without)|expecting|counting on|charged|billed|transferred|bounced|put on hold|on hold|hung up on|cut off|(?:told|promised) (?:a (?:call|callback)|someone|somebody|you'?d|that (?:someone|somebody|you'?d|we'?d|it would))|waiting|trying|unable|not able|called (?:at|in the middle|on your|when|while|after|three|twice|two|multiple|several|repeatedly))`,
      `you (?:woke up to|expected|counted on|were never|never got|got woken|got paged|got charged|got billed|got a busy)`,
      `you(?:'?ve| have|ve)? (?:called|tried|phoned|rang|rung|left (?:a |two |three |several )?messages?|reached out)\\b[^,;.!?]{0,40}?\\b(?:and|but) (?:never|didn'?t|did not|couldn'?t|could not|no one|nobody|still|got (?:a |the |no )|weren'?t|were never)`,
      `you (?:stood|sat|waited|had to (?:wait|call|explain|repeat|chase|hold|deal)|spent|lost|missed out|never (?:got|received|heard)|didn'?t (?:get|receive|hear)|did not (?:get|receive|hear)|couldn'?t (?:get|reach|find|get through)|could not (?:get|reach|get through)|weren'?t able|were not able|haven'?t (?:heard|gotten|received|been able)|have not (?:heard|gotten|received|been able)|still haven'?t|keep (?:getting|having|being))`,
      `your (?:(?:\\w+(?:-\\w+)?) ){0,2}(?:calls?|messages?|patients?|callers?|clients?|customers?|page|pages|line|lines|phones?|texts?|fax(?:es)?|bill|invoice|staff|office|tenants?|front desk|family|husband|wife|mother|father|son|daughter|kids?|children) (?:(?:\\w+) ){0,3}?(?:jumped|doubled|went up|went unanswered|never \\w+|(?:didn'?t|did not|couldn'?t|could not|wasn'?t|weren'?t|haven'?t|hasn'?t|has not|have not|can'?t|cannot) \\w+|(?:went|were|was|got|kept|sat|have been|has been|ended up|came|arrived|rang|keeps?|are being|is being|are still|is still)\\b[^,;.!?]{0,60}?\\b(?:unanswered|late|lost|missing|wrong|voicemail|busy|hold|holding|waiting|ignored|dropped|delayed|hours?|minutes?|days?|${DURATION}|higher|instead|stuck|nowhere|twice|again|old|recording|all (?:morning|day|night|week)|angry|upset|complaints|since))\\b`,
      // What the caller's people go through: "your clients are waiting five minutes", "your patients keep getting voicemail".
      `your (?:(?:\\w+(?:-\\w+)?) ){0,2}(?:calls?|callers?|patients?|clients?|customers?|tenants?|staff|family|parents?|residents?|members?|guests?) (?:(?:are|were|is|was|have been|'ve been|has been|keep|kept|end up|ended up|had to|have to|are still|were still|still) )(?:(?:waiting|holding|sitting|stuck)(?: on hold| in the queue| on the line)?(?: for)? (?:${DURATION}|forever|too long|so long|that long|ages|a long time|at lunch|every (?:day|morning|afternoon|time)|all (?:morning|day|week|weekend))|(?:\\w+ ){0,2}?(?:on hold|stuck|getting (?:voicemail|a busy|busy|the (?:wrong|old|recording|machine))|hanging up|giving up|calling (?:back|twice|again|you|your cell)|redialing|complaining|left (?:waiting|hanging|on hold)))\\b`,
      // The caller's loss: "it cost you a big job", "that left you without coverage".
      `(?:it|that|this|which) (?:cost|left|kept|forced|made) (?:you|your (?:\\w+ ){0,2}?(?:office|practice|business|firm|staff|clients?|patients?))\\b(?! (?:a (?:call|note|message|voicemail|voice mail|text)|an? (?:email|e-mail)|to (?:call|choose|pick|decide)|nothing|anything|zero|no(?:thing)? extra)\\b)`,
    ].join('|') +
    ')',
);

const FEELING = compact(/\b(?:taken (?:a while|so long|too long|forever)|so long|too long|building|been waiting|counting on|deadline|last straw|going through|been through|been trying|fed up|hard|difficult|rough|tough|long (?:day|week|night|morning)|upset|angry|frustrat\w*|annoy\w*|worr\w*|stress\w*|disappoint\w*|furious|mad|livid|fed up|exhaust\w*|scary|scared|nightmare|awful|terrible|horrible|upsetting)\b/);
// Service-side actions in the passive ("your account was set up wrong") are an admission, not the caller's experience.
const SERVICE_PASSIVE = compact(/\b(?:set up|entered|programmed|configured|put in|updated|changed|set|routed|mis-?routed|re-?routed|assigned|coded|mapped)\b/);

// The caller's experience told back in the form of a restatement: "So you were closed for three full days", "so your bill doubled in March".
const SO_RE = pattern(
  `(?:^|[,:-]\\s*)(?:(?:okay|ok|alright|right),? )?so,? (?:basically |just |then )?(?:you (?:were|had|'d been|had been|'ve been|have been|ve been|spent|lost|went|got|ended up)|you'?ve had|you have had|(?:your|ur) (?:\\w+ ){0,2}?\\w+ (?:was|were|are|r|had|has been|have been|went|got|jumped|doubled|kept|keep))\\b(?! (?:saying|telling|asking|right|correct|able to|going to(?! (?:voicemail|voice mail|the (?:wrong|old)|a (?:recording|machine|busy)|nowhere))|about to|wondering|hoping|calling about)\\b)[^,;.!?]{8,}`,
);
// The caller's situation named in general terms: "a mother waiting three hours about her little boy would upset anyone".
const GENERIC_RE = pattern(
  `(?:^|[,:-]\\s*)(?!(?:that|this|it|which|anything|something)\\b)([a-z][^,;.!?]{15,120}?) (?:would|'d|will|could) (?:upset|frustrate|worry|scare|rattle|alarm|anger|stress out|infuriate|bother|shake|panic|unsettle|exhaust) (?:anyone|anybody|any (?:\\w+ )?(?:parent|mother|father|doctor|owner|client|person|one)|most people|me)\\b`,
);
const SITUATION = compact(/\b(?:wait\w*|hold\w*|hours?|minutes?|days?|night|weekend|call\w*|messages?|woken|paged|voicemail|missed|lost|late|never|no one|nobody|bill\w*|charged|kids?|boy|girl|son|daughter|child|children|patients?|clients?)\b/);
// The service owning the error in the same sentence.
const OWN_FAULT = compact(/\b(?:that'?s|that is|that was|it'?s|it is|it was|this is|this was|which (?:is|was))\s+(?:entirely |completely |all |totally |fully |100% )?(?:our|my) (?:mistake|error|fault|doing|responsibility|failure|failing|screw-?up|slip-?up|oversight)\b|\b(?:that'?s|thats|that is|this is|it'?s|its) (?:all |totally |completely |entirely |100% )?on (?:us|me)\b|\b(?:our|my) (?:mistake|error|fault),? (?:not yours|entirely)\b/);

// Judgement call 2: "I'm sorry [problem]" in one clause is empathy only.
const SORRY_BEFORE = compact(/\b(?:sor+y|apologi[sz]e|apologies|regret|unfortunate(?:ly)?|imagine|hate that|wish)\b[^,;:.!?-]{0,20}$|\b(?:sor+y|apologi[sz]e|apologies|regret)\s+(?:that\s+)?$/);
// Blame ("you never called that in") and conditionals are not a restatement of the caller's problem.
const CALLER_NEG = compact(/^[^,;.!?]*\b(?:if|when you|because you|since you|must have|should have|forgot|didn'?t (?:call|tell|give|send|switch|turn|leave|update|let)|never (?:called|told|gave|sent|switched|left|updated))\b/);

/** `acknowledge`: names the caller's problem or state back to them (A.E.R. Acknowledge). */
export const acknowledge: Detector = {
  label: 'acknowledge',
  reasons: {
    en: {
      default: "Naming the caller's problem or feelings back to them shows you heard it (A.E.R.: Acknowledge their problem).",
      understand: "'I understand' / 'I hear you' tells the caller their problem landed (A.E.R.: Acknowledge); follow it with empathy and a plan.",
      restate: "Telling the caller what they went through, in their terms, shows you understand their problem (A.E.R.: Acknowledge).",
      rephrase: "Restating the problem as a check both acknowledges it and confirms you understood it (active listening).",
    },
  },
  detect(doc: Doc): Hit[] {
    const hits: Hit[] = [];
    for (const s of doc.sentences) {
      understandHits(s, hits);
      if (test(SEE_CUE, s.text)) seeHits(s, hits);
      if (test(YOU_CUE, s.text)) callerHits(s, hits, doc.sentences[doc.sentences.indexOf(s) + 1]);
      if (/ (?:would|'d|will|could) /.test(s.text)) genericHits(s, hits);
    }
    // Judgement call 1: a restatement offered as a check is also acknowledge; a bare check is not.
    for (const r of findRephrase(doc)) {
      if (r.restates) hits.push({ start: r.start, end: r.end, reason: 'rephrase' });
    }
    return hits;
  },
};

function genericHits(s: Sentence, hits: Hit[]): void {
  GENERIC_RE.lastIndex = 0;
  const m = exec(GENERIC_RE, s.text);
  if (m && test(SITUATION, m[1]!)) {
    const from = m.index + m[0].indexOf(m[1]!);
    hits.push({ start: s.start + from, end: s.start + m.index + m[0].length, reason: 'restate' });
  }
}

function understandHits(s: Sentence, hits: Hit[]): void {
  for (const m of matchesIn(s.text, ACK_RE)) {
    const before = s.text.slice(0, m.index);
    if (/\b(?:don'?t|do not|dont|didn'?t|did not|can'?t|cannot|to|if|not sure|help me|need to|want to|wanna|sure|whether)\s*$/.test(before)) continue;
    if (/\b(?:it|that) sounds like (?:the|this|that)\b/.test(m[0]) && !/\b(?:you|your)\b/.test(s.text.slice(m.index))) continue;
    const rest = s.text.slice(m.index + m[0].length);
    // "I understand our policy requires..." explains a rule, not the caller's problem.
    if (/^(?: that)? (?:our|the) (?:policy|policies|rules?|procedure|process|terms|contract|requirements?)\b/.test(rest) && !test(FEELING, rest)) continue;
    // "I understand the forwarding is set up through your carrier" reports a neutral fact.
    if (/^(?: that)? (?:the|our|your) [\w-]+(?: [\w-]+)? (?:is|are) (?:set up|handled|provided|managed|configured|run|done|billed|hosted) (?:through|by|via|with|on)\b/.test(rest) && !test(FEELING, rest) && !/\b(?:wrong|not|never|n'?t|late|missed|lost|error|mistake|old)\b/.test(rest)) continue;
    hits.push({ start: s.start + m.index, end: s.start + m.index + m[0].length + clauseLen(rest), reason: 'understand' });
  }
}

function seeHits(s: Sentence, hits: Hit[]): void {
  for (const m of matchesIn(s.text, SEE_RE)) {
    if (test(SEE_NEG, s.text.slice(m.index, m.index + 40))) continue;
    // "make sure I get this right", "so I know what happened": the agent's own aim, not the caller's problem.
    if (/\b(?:make sure|be sure|so|so that|until|once|before|want to|need to|let me|help me|how (?:do|can|could|would|will|am)|do|can|would)\s+$/.test(s.text.slice(Math.max(0, m.index - 14), m.index))) continue;
    const rest = s.text.slice(m.index + m[0].length);
    const clause = m[0] + rest.slice(0, clauseLen(rest));
    // Judgement call 11: "I see the agent sent it to the wrong line" is the service's side; it must name the caller or their feelings.
    if (!/\b(?:you|your|youre|yours|youve|u|ur)\b/.test(clause) && !test(FEELING, clause) && !/\b(?:(?:second|third|fourth|another|\d+(?:nd|rd|th)) time|twice|again)\b/.test(clause)) continue;
    hits.push({ start: s.start + m.index, end: s.start + m.index + clause.length, reason: 'understand' });
  }
}

function callerHits(s: Sentence, hits: Hit[], next?: Sentence): void {
  // Judgement call 11: "You were billed for 46 duplicate calls, and that's our mistake" reports the service's own finding,
  // also when the admission follows at once ("...your page sat for forty minutes; that's our failure").
  if (test(OWN_FAULT, s.text) || (next !== undefined && next.start - (s.start + s.text.length) <= 2 && /^\s*(?:and )?(?:that|this|it|which)/.test(next.text) && test(OWN_FAULT, next.text))) return;
  SO_RE.lastIndex = 0;
  const so = exec(SO_RE, s.text);
  if (so) {
    const from = so.index + so[0].search(/\b(?:your?|ur)\b/);
    const tail = s.text.slice(from);
    if (!test(CALLER_NEG, tail.slice(0, 60)) && !(/^your\b/.test(tail) && test(SERVICE_PASSIVE, tail.slice(0, 80)))) {
      hits.push({ start: s.start + from, end: s.start + from + clauseLen(tail), reason: 'restate' });
    }
  }
  for (const m of matchesIn(s.text, CALLER_RE)) {
    const lead = exec(CALLER_LEAD, m[0]);
    const from = m.index + (lead ? lead[0].length : 0);
    const before = s.text.slice(0, from);
    const tail = s.text.slice(from);
    if (test(SORRY_BEFORE, before)) continue;
    // "Another client launched a campaign, and your calls got stuck": the consequence told as part of the service's own account (judgement call 11).
    if (/\band\s+$/.test(before) && /^(?:(?:so|well|honestly|look|basically),?\s+)?(?:we|we'?re|we were|our|another (?:client|customer|account)|the (?:agent|operator|system|phones?|lines?|carrier|switchboard|dispatcher|new (?:agent|system))|a (?:client|customer|storm|new agent))\b/.test(s.text)) continue;
    if (test(CALLER_NEG, tail.slice(0, 60)) && !/\b(?:woken|woke|paged|called|charged|billed)\b/.test(tail.slice(0, 30))) continue;
    if (/^your\b/.test(tail) && test(SERVICE_PASSIVE, tail.slice(0, 80))) continue;
    // "Your bill jumped because most callers sit through the menu" explains the cause; it does not tell the caller back their problem.
    if (/^your\b/.test(tail) && /^[^,;.!?]{0,60}\b(?:because|due to)\b/.test(tail)) continue;
    if (/\?\s*$/.test(s.text) && /^(?:are|were|have|did|do)\b/.test(s.text)) continue;
    hits.push({ start: s.start + from, end: s.start + from + clauseLen(tail), reason: 'restate' });
  }
}

function clauseLen(after: string): number {
  const m = /[,;:!?]|\.\s*$|\s-\s|\bbut\b/.exec(after);
  return m ? m.index : after.length;
}
