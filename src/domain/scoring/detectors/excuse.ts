import { dropOverlapping, type Detector, type Hit } from '../detector.ts';
import type { Doc } from '../text.ts';
import { pattern, compact } from '../patterns.ts';
import { matchesIn } from '../text.ts';
import { test } from '../prefilter.ts';

const INTENS = `(?:(?:so|really|completely|pretty|super|extremely|very|incredibly|just|totally|absolutely|crazy|insanely|ridiculously|a (?:little|bit)|kind of|kinda|all|also)\\s+){0,2}`;
const WHO = `(?:^were|we|we'?re|we'?ve|weve|i|i'?m|im|i'?ve|ive|everyone|everybody|the (?:whole )?(?:office|team|center|centre|staff|floor|answering service|service|call center|night shift|overnight (?:shift|team|crew)|weekend (?:shift|crew|team)|agents|operators|dispatchers|phones|lines)|(?:our|my|all (?:of )?our|all the) (?:[a-z]+ )?(?:agents|operators|staff|team|dispatchers|people|lines|phones|folks|reps|receptionists)|(?:she|he|they)(?:'re|'s)?)`;
const BE = `(?:\\s+(?:were|was|are|is|have been|has been|had been|'ve been|ve been|been|got|get|getting|were getting|are getting|felt|was getting))?`;
const BUSY = `(?:busy|swamped|slammed|overwhelmed|flooded|buried|backed up|behind(?! (?:you|your|this|that))|overloaded|inundated|snowed under|stretched (?:thin|too thin)|short[- ]?(?:staffed|handed)|understaffed|under[- ]staffed|drowning|up to our (?:ears|eyeballs|necks)|in the weeds|running ragged|tied up|maxed out|at capacity|overbooked|hammered|getting hammered|crushed|short on (?:staff|people|agents|operators|hands)|down (?:a|one|two|three|four|several|a couple of|a few) (?:people|agents|operators|staff|bodies|dispatchers))`;
const BUSY_STATE = pattern(`\\b(?<x>${WHO}${BE}\\s+${INTENS}${BUSY}\\b(?:\\s+(?:with|by|after|from|because|all|this|that|last|today|on)\\b(?:\\s+[a-z0-9-]+){0,4})?)`);

const PERIOD = `(?:morning|night|day|evening|afternoon|shift|weekend|week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday|holiday|season|stretch|overnight)`;
const CHAOS = `(?:crazy|hectic|busy|nuts|insane|chaotic|wild|rough|zoo|madhouse|circus|mad ?house|nonstop|non-stop|mayhem|chaos|slammed|swamped|a nightmare|bonkers|nutty|frantic|packed)`;
// Times of day and week the service talks about as its own busy stretches ("Friday afternoons", "lunch", "weekend nights").
const DAYNAME = `(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|weekday|holiday)`;
const DAYPART = `(?:lunch(?:time| hour| hours| rush)?|the lunch (?:hour|rush)|(?:${DAYNAME}s?\\s+)?(?:mornings|afternoons|evenings|nights|overnights)|${DAYNAME} (?:morning|afternoon|evening|night|overnight)s?|${DAYNAME}s|the holidays)`;
const CHAOTIC_TIME = pattern(
  `\\b(?<x>(?:it|things|today|tonight|yesterday|last night|this (?:morning|week|weekend)|that (?:morning|night|day|weekend|week|shift)|${DAYPART}(?: here)?)(?:'s| is| was| were| are| have been| has been|'ve been| had been|s)\\s+(?:always\\s+|just\\s+|been\\s+)?(?:(?:a|an|such a|one)\\s+)?${INTENS}${CHAOS}(?!\\s*(?:signal|tone|line|lines|number)\\b)(?:(?:\\s+|-)(?:busy|crazy))?(?:\\s+${PERIOD}s?)?(?:\\s+(?:here|around here|in here|for us|on our end|on the floor|today|this (?:morning|week)|lately|all (?:day|morning|night|week)))?)`,
);
const CHAOTIC_NOUN = pattern(`\\b(?<x>(?:a|an|such a|one)\\s+${INTENS}(?:crazy|hectic|insane|chaotic|nuts|wild|slammed|busy|crazy[- ]busy|rough)\\s+${PERIOD}\\b(?:\\s+(?:here|for us|around here|on our end|on the floor))?)`);
const PEAK_UNIT = `(?:time|times|hour|hours|day|days|period|season|shift|shifts|night|nights|stretch|window|week|weeks|month|months)`;
const PEAK_WHEN = `(?:it|this|that|${DAYPART}|${DAYNAME}|this time of (?:the )?year|(?:that|this) (?:time|hour|day|shift|week|weekend|month|season)|winter|summer|flu season)`;
const PEAK = pattern(
  `\\b(?<x>${PEAK_WHEN}(?:'s| is| are| was| were| has been| have been|s)\\s+(?:(?:always|usually|typically|just|definitely|by far|easily|honestly|also)\\s+){0,2}(?:our\\s+(?:(?:single|absolute|very)\\s+)?(?:busiest|craziest|most hectic|heaviest|peak|rush|worst)\\s+${PEAK_UNIT}(?:\\s+of (?:the )?(?:day|week|month|year))?|the\\s+(?:(?:single|absolute|very)\\s+)?(?:busiest|craziest|most hectic|heaviest|peak|rush|worst)\\s+${PEAK_UNIT}(?:\\s+of (?:the )?(?:day|week|month|year))?\\s+(?:for us|here|around here|on our end|in (?:the|our) office|on the floor))|(?:it'?s|it is|it was|that'?s|that is|that was|we(?:'re| are| were|re) in)\\s+(?:our\\s+(?:peak|rush)\\s+${PEAK_UNIT}|(?:peak|rush)\\s+${PEAK_UNIT}\\s+(?:for us|here|around here|on our end|in (?:the|our) office)))\\b`,
);
const PERIOD_RE = compact(`\\b(?:${PERIOD}s?|today|tonight|yesterday|last night)\\b`);
const CHAOS_HERE = compact(/\b(?:here|around here|in here|for us|on our end|on the floor|always|(?:mondays|fridays|weekends|holidays)|crazy[- ]busy|busy|slammed|swamped|zoo|madhouse|circus)\b/);
const ABOUT_CALLER = compact(/\b(?:i know|i understand|i realize|i can tell|i hear|i bet|sounds like|sounds|must have been|must be|you'?ve|you have|you'?re|for you|your)\b/);

const VOLUME = pattern(
  `\\b(?<x>(?:(?:the )?(?:call|phone) volume (?:was|is|has been|had been|got|went)\\s+${INTENS}(?:high|heavy|huge|through the roof|off the charts|insane|crazy|out of control|unusually high)|(?:the|our|all the|all our) (?:phones|lines) (?:were|have been|kept|had been|was) (?:ringing off the hook|ringing nonstop|lit up all|jammed|jammed up|tied up|ringing nonstop|nonstop|blowing up|lit up|going crazy|crazy)|we (?:had|got|were getting|took|received|saw) (?:a |an )?(?:huge |massive |big |sudden |unusual |record |insane |crazy )?(?:flood|surge|spike|rush|wave|influx|avalanche|ton|tons|lot|lots|bunch|deluge|barrage) (?:of|in) (?:calls|callers|messages|volume|traffic)|we (?:got|were) (?:flooded|swamped|buried|slammed|hammered|overwhelmed)(?: with [a-z]+)?|we (?:handle|take|answer|get|field|process|deal with|manage|receive|juggle|cover)\\s+(?:literally\\s+|easily\\s+|like\\s+)?(?:thousands|hundreds|tons|so many|a lot|lots|a ton|dozens|a huge number|a high volume|a large volume|a massive amount|hundreds and hundreds)\\s+(?:of\\s+)?(?:calls|messages|clients|accounts|callers|customers|faxes|pages|emails|e-mails|texts|requests|tickets|voicemails|patients|orders)(?:\\s+(?:a|an|every|per|each) (?:day|night|hour|week|shift))?|(?:there (?:was|were)|we (?:had|got)) (?:just |simply )?(?:way )?too many calls(?: coming in)?|(?:covering|juggling|working|handling|running|watching) (?:two|three|four|five|several|multiple|a bunch of|a lot of|\\d+) (?:other )?(?:boards|lines|consoles|positions|desks|accounts|calls|phones|screens)(?: at once| at the same time| by (?:herself|himself|themselves|myself))?|(?:we had|there was|there'?s|we'?ve got|we have|we'?ve had) (?:a |an |quite a |such a |this )?(?:huge |big |massive |real |bit of a )?(?:backlog|lot going on|lot on our plate|ton going on)|(?:calls|messages) (?:were|kept) (?:piling up|stacking up|coming in nonstop|pouring in))\\b)`,
);

const STAFFING = pattern(
  `\\b(?<x>(?:(?:(?:two|three|four|several|a couple|a few|half|one|some|most|all|a lot|both)(?: of)? (?:our |the |my )?(?:agents|operators|people|staff|dispatchers|girls|guys|team|employees|reps|shift|crew)|(?:an?|one|our|the|my) (?:agent|operator|dispatcher|person|employee|receptionist|overnight person|night person|rep|supervisor)|(?:she|he|they|someone|somebody|half the (?:staff|team|shift|crew))) (?:had )?called (?:out|in)(?: sick)?|(?:we|they) (?:were|are|was|had been|have been|'re|'ve been) (?:\\w+ )?(?:short|down)\\s+(?:[a-z0-9]+\\s+)?(?:people|agents|operators|staff|bodies|dispatchers|hands|of (?:people|staff|agents))|(?:there )?(?:just )?(?:were|was|are|is|weren'?t|wasn'?t|aren'?t|isn'?t) (?:not )?(?:enough|nearly enough) (?:hands|people|staff|agents|operators|bodies|coverage|dispatchers)(?: on| to| working| in)?|(?:we|they) (?:didn'?t|did not|don'?t|do not) have (?:enough|nearly enough|the) (?:hands|people|staff|agents|operators|bodies|coverage|staffing|manpower)|(?:half (?:the|our|of our) (?:team|staff|shift|crew|agents|operators|people)|(?:two|three|four|several|a few|a couple|some) (?:of )?(?:our |the )?(?:agents|operators|people|staff|dispatchers)|(?:she|he|the regular (?:agent|operator|dispatcher)|our (?:regular|usual) [a-z]+)) (?:was|were|had been|are|is) (?:out |off |home )?(?:sick|out sick|off sick|on vacation|on leave|out with (?:the flu|covid|a cold|a bug))|(?:one|two|three|a couple|several|a few|some|half) of (?:our|the|my) (?:agents|operators|people|staff|dispatchers|girls|guys|team) (?:just )?(?:quit|resigned|left|walked out)|(?:we(?:'re| are| were|re)?|they(?: were)?) (?:running|working|operating) (?:with )?(?:a )?(?:light|lighter|thin|lean|skeleton|reduced|bare-bones)(?: crew| staff| team| shift)?|(?:a |the |our )?(?:light|lighter|thin|lean|reduced|bare-bones) (?:crew|staff|staffing|shift|team)|(?:we|they) (?:only|just) had (?:one|two|a single) (?:person|agent|operator|dispatcher|people|agents|operators)(?: on| working| here| in)|there(?:'s| is| are| were| was) (?:only|just) (?:one|two|three) of us|we(?:'re| are|re) (?:only |just )?a (?:small|tiny) (?:team|office|staff|shop|operation)|(?:she|he|(?:the|our) (?:agent|operator|dispatcher|receptionist|overnight person|night person)) (?:had|got|was dealing with) (?:a )?(?:family emergency|to leave early|to go home)|went home sick|(?:doing|trying to do) (?:the best|what) we can with (?:the )?(?:staff|people|resources|agents|operators|team) we(?:'ve got| have| had| got)|(?:we|they) had (?:an|one|two|three|a couple of|several|a few) (?:agents?|operators?|people|dispatchers?|staff members?) (?:out|off|missing)|(?:we|they) (?:were|was|'re) (?:one|two|three|a|a couple of) (?:person|agent|operator|body|bodies|people|agents|operators|dispatchers?) short|(?:she|he|(?:our|the) (?:usual |regular |normal |main |only )?(?:operator|agent|dispatcher|receptionist|person|girl|guy)(?: (?:for|on) your account)?) (?:was|were|had been) (?:off|out|away|on vacation|on leave)(?! of)(?: sick)?(?: (?:that|this|last) (?:day|night|morning|weekend|shift|week))?|(?:the|a) (?:person|agent|operator|girl|guy|lady|fill-in|sub) (?:who was )?(?:covering|filling in)(?: for (?:her|him|them))?(?:\\s+(?:didn'?t|did not|wasn'?t|hadn'?t|doesn'?t)(?:\\s+[a-z']+){1,3})?|(?:a |the |our )?skeleton (?:crew|staff|shift)|(?:staffing|staff) (?:shortage|issues|problems|crunch)|(?:short|under)[- ]?(?:staffed|handed)|(?:someone|somebody|an agent|an operator|the night person|the overnight (?:agent|operator)) (?:didn'?t|did not|never) (?:show up|come in|make it in)|no[- ]show)\\b)`,
);

const PERSON = `(?:she|he|they|the (?:agent|operator|dispatcher|person|girl|guy|lady|woman|man|receptionist|rep)(?: (?:who|that) (?:took|answered|handled|picked up|was on)(?: (?:your|the|that) (?:call|page|message|board|line|shift)| it)?)?|(?:our|that|this) (?:agent|operator|dispatcher|receptionist|rep)|whoever (?:took|answered|handled) (?:it|that|the call|your call))`;
const NEW_STAFF = `(?:(?:brand[- ]?new|new|newer|temporary|temp|inexperienced|green|untrained|fill-?in|substitute|rookie)\\s+(?:agents?|operators?|dispatchers?|receptionists?|staff|staffers?|hires?|people|folks|girls?|guys?|employees?|reps?|trainees?|kids?|persons?|ladies|lady|workers?)|trainees?|temps|new hires|newbies|rookies|fill-?ins)`;
const NEW_COUNT = `(?:a|an|some|a lot of|lots of|a few|several|a couple(?: of)?|two|three|four|many|quite a few|all|mostly|only)\\s+`;
const NEW_ON = `(?=\\s*$|\\s*[,.;!-]|\\s+(?:on|in|at|working|covering|answering|handling|that|this|last|during|over|overnight|which|who|so|and)\\b)`;
const NEWBIE = pattern(
  `\\b(?<x>${PERSON}(?:'s|'re|s| is| was| were| are| had been| has been)\\s+(?:still\\s+|just\\s+|brand\\s+|really\\s+|pretty\\s+|fairly\\s+|very\\s+|only\\s+){0,2}(?:new|in training|a trainee|a new (?:hire|agent|operator|employee|girl|guy)|a temp|a fill-?in|a substitute|filling in|learning|green|on (?:her|his|their) first (?:day|week|shift|night)|not (?:fully |yet |properly )?trained)\\b(?:\\s+(?:and|to|here|on)(?:\\s+[a-z']+){0,4})?|(?:the|a|our) (?:new|newer|temp|temporary|brand-new|brand new|part-time|fill-in|substitute|weekend) (?:girl|guy|hire|kid|person|trainee|agent|operator|employee|dispatcher|receptionist|staffer|worker|lady)(?:\\s+(?:was|is|'s|didn'?t|did not|doesn'?t|hadn'?t|wasn'?t|still|made|missed|got|mixed|forgot|took|answered|handled|covering)\\b(?:\\s+[a-z']+){0,4})|it was (?:a|an|our) (?:temp|trainee|new (?:hire|agent|operator|girl|guy|person)|fill-?in|substitute)(?:\\s+[a-z']+){0,3}|(?:it was|that was) (?:her|his|their) first (?:day|week|shift|night)|(?:she|he|they|the (?:agent|operator|dispatcher)|our (?:agent|operator|dispatcher)) (?:had )?(?:just|only just) started(?: (?:that|this|last) (?:week|month|monday)| on (?:monday|tuesday|wednesday|thursday|friday))?|(?:was|is|were) still (?:learning|getting used to|new to|figuring out|being trained on)(?:\\s+[a-z']+){0,3}|(?:we|they)(?:'d| had|'d had| had had|'ve had|ve had| have had| were using| had to use| got stuck with| brought in)\\s+(?:${NEW_COUNT})?${NEW_STAFF}${NEW_ON}|there (?:was|were|'s been|has been|have been) (?:${NEW_COUNT})?${NEW_STAFF}${NEW_ON}|(?:most|half|a lot|many|some|several|all|two|three) of (?:our|the|my) (?:[a-z]+ )?(?:agents|operators|staff|people|team|dispatchers|girls|guys|reps)(?: on [a-z]+(?: [a-z]+)?)? (?:are|were|is|was)(?: still| all| pretty| fairly)? (?:brand[- ]?new|new|in training|trainees|temps|new hires)|(?:didn'?t|did not|doesn'?t) know (?:any )?better|(?:hadn'?t|has not|hasn'?t|had not|wasn'?t|was not) (?:been )?(?:fully |properly |yet )?trained(?: on [a-z']+(?: [a-z']+)?)?)\\b`,
);

const BREAK = pattern(
  `\\b(?<x>(?:${PERSON}|(?:our|the) (?:only )?(?:agent|operator|dispatcher|receptionist|person) on (?:duty|shift)) (?:was|were|had|had just|'d)\\s+(?:just\\s+|still\\s+|already\\s+|out\\s+)?(?:on (?:a |her |his |their |the )?(?:break|lunch|lunch break)|at lunch|out to lunch|stepped away|step away|away from (?:her|his|their|the) desk|in the (?:bathroom|restroom)|on (?:another|a different|an emergency) call|tied up (?:with|on) (?:another|a different) call|(?:handling|dealing with|taking|working) (?:another|an emergency|a different)(?: call| caller)?|gone for the day)|during (?:a |the )?(?:shift change|lunch break|break time)|it was (?:a |the )?(?:shift change|lunch (?:break|hour)))\\b`,
);

const SLOW_SYSTEM = pattern(
  `\\b(?<x>(?:our|the) (?:(?:phone|paging|computer|dispatch|messaging) )?(?:systems?|computers?|software|network|servers?|phones?|paging|database|platform|switchboard|screens?|equipment|program|internet|connection)(?:'s been|s been|'s|s| is| are| was| were| has been| have been| had been| been| keeps| kept| seems| seemed| seem)\\s+(?:being\\s+|running\\s+|acting\\s+|going\\s+|so\\s+)?${INTENS}(?:slow|sluggish|laggy|lagging|glitchy|buggy|acting weird|acting funny|weird|funny|not cooperating|down|offline|freezing|frozen|crashing|acting up|on the fritz)\\b(?:\\s+(?:today|tonight|this (?:morning|afternoon|week)|lately|all (?:day|morning|night|week)|right now))?)`,
);
const SYSTEM = pattern(
  `\\b(?<x>(?:our|the) (?:system|computers?|phones?|phone system|software|network|servers?|lines?|paging system|database|platform|switch(?:board)?)(?: [a-z]+)? (?:was|were|went|had been|has been|kept|had|crashed|froze|glitched)\\s+(?:completely\\s+|totally\\s+)?(?:down|offline|crashed|crashing|acting up|glitching|being glitchy|on the fritz|out|freezing|frozen|a glitch|an outage|problems|issues)|we (?:had|were having|have been having|'ve been having|ve been having|experienced) (?:a |an |some |major |minor |big |huge )*(?:(?:system|technical|computer|phone|software|network|power) (?:outage|glitch|glitches|difficulties|problems|issues|crash|failure)|outage|glitch|glitches|crash|meltdown|technical difficulties)|(?:we|we'?re|we were|we are|we had been) (?:in the middle of |busy with )?(?:switching|changing|moving|migrating|converting|upgrading) (?:over )?(?:to|our|systems)(?: a)?(?: new)?(?: system| software| platform)?)\\b`,
);

// The client's unannounced promotion, told as the reason the service fell behind (000: a client's unannounced commercial).
const CLIENT_PROMO = pattern(
  `\\b(?<x>(?:you|(?:your|the) (?:office|practice|company|clinic|business|team|marketing (?:team|people)))\\s+(?:ran|aired|put out|launched|started|sent out) (?:a |an |that |the |your )?(?:[a-z]+ )?(?:ad|advert|advertisement|commercial|promotion|promo|campaign|mailer|spot)(?:\\s+[a-z']+){0,5})`,
);


// Fresh-set kinds: capacity/volume nouns without "we had", staff tied up elsewhere, thin coverage, staff away in numbers.
const STAFF_N = `(?:people|staff|agents|operators|dispatchers|team|girls|guys|reps|folks|crew)`;
const EXTRA = pattern(
  `\\b(?<x>(?:a |an |the )?(?:mad |huge |big |real |massive |sudden |crazy )?(?:flood|surge|spike|influx|deluge|barrage|avalanche|rush) of (?:calls|callers|messages|pages)|(?:a |the )?(?:mad|huge|massive|crazy) rush(?: on the (?:phones|lines|board))?|(?:a |an )?(?:very |really |extremely |unusually )?(?:heavy|high|huge|massive|record|crazy|insane) (?:call|message|work) ?(?:load|volume)|(?:a )?record (?:number|volume|amount) of (?:calls|messages|callers)|(?:no ?one|nobody|we) (?:could|couldn'?t|could not|can'?t|cannot) (?:possibly )?keep up|we had (?:like |about |over |nearly |almost )?\\d+ (?:calls|messages|callers)(?: (?:in|within|during) (?:an|one|the|a) (?:hour|night|shift|evening))|(?:were|was|are|'re|re) (?:flat out|run off (?:our|their|her|his) feet|rushed off (?:our|their|her|his) feet)|run off our feet|(?:at|running at) half[- ]strength|thin(?:ly)? (?:covered|staffed)|thin on the ground|(?:rang|phoned|called) in sick|(?:we|they) (?:had|were down to|'re down to|were left with) (?:only |just )?(?:one|two|a single) (?:person|operator|agent|dispatcher)(?: (?:on|covering|working|for)\\b(?:\\s+[a-z'-]+){0,4})?|down to (?:only |just )?(?:one|two|a single) (?:person|people|operator|operators|agent|agents|dispatcher)|(?:a lot of|lots of|half|several|many|most|some|two|three|a few|a couple) (?:of )?(?:our |the )?${STAFF_N} (?:were |was )?(?:on holiday|on vacation|on leave|out sick|off sick|away|at (?:a )?training)|(?:staff|${STAFF_N}|we|they) (?:were|was) (?:all )?at (?:a |the )?(?:training|meeting|staff meeting)(?: session)?|who (?:normally |usually |typically )?(?:handles|does|takes care of|looks after|manages|covers) [a-z' -]{1,30}? (?:was|were) (?:off|out|away|on holiday|on vacation|on leave|sick)|(?:was|were|'re|are) (?:all )?(?:tied up|busy|stuck|occupied|caught up) (?:with|on|handling) (?:another|other|a different|long|an emergency|someone else)(?:'s)?\\b(?:\\s+[a-z'-]+){0,3}|(?:the |a |our )?(?:answering )?(?:lines?|phones?|switchboard|board) (?:was|were|got) (?:completely |totally )?(?:jammed|flooded|swamped|overloaded|maxed out|clogged)|(?:by|from) (?:a|an|the|our) (?:temp|trainee|new hire|newbie|fill-?in|new (?:girl|guy|agent|operator|person))\\b(?:\\s+who\\s+(?:didn'?t|did not|wasn'?t|hadn'?t)(?:\\s+[a-z']+){1,3})?|(?:she|he|they)(?:'d| had) only (?:just )?started\\b(?:\\s+(?:on|that|this|last)\\s+[a-z]+)?|(?:was|were) still (?:getting used to|learning) (?:it|the (?:system|software|ropes))|learning the ropes|it was (?:sheer |total |absolute |complete )?(?:chaos|mayhem|bedlam|pandemonium)|(?:a lot|too much|so much|a ton|loads|plenty) on (?:her|his|their|our|my) plates?|(?:coincided with|during|in the middle of) (?:a|the|our) (?:staff meeting|team meeting|training(?: session)?|shift change(?:over)?|handover|fire drill)|(?:nobody|no one|no-one) was (?:watching|covering|manning|minding|on) the (?:board|phones|lines|desk|console|queue)|(?:our|the) (?:[a-z-]+ )?(?:technician|tech|agent|operator|dispatcher|receptionist|supervisor|coordinator|scheduler|billing (?:person|lady|clerk|guy)|girl|guy|person|lady) (?:was|were|had been) (?:off|out|home) (?:sick|ill|poorly|unwell|with (?:the flu|covid|a cold|a bug))|(?:had|with|juggling|was juggling) (?:about |like |around |over |maybe )?(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|a dozen|several|multiple|a few) (?:other )?calls (?:holding|on hold|waiting|at once|in (?:the )?queue|ringing)|run ragged|breaking in (?:a |two |three |some |several |a couple of )?new (?:operators?|agents?|staff|hires?|people|girls?|guys?|dispatchers?)|(?:system|software|computer|server|network|update|upgrade|migration|switchover)(?: [a-z]+){0,2} (?:slowed|bogged) (?:everything|things|us|it all|the [a-z]+) down)`,
);
const ASK_CLIENT_SIDE = compact(/\b(?:(?:is|are|was|were|has|have|if)\s+(?:the|your)\s+(?:office|practice|clinic|staff|team|front desk|receptionist|doctors?)|your\s+(?:office|practice|clinic|staff|team|front desk)(?:\s+(?:is|was|are|were|seems?|seemed))?)\s*$/);

const PROMO_BLAMED = compact(/\b(?:without|didn'?t (?:tell|let|warn)|never (?:told|warned|let)|no(?:body| one) (?:told|warned)|so we|and we|which|that'?s why|flooded|swamped|slammed|overwhelmed)\b/);
// Judgement call 12: a disowned excuse ("...but that's no excuse") stays an excuse, so nothing cancels a hit.
// Looking into whether something happened is research, not an excuse.
const HYPOTHETICAL = compact(/\b(?:whether|if|check|checking|see|find out|look into|looking into|wondering|ask|asking|confirm|verify|investigate)\b(?:[^,.-]|(?<=\S)-(?=\S)){0,60}$/);
// Each rule runs only when one of its key words is in the text, which keeps the detector cheap.
const RULES: Array<[RegExp, string, RegExp]> = [
  [BUSY_STATE, 'busy', compact(/\b(?:busy|swamp|slam|overwhelm|flood|buried|backed|behind|overload|inundat|snowed|stretched|short[- ]?(?:staff|hand)|short on|understaff|under-staff|drown|up to our|weeds|ragged|tied up|maxed|capacity|overbooked|hammer|crushed|down (?:a|one|two|three|four|several|a couple|a few) )/)],
  [CHAOTIC_TIME, 'busy', compact(/\b(?:crazy|hectic|busy|nuts|insane|chaotic|wild|rough|zoo|madhouse|mad house|circus|nonstop|non-stop|mayhem|chaos|slammed|swamped|nightmare|bonkers|nutty|frantic|packed)/)],
  [CHAOTIC_NOUN, 'busy', compact(/\b(?:crazy|hectic|insane|chaotic|nuts|wild|slammed|busy|rough)/)],
  [VOLUME, 'busy', compact(/\b(?:backlog|going on|plate|volume|phones|lines|flood|surge|spike|rush|wave|influx|avalanche|ton|lot|bunch|deluge|barrage|swamped|buried|slammed|hammered|overwhelmed|thousands|hundreds|so many|dozens|number|amount|too many|covering|juggling|working|handling|running|watching|piling|stacking|pouring)/)],
  [STAFFING, 'staffing', compact(/\b(?:away|covering|filling|out|off|missing|best we can|what we can|called (?:out|in)|short|down |enough|skeleton|staff|show|sick|vacation|on leave|covid|flu|handed|quit|resigned|left|walked out|light|thin|lean|reduced|bare|only|just had|of us|small|tiny|emergency|to leave|go home|home sick)/)],
  [NEWBIE, 'newAgent', compact(/\b(?:started|new|train|temp|fill|substitute|learning|green|first|better|still|inexperienced|rookie)/)],
  [BREAK, 'break', compact(/\b(?:break|lunch|stepped|step away|desk|bathroom|restroom|another|different|emergency|gone for|shift change)/)],
  [SYSTEM, 'system', compact(/\b(?:down|offline|crash|glitch|acting up|fritz|froze|frozen|outage|problems|issues|difficult|meltdown|failure|switching|changing|moving|migrating|converting|upgrading)/)],
  [PEAK, 'busy', /\b(?:busiest|craziest|hectic|heaviest|peak|rush|worst)/],
  [SLOW_SYSTEM, 'system', compact(/\b(?:slow|sluggish|lag|glitchy|buggy|weird|funny|cooperat|down|offline|freez|frozen|crash|acting up|fritz)/)],
  [EXTRA, 'busy', compact(/\b(?:flood|surge|spike|influx|deluge|barrage|avalanche|rush|load|volume|record|keep up|\d+ calls|\d+ messages|flat out|feet|strength|thin|sick|down to|had only|had just|holiday|vacation|leave|away|training|meeting|plate|coincided|during|middle of|nobody was|no one was|no-one was|sick|ill\b|poorly|unwell|calls|ragged|breaking in|slowed|bogged|handles|does|takes care|looks after|manages|covers|tied up|busy|stuck|occupied|caught up|jammed|flooded|swamped|overloaded|maxed|clogged|temp|trainee|new hire|newbie|fill|new|started|ropes|learning|chaos|mayhem|bedlam|pandemonium|left with|down to)/)],
  [CLIENT_PROMO, 'promo', /\b(?:\bad\b|advert|commercial|promo|campaign|mailer|spot)/],
];

const ANY = compact(RULES.map((r) => r[2].source).join('|'));

function detect(doc: Doc): Hit[] {
  if (doc.lang !== 'en') return [];
  const hits: Hit[] = [];
  for (const s of doc.sentences) {
    if (!test(ANY, s.text)) continue;
    for (const [re, reason, gate] of RULES) {
      if (!test(gate, s.text)) continue;
      for (const m of matchesIn(s.text, re)) {
        const x = m.groups?.x ?? m[0];
        const from = m.index + m[0].indexOf(x);
        const before = s.text.slice(Math.max(0, from - 80), from);
        if (test(HYPOTHETICAL, before)) continue;
        if (test(ASK_CLIENT_SIDE, before.slice(-40))) continue;
        // "Is the office short-staffed today?" asks about the client's side.
        if (/(?:^|[,;]\s*)(?:is|are|was|were)\s+$/.test(before) && /^(?:the|your) (?:office|practice|clinic|staff|team)\b/.test(x) && s.text.includes('?')) continue;
        if (re === CHAOTIC_TIME || re === CHAOTIC_NOUN || re === PEAK || re === SLOW_SYSTEM) {
          // "It's been a crazy week" is an excuse only about the service, not about the caller's week.
          const after = s.text.slice(from + x.length, from + x.length + 25);
          if (test(ABOUT_CALLER, before.slice(-30)) || /^\s*(?:for you|on your end|at your)/.test(after)) continue;
          if ((re === CHAOTIC_TIME || re === CHAOTIC_NOUN) && !test(CHAOS_HERE, x) && !test(PERIOD_RE, x)) continue;
        }
        if (re === NEWBIE && /\blearning\b/.test(x) && !/\bstill\b/.test(x)) continue;
        if (re === CLIENT_PROMO && !test(PROMO_BLAMED, s.text.slice(from))) continue;
        if (re === BUSY_STATE && /^(?:i|i'?m|im|i'?ve|ive)\b/.test(x) && /\b(?:i know|sounds|must)\b/.test(before)) continue;
        hits.push({ start: s.start + from, end: s.start + from + x.trimEnd().length, reason });
      }
    }
  }
  return dropOverlapping(hits);
}


/** `excuse`: justifies the service's own failure with internal circumstances (000: DO NOT MAKE EXCUSES). */
export const excuse: Detector = {
  label: 'excuse',
  reasons: {
    en: {
      default: "This explains the failure with our own circumstances; the client doesn't care why - skip the excuse and say what you'll do to fix it.",
      busy: "Being busy or swamped is our problem, not the client's; drop the excuse and tell them what you're doing to fix it.",
      staffing: "Staffing is an internal matter; the client only hears an excuse - own the problem and move to the fix.",
      newAgent: "Blaming a new or temporary agent is an excuse; the client hired the service, so take ownership and state the corrective action.",
      break: "'She was on break' excuses the failure; own it and explain what will change so it doesn't happen again.",
      system: "Our system trouble is an internal excuse; once facts are in, own the failure and say what you've done about it.",
      promo: "Pointing to the client's commercial as the reason for slow service is an excuse; acknowledge the wait and focus on the fix.",
    },
  },
  detect,
};
