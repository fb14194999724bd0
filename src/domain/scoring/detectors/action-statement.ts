import type { Detector, Hit } from '../detector.ts';
import type { Doc, Sentence } from '../text.ts';
import { summarize } from './summarize.ts';
import { matchesIn } from '../text.ts';
import { compact } from '../patterns.ts';
import { test } from '../prefilter.ts';

// Corrective verbs: a change made to the account, the routing or the staff, not an investigation ("checked", "pulled").
const DONE = [
  'updated', 'corrected', 'fixed', 'changed(?! my mind)', 'removed', 'added', 'switched', 'moved', 'reset', 're-?routed',
  'redirected', 'replaced', 're-?programmed', 'programmed', 'rewritten', 'rewrote', 'edited', 'adjusted', 'amended',
  'deleted', 'cleared', 'flagged', 'posted', 'briefed', 're-?trained', 'coached', 'reported', 'escalated', 'restored',
  're-?connected', 're-?sent', 'forwarded', 'credited', 'applied', 'issued', 'refunded', 'waived', 'blocked',
  'unblocked', 'repaired', 'entered', 'activated', 're-?activated', 'deactivated', 'disabled', 'enabled',
  're-?assigned', 'assigned', 'scheduled', 'placed (?!you\\b)', 'patched', 'instructed', 'notified', 'alerted', 'highlighted',
  'marked', 'uploaded', 'loaded', 'created', 'swapped', 'pointed', 'restructured', 're-?recorded', 'shortened',
  'trimmed', 'cancell?ed', 'stopped', 'extended', 'arranged', 'ordered', 'requested', 'submitted', 'filed',
  '(?:opened|logged) (?:a|an|the) (?:\\S+ )?(?:ticket|case|repair|service|trouble|report|request)', 'reworded', 'rescheduled', 'reversed', 'resolved', 'repaired', 'turned (?:on|off)', 'set (?:up|it|that|this|everything|your|the|a|an|things)', 'sorted (?:\\S+ )?out', 'sorted',
  'put (?!you\\b)', 'sent (?!you\\b)', 'told (?!you\\b)', 'informed (?!you\\b)', 'let (?!you\\b)(?:\\S+ ){1,4}?know\\b',
  '(?:reviewed|discussed) (?:\\S+ ){0,4}?with (?:the|our|that|this|each|every|all|both|tonight\'?s) (?:\\S+ ){0,2}?(?:agents?|operators?|staff|team|shift|dispatchers?)', 'asked (?:our|the|my|tonight\'?s|each|every|all|both)',
  'made (?:the|a|that|those|these|this|some|all the) (?:change|changes|correction|corrections|update|updates|fix|fixes|adjustment|note)',
  'made sure (?:that )?(?:the|your|tonight|every|all|our|each|dr|no)',
  'taken (?:\\S+ ){0,4}?(?:off|out)', 'took (?:\\S+ ){0,4}?(?:off|out)',
  'noted (?:\\S+ ){0,4}?(?:account|file|record|instructions|profile)',
  '(?:gone|went|walked) (?:over|through) (?:\\S+ ){0,4}?with(?! (?:you|u)\\b)',
  '(?:spoken|spoke|talked|met) (?:with|to) (?:the|our|that|this|each|every|all|both|tonight\'?s) (?:\\S+ ){0,2}?(?:agents?|operators?|staff|team|shift|dispatchers?|technicians?|techs?|carrier|phone company|supervisors?)',
].join('|');

const DOING = [
  'letting (?!you\\b)(?:\\S+ ){1,4}?know\\b', 'getting (?:\\S+ ){1,4}?(?:fixed|turned (?:back )?(?:on|off)|reset|restored|corrected|updated|changed|switched)',
  'calling (?:the|our|your) (?:\\S+ ){0,2}?(?:phone company|carrier|tech\\w*|vendor|provider|engineers?) (?:right now |now )?to (?:get|have|fix|reset|restore|turn|switch)', 'updating', 'correcting', 'fixing', 'changing', 'removing', 'adding', 'switching', 'moving', 'resetting',
  're-?routing', 'redirecting', 'replacing', 're-?programming', 'rewriting', 'editing', 'adjusting', 'amending',
  'deleting', 'clearing', 'flagging', 'posting', 'briefing', 're-?training', 'coaching', 'reporting', 'escalating',
  'restoring', 're-?connecting', 're-?sending', 'crediting', 'applying', 'issuing', 'refunding', 'waiving',
  'blocking', 'repairing', 'activating', 'disabling', 'enabling', 're-?assigning', 'patching (?!you\\b)',
  'rescheduling', 'reversing', 'rewording', 're-?recording', 'shortening', 'trimming', 'cancell?ing',
  'turning (?:on|off)', 'setting up', 'sorting (?:\\S+ )?out', 'putting (?!you\\b)', 'taking (?:\\S+ ){0,4}?(?:off|out)',
  'entering (?!you\\b)', 're-entering', 're-keying', 'sending (?:a |an )?(?:test|trial)', '(?:going|walking) (?:over|through) (?:\\S+ ){0,4}?with (?:the|our|that|this|each|every|all|both|tonight\'?s)',
  '(?:speaking|talking|meeting|sitting down) (?:with|to) (?:the|our|that|this|each|every|all|both|tonight\'?s) (?:\\S+ ){0,2}?(?:agents?|operators?|staff|team|shift|dispatchers?)',
].join('|');

const DO = [
  'update', 'correct', 'fix', 'change', 'remove', 'add', 'switch', 'move', 'reset', 're-?route', 'redirect',
  'replace', 're-?program', 'rewrite', 'edit', 'adjust', 'amend', 'delete', 'clear', 'flag', 'post', 'brief',
  're-?train', 'coach', 'report', 'escalate', 'restore', 're-?connect', 're-?send', 'credit', 'apply', 'issue',
  'refund', 'waive', 'block', 'repair', 'activate', 'disable', 'enable', 're-?assign', 'reschedule', 'reverse',
  'reword', 'turn (?:on|off)', 'set up', 'put (?:a|the) (?:note|flag|block|hold)', 'take (?:\\S+ ){0,4}?(?:off|out)',
  'make (?:the|that|this|those|these) (?:change|changes|correction|corrections|fix)',
].join('|');

// A clause tail up to the next break; "Dr." and "11:45" do not end it.
const TAIL = (n: number): string => `(?:[^,;:.!?]|[.:](?=\\w)|(?<=\\b(?:dr|mr|mrs|ms|st))\\.){0,${n}}`;
const ADV = `(?:(?:just|already|now|also|personally|actually|since|both|gone ahead and|went ahead and|quickly|finally|immediately|now also) ){0,2}`;
const SUBJ_PERF = `\\b(?:i'?ve|i have|ive|we'?ve|we have|weve|i just|i already)`;
// Bare "I sent/put..." often narrates the error; a bare past tense counts only for unmistakable fixes.
const PAST_FIX = `updated|corrected|fixed|changed|removed|added|switched|moved|reset|re-?routed|redirected|replaced|re-?programmed|rewrote|edited|adjusted|amended|flagged|posted|briefed|re-?trained|coached|reported|escalated|restored|set up|took (?:\\S+ ){0,4}?(?:off|out)|walked (?!you\\b)(?:\\S+ ){1,4}?through|went over (?:\\S+ ){0,4}?with (?:the|our|that|this|each|every|all|both|tonight\\'?s)|made sure (?:that )?(?:the|your|tonight|every|all|our|each|dr|no)`;
const SUBJ_PROG = `\\b(?:i'?m|i am|im|we'?re|we are)`;
const SUBJ_FUT = `\\b(?:i'?ll|i will|i'?m going to|i am going to|i'?m gonna|im gonna|let me|i'?m about to|i can)`;
const AGENT = `\\b(?:our|the|my) (?:\\S+ ){0,2}?(?:team|techs?|technicians?|engineers?|supervisors?|staff|department|manager|phone company|carrier)`;

// Further fixes said in the perfect, kept out of DONE (whose list three patterns share) to keep the compiled code small:
// "I've had a word with the agent", "I've already rung the patient", "I've saved it to your account".
const MORE_DONE = [
  'taken care of (?:the|that|this|it|your)', 'had a word with (?:the|our|that|each|every|all|both)',
  'had (?:the|our|a) (?:\\S+ ){0,2}?(?:technician|tech|team|engineer|carrier|agents?|supervisor|staff|phone company) (?:reset|fix|change|update|correct|re-?route|restore|replace|switch|re-?program)',
  'got (?:the|our|all|every|each|tonight\'?s) (?:\\S+ ){0,2}?(?:team|agents?|staff|operators?|shift|dispatchers?) (?:briefed|trained|re-?trained|updated|informed)',
  '(?:rung|called|phoned|contacted|emailed|texted) (?:the|your) (?:\\S+ )?(?:patient|client|caller|customer|doctor|tenant|family|office|carrier|phone company|technician|engineer)',
  '(?:saved|stored) (?:it|that|this|your|the)', 'knocked (?:\\S+ ){0,4}?off', 're-?entered', 're-?keyed',
].join('|');
const PERF_MORE = compact(`${SUBJ_PERF} ${ADV}(?:${MORE_DONE})\\b${TAIL(60)}`, 'g');
const PERF = compact(`${SUBJ_PERF} ${ADV}(?:${DONE}|(?:finished|completed|done) (?:${DOING}))\\b(?! (?:myself|ourselves)\\b)${TAIL(60)}`, 'g');
// "I've checked the logs and updated your schedule": the fix may be the second verb.
const COORD = compact(`${SUBJ_PERF} (?:\\S+ ){1,8}?and (?:i'?ve |have |also |then |just )?(?:${DONE})\\b${TAIL(50)}`, 'g');
const PAST_I = compact(`\\bi ${ADV}(?:${PAST_FIX})\\b${TAIL(60)}`, 'g');
// "We" plus a bare past tense often narrates the error ("we moved you to the new system"); only repair verbs count.
const WE_PAST = compact(`\\bwe ${ADV}(?:corrected|fixed|repaired|restored|reset|re-?programmed|re-?trained|re-?routed|resolved)\\b${TAIL(60)}`, 'g');
const THEY_DONE = compact(`\\bthey(?:'?ve| have) ${ADV}(?:corrected|fixed|repaired|restored|reset|re-?programmed|re-?routed|resolved|re-?connected|replaced|sorted)\\b${TAIL(50)}`, 'g');
const FUT_PROG = compact(`\\b(?:i'?ll|i will|ill|we'?ll|we will) be (?:${DOING})\\b${TAIL(60)}`, 'g');
const PAST_ELSEWHERE = compact(/\b(?:last (?:week|month|year|time|night)|ago|previously|as well|before (?:your|you|this))\b/);
const PROG = compact(`${SUBJ_PROG} ${ADV}(?:${DOING})\\b${TAIL(60)}`, 'g');
const FUT = compact(`${SUBJ_FUT} ${ADV}(?:${DO})\\b(?!\\s+you\\b)${TAIL(60)}`, 'g');
const AGENT_DONE = compact(`${AGENT} (?:has|have|'s) ${ADV}(?:${DONE})\\b${TAIL(50)}`, 'g');
const PASSIVE = compact(
  `\\b(?:(?:your|the|that|this|those|these|it|everything|all) (?:\\S+ ){0,5}?(?:has|have) been|(?:your|the|that|this|everything) (?:\\S+ ){0,3}?\\S*'s been|(?:your|the) (?:\\S+ ){0,3}?(?:is|are) now|it'?s been|that'?s been|its been|thats been|(?:it|that|everything|this)(?:'s| is) (?:now |all )?(?=(?:fixed|corrected|updated|sorted|resolved)\\b)|(?:it|that|everything|this)(?:'s| is) all|(?:forwarding|routing|schedule|rota|roster|number|pager|greeting|instructions|account)(?:'s| is| are) (?=(?:now |all )?(?:fixed|corrected|updated|sorted|resolved)\\b))\\s*(?:now |all |already |also )?(?:taken (?:off|out)|fixed|corrected|updated|changed|removed|added|switched|reset|re-?routed|restored|repaired|resolved|re-?programmed|sorted(?: out)?|spoken to|talked to|re-?read|re-?trained|briefed|coached|reminded|re-?connected|replaced|blocked|flagged|cancell?ed)\\b`,
  'g',
);

// "Your on-call list is fixed", "the forwarding's back on as of this minute", "your greeting now says...": the fix in place.
const IN_PLACE = compact(
  `\\b(?:your|the) (?:[a-z-]+ ){0,2}?(?:[a-z-]+(?:'s| is| are) (?:now |all |already )?(?:fixed|corrected|updated|sorted(?: out)?|resolved|back on|back up(?: and running)?|restored|working again|up and running)\\b|(?:calls?|messages?|pages?|texts?|forwarding|routing|greeting|line|number|overflow|schedule|rota|instructions) (?:now|will now) (?:go(?:es)?|ring|rings|route|routes|says?|plays?|reads?|points?|forwards?|comes?)\\b(?! (?:to |straight to |right to )?(?:voicemail|voice mail|nowhere|a recording|the wrong|busy|a busy|dead air)))[^,;:.!?]{0,50}`,
  'g',
);
// "Now", "right away": the fix is happening on this call (judgement call 7: "I'm fixing ... right now").
const IMMEDIATE = compact(/\b(?:right now|right away|immediately|as we speak|while we(?:'re| are)? (?:talk|talking|speak|on the (?:phone|line))|while you(?:'re| are) on the (?:line|phone)|before we hang up|(?:as soon as|the (?:minute|moment|second)) (?:we|i) (?:hang up|get off the phone|finish)|this minute|now)\b/);
const HEDGED = compact(/\b(?:should|would|could|must|might|may|never|not|supposed|nt)\b|n't\b/);
const CONDITIONAL_BEFORE = compact(/\b(?:what|which|if|once|until|till|when|whenever|whether|after|before|unless|soon as|sure|should|would|could|must|might|may|supposed to|ought to|to)\s+$/);

// Cheap per-sentence gates keep the big patterns off sentences that cannot match.
const GATE_PERF = /'ve|\b(?:ive|weve|have|just|already)\b/;
const GATE_PROG = /'m|'re|\b(?:im|am|are)\b/;
const GATE_PAST_I = compact(/(?:updated|corrected|fixed|changed|removed|added|switched|moved|reset|routed|redirected|replaced|programmed|rewrote|edited|adjusted|amended|flagged|posted|briefed|trained|coached|reported|escalated|restored|set up|took|walked|went over|made sure)\b/);
const GATE_BEEN = compact(/(?:(?:forwarding|routing|schedule|rota|roster|number|pager|greeting|instructions|account)(?:'s| is| are) (?:now |all )?(?:fixed|corrected|updated|sorted|resolved)|\bbeen|\b(?:is|are|'s) (?:now|all)|(?:it|that|this|everything)(?:'s| is) (?:fixed|corrected|updated|sorted|resolved))\b/);
const GATE_AGENT = /\b(?:has|have|'s)\b/;

function scan(doc: Doc, re: RegExp, reason: string, gate: RegExp, check?: (m: string) => boolean): Hit[] {
  const hits: Hit[] = [];
  for (const s of doc.sentences) {
    if (!test(gate, s.text)) continue;
    for (const m of matchesIn(s.text, re)) {
      let text = m[0].replace(/\s+$/, '');
      // The tail is bounded by length, so cut back to a whole word.
      if (/\w/.test(s.text[m.index + m[0].length] ?? '')) text = text.replace(/\s+\S*$/, '');
      const before = s.text.slice(Math.max(0, m.index - 30), m.index);
      if (re === PASSIVE || re === AGENT_DONE) {
        if (test(HEDGED, text)) continue;
      }
      if (test(CONDITIONAL_BEFORE, before)) continue;
      if (check && !check(s.text.slice(m.index))) continue;
      hits.push({ start: s.start + m.index, end: s.start + m.index + text.length, reason });
    }
  }
  return hits;
}

// A future fix counts only when it happens on this call; "I'll fix it" alone is a promise (reassure).
const isImmediate = (rest: string): boolean => test(IMMEDIATE, rest.slice(0, 140));

// Judgement call 8: a credit already agreed, repeated in a recap, is an action statement.
const RECAP_CREDIT = compact(/\b(?:bill|invoice|charges?|fees?|balance|statement)(?:'s| is| are| has been| have been| was)? (?:now |been )?(?:reduced|lowered|adjusted|cut|brought down)\b[^,;.!?]{0,40}|\b(?:(?:i'?ll|i will|we'?ll|we will|i'?ve|we'?ve|i have|i'?m|you'?ll|you will)(?: \S+){0,3}? )?(?:credit|refund|waive[ds]?|waiving|discount|(?:\d+ ?%|half) off|no charge|free (?:month|minutes|review))\b[^,;.!?]{0,60}/g);

// In a recap, a change stated as it will now work: "your messages will come by text from today", "your calls now go to Dr. Webb".
const RECAP_CHANGE = compact(
  /\b(?:your|the) (?:\S+ ){0,3}?(?:overflow|calls?|messages?|pages?|texts?|forwarding|routing|schedule|rota|roster|greeting|instructions|number|line|contact|backup)(?: will| now| will now|'ll)? (?:now )?(?:go(?:es)?|come|comes|ring|rings|route|routes|be (?:sent|routed|forwarded|handled|delivered|going|coming)|get (?:sent|routed)|switch(?:es)?|start|starts|move|moves)\b[^,;.!?]{0,60}/g,
);

/** Matches of `re` from where the turn's recap starts (none without a recap), those `keep` accepts. */
function afterRecap(doc: Doc, re: RegExp, reason: string, keep: (s: Sentence, m: RegExpExecArray) => boolean = () => true): Hit[] {
  const recap = summarize.detect(doc);
  if (recap.length === 0) return [];
  const from = Math.min(...recap.map((h) => h.start));
  const hits: Hit[] = [];
  for (const s of doc.sentences) {
    if (s.start + s.text.length < from) continue;
    for (const m of matchesIn(s.text, re)) {
      if (s.start + m.index < from || !keep(s, m)) continue;
      hits.push({ start: s.start + m.index, end: s.start + m.index + m[0].trimEnd().length, reason });
    }
  }
  return hits;
}

function recapChanges(doc: Doc): Hit[] {
  if (!/\b(?:now|from|starting|will)\b/.test(doc.folded)) return [];
  // A future change counts when it is dated from now: "from today", "starting tonight", or "now".
  return afterRecap(doc, RECAP_CHANGE, 'done', (s, m) =>
    /\b(?:now|from (?:today|tonight|tomorrow|now|this)|starting|as of)\b/.test(s.text.slice(Math.max(0, m.index - 30), m.index + m[0].length)),
  );
}

function recapCredits(doc: Doc): Hit[] {
  if (!/(?:reduc|lower|credit|refund|waiv|discount|% off|half off|no charge|free)/.test(doc.folded)) return [];
  return afterRecap(doc, RECAP_CREDIT, 'default');
}

/** `action-statement`: a specific corrective action taken or being taken about this problem (000 Part II). */
export const actionStatement: Detector = {
  label: 'action-statement',
  reasons: {
    en: {
      default: "Naming the fix you've already made is an action statement: the client hears the problem being corrected, not just apologized for.",
      doing: "Saying what you're changing right now is an action statement: the client hears the correction happening, beyond an apology.",
      done: 'Telling the client the fix is in place shows commitment to correcting it; naming what you changed makes it even stronger.',
    },
  },
  detect(doc) {
    return [
      ...scan(doc, PERF, 'default', GATE_PERF),
      ...scan(doc, COORD, 'default', GATE_PERF),
      ...scan(doc, PERF_MORE, 'default', GATE_PERF),
      ...scan(doc, PAST_I, 'default', GATE_PAST_I, (rest) => !test(PAST_ELSEWHERE, rest.slice(0, 80))),
      ...scan(doc, WE_PAST, 'default', /\bwe /),
      ...scan(doc, THEY_DONE, 'default', /\bthey(?:'?ve| have)\b/),
      ...scan(doc, FUT_PROG, 'doing', IMMEDIATE, isImmediate),
      ...scan(doc, AGENT_DONE, 'default', GATE_AGENT),
      ...scan(doc, PROG, 'doing', GATE_PROG),
      ...scan(doc, FUT, 'doing', IMMEDIATE, isImmediate),
      ...scan(doc, PASSIVE, 'done', GATE_BEEN),
      ...scan(doc, IN_PLACE, 'done', /\b(?:now|fixed|corrected|updated|sorted|resolved|back|restored|working|running)\b/, (rest) => !/\?\s*$/.test(rest) && !test(HEDGED, rest.slice(0, 60)) && !/\b(?:until|till|til|when|once|if|unless|whether|before|after|as soon as)\b/.test(rest.slice(0, 45))),
      ...recapCredits(doc),
      ...recapChanges(doc),
    ];
  },
};
