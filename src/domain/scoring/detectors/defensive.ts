import { dropOverlapping, type Detector, type Hit } from '../detector.ts';
import type { Doc } from '../text.ts';
import { pattern, compact } from '../patterns.ts';
import { matchesIn } from '../text.ts';
import { test } from '../prefilter.ts';

const THAT_IS = `(?:that|this|it|what you'?re saying|what you said)(?:'s|s| is| was|'s just| is just| was just| is simply|'s simply)`;

// Judgement call 9: a bare "we never..." claim is we-never only, so nothing here matches the service's own perfection claims.
const CONTRADICT = pattern(
  `\\b(?<x>(?:no,?\\s+)?${THAT_IS}\\s+(?:not|n't|hardly|simply not|just not|absolutely not|definitely not|really not|honestly not)\\s+(?:what|how)\\s+(?:happened|it happened|it went|it was|went down|our (?:records|logs|notes|system) (?:show|shows|say|says)|the (?:records|logs|recording) (?:show|shows|say|says))|(?:that|this|it|what you said)(?: isn'?t| wasn'?t| is not| was not| isnt| wasnt)\\s+(?:at all |even |quite |exactly |really )?(?:true|accurate|the case|what happened|how it (?:happened|went))|${THAT_IS}\\s+(?:not true|untrue|false|incorrect|inaccurate|not accurate|not the case|not correct,? (?:sir|ma'?am)|a lie|an exaggeration|a stretch)|(?:^|(?<=[,:-]\\s))(?:(?:no|but|so|sir|ma'?am|look|honestly|well|okay|ok|listen),?\\s+)?(?:that|this) (?:never happened|didn'?t happen|did not happen|couldn'?t have happened|could not have happened|can'?t have happened|cannot have happened)\\b(?! (?:before|again|to (?:me|us)))|that'?s (?:really|just|exactly|simply|honestly) what happened|that is (?:really |exactly )?what happened|(?:you'?re|you are|youre|ur) (?:wrong|mistaken|confused|misremembering|remembering (?:it|that) wrong)|you(?:'ve| have|ve) got (?:it|that|this|the facts) (?:all )?wrong|(?:that'?s|that is) not what i said|i (?:never|didn'?t|did not) say that|that can'?t (?:be|possibly be) (?:right|true)|(?:that'?s|that is|thats) (?:just |simply )?(?:impossible|not possible)(?=[\\s.,!?;-]*$|\\s*[,;.-])|there'?s no way (?:that|our|we|it|the|an?)\\b(?:\\s+[a-z']+){0,4})`,
);

const BLAME_VERB = `(?:missed|sent|faxed|emailed|mailed|misplaced|lost|confused|programmed|given|gave|dialed|dialled|forgotten|forgot|deleted|erased|turned|misread|misheard|misunderstood|mixed|entered|typed|written|wrote|put|set|changed|switched|hung|ignored|overlooked|silenced|muted|called the wrong|had (?:it|your (?:phone|ringer|cell|pager)) (?:off|on silent|turned off)|left|not (?:checked|set|turned|listened|read|seen|noticed)|slept|been (?:asleep|away)|blocked|skipped|dropped)`;
const BLAME = pattern(
  `\\b(?<x>(?:you|u\\b|your (?:office|staff|receptionist|front desk)) (?:called|dialed|dialled|gave us|gave them|sent us|sent it to|typed|entered|faxed|used|put in|wrote down) (?:the|a|an|us the|us an?) (?:wrong|old|incorrect|outdated)\\b(?:\\s+[a-z']+){0,2}|(?:i think|i believe|i'?m (?:pretty |fairly )?sure|i bet|obviously|clearly|apparently)(?: that)? you (?:just |probably )?(?:missed|gave|dialed|dialled|forgot|deleted|turned|misread|misheard|misunderstood|mixed|entered|typed|wrote|put|set|changed|switched|hung|ignored|overlooked|silenced|muted|called the wrong|left|slept|blocked|skipped|never|didn'?t)\\b(?:\\s+[a-z0-9':]+){0,5}|(?:you|u\\b|your (?:office|staff|team|receptionist|front desk|nurse|manager|assistant|people)|your office staff|your (?:tech|technician|it (?:guy|person|people)|colleague|partner|husband|wife|carrier|phone company|answering machine)|someone (?:in|at) your office)\\s+(?:must|probably|obviously|clearly|must have|must've|mustve|likely)\\s*(?:have|'ve|ve)?\\s+${BLAME_VERB}\\b(?:\\s+[a-z0-9':]+){0,5}|(?:you|u\\b|your (?:office|staff|team|receptionist|front desk|people))\\s+(?:should|shouldve|should'?ve|should have|needed to|were supposed to|was supposed to)\\s+(?:have\\s+)?(?!been\\b|gotten\\b|received\\b|heard\\b|had\\b)(?:called|told|let|checked|updated|sent|given|read|listened|switched|turned|set|faxed|emailed|notified|informed|answered|picked|kept|mentioned|confirmed|known|realized|said|asked)\\b(?:\\s+[a-z0-9':]+){0,5}|(?:you|u\\b|your (?:office|staff|team|receptionist|front desk|people|manager))\\s+(?:forgot|forgot to|never|didn'?t|did not|failed to|neglected to|haven'?t|have not|hasn'?t|has not|never once)\\s+(?:bother(?:ed)? to\\s+)?(?:tell|told|call|called|update|updated|send|sent|give|gave|let|switch|turn|set|check|notify|inform|mention|mentioned|answer|pick up|fax|faxed|email|emailed|provide|follow|read|confirm|confirmed|forward|ask|asked)\\b(?:\\s+[a-z0-9':]+){0,5}|without (?:first )?(?:telling|letting|warning|notifying|informing|giving)\\s+(?:us|our (?:office|staff|team|agents))(?:\\s+(?:about|know|first|beforehand|in advance|ahead of time|notice|a heads[- ]up))?|(?:you|u\\b|your (?:office|staff|team|receptionist|front desk|people|manager))\\s+(?:were|was) supposed to\\s+(?:call|tell|let|check|update|send|give|read|switch|turn|set|fax|email|notify|inform|answer|pick up|keep|mention|confirm)\\b(?:\\s+[a-z0-9':]+){0,5}|(?:we|our (?:agents|operators|staff|office)) (?:were|was) (?:never|not) (?:told|informed|notified|given|made aware|sent)(?:\\s+[a-z0-9':]+){0,4}|(?:nobody|no one) (?:from|in|at) your (?:office|practice|team|company) (?:told|informed|notified|called|let)(?:\\s+[a-z']+){0,3}|(?:it'?s|it is|that'?s|that is|this is|it was|that was) (?:all |really |honestly |entirely |completely |actually )?(?:your|the caller'?s|your office'?s|your staff'?s) (?:own )?(?:fault|mistake|error|doing|responsibility)|(?:that'?s|that is|this is|it'?s) on (?:you|u\\b|your (?:end|side|office|staff))(?! to\\b)|(?:that'?s|that is|it'?s|those (?:are|were)|these (?:are|were)) (?:exactly )?what (?:you|u\\b|your office|your staff|your instructions|your (?:account|sheet|card)) (?:told|gave|said|say|says|asked|wanted)(?: us)?(?: to do)?)`,
);

const DENY_FAULT = pattern(
  `\\b(?<x>(?:(?:it|that|this)(?:(?:'s| is|s| was) (?:not|never)|wasn'?t|isn'?t|was never)\\s+(?:really\\s+|exactly\\s+|honestly\\s+|entirely\\s+)?|^not |^(?:so|well|look),? not )(?:our|my) (?:fault|mistake|error|doing)|(?:it|that|this) (?:wasn'?t|was not|isn'?t|is not) (?:us|on us|our (?:end|side))|(?:we(?:'re| are|re)|i'?m|i am|im) not (?:to blame|at fault|the (?:ones?|problem))(?: (?:who|that) (?:made|caused|messed|dropped)[a-z ]{0,30})?|(?:so )?that'?s (?:exactly )?what (?:we|our (?:agents?|operators?|staff)|she|he) did|(?:don'?t|do not|you can'?t) blame (?:us|me|our (?:agents?|operators?|staff|people|team))|(?:that|this|it)(?:'s| is| was) not on (?:us|me|our end|our side)|(?:we|our (?:agents?|operators?|staff|people|team)|(?:she|he) ) ?(?:did|didn'?t do|did not do) (?:everything|nothing) (?:right|wrong|correctly)|(?:we|our (?:agents?|operators?|staff|people|team)|she|he|they) (?:did|followed|handled it) (?:exactly |just |everything )?(?:what|according to|by the book|to the letter|(?:your|the) instructions|(?:our|the) (?:protocol|procedure|script))(?:\\s+[a-z']+){0,4}|(?:there'?s|there is|there was|nothing'?s|nothing is|nothing was) (?:nothing |absolutely nothing )?wrong (?:on|with) (?:our|my) (?:end|side|system|equipment|service|lines)|(?:everything|it) (?:was|is) working (?:fine|perfectly|correctly|properly|normally) on our (?:end|side)|the (?:problem|issue|fault) (?:is|was|must be|has to be|'s) (?:on|with|at) your (?:end|side|phone|line|equipment|carrier)|(?:the (?:problem|issue) )?(?:isn'?t|is not|wasn'?t|was not) on our (?:end|side)|(?:nobody|no one|we'?re not|we are not|none of us (?:is|are)) (?:here |on our team )?(?:is |was |are )?(?:out to|trying to|intentionally|deliberately|purposely|on purpose) (?:ruin|hurt|cheat|scam|rip|mess|sabotage|ignore|lose|harm|trick)[a-z]*(?:\\s+[a-z']+){0,3})`,
);

const DOUBT = pattern(
  `\\b(?<x>i (?:really |seriously |highly |very much |kind of |somehow )?doubt (?:(?:that|it|this)(?:'s|s| is| was| happened| would| could| really| ever| very much|(?=[\\s.,!?]*$))|very much|(?:our|any of our|one of our|an?|the) (?:[a-z-]+ )?(?:agents?|operators?|staff|system|people|team|dispatchers?))\\b(?:\\s+[a-z']+){0,4}|(?:that|this|it) (?:doesn'?t|does not|didn'?t|did not) sound like (?:something|anything|what|the kind of thing) (?:we|our [a-z]+|one of our [a-z]+) (?:would|do|did)(?:\\s+[a-z']+){0,2}|i (?:find|found) (?:that|it|this|your story) (?:very |really |a little |a bit |pretty )?hard to believe|(?:that'?s|that is|that seems|it'?s|it seems) (?:pretty |really |very |a little |a bit )?hard to believe|i (?:don'?t|do not|just don'?t) (?:believe|buy) (?:you\\b|that(?:'s| is)? (?:true|right|happened|for a)|(?:that|it|this)(?=[\\s.,!?]*$)|a word|your (?:story|account|version))|(?:are|r) (?:you|u) (?:sure|certain|positive) (?:that )?(?:you|u\\b|your office|your staff|it|that|this) (?:really |actually |even )?(?:called|dialed|dialled|sent|gave|set|turned|checked|did|had|got|left|put|faxed|emailed|told|switched|remember|saw|happened|was|were|spoke|talked|heard|weren'?t|wasn'?t|didn'?t|didnt|did not|hadn'?t|haven'?t|were not|was not|forgot|missed|changed|never)\\b(?:\\s+[a-z0-9':]+){0,4}|(?:you|u) (?:claim|claimed|allegedly|supposedly)\\b(?:\\s+[a-z']+){0,4}|(?:you'?re|you are|youre) claiming(?:\\s+[a-z']+){0,4}|so you say|according to you|if you say so|if (?:that'?s|that is|that was|this is) (?:really|actually|even|truly) (?:what happened|true|the case)|if you (?:really|actually|even) (?:called|did|sent|tried)(?:\\s+[a-z']+){0,3}|supposedly(?:\\s+[a-z']+){0,3}|allegedly(?:\\s+[a-z']+){0,3}|with all (?:due )?respect)`,
);

// Judgement call 12: minimizing the caller's problem ("it was just one late message") is defensive.
const MINIMIZE = pattern(
  `\\b(?<x>(?:it|that|this)(?:'s| is|s| was)\\s+(?:(?:just|only|merely|literally|barely)\\s+(?:one|a|an|two|a few|a couple(?: of)?|ten|five|fifteen|twenty|thirty|\\$?\\d+)|one|a single)\\s+(?:[a-z0-9$.-]+\\s+)?(?:late |missed |little |small |short |extra )?(?:message|messages|call|calls|page|pages|minutes?|hours?|dollars?|bucks|mistake|error|time|delay|slip|glitch|hiccup|night|incident|charge|fee)|(?:it|that|this)(?:'s| is|s| was)\\s+(?:not|n't|never|hardly)\\s+(?:that|such a|a|really a|exactly a|the)\\s+(?:big (?:of a )?deal|huge (?:deal|problem)|serious|bad|long|late|major|end of the world|big|catastrophe|disaster|emergency)\\b|(?:it'?s|it is|that'?s|that is|it was) (?:really |honestly )?no (?:big|huge) deal|no (?:real )?harm done|(?:it|this|that)(?:'s| is|s| was) not like\\s+(?!(?:you|that|this) to\\b)(?:we|our|anyone|anybody|anything|someone|somebody|the|you|it|there|he|she|they|your|a|an|any|nobody)\\b(?:\\s+[a-z']+){0,4}|(?:you'?re|you are|youre) (?:making (?:this|it|a) (?:(?:out )?(?:to be )?(?:sound )?(?:a lot )?(?:bigger|worse|like)|mountain)|blowing (?:this|it|things) (?:way )?out of proportion|overreacting|exaggerating)|(?:our|the) (?:records|logs|system|call log|notes) (?:clearly|plainly|definitely|very clearly) (?:show|shows|say|says|indicate|indicates)(?:\\s+[a-z0-9':]+){0,5}|(?:at least|luckily|fortunately) (?:nobody|no one) (?:got hurt|died|was hurt)|(?:every|each) (?:after-hours )?(?:call|message) costs us (?:money|too)(?:\\s+[a-z']+){0,3}|(?:it'?s|that'?s|it is|that is|the (?:rates?|fees?|charges?|terms?|prices?) (?:are|is|were|was)) (?:all |clearly |right |plainly )?(?:spelled out|written|stated|explained|listed|laid out|in black and white|right there) (?:right )?in (?:your|the) (?:contract|agreement|terms)|if you(?:'d| had| would have) (?:just )?(?:read|checked|looked at|bothered to read) (?:your|the) (?:contract|agreement|bill|invoice|terms|instructions|paperwork|statement)(?:\\s+[a-z']+){0,4}|you (?:signed|agreed to) (?:the|a|that|this|your) (?:contract|agreement|terms)(?:\\s+[a-z']+){0,3}|(?:that'?s|that is|what) (?:a|an) (?:ridiculous|absurd|silly|crazy|unfair|outrageous|ridiculous) (?:thing to say|accusation|claim|thing to suggest))`,
);


// Self-justifying ("I'm just explaining why it happened", "I wasn't being rude", "I wasn't even working that night").
const JUSTIFY = pattern(
  `\\b(?<x>(?:i'?m|im|i am) (?:just|only|simply|merely) (?:trying to )?(?:explain(?:ing)?|tell(?:ing)? you|say(?:ing)?|point(?:ing)? out|giv(?:e|ing) you) (?:why|how (?:it|that|this) happened|what happened|the reason)(?:\\s+[a-z']+){0,4}|(?:(?:i'?m|im|i am|we'?re|we are) not|i (?:wasn'?t|was not|wasnt)|we (?:weren'?t|were not|werent))(?: being| even)? (?:rude|short|snippy|curt|sarcastic|mean|difficult|unhelpful|useless|incompetent|lazy|stupid|dumb|an idiot|careless|the bad guys?)\\b|i (?:wasn'?t|was not|wasnt) even (?:working|here|there|on (?:shift|duty|call)|in)\\b(?:\\s+[a-z']+){0,3}|i (?:wasn'?t|was not|wasnt) the one (?:who|that|on)(?:\\s+[a-z']+){0,3}|i was (?:just|only|simply) (?:trying to (?:help|explain|get a word in|do my job|answer|tell you)|doing my job|following (?:the|our) (?:rules|policy|procedure|script)|answering your question)(?:\\s+[a-z']+){0,3})`,
);

// Minimizing as a shrug ("mistakes happen", "nobody's perfect", "it was a one-time thing").
const SHRUG = pattern(
  `(?:^|[,;:.!-]\\s*|\\b(?:hey|well|look|honestly|listen|but|and|so|sir|ma'?am|yeah|ok|okay|i mean)\\s*,?\\s*)(?<x>(?:mistakes|accidents|errors|glitches|these things|things like (?:this|that)|stuff|such things|delays|hiccups|it) (?:happen|happens|do happen|will happen)(?=\\s*(?:[.,!;-]|$|you know|sometimes|to (?:everyone|everybody|the best of us)|all the time|every day|occasionally|doctor|sir|ma'?am))|(?:nobody'?s|nobodys|no one'?s|no one is|nobody is) perfect|(?:we'?re|we are) (?:all |only |just )?human|(?:everyone|everybody|we all) makes? mistakes)|\\b(?<y>(?:it|that|this)(?:'s| is|s| was)\\s+(?:just |only |merely |really just |simply )?(?:a|an) (?:one[- ]?time|one[- ]off|isolated|freak|rare) (?:thing|issue|problem|incident|glitch|mistake|error|slip|hiccup|mix-?up|oversight|occurrence|case|event|delay|blip|situation|occasion)|(?:it|that|this)(?:'s| is|s| was)\\s+(?:just |only |merely )?(?:a|an) one[- ]?(?:off|time)(?=\\s*(?:[.,!;-]|$))|(?:it|that|this)(?:'s| is|s| was)\\s+(?:just|only|merely|simply)\\s+(?:a|an)\\s+(?:minor|small|little|tiny|simple|honest|harmless|silly|brief|short)\\s+(?:thing|issue|problem|incident|glitch|mistake|error|slip|hiccup|mix-?up|oversight|delay|blip|misunderstanding)|(?:it|this|that) (?:has |'s |s )?only happened (?:once|one time|twice)|you get what you pay for|(?:your friend'?s|your friends|their|the other|[a-z]+'s) (?:cheap |cheaper |other )?(?:service|company|outfit|answering service|provider) (?:is|'s|must be|is probably|is just|sounds) (?:junk|garbage|terrible|awful|a joke|trash|worse|lousy|crap|no good))`,
);

// Standing on the contract or the bill ("that's in the contract", "so the bill is correct").
const ON_FILE = pattern(
  `\\b(?<x>(?:(?:that'?s|that is|thats|it'?s|it is|its|this is|those are|they'?re|they are)|the (?:charges?|fees?|rates?|pages?|prices?|costs?|minimums?) (?:are|is))(?: all| clearly| right there| plainly| already| spelled out| written)? (?:in|in writing in|listed in|covered in|part of) (?:your|the) (?:contract|agreement|terms|fine print|service agreement)|(?:the|your) (?:bill|charges?|invoice|fees?|amount|total|statement|billing)(?: is| are|'s|s| was| were) (?:completely |totally |perfectly |100% |entirely |all )?(?:correct|accurate|right|valid|legit|legitimate)(?!\\s+(?:now|after|once|as of|going forward|this time)))`,
);

// Denying anything is wrong on our side ("nothing unusual on our side"); research wording stays out.
const ALL_FINE = pattern(
  `\\b(?<x>nothing (?:went|has gone|had gone|is|was|ever went) wrong (?:on|with|in|at) (?:our|my) (?:end|side|system|part)|(?:(?:there'?s|there is|there was|theres) )?(?:nothing|no (?:problems?|issues?|errors?))(?: (?:unusual|wrong|out of the ordinary|odd|strange|amiss|broken))? (?:on|with|in) (?:our|my) (?:end|side|system|logs?|records?|equipment|lines|part)|nothing (?:unusual|wrong|out of the ordinary|odd|strange|amiss) (?:on|with|in) (?:our|my) [a-z]+|everything (?:looks|seems|was|is|looked|seemed|'s) (?:normal|fine|correct|in order|good|okay|ok|perfect) on (?:our|my) (?:end|side))`,
);
const RESEARCH = compact(/\b(?:yet|so far|let me|i'?ll (?:check|look|dig|keep|find)|i'?m (?:checking|looking|going to|still)|checking|i (?:don'?t|do not|can'?t) see)\b/);

// Pointing at the caller's side as the cause ("it must have been Luis's phone", "must have been on your tech's end"),
// or their material ("the fax was hard to read").
const THEIR_SIDE = pattern(
  `\\b(?<x>(?:must|has to|had to|probably|likely)(?: have)? (?:been|be) (?:on |with |at |from )?(?:your|his|her|their|[a-z]+'s|[a-z]+s(?= (?:phone|cell|pager|line|carrier|end|side)))(?: [a-z']+)? (?:end|side|phone|cell|line|carrier|pager|fault|mistake|equipment|device|network|provider|signal|voicemail|settings)\\b|(?:your (?:[a-z']+ )?(?:fax|faxes|handwriting|schedule|instructions|notes?|form|copy|printout|writing|voicemail|message)|the (?:fax|faxes|handwriting|writing|printout))(?: [a-z']+){0,3}? (?:was|were|is|are|must have been|might have been|may have been|could have been) (?:a little |a bit |kind of |pretty |really |very |too |so |almost )?(?:hard to (?:read|make out|understand|follow|hear)|illegible|unreadable|unclear|blurry|smudged|faded|garbled|messy|incomplete)|(?:we|our (?:agents?|operators?|staff|system|people|team)) (?:never|always|don'?t ever|do not ever|would never)(?! (?:want|try|aim|strive|like|love|care|appreciate|do our best|take|work))\\b[^.;!?]{0,60}?,?\\s+so\\s+(?:let'?s|we(?:'ll| will| should| need to| have to)) (?:see|look at|check|find out|figure out|talk about|start with) (?:what|how|whether|if) (?:your|you|his|her|their|[a-z]+'s)\\b(?:\\s+[a-z']+){0,3}|(?:we|i|they|she|he|(?:our|the) (?:[a-z]+ )?(?:operators?|agents?|staff|team|people|dispatchers?|shift|crew)) (?:did|only did|just did) (?:exactly |just |only )?what (?:we|they|she|he|i) (?:were|was) (?:told|asked|instructed|supposed to do))`,
);


// Fresh-set kinds: the record cited against the caller ("the log shows you hung up"), counterfactual blame
// ("if you'd updated your schedule, this wouldn't have happened"), and soft doubt of their reading ("perhaps you misread it?").
const CALLER_SIDE = `(?:you|u|your (?:office|staff|team|receptionist|front desk|people|nurse|assistant))`;
const RECORD_AGAINST = pattern(
  `\\b(?<x>(?:the|our|my) (?:log|logs|call log|records?|recording|system|notes|screen|history) (?:clearly |plainly |actually )?(?:shows?|says?|indicates?|proves?|has) (?:that )?${CALLER_SIDE} (?:hung up|never|didn'?t|did not|declined|rejected|ignored|missed|forgot|gave us the wrong|dialed the wrong|dialled the wrong|called the wrong|turned off|had (?:your|the) (?:phone|pager|cell) off)\\b(?:\\s+[a-z0-9':]+){0,4})`,
);
const IF_YOU_HAD = pattern(
  `\\b(?<x>(?:if ${CALLER_SIDE}(?:'d| had| would have|d)|(?:^|(?<=[,;:-]\\s))had ${CALLER_SIDE})(?: just| only| simply| actually| bothered to)? (?!(?:like|prefer|rather|want|wanted|be|been|known|any|a|an|the|more|other|some|questions?|trouble|problems?|time|to|no|anything|something|concerns?|issues?)\\b)[a-z]+(?:\\s+[a-z0-9'-]+){0,6}?,?\\s+(?:then\\s+)?(?:this|that|it|you|we|there|none of this)(?:'d|d| would| wouldn'?t| would not| would never| could have| couldn'?t have)\\b(?:\\s+[a-z'-]+){0,3})`,
);
const SOFT_DOUBT = pattern(
  `\\b(?<x>(?:perhaps|maybe|possibly|probably) ${CALLER_SIDE}(?: just)? (?:misread|misheard|misunderstood|misremembered|mixed (?:it|them|us) up|(?:are|were|'re) (?:confusing|mixing up|thinking of|remembering)|got (?:it|that|the message|the times?) (?:wrong|mixed up)|(?:are|were|'re) (?:mistaken|confused|wrong))\\b(?:\\s+[a-z0-9':]+){0,4})`,
);

// "delivered exactly as your office wrote it", "3:15, not 2 like you're saying", "it wasn't that long of a wait", "we did our job".
const MORE_DEF = pattern(
  `\\b(?<x>(?<!\\b(?:i'?ve|i have|i'?ll|i will|let me|i'?m|i am)\\b[^.!?;]{0,40})(?<=\\b(?:was|were|went out|delivered|relayed|passed on|handled|done|did (?:it|that|everything)|followed (?:it|them)|programmed|set up|paged|sent)\\s)(?:exactly|just|word for word|precisely) (?:as|like|how) ${CALLER_SIDE} (?:wrote|gave|sent|said|told|asked|requested|instructed|specified|put)\\b(?:\\s+[a-z']+){0,3}|(?:,\\s*|\\b)not [^.,!?;]{1,25}? (?:like|as) (?:you|u)(?:'re| are|re)? (?:saying|said|say|claim|claimed|claiming|think|thought|suggest|suggested)\\b|(?:it|that|this|the (?:wait|delay|hold))\\s+(?:wasn'?t|isn'?t|was not|is not)\\s+(?:really |honestly |actually )?(?:that|so|such a|all that) (?:long|bad|late|big|serious)(?: (?:of )?(?:a )?(?:wait|delay|deal|problem|hold))?|(?:we|i|our (?:operators?|agents?|staff|team)|she|he) did (?:our|my|their|her|his) (?:job|part|bit)(?! (?:badly|poorly|wrong))(?: (?:right|correctly|properly|perfectly))?|(?:the|our|my) (?:notes?|log|logs|records?|system|screen) (?:clearly |plainly )?(?:says?|shows?) (?:that )?${CALLER_SIDE} (?:told|asked|instructed|said|wanted|requested)\\b[^!?;]{1,50}?,\\s*not\\b(?:\\s+[a-z.']+){1,3})`,
);
// Questions that check facts, or "if/whether" clauses, are research rather than arguing.
const TENTATIVE = compact(/\b(?:if|whether|possible|possibly|perhaps|maybe|might|check|see|find out|wondering|in case|unless|so that|make sure)\b[^,.]{0,40}$/);
// Each rule runs only when one of its key words is in the text, which keeps the detector cheap.
// Telling the caller what to do "next time" blames them for this time.
const NEXT_TIME = pattern(
  `\\b(?<x>(?:(?:maybe|just|please|try to|you should|you might want to|you need to)\\s+)?(?:check|look at|listen to|read|turn on|answer|charge|keep) your (?:phone|voicemail|messages|pager|cell|texts|email|ringer|volume)(?:\\s+[a-z']+){0,4}?\\s+next time|next time,?\\s+(?:maybe |please |just |you should |try to )?(?:check|call|tell|let|answer|listen|read|make sure|give|send|fax)\\b(?:\\s+[a-z']+){0,5})`,
);

const RULES: Array<[RegExp, string, boolean, RegExp]> = [
  [CONTRADICT, 'contradict', false, compact(/\b(?:incorrect|inaccura|untrue|impossible|not possible|true|false|correct|accura|the case|a lie|exaggerat|stretch|happen|what i said|say that|wrong|mistaken|confused|misremember|can'?t (?:possibly )?be|no way|not (?:what|how)|n'?t (?:what|how))/)],
  [BLAME, 'blame', true, compact(/\b(?:wrong|old|incorrect|outdated|must|probably|obviously|clearly|likely|should|supposed|forgot|never|didn|did not|failed|neglect|haven|hasn|have not|has not|without|not told|not informed|not notified|nobody|no one|fault|mistake|error|doing|responsib|on you|what (?:you|your)|think|believe|sure|bet|apparently)/)],
  [DENY_FAULT, 'denyFault', false, compact(/\b(?:what (?:we|our|she|he) did|fault|mistake|error|doing|not us|on us|our end|our side|blame|at fault|the one|the problem|did (?:exactly |just )?(?:everything|nothing|what)|didn'?t do|did not do|followed|handled it|according|by the book|to the letter|wrong|working|your end|your side|your phone|your line|your equipment|your carrier|out to|trying to|intentional|deliberate|purpose)/)],
  [NEXT_TIME, 'blame', false, /\b(?:next time)/],
  [DOUBT, 'doubt', false, compact(/\b(?:sound like|doubt|believe|buy|sure|certain|positive|claim|allegedly|supposedly|say so|according to you|if (?:that|this|you)|respect)/)],
  [JUSTIFY, 'justify', false, compact(/\b(?:(?:i'?m|im|i am) (?:just|only|simply|merely)|(?:i'?m|im|i am|we'?re|we are) not|i was(?:n'?t|nt| not)? |we (?:weren'?t|werent|were not))/)],
  [SHRUG, 'minimize', false, compact(/happen|perfect|human|mistakes|one[- ]?(?:time|off)|isolated|freak|rare|(?:just|only|merely|simply) an? |pay for|(?:is|'s|be|sounds) (?:junk|garbage|terrible|awful|a joke|trash|worse|lousy|crap|no good)/)],
  [ON_FILE, 'contract', true, compact(/\b(?:contract|agreement|terms|fine print|correct|accurate|right|valid|legit)/)],
  [RECORD_AGAINST, 'contradict', false, compact(/\b(?:shows?|says?|indicates?|proves?|has) (?:that )?(?:you|u|your)/)],
  [IF_YOU_HAD, 'blame', false, /\b(?:if|had) (?:you|u|your)/],
  [MORE_DEF, 'contradict', false, compact(/\b(?:exactly|just|word for word|precisely|not|wasn'?t|isn'?t|did (?:our|my|their|her|his)|says?|shows?)\b/)],
  [SOFT_DOUBT, 'doubt', false, /\b(?:perhaps|maybe|possibly|probably) (?:you|u|your)/],
  [ALL_FINE, 'denyFault', false, /\b(?:nothing|no (?:problem|issue|error)|everything)/],
  [THEIR_SIDE, 'blame', false, compact(/\b(?:(?:must|has to|had to|probably|likely)(?: have)? be|hard to|illegible|unreadable|unclear|blurry|smudged|faded|garbled|messy|incomplete|so (?:let'?s|we)|what (?:we|they|she|he|i) (?:were|was))/)],
  [MINIMIZE, 'minimize', false, compact(/\b(?:(?:it|that|this)(?:'s| is|s| was) (?:just|only|merely|literally|barely|one|a single|not|hardly|never|no|really no|honestly no)|no (?:big|huge|real)|harm|not like|making|blowing|overreact|exaggerat|at least|luckily|fortunately|costs us|contract|records|logs|system|notes|agreement|terms|ridiculous|absurd|silly|crazy|unfair|outrageous)/)],
];

const ANY = compact(RULES.map((r) => r[3].source).join('|'));

function detect(doc: Doc): Hit[] {
  if (doc.lang !== 'en') return [];
  const hits: Hit[] = [];
  for (const s of doc.sentences) {
    if (!test(ANY, s.text)) continue;
    for (const [re, reason, needsFact, gate] of RULES) {
      if (!test(gate, s.text)) continue;
      for (const m of matchesIn(s.text, re)) {
        const x = m.groups?.x ?? m.groups?.y ?? m[0];
        const from = m.index + m[0].indexOf(x);
        // Blame framed as a question or a possibility ("is it possible you...?") is probing, not arguing.
        if (re === MINIMIZE && /^\s*(?:to|for (?:me|us)|at all)\b/.test(s.text.slice(from + x.length))) continue;
        if (needsFact && /\b(?:not saying|not blaming|not suggesting|n'?t mean|not that|(?:no one|nobody)(?: is|'s) (?:saying|blaming)|not implying)\b[^.]{0,30}$/.test(s.text.slice(Math.max(0, from - 60), from))) continue;
        if (re === JUSTIFY || re === SHRUG || re === THEIR_SIDE || re === ALL_FINE) {
          if (/\?\s*$/.test(s.text)) continue;
        }
        if (re === ALL_FINE && test(RESEARCH, s.text + ' ' + (doc.sentences[doc.sentences.indexOf(s) + 1]?.text ?? ''))) continue;
        if (re === THEIR_SIDE && /\bsorry\b/.test(s.text.slice(0, from))) continue;
        if (needsFact && (test(TENTATIVE, s.text.slice(Math.max(0, from - 60), from)) || /\?\s*$/.test(s.text))) continue;
        hits.push({ start: s.start + from, end: s.start + from + x.trimEnd().length, reason });
      }
    }
  }
  return dropOverlapping(hits);
}


/** `defensive`: argues with, contradicts or blames the caller, doubts their account, or minimizes the problem (000: NEVER BECOME DEFENSIVE; 001: never express doubt). */
export const defensive: Detector = {
  label: 'defensive',
  reasons: {
    en: {
      default: 'This argues with the client; never become defensive - acknowledge what they experienced and research before concluding.',
      contradict: "Contradicting the client's account starts an argument; acknowledge what they experienced and say you'll look into it.",
      blame: "This blames the client; even if they contributed, say what you'll do ('let me check the forwarding with you') instead of whose fault it was.",
      denyFault: "Insisting it wasn't our fault is defensive; research first, and if the facts clear us, explain them calmly without blame.",
      doubt: "Expressing doubt about the client's account is defensive (never express doubt); take their word and research.",
      justify: "Justifying yourself ('I'm just explaining...', 'I wasn't being rude') argues with the client; acknowledge how it landed and move to the fix.",
      contract: "Pointing to the contract or insisting the bill is correct argues with the client; acknowledge the concern and walk through the charges together.",
      minimize: "Minimizing the problem tells the client it doesn't matter; acknowledge why it matters to them instead.",
    },
  },
  detect,
};
