import { dropOverlapping, type Detector, type Hit } from '../detector.ts';
import type { Doc, Sentence } from '../text.ts';
import { pattern, compact } from '../patterns.ts';
import { matchesIn } from '../text.ts';
import { test } from '../prefilter.ts';

// Who speaks for the service. "were"/"well" are left out on purpose: "you were never called" is not "we".
const STAFF = `(?:executives|associates|colleagues|personnel|team members|call (?:takers|handlers)|staffers|lads|coordinators|lines?|phones?|phone system|switchboard|pagers?|paging system|software|network|platform|ppl|agents?|operators?|staff|people|team|dispatchers?|employees|receptionists?|service|system|company|shift|folks|guys|girls|crew|reps?|representatives|call ?cent(?:er|re)|office|answering service|techs?|nurses?|night crew)`;
const SVC = `(?:we(?:'ve|ve|'d|d|'ll|'re)?|(?:our|my) (?:[a-z-]+ )?${STAFF}(?: here)?|the (?:agents|operators|staff|people|folks) here|this (?:office|company|service))`;
const AUX = `(?:\\s+(?:have|has|had|would|will|do|does|did|are|is|can|could))?`;
const ADV = `(?:\\s+(?:just|simply|honestly|really|certainly|definitely|absolutely|truly|literally|actually|also|seriously))?`;
const NEVER = `(?:never,\\s*(?:in|over|for|once in|not once in)\\s+[^,.]{1,25},|not (?:once|one single time|a single time|one time)|never(?:,?\\s*ever,?|\\s+once|\\s+even)?|(?:don'?t|do not|doesn'?t|does not|wouldn'?t|would not|haven'?t|have not|hasn'?t|has not|didn'?t|did not|can'?t|cannot)\\s+ever)`;

// Wanting, meaning or a "never mind" is not a claim about what the service does.
const NOT_A_CLAIM = `(?!(?:stop|stops|stopped|should|shoulda|charge|charged|bill|billed|want|wanted|wish|wished|mean|meant|intend|intended|expect|expected|thought|think|imagined?|dreamed|dreamt|planned|mind|hesitate|ask|asked|know|find out|guess)\\b)(?!been (?:told|informed|notified|given|sent|made aware)\\b)`;

const WE_NEVER = pattern(
  `\\b(?<claim>${SVC}${AUX}${ADV}\\s+${NEVER}(?:\\s+[a-z]+ly)?\\s+${NOT_A_CLAIM}[a-z]+(?:\\s+(?:up|out|on|out on|a|an|that|this|the|any|anyone|anybody|your|our|their|those|these)\\b)?(?:\\s+[a-z]+)?)`,
);

const NOBODY_EVER = pattern(
  `\\b(?<claim>(?:nobody|no one|none of (?:us|our [a-z]+|my [a-z]+)|not one of (?:us|our [a-z]+)|no (?:agent|operator|one on (?:our|my) (?:team|staff)))(?: here| on (?:our|my) (?:team|staff)| at (?:our|this) (?:office|company))?(?:\\s+(?:would|will|has|have|does|did|is going to|could))?\\s+(?:ever|never)\\s+${NOT_A_CLAIM}[a-z]+(?:\\s+[a-z]+)?)`,
);

// The service's record told through its callers or traffic: "Our callers never wait more than a minute." Future forms are promises, so only present and past count.
const SERVED = `(?:callers|clients|customers|patients|accounts|calls|messages|pages|faxes|holds|hold times|wait times|waits)`;
const CUSTOMER_NEVER = pattern(
  `\\b(?<claim>(?:(?:our|my) (?:[a-z-]+ )?${SERVED}(?: here| with us)?|${SERVED} (?:here|with us|on our lines))(?:\\s+(?:have|has|had|do|does|did|are|is|were|was))?${ADV}\\s+(?:never(?:,?\\s*ever,?|\\s+once|\\s+even)?|(?:don'?t|do not|doesn'?t|does not|didn'?t|did not|haven'?t|have not|hasn'?t|has not) ever)\\s+${NOT_A_CLAIM}[a-z]+(?:\\s+[a-z]+){0,2})`,
);

const TRAINED_NEVER = pattern(
  `\\b(?<claim>${SVC}${AUX}(?:\\s+(?:are|were|is|was|get|have been|'re|re))?\\s+(?:all\\s+)?(?:trained|taught|instructed|required|told)\\s+(?:to never|never to|not to ever|to not ever)\\s+[a-z]+(?:\\s+[a-z]+){0,2})`,
);
const NOTHING_LOST = pattern(
  `\\b(?<claim>(?:(?:our |the |your )?(?:messages|calls|pages)(?: here| with us)?\\s+(?:just\\s+|simply\\s+)?(?:never|don'?t ever|do not ever|don'?t|do not)\\s+(?:get|go|are|end up)|(?:our |the |your )?(?:messages|calls|pages|records|recordings)(?: here| with us)?\\s+(?:are|get)\\s+(?:just\\s+|simply\\s+)?never|(?:nothing|no (?:message|call|page))(?: here)?\\s+(?:ever\\s+)?(?:gets|goes|is|has ever been|has been|ever gets|ever goes))\\s+(?:lost|missed|dropped|deleted|unanswered|misplaced|ignored|misrouted)(?:\\s+(?:here|with us|with (?:our|this) [a-z]+))?)`,
);

const THING = `(?:(?:[a-z-]+ )?(?:errors|mistakes|mix-?ups|mixups|glitches|screw-?ups|slip-?ups)|that|this|it|such a thing|(?:that|this) (?:kind|sort|type) of (?:thing|mistake|error|problem)|something like (?:that|this)|(?:mistakes|errors|things) like (?:that|this))`;
const NEVER_HAPPENS = pattern(
  `\\b(?<claim>${THING}(?:\\s+(?:just|simply|really|honestly|literally|actually))?\\s+(?:never|doesn'?t|does not|dont|wouldn'?t|would not|would never|can'?t|cannot|could never)\\s+(?:ever\\s+)?happens?\\b(?:\\s+(?:here|with us|at our (?:office|company)|to us|with (?:our|my) [a-z]+))?)`,
);
const NEVER_HAPPENED = pattern(
  `\\b(?<claim>${THING}(?:'s|s| has)\\s+(?:never|not ever)\\s+(?:once\\s+)?(?:happened|been (?:a|an) (?:problem|issue|complaint)|come up|gone wrong)(?:\\s+(?:before|here|with us|to us))?)`,
);
const NEVER_BEEN = pattern(
  `\\b(?<claim>there(?:'s| has|s| have)\\s+(?:honestly\\s+|truly\\s+)?never (?:once )?been (?:a|one|any|a single) (?:complaint|problem|issue|mistake|error|missed (?:call|page|message)|lost (?:call|page|message))\\b(?:\\s+[a-z']+){0,4})`,
);
const NEVER_SEEN = pattern(
  `\\b(?<claim>(?:i|we)(?:'ve|ve| have)\\s+(?:honestly\\s+|truly\\s+)?never\\s+(?:once\\s+)?(?:seen|heard of|had|known)\\s+(?:that|this|it|anything like (?:that|this)|such a thing|an? (?:agent|operator|complaint|problem|issue)|one of (?:our|my) [a-z]+|a single)(?:\\s+[a-z]+){0,2})`,
);

const IMPOSSIBLE = pattern(
  `\\b(?<claim>(?:it'?s|it is|that'?s|that is)\\s+(?:just\\s+|simply\\s+)?(?:impossible|not possible) for (?:us|our (?:[a-z-]+ )?${STAFF}|my [a-z]+) to (?:lose|miss|drop|ignore|forget|skip|misplace|delete|mix up|hang up)(?:\\s+[a-z]+){0,2})`,
);
const FAIL = `(?:(?:send|put|page|forward|route|give|pass)(?: [a-z]+){0,2}? (?:to |through to )?(?:the|a) wrong|lose|misplace|drop|delete|ignore|forget|skip|miss|hang up on|mix up|make (?:mistakes|errors|(?:that|this|those|these) (?:kinds? of |sorts? of |types? of )?(?:mistakes?|errors?))|mess (?:up|things up)|screw up|leave (?:callers|people|anyone|clients|patients) (?:on hold|hanging))`;
const DONT_FAIL = pattern(
  `\\b(?<claim>${SVC}\\s+(?:just\\s+|simply\\s+)?(?:don'?t|do not|dont|doesn'?t|does not|wouldn'?t|would not|wouldnt|can'?t|cannot|can not)\\s+(?:just\\s+|simply\\s+|possibly\\s+|ever\\s+)?${FAIL}\\b(?:\\s+[a-z]+){0,2})`,
);
const NOT_WHAT_WE_DO = pattern(
  `\\b(?<claim>(?:(?:that|this|it)(?:'s|s| is)\\s+(?:just\\s+|simply\\s+|really\\s+|absolutely\\s+)?not\\s+(?:something|anything|the (?:kind|sort|type) of (?:thing|mistake)|what)\\s+(?:we|our [a-z]+|my [a-z]+)\\s+(?:do|would (?:ever )?do|would ever|allow|ever do)|(?:that|this)(?:'s|s| is)\\s+not how (?:we|our [a-z]+) (?:do things|operate|work)|we (?:just |simply )?(?:don'?t|do not|dont) do (?:that|things like that)(?:\\s+(?:here|kind of thing|sort of thing))|we (?:just |simply )?(?:don'?t|do not|dont) do that kind of thing|(?:^|(?<=[,;:-]\\s?))(?:it|that|this)(?:'s| is|s) (?:simply |just )?not done(?: here| at (?:our|this) (?:office|company))?(?=\\s*[.!]|$)))\\b`,
);


// Perfect-aspect billing record ("we have never charged anyone for...") is a claim, unlike a policy ("we never charge for the first minute").
const NEVER_BILLED = pattern(
  `\\b(?<claim>${SVC}(?:'ve|ve| have| has)\\s+(?:honestly\\s+|truly\\s+)?never\\s+(?:once\\s+)?(?:over|double[- ]?)?(?:charged|billed)\\s+(?:anyone|anybody|a (?:client|customer|single client)|our clients|any (?:client|customer)|you)\\b(?:\\s+[a-z']+){0,3})`,
);
// "Our operators always follow..., they never deviate": the "they" is the service's staff.
const ALWAYS_NEVER = pattern(
  `\\b(?<claim>(?:our|my) (?:[a-z-]+ )?${STAFF} (?:always|all always) [a-z]+(?:\\s+[a-z']+){0,4},?\\s+(?:and\\s+)?(?:they|we)(?:\\s+(?:would|will|do|just|simply))?\\s+never\\s+[a-z]+)`,
);

// A promise ("so that never happens again") or a goal ("make sure we don't miss...") is not a claim.
const PROMISE_BEFORE = compact(/(?:\S\s+so|\bso that|\bmake sure|\bmaking sure|\bensure|\bensuring|\bto see that|\bif|\bunless|\bhope|\bhopefully|\bpromise|\bwon't let|\bwill not let|\bcan't let)\s+(?:that\s+)?(?:\S+\s+){0,2}$/);
// Only within the claim's own clause: "We've never had this happen before, so I'm sure it won't again" still claims.
const PROMISE_AFTER = compact(/^(?:[^.!?,;-]|(?<=\S)-(?=\S)){0,40}\b(?:another|again|anymore|any more|going forward|in the future|from now on)\b/);
// "We never called you back, I'm sorry" owns a specific failure instead of claiming perfection.
const OWNING = compact(/\b(?:sorry|apologi[sz]e|our (?:mistake|fault|error)|my (?:mistake|fault|error)|on us|on me|should(?:n'?t| not)? have|that's no excuse)\b/);
const PAST_SIMPLE_CLAIM = compact(/^(?:we|our|my|the|this)\b[^,]*?\bnever\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|sent|got|gave|took|came|went|made|heard|told|put|left|read)\b/);

function accept(s: Sentence, from: number, claim: string): boolean {
  const before = s.text.slice(Math.max(0, from - 40), from);
  if (test(PROMISE_BEFORE, before)) return false;
  if (test(PROMISE_AFTER, s.text.slice(from + claim.length))) return false;
  if (/\b(?:another|again|anymore|any more)\b/.test(claim)) return false;
  if (test(OWNING, s.text) && test(PAST_SIMPLE_CLAIM, claim)) return false;
  return true;
}

const PREFILTER = compact(/\b(?:not done|not once|not one single time|not a single time|not one time|impossible|not possible|can'?t|cannot|can not|never|ever|not something|not how|don'?t|do not|dont|doesn'?t|does not|wouldn'?t|would not|wouldnt)\b/);

const RULES: Array<[RegExp, string]> = [
  [WE_NEVER, 'default'],
  [NOBODY_EVER, 'default'],
  [CUSTOMER_NEVER, 'default'],
  [TRAINED_NEVER, 'default'],
  [NOTHING_LOST, 'default'],
  [NEVER_HAPPENS, 'neverHappens'],
  [NEVER_HAPPENED, 'neverHappens'],
  [NEVER_SEEN, 'neverHappens'],
  [NEVER_BEEN, 'neverHappens'],
  [NEVER_BILLED, 'default'],
  [ALWAYS_NEVER, 'default'],
  [DONT_FAIL, 'dontDo'],
  [IMPOSSIBLE, 'dontDo'],
  [NOT_WHAT_WE_DO, 'dontDo'],
];

function detect(doc: Doc): Hit[] {
  if (doc.lang !== 'en' || !test(PREFILTER, doc.folded)) return [];
  const hits: Hit[] = [];
  for (const s of doc.sentences) {
    for (const [re, reason] of RULES) {
      for (const m of matchesIn(s.text, re)) {
        const claim = m.groups?.claim ?? m[0];
        const from = m.index + m[0].indexOf(claim);
        if (accept(s, from, claim)) {
          hits.push({ start: s.start + from, end: s.start + from + claim.trimEnd().length, reason });
        }
      }
    }
  }
  return dropOverlapping(hits);
}


/** `we-never`: a categorical claim that the service or its staff never do (or did) something (000: never say "We never..."). */
export const weNever: Detector = {
  label: 'we-never',
  reasons: {
    en: {
      default: "'We never...' is a categorical claim that puts the client on the defensive; use soft words like 'perhaps' or 'occasionally' and look into it.",
      neverHappens: "'That never happens' tells the client their problem can't be real; say it's unusual, use 'it's possible...', and investigate.",
      dontDo: "'We don't do that' denies the problem outright; soften it ('it's possible one of our agents...') and check the records first.",
    },
  },
  detect,
};
