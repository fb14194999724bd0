import { dropOverlapping, type Detector, type Hit } from '../detector.ts';
import type { Doc } from '../text.ts';
import { pattern, compact } from '../patterns.ts';
import { matchesIn } from '../text.ts';
import { test } from '../prefilter.ts';

const SUBJ = `(?:that|this|it|billing|that stuff|credits?|refunds?|the (?:bill|billing|credit|refund|fee)(?: part| question| issue)?)`;
const NOT_MINE = pattern(
  `\\b(?<x>(?:${SUBJ}(?:'s| is|s| was)\\s+(?:really\\s+|just\\s+)?not|${SUBJ}\\s+(?:isn'?t|wasn'?t)|^(?:nope,?\\s+|no,?\\s+)?not|[,:-]\\s*not|(?:honestly|look|sorry|well|so),?\\s+not)\\s+(?:really\\s+)?(?:my|our) (?:department|dept|job|area|responsibility|problem|concern|issue|call|decision|business|thing|table|wheelhouse|place)(?! to (?:judge|blame|argue|decide who|say|criticize))|${SUBJ}(?:'s| is|s)?\\s*(?:isn'?t|is not|'s not|not)\\s+(?:something|anything|a thing) (?:i|we) (?:handle|deal with|do|touch|cover|take care of|can (?:help (?:you )?with|do anything about|fix|change|control)|have (?:any )?control over)|i (?:don'?t|do not|dont) (?:handle|deal with|do|touch) (?:billing|credits|refunds|that|those|complaints|that stuff|that kind of thing|that department)(?=[\\s.,!?;-]*$|\\s*[,;.-]|\\s+(?:here|myself|anymore)\\b)|(?:that'?s|that is|it'?s|it is) (?:not up to me|above my pay ?grade|out of my hands|beyond my control|out of my control|not in my control)|my hands are tied|i (?:just )?(?:don'?t|do not) make the (?:rules|policies|policy|decisions)|(?:i|we) (?:just|only) (?:answer|take) (?:the )?(?:calls|phones|messages)|i'?m (?:not|really not) the (?:right|correct|best) (?:person|one|department) (?:for|to)(?: [a-z]+){0,3}|(?:it'?s|that'?s|this is) (?:a [a-z]+ (?:issue|problem|thing|question),? )?not mine|(?:that|this|it)(?:'s| has| had| is)? (?:got )?(?:nothing|absolutely nothing) to do with (?:us|me|our (?:service|office|company|end))|(?:we|i)(?:'re| are|'m| am|re|m) not responsible for(?: [a-z']+){1,4}|(?:go|goes|go through|goes through|is handled by|are handled by|is for|are for|belongs? (?:to|with))\\s+(?:to\\s+|through\\s+)?(?:the |our |a )?[a-z-]+(?: [a-z-]+){0,3},?\\s+not (?:me|us|here|this (?:desk|line|office|department))\\b|i (?:just|only) work here|i'?m (?:just|only) (?:an?|the) (?:operator|agent|receptionist|answering service|messenger))\\b`,
);

const CANT_HELP = pattern(
  `\\b(?<x>there(?:'s| is|s) (?:nothing|not (?:much|a lot|anything)) (?:more |else )?(?:i|we) can (?:do|change|fix)|(?:nothing|not much) (?:more |else )?(?:i|we) can (?:do|change)(?: about (?:it|that|this))?|(?:i|we) (?:can'?t|cannot|can not|won'?t be able to) (?:do anything|do much|help (?:you|with (?:that|this)))(?! right\\b)(?: (?:about|for|with|more|else)(?: (?:it|that|this|you))?)?|i'?m (?:not able|unable) to help(?: you)?(?: with (?:that|this))?|(?:it|that|this) is what it is|(?:that'?s|that is|it'?s|it is) (?:just )?(?:the way|how) it (?:is|works|goes)|rules are rules|(?:that'?s|that is|it'?s) (?:just )?(?:our|the|company) policy(?=[\\s.,!?;-]*$|\\s*[,;.-])|(?:i|we) (?:don'?t|do not|dont) (?:do|give|offer|issue) (?:credits|refunds|discounts|exceptions|that(?=[\\s.,!?;-]*$|\\s*[,;.-]))\\b|(?:i (?:don'?t|do not|dont) know|idk|dunno) what (?:else )?(?:to|i can) tell you|(?:sorry,? )?(?:i )?can'?t help you(?: there| with that)?|(?:nobody|no one|there'?s no one|there is no one|there'?s nobody) (?:here |else )?(?:who |that )?can help(?: you)?(?: with (?:that|this))?|you'?re on your own|not (?:my|our) problem)\\b`,
);

const ELSEWHERE = `(?:(?:someone|somebody|anyone) else|them|billing|corporate|management|head office|accounting|customer service|tech support|the (?:main |billing |front |head |corporate |home |other )?(?:office|department|desk|people)|(?:another|a different|the other|the right|the correct) (?:department|office|team|person|number)|(?:the|your) (?:phone company|carrier|provider|phone provider|cell provider|telephone company|it (?:department|guy|people)|bank|manager|landlord|doctor|doctor's office)|(?:the|your) (?:it|tech|phone|cable|internet|software) (?:company|provider|guys?|people|department|team|person)|your (?:own )?(?:staff|team|office manager|office staff|receptionist|front desk|it (?:people|team|guy|person)|people)|the billing (?:department|office|people|team)|the (?:owner|manager|supervisor)|a (?:manager|supervisor)|our (?:billing|main|head) office)`;
const SEND_AWAY = pattern(
  `\\b(?<x>(?:you(?:'ll| will|ll|'d| would)?|u|ya) (?:have|need|want|got|gotta|will have|'ll have|ll have|'ll need|ll need|would have|'d have|should|might want|must|may want|can) ?(?:to )?(?:call|contact|talk (?:to|with)|speak (?:to|with)|take (?:it|that|this|that one) up with|(?:sort|figure|work|hash) (?:it|that|this) out with|sort (?:it|that|this) with|take (?:it|that|this) to|ask|go to|reach out to|reach|email|write to|try|get in touch with|check with|ring)\\s+(?:calling |contacting )?${ELSEWHERE}\\b(?:\\s+(?:yourself|directly|about (?:it|that|this)|for that))?|(?:^|[,:-]\\s*|(?:just|so|then),?\\s+)(?:try|call|contact|ask|email|take (?:it|that|this) up with|talk to|go (?:talk|speak) to) (?:calling |contacting )?${ELSEWHERE}\\b(?:\\s+(?:yourself|directly|about (?:it|that|this)|for that))?|take (?:it|that|this) up with ${ELSEWHERE}\\b)`,
);


// Fresh-set kinds: "outside my remit", "there isn't anything we can do", "you'll have to call back", "that's just how the system works",
// "we can't be responsible for", "look it up on the website", "no point discussing it with me".
const MORE = pattern(
  `\\b(?<x>(?:(?:that'?s|that is|thats|it'?s|it is|its|this is)(?: really| just| honestly| completely| totally)? |(?:^|[,:;-]\\s*))(?:outside (?:my|our|of my|of our) (?:remit|scope|area|job|responsibility|control|authority|department)|(?:out of|beyond) (?:my|our) (?:remit|scope|hands|control|authority)|above my pay ?grade|not up to (?:me|us))|there (?:isn'?t|is not|'s not|s not|wasn'?t|was not) (?:really |honestly |actually )?(?:anything|much|a lot|a whole lot) (?:more |else )?(?:i|we) (?:can|could) (?:do|change|fix)|(?:you(?:'ll| will|ll|'d| would)?|u) (?:have|need|got|gotta|will have|'ll have|'ll need|would have|'d have) ?(?:to )?(?:ring|call|phone|try)(?: us| again)? back(?=\\s+(?:later|tomorrow|in the morning|on monday|next week|another time|some other time|when|during|after)\\b|\\s*(?:[.,!;-]|$))|(?:that'?s|that is|it'?s|it is|thats|its)(?: just| simply)? (?:the way|how) (?:the system|our system|things|this|the process|our process|the software|billing) (?:is|are|works?|goes|go)\\b|(?:that'?s|it'?s|it is|that is) (?:just )?one of those things|(?:we|i) (?:can'?t|cannot|can not|won'?t) be (?:held )?(?:responsible|accountable|liable) for\\b(?:\\s+[a-z']+){0,4}|(?:there'?s|there is|theres) (?:really )?no (?:point|use|sense) (?:in )?(?:discussing|talking|arguing|calling|asking|complaining|going on)(?: (?:it|this|that|about (?:it|this|that)))?(?: (?:with|to) me)?|(?:^|just |you can |go )(?:look (?:it|that) up|check|see|find (?:it|that)|read about it|go to|visit)(?: up)? (?:on )?(?:the|our) (?:website|web site|site|portal|faq|faqs)|(?:you can|go ahead and|feel free to) (?:write in|write|complain|send a complaint)(?: to)? (?:head office|corporate|the head office|management|the company)|(?:i|we) (?:don'?t|do not|dont) (?:deal with|handle|do) (?:that|this|those|that kind of thing|that sort of thing)(?=\\s*(?:[.,!;-]|$|here|anymore))|(?:i )?(?:don'?t|do not|dont) know what (?:(?:else )?you (?:want|expect)|else) (?:me|us)? ?(?:to )?(?:do|tell you)(?: about (?:it|that|this))?|(?:we'?re|we are|were|i'?m|i am|im) (?:just|only) (?:an?|the) (?:answering service|operators?|agents?|messengers?|middlem[ae]n|call cent(?:er|re)|message service|phone service)\\b|(?:we|i) (?:don'?t|do not|dont|can'?t) control (?:the|your|what|how|whether)\\b(?:\\s+[a-z']+){0,3}|(?:^|[,.:;-]\\s*)(?:that'?s |it'?s |this is )?not something (?:i|we) (?:handle|deal with|do|cover|look after|take care of))`,
);

// Escalation is pointless / nobody else can help either ("she'll just tell you the same thing", "there's nothing he can do either").
const OTHER = `(?:she|he|they|my (?:manager|boss|supervisor|lead|director)|the (?:manager|owner|boss|supervisor|director|office manager)|a (?:manager|supervisor)|management|any(?:one|body)(?: (?:else|here))?|some(?:one|body) else|any of us|(?:her|his|their) (?:boss|manager))`;
const FUTILE = pattern(
  `\\b(?<x>${OTHER}(?:'ll|ll| will|'d| would|(?:'s|s| is|'re|re| are)(?: just| only| probably| likely)? (?:going to|gonna))\\s+(?:just |only |probably |simply |also |just end up |only end up |likely )?(?:tell|say|give)(?: you)? (?:the (?:exact )?same (?:thing|answer|stuff)|exactly what i|what i (?:told you|said|just said|just told you|did|would|would say))|(?:talking|speaking|going|getting through|asking|escalating)(?: this)? (?:to|for|with)? ?(?:her|him|them|a manager|my manager|my boss|my supervisor|a supervisor|the owner|the manager|anyone else|someone else|management|up the chain)? ?(?:won'?t|will not|isn'?t going to|wouldn'?t|is not going to|isn'?t gonna|doesn'?t|does not) (?:change (?:anything|a thing|the answer|much)|help(?: you)?|make (?:a|any|much of a) difference|do (?:you )?(?:any|much) good|get you anywhere)|(?:nobody|no one)(?: else)? (?:is going to|will|'s going to|can|would|is gonna) (?:give|tell) you (?:a different|another|any other|anything different|a better|a new) ?(?:answer|thing|response)?|there(?:'s| is|s) (?:nothing|not (?:much|a lot|anything)) (?:more |else )?${OTHER}(?: here| else)? (?:can|could|would be able to|'d be able to|is able to|will be able to) (?:do|change|fix)(?=\\s*(?:[.,!;-]|$|either|anyway|about|for you|here|at all))|(?:even )?${OTHER} (?:can'?t|cannot|couldn'?t|won'?t be able to|will not be able to|wouldn'?t be able to) (?:do|change|fix) (?:anything|a thing|much|any more|it)(?:\\s+(?:about (?:it|that|this)|either|anyway|for you|at all|more)){0,2}(?=\\s*(?:[.,!;-]|$)))`,
);

// Ownership pushed to someone else ("that's up to your office, not us", "that's between you and your carrier").
const PUSHED = pattern(
  `\\b(?<x>(?:that'?s|that is|thats|it'?s|it is|its|this is)(?: really| honestly| all| entirely| totally)? (?:up to|on|for|a matter for|a question for|the job of|handled by|the responsibility of) (?:your|the) (?:[a-z']+ ){0,2}[a-z']+,? not (?:us|me|ours|mine|the answering service|(?:our|my) (?:job|office|company|service|problem|department|responsibility))\\b|(?:that'?s|that is|thats|it'?s|it is|its|this is)(?: really| honestly)? between you and (?:(?:your|the) (?:[a-z']+ ){0,2}?[a-z']+|(?:dr|mr|mrs|ms|miss|doctor)\\.? [a-z'-]+)(?=\\s*(?:[.,!;-]|$))|(?:that'?s|that is|thats|it'?s|it is)(?: really| honestly| entirely)? (?:your|your [a-z]+'?s|the [a-z]+'?s) (?:responsibility|job|department|issue to (?:fix|sort out|solve)|problem to (?:fix|sort out|solve))(?:,? not (?:ours|mine|us|me))?(?=\\s*(?:[.,!;-]|$)))`,
);

// Tautologies that close the subject ("the rates are the rates", "policy is policy").
const TAUTOLOGY = pattern(
  `\\b(?<x>(?:(?:the|a|an|our) )?(?!(?:which|who|what|whom|where|when|how|this|that|one|there|here|deal|promise|business|love)\\b)(?<w>[a-z]{3,})(?:'s| is| are) (?:the |a |an |our )?\\k<w>)(?=\\s*(?:[.,!;:-]|$|sir|ma'?am|i'?m afraid))`,
);

// A refusal followed by a hand-off or another offer is not dismissive (rulebook: "I can't issue credits myself, so I'll bring in our billing manager").
const HAND_OFF = compact(/\b(?:but (?:i|we)(?:'ll| will|'d| would| can| could|'m happy|'m glad| am happy| am glad|'m going to| am going to)\b|but what (?:i|we) can|however,? (?:i|we) can|(?:so|and) (?:i|we)(?:'ll| will|'m going to| am going to|'m bringing|'m getting|'m transferring|'m connecting| can)\b|let me (?:get|bring|transfer|connect|find|put|loop|see|check|have)|(?:i|we)(?:'ll| will| can| could|'m going to| am going to|'d be (?:happy|glad) to|'m happy to| am happy to|'m glad to)(?:\s+\S+){0,2}\s+(?:transfer|connect|bring|put you through|get you|get (?:our|my|the|someone|somebody)|have (?:our|my|the|someone|somebody|them|her|him)|loop|patch|pass|take (?:a|your) message|introduce|set up|arrange)|happy to (?:take|pass|connect|transfer|help)|glad to (?:take|pass|connect|transfer|help)|what i can do)/);

// Each rule runs only when one of its key words is in the text, which keeps the detector cheap.
// Second fresh-set kinds: "that's a billing thing, I can't touch it", "no point going over it again", "I dunno what to tell ya".
const SHRUG_OFF = pattern(
  `\\b(?<x>(?:that'?s|that is|it'?s|it is|thats) (?:a |an )?(?:billing|tech|technical|accounts?|accounting|it|sales|management|head office) (?:thing|issue|matter|question|problem|department thing)\\b(?:,|\\s*-|;)?\\s*(?:(?:i|we) (?:can'?t|cannot|don'?t|do not) (?:touch|do|handle|help with|deal with)(?: (?:it|that|this))?)?|(?:i|we) (?:can'?t|cannot|can not) (?:touch|go near) (?:it|that|this|billing|your (?:bill|account|invoice))\\b|(?:there'?s|there is|theres) (?:no|not much|little) point (?:in )?(?:going over|discussing|talking about|arguing about|dwelling on|rehashing|getting into|going back over) (?:it|this|that|all this|all that)\\b(?:\\s+again)?|(?:i'?m|im|i am) not sure what (?:else )?(?:you want|you'?d like|you expect) (?:me|us) to (?:say|do|tell you)\\b|(?:i )?(?:dunno|don'?t know|do not know) what (?:else )?(?:to tell|to say to|i can tell) (?:you|ya|u)\\b)`,
);

const RULES: Array<[RegExp, string, RegExp]> = [
  [SHRUG_OFF, 'cantHelp', compact(/\b(?:billing|tech|technical|account|accounts|accounting|sales|management|head office|touch|go near|point|not sure what|dunno|know what|tell you|tell ya|tell u)/)],
  [NOT_MINE, 'notMine', compact(/\b(?:not me|not us|not here|not this|dept|nothing to do|not responsible|person|one|mine|(?:my|our) (?:department|dept|job|area|responsib|problem|concern|issue|call|decision|business|thing|table|wheelhouse|place)|something|anything|a thing|handle|deal with|touch|up to me|pay ?grade|out of my|beyond my|in my control|hands are tied|make the|just|only|work here)/)],
  [CANT_HELP, 'cantHelp', compact(/\b(?:help|idk|dunno|nothing|not much|not a lot|not anything|can'?t|cannot|can not|won'?t be able|not able|unable|is what it is|the way it|how it|rules are|policy|don'?t|do not|dont|know what|nobody|no one|on your own|not (?:my|our) problem)/)],
  [FUTILE, 'cantHelp', compact(/\b(?:same|what i|different|another|a better|a new|change|difference|any good|much good|anywhere|nothing|not (?:much|a lot|anything)|can'?t (?:do|change|fix)|cannot|couldn'?t|(?:won'?t|wont|will not|wouldn'?t) be able|(?:won'?t|wont|will not|isn'?t going to|isn'?t gonna|wouldn'?t|doesn'?t|does not) help)/)],
  [PUSHED, 'notMine', compact(/\b(?:not (?:us|me|ours|mine|the|our|my)|between you|responsibility|job|department|to (?:fix|sort|solve))/)],
  [TAUTOLOGY, 'cantHelp', compact(/(?:'s| is| are) (?:the |a |an |our )?[a-z]{3,}(?:\s*[.,!;:-]|$| sir| ma'?am| i'?m afraid)/)],
  [MORE, 'cantHelp', compact(/\b(?:remit|scope|hands|control|authority|pay ?grade|up to|anything|much|a lot|back|know what|just|only|not something|the way|how|one of those|responsible|accountable|liable|point|use|sense|website|web site|site|portal|faq|write|complain|deal with|handle|do that|do this|do those)/)],
  [SEND_AWAY, 'sendAway', compact(/\b(?:else|them|staff|your|billing|company|corporate|management|head office|accounting|customer service|support|office|department|desk|people|person|team|number|phone company|carrier|provider|bank|manager|landlord|doctor|owner|supervisor)/)],
];

// SHRUG_OFF's gate is a plain word list the literal scan answers on its own, so it stays out of ANY.
const ANY = compact(RULES.filter((r) => r[0] !== SHRUG_OFF).map((r) => r[2].source).join('|'));

function detect(doc: Doc): Hit[] {
  if (doc.lang !== 'en') return [];
  const hits: Hit[] = [];
  const sents = doc.sentences;
  for (let i = 0; i < sents.length; i++) {
    const s = sents[i]!;
    const any = test(ANY, s.text);
    for (const [re, reason, gate] of RULES) {
      if (!any && re !== SHRUG_OFF) continue;
      if (!test(gate, s.text)) continue;
      for (const m of matchesIn(s.text, re)) {
        const x = m.groups?.x ?? m[0];
        if (x.trim() === '') continue;
        const from = m.index + m[0].indexOf(x);
        const rest = s.text.slice(from + x.length) + ' ' + sents.slice(i + 1, i + 4).map((n) => n.text).join(' ');
        if (test(HAND_OFF, rest)) continue;
        // "I can't do anything right" is self-pity, not a refusal.
        if (/^\s*right\b/.test(s.text.slice(from + x.length))) continue;
        hits.push({ start: s.start + from, end: s.start + from + x.trimEnd().length, reason });
      }
    }
  }
  return dropOverlapping(hits);
}


/** `dismissive`: refuses ownership or help, or sends the caller away without a hand-off. */
export const dismissive: Detector = {
  label: 'dismissive',
  reasons: {
    en: {
      default: 'This refuses ownership of the problem; say what you can do, or bring in the person who can.',
      notMine: "'Not my department' leaves the client with nowhere to go; own it and bring in the right person yourself.",
      cantHelp: "'There's nothing I can do' shuts the client out; offer what you can do, a compromise, or a hand-off to someone who can.",
      sendAway: "Sending the client to call someone else is dismissive; connect them yourself or have that person call them.",
    },
  },
  detect,
};
