import { dropOverlapping, type Detector, type Hit } from '../detector.ts';
import type { Doc } from '../text.ts';
import { pattern, compact } from '../patterns.ts';
import { matchesIn } from '../text.ts';
import { test } from '../prefilter.ts';

const ERR = `(?:mistake|error|fault|bad|doing|screw-?up|slip-?up|oversight|miss|mess-?up|failure|blunder|mix-?up|goof)`;
const ALL = `(?:\\s+(?:completely|entirely|totally|all|definitely|clearly|absolutely|100%|100 percent|squarely|fully|wholly|honestly|really|just))?`;

const OURS = pattern(
  `\\b(?<x>(?:that|this|it|that one|this one|the (?:whole )?(?:mistake|error|problem|mix-?up|issue)|that part|this time)(?:'s| is|s| was| were)${ALL}\\s+(?:our|my) (?:own )?${ERR}|(?:the|this|that) (?:mistake|error|fault|blame|screw-?up|mix-?up|miss|oversight|failure)(?:'s| is| was| lies| rests| falls| sits)${ALL}\\s+(?:ours|mine|with us|with me|on us|on me|on our (?:end|side)|(?:on|with) our(?: [a-z-]+){1,2})|(?:that|this)(?: one| part| time| mistake| error)?(?:'s| is| was|s)${ALL}\\s+on (?:us|me|our end|our side|our team)\\b(?!\\s+(?:to|now|instead|this month|next month))|(?:we|i)(?:'re| am|'m| are|re|m) (?:the ones? )?(?:at fault|to blame|responsible for (?:this|that|the (?:mistake|error|mix-?up|miss|problem)|what happened))|(?:i|we) (?:take|accept) (?:full |complete |total |all the |all |the )?(?:responsibility|blame)(?: for (?:this|that|it|what happened|the [a-z-]+))?|(?:i|we) own (?:this|that|it|the mistake|the error|our mistake)(?=[\\s.,!?;-]*$|\\s*[,;.-]|\\s+(?:completely|entirely|fully))|(?:it was|that was) (?:us|me|our (?:[a-z-]+ )?[a-z]+)(?: who| that)? (?:made|caused) (?:the|that|this|a) (?:mistake|error|problem|mix-?up)|(?:we|i) (?:were|was) (?:completely |totally |just |clearly |flat |dead )?wrong\\b|what (?:we|our (?:[a-z-]+ )?[a-z]+|she|he|i) did was (?:wrong|a mistake|an error|not okay|not ok|unacceptable)|(?:a|an|the) (?:mistake|error|oversight|failure|slip-?up|screw-?up) on (?:our|my) (?:part|end|side)|my bad|(?:wrong|bad|poor|careless|sloppy|unacceptable|unprofessional) of (?:us|me|our (?:[a-z-]+ )?[a-z]+)|(?:^|(?<=[,;:-]\\s?))(?:yeah,? |yes,? |sorry,? |honestly,? )?(?:that|it) was (?:us|me|all us|on us)(?=\\s*[-,.;!]|$))\\b`,
);

const ACTOR = `(?:we|i|our (?:[a-z-]+ )?(?:agents?|operators?|staff|team|dispatchers?|shift|people|receptionists?|system|service|office|crew|nurses?|girls?|guys?|reps?)(?: on (?:nights|days|weekends|duty|call|the (?:night|overnight|day|weekend|late) shift|the board|the phones))?|(?:one|two|some) of our (?:[a-z-]+ )?(?:agents|operators|staff|dispatchers|people)|the (?:agent|operator|dispatcher|receptionist|person|staff member)(?: (?:on duty|on shift|on the phones|on call|who (?:took|answered|handled) (?:it|the call|your call)|last night|that night|this morning))?|(?:she|he|they)|(?:it was|it'?s) (?:our (?:[a-z-]+ )?(?:agent|operator|staff|team|dispatcher|receptionist|nurse|rep)s?|one of our [a-z]+|us|me) (?:who|that))`;
const MESSED = pattern(
  `\\b(?<x>${ACTOR}(?:\\s+(?:really|clearly|definitely|totally|completely|just|obviously|badly|honestly))?\\s+(?:made (?:a|an|the|some|a big|a real|a serious|an honest) (?:mistake|error|mess|blunder)|messed (?:up|this up|that up|it up)|screwed (?:up|this up|that up|it up)|dropped the ball|goofed|blew it|got (?:it|this|that|your(?: [a-z-]+){1,2}|the(?: [a-z-]+){1,2}) wrong|slipped up|let you down|failed you|fell short|overcharged you|over-?billed you|double[- ](?:billed|charged) you|(?:billed|charged) you twice|stuffed (?:up|it up|that up|that one up|this up|this one up)|cocked (?:it |that |this )?up|botched (?:it|that|this|your [a-z-]+)|fluffed (?:it|that|this)|bungled (?:it|that|this|your [a-z-]+)|made a (?:hash|mess|pig'?s ear) of (?:it|that|this|your [a-z-]+)|fumbled (?:it|that|this)|mixed (?:up|it up|them up|things up|you up|your [a-z-]+ up))\\b(?:\\s+(?:on|with)\\s+[a-z']+(?:\\s+[a-z']+)?)?)`,
);

const VERB = `(?:sent|forwarded|delivered|paged|called|phoned|gave|put|routed|rerouted|transferred|read|typed|entered|texted|faxed|emailed|dispatched|connected|woke|rang|contacted|booked|scheduled|patched|passed|took|wrote|relayed|posted|dialed|dialled|used|had|listed|gave out|set|sent out|gave you)`;
const WRONG = pattern(
  `\\b(?<x>${ACTOR}(?:\\s+(?:accidentally|mistakenly|also|just|actually))?\\s+${VERB}\\b(?:\\s+[a-z0-9.'-]+){0,7}?\\s+(?:(?:to|at|with|on|from|the) )?(?:the wrong|a wrong|an old|the old|an outdated|the outdated|wrong)\\b(?:\\s+[a-z0-9'-]+){0,2}|${ACTOR}(?:\\s+(?:accidentally|mistakenly|also|just|actually))?\\s+${VERB}\\b(?:\\s+[a-z0-9.'-]+){0,7}?\\s+(?:instead of|by mistake|incorrectly|in error|by accident|to the wrong)\\b(?:\\s+[a-z0-9'-]+){0,3}|${ACTOR}(?:\\s+(?:accidentally|also|just|completely|totally))?\\s+(?:misread|misdialed|misdialled|misdirected|misrouted|mis-?sent|misfiled|mislabeled|mistyped|misplaced|misunderstood|misheard|mixed up|lost|dropped|deleted|skipped|overlooked|ignored|missed|hung up on|was rude to|were rude to|forgot about)\\s+(?:your|the|that|both|all|a|an|two|three|those|these)\\b(?:\\s+[a-z0-9'-]+){0,4})`,
);

// Any act of our staff that landed on "the wrong" thing ("she grabbed the wrong list", "he pulled up the wrong account"),
// except acts that find or fix the error ("I corrected the wrong number") or report on someone else's.
const NOT_OUR_ACT = `(?:fixed|corrected|removed|replaced|deleted|updated|changed|caught|found|spotted|noticed|flagged|reported|erased|cleared|confirmed|verified|checked|traced|identified|investigated|reviewed|tracked|located|discovered|pinpointed|explained|mentioned|asked|wondered|suspected|believed|assumed|ruled|needed|wanted|helped|noted|warned|realized|realised|learned|heard|figured|guessed|worried|feared|hoped|expected|decided|agreed|offered|apologized|apologised)`;
const ANY_ACT = `(?!${NOT_OUR_ACT}\\b)(?:[a-z]{2,}ed|took|got|chose|went|hit|brought|wrote|read|put|gave|set|left|kept|sent|ran|dug|drew|spun|stuck|struck|swapped)`;
const NOT_GAP = `(?!(?:you|your caller|caller|callers|patient|patients|whether|if|that|not|never|he|she|they|it|who|which|we|i|didn'?t|wasn'?t|isn'?t|weren'?t|[a-z]+ed)\\b)`;
const WRONG_PICK = pattern(
  `\\b(?<x>${ACTOR}(?:\\s+(?:accidentally|mistakenly|also|just|actually|then))?\\s+${ANY_ACT}(?:\\s+(?:up|out|at|on|in|into|to|from|off|for|with|through|over|back|down|onto|by))?\\s+(?:the |a )?wrong\\b(?!-)(?:\\s+[a-z0-9'-]+){0,2}|${ACTOR}(?:\\s+(?:accidentally|also|just|actually|then))?\\s+${ANY_ACT}(?:\\s+${NOT_GAP}[a-z0-9'-]+){1,5}?\\s+(?:by mistake|in error|by accident|instead of (?:the|your|our) (?:new|right|correct|current|updated|proper|latest)\\b)(?:\\s+[a-z0-9'-]+)?)`,
);

const PASSIVE = pattern(
  `\\b(?<x>(?:your|the) (?:message|messages|call|calls|page|pages|fax|schedule|instructions|request)\\s+(?:was|were|got)\\s+(?:sent|forwarded|routed|delivered|transferred|given|paged|read) to (?:the wrong|an old|the old|a wrong)\\s+[a-z.]+(?:\\s+[a-z.]+)?\\s+by (?:our|one of our|us|me|the (?:agent|operator|dispatcher))(?:\\s+[a-z]+){0,2}|(?:your|the) (?:message|messages|call|calls|page|pages|fax|schedule|instructions|request|number|details|invoice|bill)\\s+(?:was|were|got)\\s+(?:entered|typed|sent|forwarded|routed|taken|written|recorded|read|relayed|handled|set up|billed|programmed)\\s+(?:incorrectly|wrong(?:ly)?|in error|by mistake)\\s+(?:on our (?:end|side)|by (?:us|me|our [a-z]+|one of our [a-z]+|the (?:agent|operator|dispatcher)))|(?:your|the) (?:message|messages|call|calls|page|fax|schedule|request)\\s+(?:was|were|got)\\s+(?:lost|dropped|misplaced|deleted|mishandled|misrouted|misfiled)\\s+(?:on our (?:end|side)|by (?:us|me|our [a-z]+|one of our [a-z]+))(?:\\s+[a-z]+)?)`,
);

const DUTY = `(?:switch|turn|change|set|add|remove|flag|note|activate|cancel|schedule|call(?:ed)?|send|sent|page(?:d)?|deliver(?:ed)?|forward(?:ed)?|pass(?:ed)?|follow(?:ed)?|read|update(?:d)?|notif(?:y|ied)|tell|told|let|reach(?:ed)?|text(?:ed)?|dispatch(?:ed)?|answer(?:ed)?|pick(?:ed)? up|log(?:ged)?|record(?:ed)?|contact(?:ed)?|relay(?:ed)?|transfer(?:red)?|escalate(?:d)?|wake|woke|get back|got back|get to|return(?:ed)?|respond(?:ed)?|put (?:it|the call|you) through|ring|rang|alert(?:ed)?|inform(?:ed)?|process(?:ed)?|enter(?:ed)?|make|made)`;
const DONE = `(?:called|sent|paged|delivered|forwarded|passed|followed|read|updated|notified|told|let|reached|texted|dispatched|answered|returned|responded to|picked up|logged|recorded|contacted|relayed|transferred|escalated|woke|got back|rang|alerted|informed|processed|entered|made|put (?:it|the call|you) through)`;
const OMITTED = pattern(
  `\\b(?<x>${ACTOR}(?:\\s+(?:just|simply|completely|totally))?\\s+(?:(?:didn'?t|did not|failed to|forgot to|neglected to|wasn'?t able to)\\s+${DUTY}|never\\s+${DONE})\\b(?:\\s+[a-z0-9'-]+){0,5})`,
);
const PARTICIPLE = `(?:[a-z]+ed|sent|read|put|caught|told|let|done|gone|been|made|kept|left|set|gotten|given|known|seen|taken|brought|thought|spoken|written|rung|woken|paid|found|heard|checked|double-checked)`;
const SHOULD_HAVE = pattern(
  `\\b(?<x>${ACTOR}(?:\\s+(?:really|definitely|absolutely|clearly|certainly))?\\s+(?:should|shoulda)(?:'ve| have|ve| of)\\s+(?!been (?:able|there|here|ready|on time by)\\b)${PARTICIPLE}\\b(?:\\s+[a-z0-9'-]+){0,6}|${ACTOR}\\s+(?:shouldn'?t|should not|should never) have\\s+${PARTICIPLE}\\b(?:\\s+[a-z0-9'-]+){0,6})`,
);
// "That should not have happened" admits fault only after the service's own act is named ("We woke you..., and that should not have happened"); alone it is empathy.
const SHOULD_NOT_HAPPEN = pattern(
  `\\b(?<x>(?:that|this|it|any of this|none of this)(?:\\s+(?:really|definitely|absolutely|simply|just))?\\s+(?:should not|shouldn'?t|should never|never should) have happened)`,
);
// "Our operator paged Dr. Smith on her night off, and that was wrong": judged wrong only after our own act is named.
const WAS_WRONG = pattern(
  `\\b(?<x>(?:that|this|it)(?:'s| was| is|s)(?:\\s+(?:just|completely|totally|clearly|absolutely|simply|plainly|flat|dead))?\\s+(?:wrong|unacceptable|not (?:okay|ok|acceptable|right|on))\\b)`,
);
const OWN_ACT = compact(/\b(?:we|our (?:[a-z-]+ )?[a-z]+|the (?:agent|operator|dispatcher)|i) (?:[a-z]+ed|sent|woke|put|gave|rang|let|forgot|missed|took|made|left|lost|read)\b/);
const OUR_MISTAKE = pattern(`\\b(?<x>(?:our|my) (?:own )?(?:mistake|error|oversight|mix-?up|screw-?up|blunder|mess-?up|fault))\\b(?! (?:rate|rates|log|logs|report|reports|count|percentage|messages?|codes?))`);

// Fresh-set kinds: an act done "without sending it", and the message that "shoulda gone straight to you".
const FRESH_OWN = pattern(
  `\\b(?<x>${ACTOR}(?:\\s+(?:accidentally|mistakenly|just|also))?\\s+(?:[a-z]{2,}ed|sent|took|put|left|read|hung up)\\b(?:\\s+[a-z0-9'-]+){0,4}?\\s+without (?:first )?(?:sending|delivering|passing|forwarding|paging|reading|calling|telling|checking|confirming|notifying|logging|saving|letting)\\b(?:\\s+[a-z']+){0,3}|(?:(?:the|your|that|this) |^)(?:message|page|fax|callback|email)s? (?:should(?:'ve| have|ve| of)|shoulda) (?:gone|been (?:sent|delivered|passed|forwarded|paged|routed|relayed))\\b(?:\\s+[a-z'-]+){0,4})`,
);

// "If it was our mistake..." or "it's possible one of our agents misread..." waits for the facts; it is not an admission.
const TENTATIVE = compact(/\b(?:(?:don|doesn|didn|isn|wasn|aren|weren|can|couldn|won|wouldn)'?t|fail to see|if|whether|possible|possibly|perhaps|maybe|might|may|could|seems|appears|looks like|wonder|check|find out|figure out|not|n't|never|unless|doubt|you said|you'?re saying|you'?re telling me|sounds like|understand correctly|if i understand)\b[^.;:,-]{0,50}$/);
const NEGATED_AFTER = /^\s*(?:\?|,? (?:is that right|right\?|correct\?))/;

// Each rule runs only when one of its key words is in the text, which keeps the detector cheap.
const RULES: Array<[RegExp, string, RegExp]> = [
  [OURS, 'ours', compact(/\b(?:was us|was me|all us|bad|poor|careless|sloppy|unprofessional|wrong|it was us|that was us|it was me|our|my|on us|on me|at fault|to blame|responsib|blame|own)/)],
  [MESSED, 'ours', compact(/\b(?:stuffed|cocked|botched|fluffed|bungled|hash|pig|fumbled|mistake|error|mess|blunder|screw|dropped the ball|goof|blew it|wrong|slipped|let you down|failed you|fell short|mixed|overcharg|over-?bill|double|twice)/)],
  [WRONG, 'account', compact(/\b(?:dropped|hung up|rude|forgot about|wrong|old|outdated|instead of|by mistake|incorrect|in error|by accident|mis|lost|deleted|skipped|overlooked|ignored|missed)/)],
  [WRONG_PICK, 'account', /\b(?:wrong|by mistake|in error|by accident|instead of)/],
  [PASSIVE, 'account', /\b(?:by (?:our|one of our|us|me|the)|on our (?:end|side))/],
  [WAS_WRONG, 'account', /\b(?:wrong|unacceptable|not (?:okay|ok|acceptable|right))/],
  [OMITTED, 'account', compact(/\b(?:never|didn'?t|did not|failed to|forgot to|neglected to|wasn'?t able)/)],
  [SHOULD_HAVE, 'shouldHave', /\b(?:should)/],
  [SHOULD_NOT_HAPPEN, 'shouldHave', /\b(?:should)/],
  [FRESH_OWN, 'account', /\b(?:without|should|shoulda)/],
  [OUR_MISTAKE, 'ours', compact(/\b(?:(?:our|my) (?:own )?(?:mistake|error|oversight|mix-?up|screw-?up|blunder|mess-?up|fault))/)],
];

const ANY = compact(RULES.map((r) => r[2].source).join('|'));

function detect(doc: Doc): Hit[] {
  if (doc.lang !== 'en') return [];
  const hits: Hit[] = [];
  for (const s of doc.sentences) {
    if (!test(ANY, s.text)) continue;
    // A restatement checked with the caller ("...instead of your cell. Is that right?") is rephrasing, not admitting.
    if (/\?\s*$/.test(s.text)) continue;
    for (const [re, reason, gate] of RULES) {
      if (!test(gate, s.text)) continue;
      for (const m of matchesIn(s.text, re)) {
        const x = m.groups?.x ?? m[0];
        const from = m.index + m[0].indexOf(x);
        const before = s.text.slice(Math.max(0, from - 60), from);
        if (test(TENTATIVE, before) && !(re === SHOULD_HAVE && /\bshould\b/.test(x) && !/\b(?:if|whether|doubt)\b[^.;:]{0,50}$/.test(before))) continue;
        if ((re === SHOULD_NOT_HAPPEN || re === WAS_WRONG) && !test(OWN_ACT, s.text.slice(0, from))) continue;
        // "...and you felt that was wrong" reports the caller's judgement, not ours.
        if (re === WAS_WRONG && /\b(?:felt|feel|feels|think|thinks|thought|said|say|says|believe|believed|claim|claimed|told (?:me|us))\s+$/.test(before)) continue;
        if (test(NEGATED_AFTER, s.text.slice(from + x.length))) continue;
        hits.push({ start: s.start + from, end: s.start + from + x.trimEnd().length, reason });
      }
    }
  }
  return dropOverlapping(hits);
}


/** `admit-fault`: states plainly that the service or its staff made the error (000 Part II: premature before the facts are in, expected once the error is clear). */
export const admitFault: Detector = {
  label: 'admit-fault',
  reasons: {
    en: {
      default: 'This admits the service made the error: right once the facts are clear, premature before you have researched.',
      ours: "'That was our mistake' owns the error plainly; do it once the facts are in, then follow with the corrective action.",
      account: "Telling the client exactly what our staff did wrong admits the error; be sure the records confirm it, then say what you've fixed.",
      shouldHave: "'We should have...' admits the error; make sure the facts support it, and pair it with what you've done to correct it.",
    },
  },
  detect,
};
