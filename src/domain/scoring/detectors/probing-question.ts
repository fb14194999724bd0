import type { Detector, Hit } from '../detector.ts';
import type { Span } from '../types.ts';
import type { Doc, Sentence } from '../text.ts';
import { holdOrCallback } from './hold-or-callback.ts';
import { verifyNumber } from './verify-number.ts';
import { matchesIn } from '../text.ts';
import { compact } from '../patterns.ts';
import { test } from '../prefilter.ts';

const PREFILTER =
  compact(/\b(?:when|whens|what|whats|who|whom|which|where|how|did|was|were|has|have|is|whose|give|share|tell|walk|describe|understand|know|anything|explain|ask|remember|recall|any)\b/);

const THING =
  `(?:invoice|bill|statement|charge|charges|fee|number|agent|operator|line|office|doctor|physician|patient|tenant|message|messages|call|calls|account|phone|extension|caller|callers|person|people|one|location|department|clinic|service|nurse|staff|rep|representative|days?|nights?|weekends?|week|date|time|shift|schedule|instructions|address|name|greeting|recording|prompt|menu|email|fax|page|text|client|customer|order|delivery|technician|building|unit|emergency|issue|problem|part)`;
const DID = `(?:did|do|does|was|were|is|are|has|have|had|would you say|exactly|roughly|approximately|about)`;

// "What else was going on at the clinic?", "who else answers your phones?": the facts around the complaint.
const ELSE =
  `(?:what|who|where|which) else (?:was|were|is|are|has|had|have|did|does|do|changed|happened|went|came|could|might|picks up|answers|handles|uses|calls|called)\\b(?! (?:i|we) (?:can|could|do))`;
// List-style probes about the circumstances: "any closures, staff out sick, or trouble with your phones?", "were there any changes to your office hours?"
const FACT_NOUN =
  `(?:closures?|closings?|changes?|outages?|problems?|issues?|trouble|errors?|complaints?|holidays?|events?|ads?|advertis\\w*|commercials?|promotions?|mailings?|campaigns?|storms?|weather|construction|moves?|renovations?|new (?:staff|hires?|numbers?|lines?|doctors?|providers?|patients?|clients?|services?|phone system|locations?)|staff(?:ing)? (?:changes|shortages|out)|sick (?:days|staff|calls)|absences?|vacations?|time off|spikes?|increases?|surges?|rushes?|busy (?:days|periods|stretches)|emergenc(?:y|ies)|recalls?|flu|power (?:outages?|failures?)|phone (?:problems|issues|trouble|outages?))`;
const ANY_FACTS =
  `(?:(?:(?:were|was) there|(?:have|has) there been|did (?:you|your (?:\\w+ ){0,2}?(?:office|clinic|practice|staff|team|firm|business))(?: (?:happen to|also))? (?:have|notice|make|see|run|get|add|change|go through|experience)|(?:is|are) there) )?any (?:(?:\\w+ ){0,2}?)${FACT_NOUN}\\b`;

// Open questions that gather the facts of the complaint (000 probing questions; 003 Irma).
const WH =
  `(?:(?:when'?s|when is|when was|whens) the (?:last|first) time\\b|(?:has|have|did) anything (?:changed?|happened|been different|gone wrong|come up)\\b|(?:when|what|who|where|how|what time)'?d (?:you|they|he|she|it|the|your|our|callers?|patients?)\\b(?! (?:like|prefer|rather)\\b)|when ${DID}|when exactly|since when|what time ${DID}|what (?:day|date|night|morning|evening|weekend|week)|which ${THING}\\b|which (?:practice|site|branch|campus|clinic|office) ${THING}\\b|which (?:practice|site|branch|campus)\\b|who (?:at|in|from|on) (?:your|the) [a-z-]+(?: [a-z-]+)? (?:phoned|called|rang|spoke|talked|sent|gave|made|took|asked|reported|set|changed|requested)\\b|(?:roughly|about|approximately|and) when\\s*\\?|which of (?:our|the|your|those|these|them)\\b|(?:do|can|could) you (?:remember|recall|know|happen to know) (?:the|who|when|what|which|where|how|if|whether|roughly|about)|who (?:did|was|were|is|are|have|had|else|exactly|called|spoke|answered|took|told|sent|picked|gave|handled|helped|do you|have you)|where (?:did|was|were|do|does|is|are|had|exactly)|how (?:long|many|often|much time|much did|much was|late|early|bad|far|soon after)|how (?:did|was|were|do|does|has|had) (?:this|that|it|you|they|the|he|she|your|our|callers?|patients?)|what'?s (?:been )?(?:happening|going on|going wrong) with|what'?s the (?:name|time|date|extension) of|whose (?:name|number|message|call|account|line|phone)|what were (?:the )?(?:callers?|patients?|customers?|people|clients?) |what (?:do|would) you need from (?:us|me)|how would you like (?:this|it|things|that) (?:resolved|handled|fixed|taken care of)|what (?:exactly )?(?:happened|went wrong|was (?:the|it|said|wrong|going on|happening)|were (?:you|they) (?:told|expecting|doing|trying)|did (?:they|the|he|she|you|your|our|callers?|patients?|the agent|it|we)|do you (?:remember|recall|see|hear|notice|get)|number|message|name|problem|issue|error|kind of|sort of|type of|seems to be|is (?:the|happening|going on)|has (?:been )?happen)|what (?:solution|outcome|resolution|result|fix|remedy)s? would|what would (?:best|work best|resolve|help|fix|make (?:this|it|things) right|you like (?:us|me) to do|you like to see|it take|be (?:the )?(?:best|ideal|fair))|what can (?:i|we) do to (?:make (?:this|it|things) right|fix|resolve|make up)|how would you like (?:me|us|this|it) to (?:handle|resolve|fix|proceed|make)|what (?:outcome|result) are you (?:looking|hoping)|anything else(?: \\S+){0,6}? (?:i|we) (?:should|need to|ought to) (?:know|be aware|hear)|(?:is there )?anything else (?:(?:that )?(?:you think |you feel )?(?:i|we) (?:need|should|ought|have) to know|(?:you think |you feel )?(?:i|we) should (?:know|be aware)|you (?:can|could) tell me|you remember|that happened|that went wrong|(?:that )?(?:i|we) (?:need|should) to (?:hear|understand)|about (?:the|this|that|what))|did (?:anyone|anybody|someone|somebody|they|he|she|the (?:agent|operator|caller|patient|person|rep|doctor|tenant|message|call|page|text|fax|technician)|our (?:agent|operator|staff|office|team)|you (?:speak|talk|receive|get|leave|hear|see|notice|try|call|check|give|tell|ask|end up|reach|report))|(?:is|was) (?:this|that|it) the first time|(?:was|were) (?:it|this|that|they|the (?:call|calls|message|messages|caller|agent|operator)) (?:the|your|on|in|at|before|after|during|around|from|to) |has (?:this|that|it) happened before|how often (?:does|has|did)|${ELSE}|${ANY_FACTS})`;
// Requests for the account of what happened, asked as a question or an invitation.
const INVITE =
  `(?:(?:can|could|would|will) you (?:please )?(?:tell me|let me know|describe|explain|walk me through|give me (?:the|more|some|an idea|a sense)|share)(?: (?:a little|a bit|exactly|roughly|briefly|more))? (?:when|what|who|which|where|how|whether|if|the name of|the time|the date|the number|more|about|exactly|roughly|a little|a bit|anything)|(?:please )?(?:tell me|walk me through|describe|explain) (?:more|what happened|exactly|when|who|which|how|what (?:went|you|they|the)|about (?:the|what|when|this|that|your)|the (?:whole|sequence)|step by step)|(?:can|could|would) you (?:please )?give me (?:the|more|some) (?:name|time|date|details|specifics|day)|help me understand (?:what|when|how|why|who|which|exactly)|i'?d (?:like|love) to (?:know|hear|understand) (?:when|what|who|which|how|where|more|exactly|about)|i (?:need|want) to (?:know|understand|hear) (?:when|what|who|which|how|where|more|exactly|about)|(?:may|can|could) i ask (?:when|what|who|which|how|where|whether|if|about))`;

const WH_RE = compact(`\\b${WH}\\b`, 'g');
const INVITE_RE = compact(`\\b${INVITE}\\b`, 'g');
// Choices, scheduling, courtesy, asking to repeat ("what was the name?"), sarcasm and challenges ("did you even check?") are not fact-finding.
const NOT_PROBING =
  compact(/^(?:which (?:one|of (?:these|those|the two|them))?)\s*(?:would|do|does|is|sounds|works|suits)\b|\bhow (?:does|did|would|will) (?:that|this|it) (?:sound|work|seem|suit)\b|\b(?:prefer|rather|sounds better|works better|work better|better for you|is better|good time|convenient|works for you|work for you|best time|time (?:works|would work|is good)|can i help|could i help|help you with|do for you|can i do for you)\b|\bwhat (?:did|do|does|would) you (?:expect|think)\b|\bagain\b|\beven\b|\b(?:did|do|have|would) (?:we|i) ever\b|^when did (?:i|we) (?:say|promise|tell|agree)\b|^what (?:happened|went wrong) (?:is|was|here)\b|^what (?:was|is|'?s) (?:the|your|that) (?:name|number|last name|first name|account number)\s*$|^what was that\s*$/);
// The clause has to be asked: a question mark, or the question word opening the clause.
const CLAUSE_START = compact(/(?:^|[,:(-]\s*|\b(?:so|and|also|first|okay|ok|now|then|but|please|just|quickly|sir|ma'?am|mr\.? \w+|mrs\.? \w+|ms\.? \w+|dr\.? \w+)\s+)$/);

// Cheap gate for unpunctuated questions ("when did this start"): some clause must open with a question word.
const CLAUSE_WH =
  compact(/(?:^|[,:(-]\s*|\b(?:so|and|also|first|okay|ok|now|then|but|please|just|quickly|sir|ma'?am)\s+)(?:when|whens|what|whats|what'?s|who|who'?d|which|where|how|did|do|was|were|has|have|is|are|any|anything|since)\b/);

// "I'll find out what happened, okay?" embeds the question in a statement: nothing is asked.
const EMBEDDED =
  compact(/\b(?:find out|found out|figure out|know|see|check|tell you|understand|learn|wonder|sure|explain|confirm|show|look into|investigate|verify|research|determine|that'?s|thats|exactly|is|was)\s+(?:exactly\s+)?$|\S\s+(?:about|for|of|from|over|into)\s+$/);

function isQuestion(s: Sentence): boolean {
  return /\?["')\s]*$/.test(s.text);
}

export const probingQuestion: Detector = {
  label: 'probing-question',
  reasons: {
    en: {
      default:
        "You ask an open, specific question about what happened - the workbook's probing questions get the facts before you fix anything.",
      resolution:
        "You ask what outcome the caller wants - the workbook's probing questions include finding out what would best resolve the concern.",
      anythingElse:
        "You ask whether there is anything else you should know - a probing question that makes sure you have the whole story.",
    },
  },
  detect(doc: Doc): Hit[] {
    if (doc.lang !== 'en' || !test(PREFILTER, doc.folded)) return [];
    const hits: Hit[] = [];
    for (const s of doc.sentences) {
      const asked = isQuestion(s);
      const wh = asked || test(CLAUSE_WH, s.text);
      for (const re of wh ? [WH_RE, INVITE_RE] : [INVITE_RE]) {
        for (const m of matchesIn(s.text, re)) {
          const before = s.text.slice(0, m.index);
          if (re === WH_RE && ((!asked && !test(CLAUSE_START, before)) || test(EMBEDDED, before))) continue;
          // "else" and "any ..." probes must open their clause: "I didn't find any errors?" asks nothing.
          if (re === WH_RE && /^(?:what|who|where|which) else\b|^(?:\S+ ){0,5}?any\b/.test(m[0]) && !test(CLAUSE_START, before)) continue;
          const rest = s.text.slice(m.index);
          const clauseEnd = rest.search(/[,;?!]|\s-\s|\s(?:and|or) (?:i|we)\b/);
          const clause = clauseEnd > 0 ? rest.slice(0, clauseEnd) : rest;
          if (test(NOT_PROBING, clause)) continue;
          const end = s.start + m.index + (clauseEnd > 0 ? clauseEnd : rest.length);
          let reason: string | undefined;
          if (/anything else/.test(m[0])) reason = 'anythingElse';
          else if (/^(?:what|how) (?:solution|outcome|resolution|result|fix|remedy|would|can|are)/.test(m[0]) && !/^how would you describe/.test(m[0])) reason = 'resolution';
          const hit: Hit = { start: s.start + m.index, end };
          if (reason) hit.reason = reason;
          hits.push(hit);
        }
      }
    }
    if (hits.length === 0) return hits;
    // A question about the callback number or about holding belongs to those labels, not to probing.
    const other: Span[] = [...verifyNumber.detect(doc), ...holdOrCallback.detect(doc)];
    return hits.filter((h) => !other.some((o) => o.start < h.end && h.start < o.end));
  },
};
