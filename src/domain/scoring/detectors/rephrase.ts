import type { Detector, Hit } from '../detector.ts';
import type { Doc, Sentence } from '../text.ts';
import { pattern, compact } from '../patterns.ts';
import { matchesIn } from '../text.ts';
import { exec, test } from '../prefilter.ts';

const PREFILTER = compact(/summar|sum up|recap|\?|fair|put it|underst|unders|follow|right|correct|straight|confirm|clarif|sure|hearing|saying|repeat|read (?:that|it|this) back|read back|play back|summary|accurate|missed|miss anything|leave anything|in other words|let me see|sounds? like|make sure|get (?:all|that|everything)|got (?:all|that|everything)|check|wrong/);

const U = `underst(?:and|nad|adn|ood|anding)`;

// Lead-ins that announce a restatement or ask to confirm it (000 active listening; 003 "did I understand everything correctly?").
const LEAD_RE = pattern(
  '\\b(?:' +
    [
      `(?:so,? )?if i (?:'?m |am |m |have |'?ve |ve )?(?:${U}|understood|hear|heard|follow|following|got|get) (?:you|u|ya|this|that|it|everything|all of this|all that)?\\s*(?:correctly|right|properly|rightly|straight)`,
      `if i(?:'?m| am|m) (?:hearing|following|reading) (?:you|this|that|it) (?:correctly|right)?`,
      `(?:so,? )?if i(?:'?ve got| have got| got| have|'?ve) (?:this|that|it|everything|all of this|all that) (?:right|correct|straight)`,
      `if i(?:'?m| am|m)? (?:hearing|following|follow) you\\b`,
      `(?:let me|lemme|can i|could i|may i|i'?ll|i will) (?:just )?(?:repeat|read|play) back`,
      `(?:let me|lemme|i (?:just )?want to|i'?d like to|can i|could i|i need to|allow me to|let'?s) (?:just )?(?:make sure|be sure|check|confirm|see if|double-check|double check) (?:that )?(?:i'?ve|i have|ive|i|i'?m|im|i am|we'?re|we are|we have|we'?ve) (?:got|have|get|${U}|understood|heard|caught|following|follow|on the same page|clear)`,
      `(?:let me|lemme|can i|could i|may i|i'?ll|i will|i'?d like to|i want to) (?:just )?(?:repeat|read|play|say) (?:(?:that|this|it|what i have|what i'?ve got|what you (?:said|told me))(?: so far)? )?back`,
      `(?:let me|lemme|can i|could i|may i) (?:just )?(?:repeat|recap|sum up|summari[sz]e) what (?:you(?:'?ve| have)? (?:said|told me|described|explained)|i(?:'?ve| have)? (?:heard|got|have)(?: so far)?)`,
      `(?:so,? )?just (?:to|so i can) (?:confirm|clarify|make sure|be sure|be clear|check|double-check|double check|recap what you)`,
      `(?:so,? )?to (?:make sure|be sure|confirm|check) (?:that )?i (?:${U}|understood|have|'?ve got|got|heard)`,
      `(?:so,? )?what i'?m hearing (?:is|you say)`,
      `(?:so,? )?to (?:summari[sz]e|sum up|recap) what (?:you(?:'?ve| have)? (?:told me|said|described|explained)|i(?:'?ve| have)? heard)`,
      `(?:so,? )?(?:what )?(?:i'?m|i am|im) hearing (?:that|you say)`,
      `so,? (?:what )?you'?re (?:saying|telling me)`,
      `so,? you are (?:saying|telling me)`,
      `(?:so,? )?what you(?:'?re| are) (?:saying|telling me)(?:,? [a-z.' ]{2,20},)? is`,
      // "If I've understood you, ..." with no adverb, closed by a comma.
      `(?:so,? )?if i(?:'?ve| have)? (?:understood|${U}|heard|followed|got) (?:you|that|this|it|everything)(?= *,)`,
      `(?:so,? )?in other words`,
      `(?:so,? )?correct me if (?:i'?m wrong|i am wrong|im wrong|i(?:'?m| am) mistaken|i(?:'?ve| have) got (?:this|that|it|anything) wrong)`,
      `(?:so,? )?let me see if i (?:have|'?ve got|got|${U})`,
      `(?:so,? )?if i(?:'?ve| have) got (?:this|that|it|you) right`,
      `am i (?:right|correct) (?:in thinking|to think|in saying|that)`,
      `(?:just )?(?:to|so) (?:make sure|be sure|be clear|confirm|check)(?: that)? (?:i'?m|i am|im|we'?re|we are) (?:on the same page|clear|following)`,
      `just so (?:i'?m|i am|im) (?:clear|sure|certain|on the same page)`,
    ].join('|') +
    ')',
);

// Questions that check the agent's understanding.
const CHECK_RE = pattern(
  '\\b(?:' +
    [
      `(?:is|was) (?:that|this|it|all that|all of that|that all) (?:about |basically |more or less |roughly )?(?:right|correct|accurate|what happened|the situation|a fair (?:summary|description|picture|account)|fair to say|how it went)`,
      `(?:did|have|do) i (?:get|got|have|understand|${U}|understood|capture|hear|heard) (?:that|this|it|you|everything|all of that|all that|all of this|the (?:details|situation|problem|issue))? ?(?:all )?(?:right|correct|correctly|straight|down)`,
      `(?:did|have) i (?:get|got|understood|${U}) (?:all of (?:that|this|it)|all that|everything)`,
      `(?:have|did) i (?:understood|${U}) (?:you|that|this|it|everything)? ?(?:correctly|right|properly)`,
      `am i (?:${U}|following|hearing|reading) (?:you|that|this|it|things)? ?(?:correctly|right)`,
      `(?:does|did) (?:that|this) (?:sound|seem) (?:about )?(?:right|correct|accurate)`,
      `(?:have|did) i (?:missed|miss|left out|leave out|forgotten|forget) (?:anything|something)`,
      `(?:have|did) i (?:left|leave) (?:anything|something) out`,
      `(?:do|have) i have (?:that|this|it|everything|all of that)(?: all)? (?:right|correct|straight)`,
      `(?:is|was) that (?:a fair|an accurate) (?:summary|description|way to put it|picture)`,
      `(?:is|was) that what you (?:mean|meant|said|are saying|'?re saying)`,
      `(?:is there )?anything (?:(?:else )?(?:that )?(?:i'?ve|i have|i) (?:missed|left out|forgot|forgotten|got wrong|misunderstood))`,
    ].join('|') +
    ')',
);

// A confirmation about a phone number, spelling or address is verify-number/data entry, not active listening.
const DATA_CHECK = compact(/\b(?:pulled up|on (?:file|screen)|the right (?:account|file|record))\b|\d{3}|\b(?:best|callback|call-?back|phone|cell|contact|good|right|correct|home|office) number\b|\bnumber (?:to reach|for you|is)\b|\bspell|\bspelled|\be-?mail|\baddress\b|\bextension\b|\bext\b|\bdate of birth\b/);

// A restatement names something from the caller's side: "you", "your ...", or what happened.
const CONTENT = compact(/\b(?:you|your|youre|you'?re|you'?ve|they|nobody|no one|calls?|calling|messages?|pager?|texts?|patients?|callers?|clients?|customers?|tenants?|staff|schedule|doctor|agent|operator|problem|issue|bill|invoice|charges?|holding|on hold|hold times?|waiting|voicemail|busy signal)\b/);

const ECHO_RE =
  compact(/(?:[,:-]\s*|^)(?:(?:right|okay|ok|alright),? )?(?:so,? |and )(?:basically |essentially )?(?!(?:do|did|does|can|could|would|will|is|are|was|were|should|shall|may|have|has|what|when|which|who|where|why|how|if|i|i'?m|i'?ll|we|we'?ll|let|let'?s|you'?ll|you can|you could|you won'?t|you don'?t have|you want me|you'?d like)\b)(?=[^?]*\b(?:you|your|youre|calls?|messages?|pager?|paged|texts?|patients?|callers?|nobody|no one|doctors?|operators?|agents?|forwarding|woken|bill|invoice|charges?)\b)[^?]{12,160}\?\s*$|(?:[,:-]\s*|^)(?:you were|you'?ve been|you have been|your (?:\w+ )?(?:calls?|messages?|pager?|patients?|callers?|texts?|staff) (?:were|was|went|got|never|didn'?t|couldn'?t|kept))\b[^?]{8,160}\?\s*$/);

const PROMISED_CONTACT = compact(/(?:'ll|\bwill|\bill|going to|gonna|\blet me|\bi can|\bwe can)\s+(?:\S+\s+){0,3}?(?:call|ring|phone|text|ping|email|e-mail|check|follow|touch|contact|buzz|give|drop|send|reach|pop|look|circle|get back|be in touch)\b/);

export interface RephraseHit extends Hit {
  /** Whether the restated problem itself is in the utterance (judgement call 1: then it is also `acknowledge`). */
  restates: boolean;
}

function wordCount(s: string): number {
  const m = s.match(/[a-z0-9']+/g);
  return m ? m.length : 0;
}

// `acknowledge` asks for the same doc right after `rephrase` does.
const memo = new WeakMap<Doc, RephraseHit[]>();

/** Finds restatements and understanding checks; exported so `acknowledge` can apply judgement call 1. */
export function findRephrase(doc: Doc): RephraseHit[] {
  let found = memo.get(doc);
  if (found === undefined) {
    found = scan(doc);
    memo.set(doc, found);
  }
  return found;
}

function scan(doc: Doc): RephraseHit[] {
  if (!test(PREFILTER, doc.folded)) return [];
  const out: RephraseHit[] = [];
  const sentences = doc.sentences;
  sentences.forEach((s: Sentence, i: number) => {
    for (const m of matchesIn(s.text, LEAD_RE)) {
      const rest = s.text.slice(m.index + m[0].length);
      if (test(DATA_CHECK, rest) && wordCount(rest) < 10) continue;
      // "Let me read back what happens next: I'll..." recaps the plan (summarize), not the caller's problem.
      if (/^\s*(?:to you\s*)?(?:what happens next|what we(?:'?ve| have)? (?:agreed|decided|done|changed)|the (?:plan|next steps|changes)|our (?:plan|next steps))\b/.test(rest)) continue;
      // "Just to confirm, what's your account number?" asks for data, not for a check of the problem.
      if (/^just (?:to|so i can) (?:confirm|clarify|check|double)/.test(m[0]) && /^\s*[,:-]\s*(?:what|which|who|whom|where|when|how|can|could|is|are|do|does)\b/.test(rest)) continue;
      // "I want to make sure I get this right - what time was the call?" prefaces questions; it checks nothing yet.
      if (/\bget$/.test(m[0]) && /\b(?:what|when|who|which|where|how|do you|did you|can you|could you)\b/.test(rest) && !/\byou(?:'re| are)? (?:said|saying|told)\b/.test(rest)) continue;
      // "I'll ring you Monday just to make sure it's working": the purpose of a promised call, not a check of the problem.
      if (/^(?:so,? )?(?:just )?(?:to|so i can) /.test(m[0]) && test(PROMISED_CONTACT, s.text.slice(0, m.index))) continue;
      const next = sentences[i + 1];
      const restates =
        (wordCount(rest) >= 4 && test(CONTENT, rest)) ||
        (next !== undefined && wordCount(rest) < 4 && /[:?-]\s*$|\bso far\b/.test(s.text) && wordCount(next.text) >= 5 && test(CONTENT, next.text));
      out.push({ start: s.start + m.index, end: s.start + m.index + m[0].length, restates });
    }
    for (const m of matchesIn(s.text, CHECK_RE)) {
      const before = s.text.slice(0, m.index);
      if (/^\s*[-,:]\s*(?:the\s+|on\s+|at\s+)?\d/.test(s.text.slice(m.index + m[0].length))) continue;
      // "I'll call you back at 3 - is that right for you?" checks the plan is agreeable, not that the problem was understood.
      if (/\b(?:i'?ll|i will|ill|i'?m going to|we'?ll|we will|let me)\b|\b(?:i|we) (?:can|could) (?!see|hear|tell|imagine|understand)[a-z]/.test(before) && !/\byou(?:'ve| have|'re| are)? (?:said|told|were|had|got|mentioned|saying)\b/.test(before)) continue;
      const prev = sentences[i - 1];
      if (test(DATA_CHECK, before) || (wordCount(before) < 3 && prev !== undefined && test(DATA_CHECK, prev.text) && !/\b(?:you|your)\b.*\b(?:late|wrong|never|didn'?t|not|missed)\b/.test(prev.text))) continue;
      const restates =
        (wordCount(before) >= 5 && test(CONTENT, before)) ||
        (wordCount(before) < 3 && prev !== undefined && wordCount(prev.text) >= 6 && /\b(?:you|your|youre)\b/.test(prev.text) && !/^\s*(?:thank|thanks)/.test(prev.text));
      out.push({ start: s.start + m.index, end: s.start + m.index + m[0].length, restates });
    }
    // A question tag on a restatement: "So your calls went to voicemail all morning, right?"
    const tag =
      /^(?:(?:okay|ok|alright|right),? )?(?:so,? )?(?:basically |essentially |just so i'?m clear,? )?(?:you|your|youre|you'?re|you'?ve|the (?:calls?|messages?|page|pager|texts?)|nobody|no one)\b.{10,}[,-]\s*(?:right|correct|yes|yeah|yep|is that right|is that correct|is that it|isn'?t it|wasn'?t it|didn'?t (?:it|they|he|she)|weren'?t they)\s*\?\s*$/.exec(s.text) ??
      /^(?:(?:okay|ok|alright|right),? )?so,? (?:basically |essentially )?(?!you'?ll|you will|you can|you could|you won'?t|you want me|you'?d like|you don'?t have)(?:you|your|youre|you'?re|you'?ve|the (?:calls?|messages?|page|pager|texts?)|nobody|no one)\b.{10,}\?\s*$/.exec(s.text);
    if (tag && !test(DATA_CHECK, s.text)) out.push({ start: s.start, end: s.start + s.text.length, restates: true });
    // A statement of the caller's experience asked back as a question: "...so the problem started Monday?", "- you were paged four times?"
    const echo = !tag ? exec(ECHO_RE, s.text) : null;
    // "May I suggest two things - dropping the menu, and having us take messages?" proposes; it restates nothing.
    if (echo && !test(DATA_CHECK, s.text) && !/\b(?:suggest|recommend|propose|how about|what about|what if|would you like)\b/.test(s.text) && !/\b(?:what|when|which|who|whom|where|why|how)\b/.test(echo[0])) {
      const from = echo.index + (/^[,:-]?\s*/.exec(echo[0])?.[0].length ?? 0);
      out.push({ start: s.start + from, end: s.start + s.text.length, restates: true });
    }
  });
  return out;
}

/** `rephrase`: restates the caller's problem to confirm understanding, or asks whether it was understood. */
export const rephrase: Detector = {
  label: 'rephrase',
  reasons: {
    en: {
      default: "Restating the problem and checking you got it right shows the caller you listened (active listening: rephrase their problem).",
      check: "Asking whether you understood correctly invites the caller to correct you before you act on a wrong picture.",
    },
  },
  detect(doc: Doc): Hit[] {
    return findRephrase(doc).map((h) => ({ start: h.start, end: h.end, reason: h.restates ? 'default' : 'check' }));
  },
};
