import type { Detector, Hit } from '../detector.ts';
import type { Doc } from '../text.ts';
import { findSpans } from '../text.ts';
import { compact } from '../patterns.ts';
import { test } from '../prefilter.ts';


// Ordering the caller's feelings (000: never sound condescending) - "calm down", "relax", "take a deep breath".
const CALM = compact(
  String.raw`(?<!\b(?:not (?:going to|gonna) (?:tell|ask) you to|won'?t (?:tell|ask) you to|never (?:tell|ask) you to|(?:things|it|phones?|lines?|volume|it'?s) (?:will |should |to )?) )` +
    String.raw`\b(?:calm(?:ing)? (?:yourself )?down|calm yourself(?! (?:first|before))|compose yourself|settle down|simmer down|cool (?:it|down|off)|chill(?: out)?|take it easy|get a grip|pull yourself together|take a (?:deep )?breath|take a few (?:deep )?breaths|(?<=^|[,.!-]\s?|okay,? |ok,? |now,? |so,? )deep breaths?|stop (?:being so )?(?:hysterical|emotional|dramatic))\b`,
  'g',
);
const CALM_NOT_CALLER = compact(/\b(?:(?:things|it|the phones?|the lines?|volume|the weather|the storm|traffic|everything) (?:calms?|settles?|cools?|will calm|should calm|to calm)|let me take a (?:deep )?breath|i (?:took|take) a (?:deep )?breath|(?:i'?m|i am|we'?re|we are) (?:going to |gonna )?(?:take|taking) a (?:deep )?breath)\b/);
const RELAX = compact(/(?:^|[,.!-]\s*|\b(?:just|please|ok|okay|now|so|hey|look|listen|sir|ma'?am|and|need to|have to|got to|gotta|try to|want you to|just need to)\s+)relax\b(?!\s+(?:the|our|your|those|these|this|that|a|any)\b)/g);
const FEELINGS = compact(
  String.raw`\b(?:(?:there'?s|there is|theres) (?:really |honestly |absolutely |simply )?no (?:need|reason|call) (?:for you )?to (?:get|be|feel) (?:so |this |that |all )?(?:upset|worked up|emotional|angry|excited|dramatic|hysterical|mad|hostile)|(?:you'?re|you are|youre) getting (?:yourself )?(?:all |so |really |a bit |very )?(?:worked up|wound up|het up|in a (?:state|tizzy|flap|lather))|no need to (?:get|be) (?:so |this |that |all )?(?:upset|worked up|emotional|angry|excited|dramatic|hysterical)|no need to (?:shout|yell|raise your voice|get loud)|(?:don'?t|do not|dont) (?:get|be) (?:so |all |this )?(?:upset|worked up|emotional|excited|dramatic|hysterical|sensitive|huffy)|(?:you'?re|you are|youre) (?:just |being |really |way |totally |a bit |a little |too |so |very ){0,4}(?:overreacting|over-reacting|over reacting|(?:dramatic|emotional|hysterical|oversensitive|over-sensitive|sensitive))|(?:stop|quit) (?:overreacting|throwing a (?:tantrum|fit))|try not to (?:get|be) (?:so |all |too )?(?:upset|emotional|hysterical|worked up|angry|dramatic|excited)|let'?s not (?:get|be) (?:so |all |too )?(?:upset|emotional|hysterical|worked up|carried away|dramatic|excited))\b`,
  'g',
);
// "As I already told you..." - repeating oneself as a reproach.
const ALREADY_TOLD = compact(
  String.raw`\b(?:(?:as|like) (?:i|ive|i'?ve) (?:already |just |previously )?(?:told|explained to|said to) you|(?:as|like) (?:i|i'?ve|ive) (?:already |just |previously )?(?:said|explained|mentioned|stated)(?: (?:it|this|that))?,? (?:already|before|earlier|twice|again|(?:two|three|several|a few|a couple of|\d+) times)|(?:as|like) (?:i|i'?ve|ive) already (?:said|explained|mentioned|stated)|like i said|(?:i'?ve|i have|ive|i) (?:already |just )?(?:told|explained (?:this |that |it )?to) you (?:already|before|twice|(?:two|three|several|a few|a couple of|\d+|many|multiple) times)|(?:i'?ve|i have|ive|i) already (?:told|explained (?:this |that |it )?to) you|(?:i|i'?ve|ive|i have) (?:already )?(?:explained|said|told you) (?:this|that|it) (?:already|twice|(?:two|three|four|five|several|a few|a couple of|multiple|many|\d+) times)|(?:i|we|i'?ve|ive|we'?ve) (?:already )?(?:went|gone|been) (?:through|over) (?:this|that|it|all (?:of )?this|all (?:of )?that) with you(?: already| before| twice)?|for the (?:second|third|fourth|fifth|last|hundredth|umpteenth|millionth|tenth|fiftieth) time|how many (?:more )?times (?:do|must|should|will|have) i)\b`,
  'g',
);
// "You need to understand that..." lectures the caller; "I understand" / "help me understand" do not.
const LECTURE = compact(
  String.raw`\b(?:(?:you|u)(?: really| will| would|'?ll|'?d|'?ve)? (?:really |just |simply |still )?(?:need|have|have got|got|gotta|must|should|ought|better|had better) (?:to )?(?:understand|realize|realise)|(?:you'?ve|youve|you have) (?:got )?to (?:understand|realize|realise)|what you (?:need|have|'?ve got|have got|must) (?:to )?(?:understand|realize|realise) is|(?<!\bif )(?:you|u) (?:just )?(?:don'?t|dont|do not|clearly don'?t|obviously don'?t) (?:seem to )?(?:understand|get it|get how|get that)|(?:you'?re|you are|youre) (?:just )?not (?:understanding|listening|getting it)|(?:do|did) you (?:even )?(?:understand|get) (?:me|that|what i'?m saying|what i said)\?|are you (?:even )?listening|(?:try to|try and) (?:keep up|follow along|pay attention)|(?:(?:^|[,.!-]\s*)(?:now,? )?|please |just |you need to |you have to |you should |you'?d better )(?:pay attention|listen (?:to me )?(?:very )?carefully)|let me (?:explain|say|put) (?:it|this|that) (?:very |really )?(?:slowly|simply) (?:for|so) you|let me (?:spell|break) it (?:out|down) for you|(?:in )?(?:very |really )?simple terms (?:for you|so you)|(?:is that|was that) clear\?|(?:(?:^|[,.!-]\s*)(?:now,? )?|you need to |you have to |please )listen to me|if you (?:would|'?d|could) (?:just |only )?(?:listen|pay attention)|let me (?:educate|enlighten) you|(?:as|like) (?:you|u) (?:should|ought to|must|really should) (?:know|be aware|understand|remember)(?: by now)?|(?:as|like) (?:any(?:one|body)|every(?:one|body)) (?:knows|would know|should know|can see)|(?:every(?:one|body)|all (?:of )?(?:my|our|the) other (?:callers|clients|customers)) (?:else )?(?:seems? to |manages? to |is able to )?(?:understands?|gets?|figures?|follows?) (?:this|that|it)(?! out for)|(?:you )?(?:clearly|obviously) (?:don'?t|do not) (?:know|understand) how (?:this|it|that|the \w+) works|(?:i'?m sure )?even you (?:can|could|should) (?:understand|follow|see|get)|(?:explain|say|tell you) (?:it |this |that )?(?:one more|one last|once more) time|(?:^|[,.!-]\s*)just breathe|(?:make|keep) (?:this|it) (?:very |really )?simple for you|is (?:that|it|this) (?:really )?(?:so|that) (?:hard|difficult)(?: to (?:understand|follow|do|remember))?\?|(?:^|,\s*)(?:understand|got it|get it|got that|capeesh|comprende)\?$)`,
  'g',
);
const SIMPLE = compact(
  String.raw`\b(?:(?:it'?s|it is|its|this is|that'?s|thats|this isn'?t|that isn'?t|it isn'?t|isn'?t) (?:really |honestly |just |actually )?(?:not )?(?:rocket science|brain surgery)|(?:it'?s|it is|its|this is|that'?s|thats|it'?s really|it really is)? ?(?:not|isn'?t|isnt) (?:really |honestly |actually )?(?:that|so|all that|very) (?:complicated|hard|difficult|complex|confusing|tricky)|(?:it'?s|it is|that'?s|this is) (?:just )?common sense|(?:it'?s|it is|its|that'?s|thats|this is) (?:just |really |pretty )?(?:simple|basic|easy|elementary) (?:math|arithmetic|stuff)(?=\s*[,.!]|$| really)|(?:any|every)(?:one|body) (?:can|could|would) (?:understand|figure|do|manage) (?:it|that|this)|even a (?:child|kid|five[- ]year[- ]old|toddler) (?:can|could)|it'?s (?:really |very |pretty )?simple,? really|it'?s (?:really|very|pretty) simple(?=[.!]|$))`,
  'g',
);
// Pet names and belittling address forms.
const PET = compact(/(?:^|[,.!-]\s*|\b(?:okay|ok|alright|all right|now|sure|look|listen|yes|no|relax|thanks|there there|oh)\s*,?\s*)(?:sweetie|sweetheart|sweety|honey|hun|hon|darling|darlin'?|dear|my dear|sugar|babe|baby|buddy|pal|kiddo|champ|young (?:lady|man)|little lady|love|luv|petal|doll)\b(?=\s*(?:[,.!?-]|$))|\bbless your (?:little )?heart\b/g);
// Shushing the caller instead of politely interrupting.
const SHUSH = compact(/\b(?:(?:just |please |you need to )?stop talking|(?:please |just )?be quiet|(?<!\b(?:things|it|phones?|lines?|calls?|volume|everything|it all)\s)quiet down|hush|shush|zip it|(?:stop|quit) interrupting(?: me)?|let me (?:talk|finish)(?: for once|,? (?:will|would) you)?(?=[.!]|$)|(?:will|would|can|could) you (?:just )?let me (?:finish|talk|speak)\??)\b/g);


// Fresh-set kinds: explaining "slowly" or "so you understand this time", "you should have known", "it's a simple process, really",
// idioms that belittle the caller's upset, "over your head", comparing them with everyone else, "you shouldn't be so upset".
const MORE = compact(
  String.raw`\b(?:(?:let me|i'?ll|i will|i'?m going to) (?:explain|say|go over|put|repeat|run through|go through)(?: (?:it|this|that))?(?: (?:all )?again)? (?:very |really |nice and |real )?(?:slowly|simply)(?! (?:with|together|and carefully))|(?:so|so that) you (?:actually |finally )?(?:understand|get it|get that|follow)(?: it)? this time|(?:you )?(?:really )?should(?:'?ve|ve| have) known (?:that|this|better)|you should (?:already |really )?(?:know|understand) (?:that|this|how)\b(?:[^.!?]{0,30}?)(?: by now| already)|(?:it'?s|it is|this is|that'?s) (?:a |an )?(?:very |really |pretty |quite |super )?(?:simple|easy|basic|straightforward) (?:process|thing|procedure|system|step|form|request|change),? (?:really|honestly|you know)|(?:get|getting|got) your (?:knickers|panties|undies|knickers) in a (?:twist|bunch|knot)|(?:don'?t|do not|dont) have a cow|keep your (?:hair|shirt|pants|knickers) on|hold your horses|(?:don'?t|do not|dont) get (?:all )?(?:bent out of shape|your (?:feathers|back) up)|(?:over|above) your head|(?:too|a bit|a little|rather) (?:complicated|technical|much|complex|difficult|advanced) for you(?: to (?:understand|grasp|follow|take in))?|(?:every(?:one|body)|all (?:of )?(?:our|my|the) other (?:clients|callers|customers|doctors|offices)|(?:most|other) (?:people|clients|callers|customers|offices)) (?:else )?(?:seems? to |manages? to |is able to |are able to |can )?(?:manage|manages|use|uses|figure|figures|handle|handles|do|does|get|gets|understand|understands|cope|copes|work|works)\b[^.!?]{0,40}?\bjust fine|every(?:one|body) else (?:manages|copes|seems to manage|has no (?:problem|trouble|issue|complaints?))|(?:you )?(?:shouldn'?t|should not|needn'?t|don'?t need to|do not need to) (?:be|get|feel) (?:so|this|that|too|all that) (?:upset|worked up|angry|mad|emotional|bothered|worried|annoyed|cross)|(?:^|[,.!-]\s*|\b(?:now|just|so|look|please)\s*,?\s*)(?:stop|quit) (?:panicking|freaking out|fussing|flapping|getting so worked up)|(?:^|[,.!-]\s*|\blet'?s (?:try|go over|go through|do) (?:this|that|it) (?:again|one more time),?\s*)nice and slow(?:ly)?(?=\s*[,.!]|$)|(?:it'?s|it is|its) (?:actually |really )?quite (?:simple|easy|straightforward)(?:,? really)?(?=\s*[.!]|$))\b`,
  'g',
);
const GATE_MORE = compact(/slow|quite|simply|this time|known|by now|already|process|thing|procedure|system|step|form|request|change|knickers|panties|undies|cow|hair|shirt|pants|horses|bent out|feathers|back up|your head|for you|fine|else|upset|worked up|angry|mad|emotional|bothered|worried|annoyed|cross|panick|freaking|fussing|flapping/);

// Cheap keyword gates: each pattern runs only when its words are present.
const GATE = {
  calm: compact(/calm|compose|settle|simmer|cool|chill|easy|grip|together|breath|hysterical|emotional|dramatic/),
  relax: /relax/,
  feelings: compact(/wound up|het up|in a (?:state|tizzy|flap|lather)|upset|worked up|emotional|angry|excited|dramatic|hysterical|mad|hostile|shout|yell|voice|loud|overreact|over-react|over react|sensitive|huffy|tantrum|fit\b/),
  alreadyTold: /through|over|told|said|explain|mention|stated|time/,
  lecture: compact(/understand|should know|ought to know|must know|be aware|remember|knows|would know|can see|gets? (?:this|that|it)|figures?|follows?|reali[sz]|get it|getting|get how|get that|listening|keep up|follow|attention|listen|slowly|simply|spell|break it|simple terms|clear\?|got it|got that|capeesh|comprende|educate|enlighten|works|even you|one more|one last|once more|breathe|so hard|that hard|so difficult|simple for you/),
  simple: compact(/rocket|math|arithmetic|basic|easy|elementary|brain surgery|complicated|hard|difficult|complex|confusing|tricky|common sense|anyone|anybody|everyone|everybody|even a|simple/),
  pet: compact(/\blove\b|\bluv\b|petal|\bdoll\b|sweet|honey|hun|hon|darlin|dear|sugar|babe|baby|buddy|pal|kiddo|champ|young|little lady|bless/),
  shush: /talk|quiet|hush|shush|zip it|interrupting|finish|speak/,
};

function detect(doc: Doc): Hit[] {
  const f = doc.folded;
  const hits: Hit[] = [];
  const add = (re: RegExp, reason: string) => {
    for (const sp of findSpans(doc, re)) hits.push({ ...sp, reason });
  };
  if (test(GATE.calm, f)) {
    for (const sp of findSpans(doc, CALM)) {
      const s = doc.sentences.find((x) => sp.start >= x.start && sp.start < x.start + x.text.length);
      if (s && test(CALM_NOT_CALLER, s.text)) continue;
      hits.push({ ...sp, reason: 'calm' });
    }
  }
  if (test(GATE.relax, f)) {
    for (const sp of findSpans(doc, RELAX)) {
      const i = f.indexOf('relax', sp.start);
      hits.push({ start: i, end: i + 5, reason: 'calm' });
    }
  }
  if (test(GATE.feelings, f)) add(FEELINGS, 'feelings');
  if (test(GATE.alreadyTold, f)) add(ALREADY_TOLD, 'alreadyTold');
  if (test(GATE.lecture, f)) add(LECTURE, 'lecture');
  if (test(GATE.simple, f)) add(SIMPLE, 'simple');
  if (test(GATE.pet, f)) {
    for (const sp of findSpans(doc, PET)) {
      const text = f.slice(sp.start, sp.end);
      const m = /(?:sweetie|sweetheart|sweety|honey|hun|hon|darling|darlin'?|my dear|dear|sugar|babe|baby|buddy|pal|kiddo|champ|love|luv|petal|doll|young (?:lady|man)|little lady|bless your (?:little )?heart)$/.exec(text);
      // "Oh dear" is an exclamation, not a name for the caller.
      if (/\boh\s*,?\s*dear$/.test(text)) continue;
      hits.push({ start: m ? sp.start + m.index : sp.start, end: sp.end, reason: 'petName' });
    }
  }
  if (test(GATE.shush, f)) add(SHUSH, 'shush');
  if (test(GATE_MORE, f)) add(MORE, 'default');
  return hits;
}

/** `condescending`: talks down to the caller or orders their feelings (000: never sound condescending). */
export const condescending: Detector = {
  label: 'condescending',
  reasons: {
    en: {
      default: 'That talks down to the caller; acknowledge their feelings instead of judging them.',
      calm: 'Telling an upset caller to calm down or relax orders their feelings; acknowledge them instead ("I can hear how frustrating this is").',
      feelings: 'Judging how the caller feels ("no need to get upset") talks down to them; name their feeling and show you understand.',
      alreadyTold: '"As I already told you..." makes the caller feel slow; explain it again patiently, in different words.',
      lecture: '"You need to understand..." lectures the caller; explain the facts plainly and check if they make sense.',
      simple: 'Calling it simple implies the caller is slow; walk them through it without judgement.',
      petName: 'Pet names like "sweetie" or "honey" belittle the caller; use their name and title.',
      shush: 'Ordering the caller to stop talking is rude; interrupt politely ("I\'m sorry to interrupt - may I ask a few questions?").',
    },
  },
  detect,
};
