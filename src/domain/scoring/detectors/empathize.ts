import type { Detector, Hit } from '../detector.ts';
import type { Doc, Sentence } from '../text.ts';
import { pattern, compact } from '../patterns.ts';
import { matchesIn } from '../text.ts';
import { test } from '../prefilter.ts';

const PREFILTER = compact(/(?:understand|get|see) why|sor+y|apolog|imagine|must (?:have|be|feel)|must'?ve|sounds?|can'?t have|cannot have|would|i'?d|id be|in your (?:shoes|position|place)|every (?:right|reason)|understandable|right to|no wonder|feel your|hate|fair|why (?:that|this|it)|how you|been there|blame you|feel|awful|terrible|horrible|nightmare|last thing|hate that|heart|regret|unfortunate|wish|shame|frustrating|how (?:stressful|upsetting|awful|frustrating|scary)|what a|worst|pain|annoying|too\b|so would i|(?:upset|frustrate|worry|scare|rattle|alarm|anger|infuriate|unsettle|panic|stress out) (?:any|most)/);

const ADV = `(?:so|very|really|truly|terribly|deeply|awfully|incredibly|sincerely|genuinely|extremely|just|really really|so very)`;
const SORRY = `(?:i'?m|i am|im|am|we'?re|we are|were)?\\s*(?:${ADV}\\s+){0,2}sor+y`;

// "Sorry" that apologises for this call's mechanics (interrupting, a noisy line, a question) is politeness, not empathy.
const SORRY_FILLER = pattern(
  `^\\s*(?:,|-|\\.{3})?\\s*(?:(?:mr|mrs|ms|miss|dr|sir|ma'?am)\\.?\\s*[a-z]*\\s*,?\\s*)?(?:` +
    `,?\\s*(?:one more thing|another thing|quick question|one (?:last|more|quick) question|i'?m new|i am new)\\b|` +
    `to (?:interrupt|cut|jump|break|butt|bother|trouble|ask|put you|keep you|have to|say|make you|be a pain)|` +
    `(?:for|about) (?:the|that|this|my|our)? ?(?:short |little |brief |long )?(?:wait|hold|delay|interruption|noise|background|confusion on my end|line)\\b(?!\\s+times)|` +
    `(?:for|about) (?:keeping|interrupting|cutting|making you (?:hold|wait)|the interruption|putting you)|` +
    `but\\b|` +
    `you feel (?:that|this) way|if you feel|` +
    `,?\\s*(?:could|can|would|will|may|let) (?:you|i|me)\\b|,?\\s*(?:wrong (?:extension|number|line|person|button|account|file|name|department)|my bad|(?:i'?ll|i will|i'?m going to|we'?ll|i) (?:just )?(?:need|have to ask|have to get))\\b|,?\\s*(?:what|who|which|where|how|when)\\b|,?\\s*(?:i didn'?t|i did not|i missed|i couldn'?t|i can'?t) (?:catch|hear|get)|,?\\s*(?:the line|you'?re breaking|say (?:that|again)|come again|one more time|i misspoke|i meant|(?:my|the) (?:computer|system|screen|headset|phone|line|connection)|(?:that'?s|it'?s) (?:above|beyond|outside)|not\\b|you'?ll (?:have|need)|you (?:have|need|must) to|that'?s (?:just|how|the (?:policy|rule))|i'?m not able|i can'?t|i cannot|we can'?t|we cannot|we don'?t|i don'?t|there'?s nothing|that'?s not|it'?s not|no\\b)` +
  `)`,
);
const SORRY_RE = pattern(`\\b${SORRY}\\b`);
const APOLOGY_RE = pattern(
  `\\b(?:(?:i|we) (?:(?:do|really|truly|sincerely|deeply) )?apologi[sz]e|(?:my|our) (?:(?:sincere|deepest|sincerest|humble) )?apologies|apologies)\\b`,
);

// Feeling for the caller's situation in other words.
const FEELING_RE = pattern(
  '\\b(?:' +
    [
      `i (?:can )?(?:only |just )?imagine (?:how|what)`,
      // "I imagine the doctor will call you" predicts; it does not feel for the caller.
      `i (?:can )?(?:only |just )?imagine (?:that|the)(?![^,.;!?]{0,50}?\\b(?:will|'ll|would|should|can|could|is going to|are going to)\\b)`,
      `i can (?:only |just )?imagine(?= *(?:[.!,]|$| how| what))`,
      `i can(?:'?t|not| not) (?:even )?imagine (?:how|what|that|the|being)`,
      `(?:i'?d|i would|id|anyone would|anybody would|who wouldn'?t|i'?d have|i would have|i'?d've) (?:be |feel |have been |'ve been |also be |probably be |definitely be )?(?:just as |so |really |pretty |very |equally |absolutely |exactly )?(?:upset|frustrated|furious|angry|annoyed|mad|livid|irritated|unhappy|worried|stressed|concerned|fed up|the same|exhausted|disappointed|beside myself|losing my mind|fuming|seething|raging|gutted|cross|beside myself)`,
      `(?:i'?d|i would|id) (?:be|feel) (?:that way |the same(?: way)? )?(?:too|as well)\\b`,
      `so would i\\b`,
      `(?:would|'?d|will|could) (?:upset|frustrate|worry|scare|rattle|alarm|anger|stress out|infuriate|unsettle|panic|exhaust) (?:anyone|anybody|any (?:\\w+ )?(?:parent|mother|father|doctor|owner|client|person|one)|most people)\\b`,
      `(?:in your (?:shoes|position|place)|if i were you),? i'?d`,
      `(?:that|this|it|which|what you went through|all that|all of that|that whole thing) (?:must|must'?ve|must have|would have|would'?ve|has to have) (?:been|be|felt|feel) (?:a |an |such an? )?(?:so |really |very |incredibly |truly |pretty |awfully |extremely |terribly |absolutely )?(?:frustrating|maddening|stressful|upsetting|awful|terrible|horrible|scary|frightening|infuriating|exhausting|hard|difficult|aggravating|annoying|worrying|alarming|embarrassing|discouraging|disappointing|a nightmare|a shock|rough|tough|miserable|unsettling|nerve|exasperating|inconvenient|a pain|draining|overwhelming)`,
      `(?:that|this|it|which) (?:sounds?|seems|sounded) (?:so |really |very |incredibly |truly |pretty |awfully |extremely |absolutely |just )?(?:frustrating|maddening|stressful|upsetting|awful|terrible|horrible|scary|frightening|infuriating|exhausting|hard|difficult|aggravating|annoying|worrying|alarming|embarrassing|discouraging|disappointing|like a nightmare|like a (?:really |very )?(?:rough|tough|long|awful|terrible|horrible|frustrating|stressful) |rough|tough|miserable|exasperating|draining|overwhelming|unacceptable)`,
      `how (?:\\w+ ){0,2}?(?:that|this|it) (?:must|must'?ve|must have) (?:be|been|feel|felt)\\b`,
      `(?:that|this|it) (?:can'?t|cannot|couldn'?t|could not) have been (?:easy|fun|pleasant|good)`,
      `(?:you'?re|you are|youre|ur) (?:\\w+ )?right to (?:be|feel) (?:upset|angry|frustrated|annoyed|mad|furious|concerned|worried|disappointed)`,
      `(?:you|u) (?:have|had|'?ve got|ve got) every (?:right|reason) to (?:be|feel)`,
      `(?:that'?s|that is|thats|it'?s|it is|its|which is) (?:completely |totally |perfectly |entirely |absolutely |very |so )?understandable`,
      `(?<!\\b(?:don'?t|do not|dont|can'?t|cannot|cant|didn'?t|not|never) )(?:completely |totally |fully |really |can )?(?:understand|get|see) why (?:you'?re|you'?d be|you are|youre|you'?d|you would|you feel|you'?re feeling)`,
      `why (?:that|this|it)(?:'?s| is| was| would be| would have been| must be| must have been| would feel) (?:so |really |very |incredibly )?(?:upsetting|frustrating|stressful|annoying|infuriating|maddening|concerning|worrying|scary|alarming|hard|difficult|aggravating|exasperating|disappointing)`,
      `no wonder (?:you'?re|you are|youre|you feel|you were)`,
      `(?:i )?(?:don'?t|do not|dont|can'?t|cannot) blame you`,
      `i (?:feel|felt) (?:so |really |truly |just )?(?:terrible|awful|bad|horrible|sick) (?:about|that|for)`,
      `i feel (?:so |really |just )?(?:terrible|awful|horrible)\\b`,
      `i feel for you`,
      `(?:i )?(?:totally |really |completely )?feel your (?:pain|frustration)`,
      `(?:i'?d|i would|id) hate (?:for )?(?:that|this|it) to`,
      `(?:that'?s|that is|it'?s|it is) not fair (?:to|on) you`,
      `(?:^|, )sounds? (?:like )?(?:a |an )?(?:really |absolute |total |complete )?(?:nightmare|awful|terrible|horrible|frustrating|stressful|rough|exhausting)`,
      `i know (?:exactly |just )?how you(?:'?re| are)? feel(?:ing)?`,
      `i'?(?:ve| have) been there`,
      `my heart goes out`,
      `i hate (?:that|to hear) (?:this|that|you|your|it)`,
      `(?:that'?s|that is|thats|what) (?:a |an |the )?(?:really |truly |just |so )?(?:awful|terrible|horrible|frustrating|annoying|infuriating|maddening|upsetting|stressful|rough|tough|miserable|nightmare|nightmarish|worst|pain)\\b(?! (?:thing|idea|excuse) (?:to say|for you to))`,
      `(?<!\\b(?:see|hear|tell|understand|know|get|appreciate|realize|recognize) )how (?:stressful|upsetting|awful|frustrating|scary|terrible|horrible|infuriating|maddening|exhausting)`,
      `(?:the )?last thing (?:you|anyone|anybody|a (?:doctor|parent|business|practice)) (?:needs?|needed|wants?|wanted)`,
      `(?:i'?m|i am|im) (?:so |really |very |truly )?(?:sad|upset|sorry|distressed|dismayed|unhappy|disappointed) (?:to hear|that (?:you|your|this|it))`,
      `(?:i|we) (?:truly |sincerely |deeply )?regret (?:that|the|this|what|any|you)`,
      `(?:i )?wish (?:this|that|it|you) (?:hadn'?t|had not|didn'?t|wasn'?t|never|had(?:n'?t)?)`,
      `(?:that'?s|that is|what) a (?:real )?shame`,
      `(?:that|it) (?:should never have|shouldn'?t have) happened to you`,
    ].join('|') +
    ')',
);

/** `empathize`: expresses feeling for the caller's situation. */
export const empathize: Detector = {
  label: 'empathize',
  reasons: {
    en: {
      default: "Expressing feeling for what the caller went through shows you care (A.E.R.: Empathize) and lowers the temperature of the call.",
      sorry: "A sincere 'I'm sorry' for what happened to the caller is empathy (A.E.R.: Empathize); it apologises without assigning blame.",
      time: "Apologising for the caller's time on hold is the workbook's empathy about their time (A.E.R.: Empathize).",
      feeling: "Putting yourself in the caller's shoes ('I'd be upset too', 'that must have been frustrating') shows you care about their situation.",
    },
  },
  detect(doc: Doc): Hit[] {
    if (!test(PREFILTER, doc.folded)) return [];
    const hits: Hit[] = [];
    for (const s of doc.sentences) {
      if (/sor+y|apolog/.test(s.text)) {
        apologyHits(s, SORRY_RE, hits);
        apologyHits(s, APOLOGY_RE, hits);
      }
      if (!test(PREFILTER, s.text)) continue;
      for (const m of matchesIn(s.text, FEELING_RE)) {
        hits.push({ start: s.start + m.index, end: s.start + m.index + m[0].length, reason: 'feeling' });
      }
    }
    return hits;
  },
};

const TIME_APOLOGY =
  compact(/^\s*(?:(?:for|about) (?:the|that|this|my|our|your|all the|any)? ?(?:short |little |brief |long |lengthy |extended )?(?:wait(?:ing)?|hold|delay)\b(?!\s+times)|(?:for|about) (?:keeping|leaving|having|making) (?:you|u) (?:wait|waiting|on hold|hold|holding|hanging)|to (?:have )?(?:kept|keep|leave|have left|make|have made) (?:you|u) (?:wait|waiting|on hold|hold|holding|hanging))/);
const OWNED = compact(/\b(?:i'?m|i am|im|we'?re|we are|i|we|my|our|so|very|really|truly|terribly|deeply|sincerely|incredibly|awfully|extremely|genuinely)\b/);
const LONG_WAIT = compact(/\b(?:so long|that long|this long|long|lengthy|extended|your time|all this time|again)\b/);

function apologyHits(s: Sentence, re: RegExp, hits: Hit[]): void {
  for (const m of matchesIn(s.text, re)) {
    const after = s.text.slice(m.index + m[0].length);
    const before = s.text.slice(0, m.index);
    // "not sorry", "no need to be sorry", "you're sorry" are not the agent feeling for the caller.
    if (/\b(?:not|should be|need to be|have to be|no need to be|don'?t be|nothing to be|say|said|saying|you'?re|you are|you'?ll be|they'?re|he'?s|she'?s)\s*$/.test(before)) continue;
    // "Sorry?" asks the caller to repeat.
    if (/^\s*\?/.test(after)) continue;
    // Workbook: "Empathize about their time if you leave them on hold." An owned or heartfelt apology for the caller's wait
    // ("I'm so sorry for the wait", "I apologize for keeping you on hold so long") is that empathy; a clipped "Sorry for the wait," is a courtesy.
    if (test(TIME_APOLOGY, after)) {
      if (test(OWNED, m[0]) || test(LONG_WAIT, after.slice(0, 60))) {
        const lead = m[0].length - m[0].trimStart().length;
        hits.push({ start: s.start + m.index + lead, end: s.start + m.index + m[0].length + clauseLen(after), reason: 'time' });
      }
      continue;
    }
    SORRY_FILLER.lastIndex = 0;
    if (test(SORRY_FILLER, after)) continue;
    // "patch fees - sorry, connection fees -" corrects a word; "not my area, sorry." is a clipped courtesy.
    if (/\S\s*[-\u2013\u2014]\s*$/.test(before) && /^,?\s*(?:i mean\b|[^-\u2013\u2014.!?]{1,40}\s[-\u2013\u2014])/.test(after)) continue;
    if (m[0].trim() === 'sorry' && /,\s*$/.test(before) && /^\s*[.!]*\s*$/.test(after)) continue;
    if (/^,?\s*(?:you (?:cut|broke|dropped|went) (?:out|up)|you'?re (?:cutting|breaking) (?:out|up)|i lost you|(?:bad|terrible|crackly|noisy) line)\b/.test(after)) continue;
    const lead = m[0].length - m[0].trimStart().length;
    hits.push({ start: s.start + m.index + lead, end: s.start + m.index + m[0].length + clauseLen(after), reason: 'sorry' });
  }
}

/** Length of the rest of the clause after an apology word, for the evidence span. */
function clauseLen(after: string): number {
  const m = /[,;:!?]|\.\s*$|\s-\s|\band\b|\bbut\b/.exec(after);
  return m ? m.index : after.length;
}
