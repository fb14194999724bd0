import type { Detector, Hit } from '../detector.ts';
import type { Doc } from '../text.ts';
import { findSpans, matchesIn } from '../text.ts';
import { compact } from '../patterns.ts';
import { test } from '../prefilter.ts';

// Cheap keyword gates: each pattern runs only when its words are present.
const GATE = {
  disbelief: compact(/\b(?:kidding|joking|serious|seriously|for real|nuts|crazy|insane|break|oh|spare me|river|boo|big deal|so what|sue me|news ?flash|duh|come on)\b/),
  whatever: /whatever/,
  dare: compact(/\b(?:hang up|cancel|leave|switch|sue|go elsewhere|elsewhere|find (?:another|a new|someone)|call someone|complain|report (?:me|us)|guest|i care|we care|take it or|makes you happy)\b/),
  insult: compact(/stupid|dumb|idiot|ridicul|silly|absurd|moron|pointless|ignorant|crazy|pathetic|insane|\bnuts|clueless|childish|joke|child|baby|paranoid|delusional|nonsense|rubbish|garbage|loser|jerk|cares|asked|good luck|medal|cookie|trophy|just (?:great|wonderful|perfect|brilliant|fantastic)|oh,? (?:great|wonderful|perfect|fantastic|brilliant)|good for you|excuse me|sorry for|pardon me for|anything right|good enough|not perfect|mind reader|complain|whin|crying|moan|bitching|shut|get over|deal with it|tough luck|too bad|your (?:own )?problem|you (?:want|expect)|want from|all day|time for this|the point|majesty|highness|apparently|read (?:a|the|your|their)|because|yeah|i (?:really )?(?:don'?t|do not) care (?:what you (?:think|say|want)|about your)|i (?:really |honestly |just )?couldn'?t care less|(?:^|[,.!-]\s*)i (?:don'?t|do not) care(?=[.!]|$)|must be nice|care|happy now|done|finished|nice try|get a life|who cares|take a hike|dumbest|stupidest|silliest/),
  swear: compact(/\b(?:bloody|bollocks|arse\w*|f+u+c+k\w*|fck\w*|wtf|shit\w*|bullshit|crap\w*|damn\w*|goddamn\w*|hell|heck|screw|piss|jerk|ass|asshole|bitch\w*|bastard|shut)\b/),
  threat: compact(/sorry|regret|or else|watch|know where|have where|make sure|make certain|make your life/),
  retort: compact(/bite me|up yours|get lost|buzz off|shove it|stuff it|drop dead|get stuffed|jump in a lake|sod off|bugger off|kiss my|eat my|talk to the hand/),
  sarcasm: compact(/always|sunshine|delight|ray of|wrong side|a real|good luck|special/),
};

// Mocking disbelief aimed at the caller ("Are you kidding me?").
const DISBELIEF = compact(/\b(?:are (?:you|u) (?:kidding|joking|serious|for real|nuts|crazy|insane)(?: me| right now| with me)?|(?:you(?:'?ve| have)?|u) (?:got|gotta) (?:to )?be (?:kidding|joking)(?: me)?|you must be (?:kidding|joking)(?: me)?|you can'?t be serious|(?:^|[,.!-]\s*)seriously(?=\s*\?)|give me a break|oh,? (?:please|come on)(?=[.!]|$)|(?:^|[,.!-]\s*)come on(?=[.!]|$)|(?:do|did|are) you seriously (?:think|believe|expect|want)|spare me|cry me a river|boo[- ]?hoo|(?:^|[,.!-]\s*)big deal(?=[.!?]|$)|so what\??(?=[.!?]|$)|sue me|news ?flash|duh)\b/g);
// Empathetic surprise ("You're kidding - they hung up on you? That's awful.") is not mockery.
const SURPRISE_EMPATHY = compact(/\b(?:that'?s|that is|how) (?:so |just |really )?(?:awful|terrible|horrible|unacceptable|inexcusable|appalling|outrageous)|shouldn'?t (?:have|ever) happen|i'?m (?:so |really |very )?sorry (?:that|you|this)/);
// "Whatever." as a shrug, not "whatever you need" or "whatever it takes".
const WHATEVER = compact(/(?:^|[,.!-]\s*|\b(?:ok|okay|fine|yeah|yes|sure|well|oh)\s*,?\s*)whatever\b(?=\s*(?:[,.!?-]|$|you say|you want|floats|makes you happy|i don'?t care))|\bwhatever (?:you say|floats your boat|makes you happy)\b/g);
// "Fine, go ahead and cancel then" - daring the caller to leave; not "I can go ahead and cancel that for you".
const DARE = compact(/(?<!\b(?:i|we|i'?ll|we'?ll|i'?d|we'?d|you'?d|can|could|will|would|might|may|me|shall i|should i|want me to|like me to|have me|let me|to)\s)\b(?:go ahead and|feel free to|by all means,?|just) (?:cancel|leave|switch|sue|take your business|go (?:somewhere|elsewhere)|find (?:another|a new|someone else)|call someone else|complain|report (?:me|us)|hang up)\b[^.!?]{0,40}?(?:then|if (?:that|it) makes you happy|if you want|for all i care|see if i care|(?=[.!]|$))|\b(?:cancel|leave|go elsewhere|switch)(?: it| the account| your account| the service| us)?,? then(?=[.!,]|$)|\bfine[,.!]?\s+(?:then,? )?(?:go ahead and |just )?(?:cancel|leave|switch|hang up|sue|complain)\b[^.!?]{0,40}?(?:\bthen\b|(?=[.!?]|$))|\b(?:take|feel free to take) your business elsewhere\b|\bbe my guest\b|\bsee if (?:i|we) care\b|\bfor all (?:i|we) care\b|\btake it or leave it\b|\bif (?:that|it) makes you happy\b/g);
// Insults aimed at the caller or what they said (not "it's ridiculous that you had to wait").
const INSULT = compact(
  String.raw`\b(?:(?:that'?s|that is|thats|what|such|it'?s|this is) (?:a |an )?(?:really |pretty |very |totally |completely )?(?:stupid|dumb|idiotic|ridiculous|silly|absurd|moronic|pointless|ignorant|crazy) (?:question|thing to (?:say|ask)|request|idea|complaint|claim|comment|accusation|demand)|(?:you'?re|you are|youre|ur|u r|you sound|you seem|you'?re being|you are being|don'?t be) (?:so |just |really |being |such |a |an |completely |totally )*(?:stupid|dumb|an? idiot|idiotic|a moron|moronic|ridiculous|absurd|pathetic|crazy|insane|nuts|clueless|childish|ignorant|a joke|a child|a baby|paranoid|delusional)|(?:^|[,.!-]\s*)(?:that'?s|that is|thats|this is) (?:just |absolutely |completely |totally |utterly |pure |such )?(?:ridiculous|absurd|nonsense|crazy|insane|stupid|rubbish|garbage|a joke)(?=\s*[.!]|$)|(?:what a|you) (?:stupid|dumb|idiot|moron|jerk|loser)|(?:nobody|no one) (?:cares|asked)|(?:that'?s|thats|that is|it'?s|its|it is) (?:all )?your (?:own )?problem|(?:the )?(?:dumbest|stupidest|most ridiculous|silliest) (?:thing|question|complaint|idea)|good luck (?:with that|finding|getting)|(?:oh|yeah),? (?:sure|right),? because|(?:sure|right),? because (?:we|i) (?:just )?(?:love|enjoy|like|want|live)|(?:^|[,.!-]\s*)yeah,? right(?=[.!]|$)|i (?:really )?(?:don'?t|do not) care (?:what you (?:think|say|want)|about your)|i (?:really |honestly |just )?couldn'?t care less|(?:^|[,.!-]\s*)i (?:don'?t|do not) care(?=[.!]|$)|must be nice|happy now\?|are you (?:done|finished)(?: yet| now)?\?|nice try|get a life|who cares|take a hike|do you want a (?:medal|cookie|trophy)|(?:well|oh),? (?:that'?s |thats )?just (?:great|wonderful|perfect|brilliant|fantastic)|(?:^|[,.!-]\s*)oh,? (?:wow,? )?(?:great|wonderful|perfect|fantastic|brilliant)(?=[.!,]|$)|(?:can'?t|cannot|doesn'?t|don'?t) (?:even )?read (?:a|the|your|their) (?:contract|bill|invoice|statement)|(?:^|[,.!-]\s*)good for you(?=[.!]|$)|(?:^|[,.!-]\s*)well,? excuse me|(?:excuse me|sorry|pardon me) for (?:trying|breathing|existing|living|doing my job|trying to help)|(?:apparently|i guess|obviously) (?:i|we) (?:can'?t|cannot|can not) do anything right|(?:since|because|cause|'cause) apparently (?:i|we|i'?m|we'?re|you)\b|nothing (?:i|we) do is (?:ever )?(?:good enough|right)|sorry (?:i'?m|we'?re|we are|i am) not (?:perfect|mind readers?)|(?:i'?m|i am|we'?re|we are|im) not (?:a )?mind readers?|(?:stop|quit|enough with) (?:the |your |all the |all that )?(?:complaining|whining|whinging|crying|moaning|bitching)|(?:if|so) (?:that|it)(?:'?ll| will) (?:stop|end|shut (?:you )?up) (?:the|your|all the|you)(?: \S+)?|(?:(?:^|[,.!-]\s*)(?:just |so )?|you(?:'?ll| will) (?:just )?(?:have to |need to )?|you need to |you'?ve got to )(?:get over it|deal with it)|tough luck|(?:^|[,.!-]\s*)(?:well,? )?too bad(?=[.!,]|$)|too bad for you|what(?:'?s| is) your problem|what(?: else)? do you (?:want|expect) (?:me|us) to do(?: about (?:it|that)| then| here)?(?=\s*[?!.]|$)|what do you want from (?:me|us)|i don'?t have all day|i (?:don'?t|do not) have time for this|(?:(?:^|[,.!-]\s*)(?:just |please )?|(?:can|could|would|will) you (?:just |please )?)get to the point|(?:^|[,.!-]\s*)anything else,? your (?:majesty|highness))`,
  'g',
);
// Rude retorts ("Oh, bite me.", "Get lost.") said as a whole clause, not "the dog might bite me".
const RETORT = compact(/(?:^|[,.!:;-]\s*|\b(?:oh|well|aw|ah|yeah|hey|honestly|just|so|and|look|man|sheesh|jeez|please)\s*,?\s*)(?:bite me|up yours|get lost|buzz off|shove it|stuff it|drop dead|get stuffed|(?:go )?jump in a lake|sod off|bugger off|kiss my (?:\w+)|eat my (?:\w+)|talk to the hand)\b(?=\s*(?:[,.!?;-]|$|\w+\s*[.!?]?$))/g);
// Sarcasm about the caller's manner ("Are you always this pleasant?", "Aren't you a ray of sunshine"), and mock farewells.
const SARCASM = compact(
  String.raw`\b(?:are (?:you|u) always (?:this|so|that) (?:pleasant|charming|friendly|nice|cheerful|delightful|polite|patient|sweet|lovely|lovely|rude|grumpy|cranky|nasty|mean|difficult|demanding|rude|angry|pleasant|hostile|impatient|unpleasant|rude|chipper|sunny)|are (?:you|u) always like this|or is (?:today|this|it) (?:a )?(?:special|special occasion|just a bad day)|(?:well,? )?aren'?t (?:you|u) (?:just )?(?:a|an)? ?(?:ray of sunshine|delight|charmer|peach|treat|joy|sweetheart|pleasant one)|(?:you'?re|you are|youre|what) (?:a )?(?:real|regular|such a|a) (?:ray of sunshine|delight|charmer|peach|treat|joy|piece of work)|(?:someone|somebody) (?:woke|got) up on the wrong side of the bed|woke up on the wrong side of the bed|good luck with (?:[a-z']+\s+){0,3}?(?:[a-z]+'s|them|those guys|(?:the )?other (?:guys|service|company|one))(?:\s+[a-z']+){0,2}?(?:,\s*|\s+)then(?=\s*[.!]|$)|good luck with (?:them|those guys|the other guys|(?:your friend'?s|your friends|[a-z]+'s|their|your (?:cheap|cheaper|new|other)) (?:cheap |cheaper |new |other )?(?:service|company|outfit|provider|people|answering service))(?:,\s*then)?(?=\s*[.!]|$))`,
  'g',
);
// Swearing at the caller (000: never respond in anger).
const SWEAR = compact(/\b(?:bloody(?: hell)?|bollocks|arse(?:hole)?|f+u+c+k\w*|fck\w*|wtf|shit\w*|bullshit|crap(?:py)?|damn(?:it| it)?|goddamn\w*|(?:what|why|who|how) the (?:hell|heck)|the hell|go to hell|screw (?:you|off|this)|piss (?:off|me off)|jerk|ass(?:hole)?|bitch\w*|bastard|shut (?:the (?:hell|heck|f\w*) )?up)\b/g);
// Threatening the caller (a disconnect warning about their language is `boundary`, not a threat).
const THREAT = compact(/\b(?:you'?ll (?:be sorry|regret (?:it|this|that))|you will (?:be sorry|regret (?:it|this|that))|or else(?=[.!,]|$)|watch (?:yourself|your back|it)(?=[.!,]|$)|i (?:know|have) where you|i'?ll make (?:sure|certain) (?:you|nobody|no one) (?:never|regret|pay)|i'?ll make your life)\b/g);


// Fresh-set kinds: sarcastic surprise or thanks, "what part of X don't you understand", "do you even know...", exasperated oaths,
// name-calling the caller a pain, taunts ("see where it gets you"), "are you deaf?", and sarcastic "maybe if you...".
const GATE_MORE = compact(/whole|medal|cookie|trophy|gold star|prize|pat on|some people|you again|muppet|numpty|twit|clown|drongo|wally|plonker|nitwit|dimwit|halfwit|idiot|moron|pillock|prat|tosser|dingbat|airhead|gun to|forcing you|making you|door|shock|surprise|who (?:would|'d)|what part|even (?:know|understand|read|listen|realize|check|bother|try)|crying out loud|sake|good grief|give it a rest|pain|nuisance|headache|gets you|get you|thanks|deaf|blind|dense|thick|daft|illiterate|maybe if/);
const MORE = compact(/\b(?:(?:^|[,.!-]\s*)(?:(?:oh|wow|well),?\s+)?(?:what a (?:shock|surprise|shocker)|big surprise|(?:real |what a )?shocker|colo(?:u)?r me (?:shocked|surprised)|who (?:would(?:'ve| have)|'d have|could have) (?:thought|guessed))(?=\s*[,.!?-]|$)|what part of\b[^.!?]{1,40}?\b(?:don'?t|do not|didn'?t|did not) (?:you|u) (?:understand|get)|(?:do|did|can|have) (?:you|u) even (?:know|understand|read|listen|realize|check|bother|try|look)\b|for (?:crying out loud|god'?s sake|heaven'?s sake|pete'?s sake|christ'?s sake)|good grief|give it a rest|(?:you'?re|you are|youre|ur) (?:being )?(?:such |a real |a total |an absolute |a )(?:pain|nuisance|headache|pain in the (?:neck|butt|backside|arse|ass))\b|(?:and )?see where (?:that|it|this)(?:'s| is)? (?:gets?|getting) you|(?:^|[,.!-]\s*)(?:gee,?\s+thanks(?: a (?:lot|bunch|million)| so much)?(?=\s*[,.!-]|$| for)|(?:wow|oh|well),?\s+thanks a (?:lot|bunch|million)(?=\s*[,.!-]|$))|thanks (?:a lot |so much )?for the (?:lecture|attitude|sermon|speech|lesson|life story)|are (?:you|u) (?:deaf|blind|dense|thick|daft|illiterate|simple|slow)\b|(?:oh|wow),?\s+(?:you poor (?:thing|baby|dear),?\s+)?a whole (?:(?:\d+|one|two|three|four|five|ten|fifteen|few|couple of) )?(?:minutes?|mins?|seconds?)\b(?:\s+(?:on hold|of waiting|wait))?|(?:do|what do|did) (?:you|u) want,? a (?:medal|cookie|trophy|gold star|prize|pat on the back)|(?:^|[,.!-]\s*)(?:(?:honestly|god|geez|jeez|sheesh|ugh|seriously),?\s+)?some people(?=\s*[.!]|$)|(?:^|[,.!-]\s*)(?:(?:ugh|oh|great|oh great|not),?\s+)you again\b|(?:you|what a|such a) (?:muppet|numpty|twit|clown|drongo|wally|plonker|nitwit|dimwit|halfwit|idiot|moron|pillock|prat|tosser|dingbat|airhead)\b|(?:nobody|no one|no-one)(?:'s| is) (?:holding a gun to your head|forcing you|making you stay)|don'?t let the door hit you|the door'?s (?:right )?(?:there|that way)|maybe if (?:you|u) (?:actually |just |bothered to |ever )?[a-z]+(?:\s+[a-z'-]+){0,6}?,?\s+(?:you|u) (?:wouldn'?t|would not) (?:need|have to|be)\b[^.!?]{0,30})/g);

// Second fresh-set kinds: taunts about the caller's volume or manner ("shout a bit louder", "do you talk to everyone like this"),
// holding them hostage on hold, "you and every other doctor", sarcastic "brilliant" and "so sorry we ruined your life",
// dares in texting or formal dress ("if u dont like it go somewhere else", "you're welcome to take your business elsewhere"),
// "are you seriously yelling at me over...", and "maybe we're not the right service for you".
const GATE_FRESH = compact(/\b(?:louder|to everyone like|to everybody like|to all your|to people like|to all of us like|to all us like|just lucky|just special|you on hold|u on hold|you and every|brilliant|anything else you|don't like it|dont like it|do not like it|welcome to take|welcome to go|welcome to find|welcome to try|free to take|free to go|free to find|free to try|business elsewhere|you seriously|you really|you honestly|you actually|u seriously|u really|u honestly|u actually|right service|right company|right fit|right provider|right people|right place|right answering|best service|best company|best fit|best provider|best people|best place|going to be this|going to be that|going to be so|gonna be this|gonna be that|gonna be so|ruined|destroyed|wrecked)/);
const FRESH = compact(
  String.raw`\b(?:(?:shout|yell|scream)(?:ing)? (?:a bit |a little |some |even |any )?louder\b|(?:do|d'?you|did) (?:you |u )?(?:talk|speak) to (?:everyone|everybody|all your \w+|people|all (?:of )?us) like (?:this|that)|or am i just (?:lucky|special)|(?:(?:stick|put|leave|keep) (?:you|u) on hold) (?:till|until|'?til) (?:you'?re|you are|ur|youre|u r) (?:done|finished|calm|calmer|ready|quiet|through)|(?:^|[,.!-]\s*)(?:yeah,?\s*){1,2}(?:sure,?\s*)?you and every(?:one|body| other [a-z]+)(?: else)?(?=\s*[.!]|$)|you and every other (?:doctor|client|caller|customer|practice|office)(?=\s*[.!]|$)|(?:really|just|oh|well),? brilliant(?=\s*[.!]|$)|anything else (?:you'?d like|you want|you wanna|you'?d care) to (?:have a go at me|have a go|yell|shout|scream|complain|moan|whinge|whine|blame me)\b(?: (?:at me )?about)?|if (?:you|u) (?:don'?t|dont|do not) like it,? (?:then )?(?:you can |u can |just |go )?(?:go|leave|take|find|switch|cancel|try)\b(?:\s+[a-z']+){0,3}|(?:you'?re|you are|ur|youre|u r) (?:more than |always |perfectly )?(?:welcome|free) to (?:take (?:your|ur) business elsewhere|go elsewhere|go somewhere else|find another|try another|take it elsewhere)\b|(?:^|[,.!-]\s*|\b(?:just|so|then|go|and|can)\s+)take (?:your|ur) business elsewhere\b|(?:are|were|r) (?:you|u) (?:seriously|really|honestly|actually) (?:yelling|shouting|screaming|crying|moaning|having a go|getting (?:this|so) (?:worked up|upset)) (?:at me )?(?:over|about|because of|for)\b(?:\s+[a-z']+){0,3}|maybe (?:we'?re|we are|we aren'?t|were) not the (?:right|best) (?:service|company|fit|provider|people|answering service|place) for (?:you|u)|if (?:you'?re|you are|ur|youre) (?:going to|gonna) be (?:this|that|so) (?:difficult|rude|unpleasant|nasty|demanding|awkward|unreasonable|impossible)|(?:i'?m|im|i am) (?:so+|terribly|awfully|ever so|really) sorry (?:that )?(?:we|i) (?:ruined|destroyed|wrecked) your (?:whole |entire |precious )?(?:life|day|week|world|weekend|evening))`,
  'g',
);
// "Go for it" dares only where the caller threatens to leave or complain.
const GO_FOR_IT = compact(/(?:^|[,.!?-]\s*|\b(?:then|so|fine|okay|ok|sure)\s*,?\s*)go (?:for it|right ahead)(?=\s*[.!]|$)/g);
const LEAVING = compact(/\b(?:switch|cancel|leav|provider|elsewhere|complain|sue|report|another service|other service)/);

function detect(doc: Doc): Hit[] {
  const f = doc.folded;
  const hits: Hit[] = [];
  if (test(GATE.disbelief, f) && !test(SURPRISE_EMPATHY, f)) {
    for (const sp of findSpans(doc, DISBELIEF)) hits.push({ ...sp, reason: 'mock' });
  }
  if (test(GATE.whatever, f)) {
    for (const sp of findSpans(doc, WHATEVER)) {
      const i = f.slice(sp.start, sp.end).indexOf('whatever');
      hits.push({ start: sp.start + i, end: sp.end, reason: 'whatever' });
    }
  }
  if (test(GATE.dare, f)) for (const sp of findSpans(doc, DARE)) hits.push({ ...sp, reason: 'dare' });
  if (test(GATE.insult, f)) {
    for (const s of doc.sentences) {
      if (!test(GATE.insult, s.text)) continue;
      for (const m of matchesIn(s.text, INSULT)) {
        let start = s.start + m.index;
        const end = start + m[0].length;
        while (start < end && /[\s,.!-]/.test(f[start]!)) start++;
        if (end > start) hits.push({ start, end, reason: 'insult' });
      }
    }
  }
  if (test(GATE.swear, f)) for (const sp of findSpans(doc, SWEAR)) hits.push({ ...sp, reason: 'swear' });
  if (test(GATE.threat, f)) for (const sp of findSpans(doc, THREAT)) hits.push({ ...sp, reason: 'threat' });
  if (test(GATE.retort, f)) {
    for (const sp of findSpans(doc, RETORT)) {
      let start = sp.start;
      const t = f.slice(sp.start, sp.end);
      const m = /(?:bite|up|get|buzz|shove|stuff|drop|go jump|jump|sod|bugger|kiss|eat|talk)\b/.exec(t);
      if (m) start = sp.start + m.index;
      hits.push({ start, end: sp.end, reason: 'swear' });
    }
  }
  if (test(GATE_MORE, f)) for (const sp of findSpans(doc, MORE)) hits.push({ ...sp, reason: 'insult' });
  if (test(GATE.sarcasm, f)) for (const sp of findSpans(doc, SARCASM)) hits.push({ ...sp, reason: 'insult' });
  if (test(GATE_FRESH, f)) for (const sp of findSpans(doc, FRESH)) hits.push({ ...sp, reason: 'insult' });
  if (/\bgo (?:for it|right ahead)\b/.test(f) && test(LEAVING, f)) for (const sp of findSpans(doc, GO_FOR_IT)) hits.push({ ...sp, reason: 'dare' });
  return hits;
}

/** `hostile`: insults, swears at, mocks, threatens or is sarcastic with the caller (000: never respond in anger). */
export const hostile: Detector = {
  label: 'hostile',
  reasons: {
    en: {
      default: 'That responds in anger; stay calm and keep the focus on fixing the problem.',
      mock: 'Mocking disbelief ("Are you kidding me?") attacks the caller; acknowledge what they said and ask a question instead.',
      whatever: '"Whatever" shrugs the caller off with contempt; acknowledge their point and say what you will do.',
      dare: 'Daring the caller to cancel or leave is anger, not service; ask what would make it right for them.',
      insult: 'Insulting or mocking the caller (or their question) escalates the call; acknowledge their frustration instead.',
      swear: 'Never swear at a caller; keep your language professional even when they do not.',
      threat: 'Threatening the caller is never acceptable; if their language is abusive, set a calm boundary instead.',
    },
  },
  detect,
};
