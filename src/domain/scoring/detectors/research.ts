import type { Detector, Hit } from '../detector.ts';
import { I_WILL, compact } from '../patterns.ts';
import { findSpans, type Doc } from '../text.ts';
import { test } from '../prefilter.ts';

const PREFILTER =
  compact(/\b(?:check|look|research|investigat|dig|pull|review|over|through|comb|listen|trac|search|compar|audit|examin|find(?:ing)? out|figur|bottom|verif|double-check|see what|see why|see where|see how|see if|scan|run|track|facts|root|ask|determine|pin down|break(?:ing)? down|need)/);

// Who commits to the investigation: the agent, the service, or someone it sends (judgement call 5: "while I check" counts).
const SUBJECT =
  `(?:give me (?:a |an |just a |about |around |some |a few |a couple(?: of)? |\\d+ |one |two |three |five |ten |fifteen )?(?:more )?(?:minutes?|moments?|seconds?|secs?|bit|mo|tick) to|let me|lemme|let us|let'?s|allow me to|(?:what|the first thing|first thing) (?:i'?ll|i will|i'?m going to|we'?ll) do is|my plan is to|i plan to|i intend to|i'?m about to|${I_WILL}|i'?d like to|i want to|i need to|i have to|i'?ll need to|i'?m|i am|im|we'?ll|we will|well(?= (?:look|check|dig|investigate|review|find|pull|go|research))|we'?re going to|we are going to|we'?re|we are|we need to|we'?d like to|someone will|somebody will|(?:our|the|my) (?:team|supervisor|manager|tech(?:nical)? team|tech|technicians?|engineers?|billing (?:team|department|manager)) (?:will|will be|is going to|can|is|are)|(?:i'?ll|i will|i|we'?ll|we will|we) need (?:a|an|just a|about|around|some|a little|a few more|more)? ?(?:few|couple(?: of)?|\\d+|one|two|three|five|ten|fifteen|thirty|full|extra|more)? ?(?:minutes?|moment|second|sec|bit|hours?|days?|business days?|weeks?|time|while|afternoon|morning) to|while i|while we|once i|as soon as i|before i|before we|(?<!\\bso )(?<!\\bso that )(?:i|we) (?:can|could)|first,? i'?ll|i'?m still|i am still|(?:i'?ve|i have|we'?ve|we have|ive) (?:asked|had|got|gotten) (?:someone|somebody|our [a-z]+(?: [a-z]+)?|the [a-z]+(?: [a-z]+)?)(?: to)?|(?:give|allow) me (?:a|one|just a) (?:second|sec|moment|minute|few minutes|couple (?:of )?minutes) (?:to|while i|and i'?ll|so i can))`;
const ADVERB = `(?:(?:need to|have to|want to|start by|begin by|already|just|quickly|personally|first|also|now|still|right now|immediately|carefully|really|go ahead and|go and|start|begin|be|get|(?:have|get|ask) (?:someone|somebody|our [a-z]+(?: team)?|the [a-z]+(?: team)?)(?: (?:from|in|on) (?:our|the) [a-z]+(?: [a-z]+)?)?(?: to)?) ){0,3}`;

// Possessives name whose or which day's records: "Saturday's", "Saturday night's", "Dr. Lee's", "last week's" (also typed without the apostrophe for days).
const DAY = `(?:mon|tues|wednes|thurs|fri|satur|sun)day`;
const POSSESSIVE = `(?:(?!(?:it|that|there|what|he|she|here|who|where|let|how|this)'s)(?:dr\\.? |mr\\.? |mrs\\.? |ms\\.? |last |this |that |the )?[a-z]+(?: (?:night|morning|afternoon|evening|weekend|week|month|shift))?'s|${DAY}s?(?: (?:night|morning|afternoon|evening))?s?)`;
const DET =
  `(?:the|your|our|those|these|that|this|last|today'?s|yesterday'?s|tonight'?s|this morning'?s|last night'?s|all|every|each|any|full|entire|whole|call|message|hold(?:-time)?|phone|delivery|account|a|an|some|more|both|${POSSESSIVE})`;
const THING_NOUN =
  `(?:records?|logs?|reports?|recordings?|history|histories|tapes?|calls?|messages?|account|notes|schedule|changes|instructions|settings|timeline|data|counts?|system|files?|tickets?|transcripts?|times|activity|statements?|bill|invoices?)`;
// What gets pulled, reviewed or gone through: records of this problem ("last night's call records"), or "it/this".
const RECORDS = `(?:${DET}(?: [a-z'-]+){0,4}? ${THING_NOUN}\\b(?: (?:history|logs?|records?|reports?|recordings?|notes|data|settings))?|${THING_NOUN}|it|this|that)`;

// What an investigation asks about: what caused, drove or changed the problem.
const CAUSE = `(?:happened|went wrong|caused|causing|drove|driving|pushed|pushing|changed|went up|jumped|doubled|rose|spiked|came from|raised|increased|made|led|triggered|broke|failed|stalled|added|going on|went on)\\b`;

const VERB =
  `(?:look(?:ing)? (?:into|in to|over|through|at|up|closer|for)|tak(?:e|ing) a (?:closer |quick |good |careful )?look|hav(?:e|ing) a (?:closer |quick |good )?look|research(?:ing)?|investigat(?:e|ing)|dig(?:ging)? (?:into|in|deeper|around|through)|digging|dig|check(?:ing)? (?:into|on|whether|if|what|why|how|where|when|with|for|the|your|our|this|that|it|those|these|last|today|all|every|each|to see|${POSSESSIVE})|check(?:ing)?(?=\\s*(?:$|[.,!?;:-]| and | while | before | for you| real quick| quickly| now))|double-check(?:ing)?|(?:pull(?:ing)?(?: up)?|review(?:ing)?|go(?:ing)? (?:over|through|back through)|work(?:ing)? (?:through|my way through)|run(?:ning)? (?:through|over)|comb(?:ing)? through|read(?:ing)? (?:through|over)) (?!(?:it|this|that|them|the [a-z]+|the [a-z]+ [a-z]+) with (?:you|the agents?|our agents|every|each|all|my team|the team|the staff))${RECORDS}|have (?:the|those|these|your|our|all the)(?: [a-z'-]+){1,4}? pulled|review(?:ing)? (?:what|how|why|whether)|(?:go(?:ing)? (?:over|through|back over)|look(?:ing)? (?:closely )?at|break(?:ing)? down|dig(?:ging)? into|review(?:ing)?) (?:exactly |carefully |closely )?(?:what|why|how|where)(?: exactly)? (?:\\S+ ){0,3}?${CAUSE}|comb(?:ing)? through|listen(?:ing)? to (?:the|that|your|those|this|last|every|each|all)|trac(?:e|ing)|track(?:ing)? (?:it|this|that|the|down)|search(?:ing)? (?:for|the|our|through|every|all|each|other)|search(?:ing)?(?=\\s*[.,!?;-])|compar(?:e|ing)|audit(?:ing)?|examin(?:e|ing)|verify(?:ing)? (?:whether|if|what|that the|the (?:logs?|records?|reports?|schedule|settings|routing))|find(?:ing)? out|figur(?:e|ing) out|get(?:ting)? to the bottom|see (?:why|how come|exactly (?:what|why|where|how)|what (?:happened|went wrong|caused|is going on|'?s going on)|where (?:it|the|that|this|things) (?:went|got|stalled|broke|ended))|get(?:ting)? (?:all )?(?:the|some) (?:facts|details|full (?:story|picture))|gather(?:ing)? (?:the |all the |some )?(?:facts|information|details)|get(?:ting)? to the root|ask(?:ing)? (?:the|our|my|them|him|her|whoever|every|each)(?: [a-z]+){0,3} (?:what|why|how|whether|if|about what)|verify(?:ing)? (?:that|this|it) with|see (?:if|whether) (?:the|there|it|any|someone|something|we|our|your)|run(?:ning)? (?:down|a trace|a report|a check|some checks|tests?)|scan(?:ning)? (?:the|through))`;

const INVESTIGATE = compact(`\\b${SUBJECT} ${ADVERB}${VERB}`, 'g');
// "Before I start digging", "while I search": the investigation named as a noun phrase or bare verb.
const NOUN_SEE = compact(`\\b(?:to|and) see (?:exactly (?:what|why|where|when|how)|why|how come|where (?:the|it|that|this|things|your|our)\\b[^,.;?!]{0,40}?\\b(?:happened|went|got|stalled|broke|ended|failed|stopped|dropped)|what (?:happened|went wrong|caused|drove|changed))\\b`, 'g');
const NOUN = compact(/\b(?:before|while|as|once) (?:i|we) (?:start |begin |keep |finish )?(?:digging|investigating|researching|looking into (?:it|this|that)|check|search|look|dig|research|investigate)\b|\b(?:to|and|so (?:i|we) can) (?:find out|figure out|determine|pin down|track down) (?:what|why|where|who|when|exactly|whether|if (?:the|there|it|any|our|your)|how (?:it|this|that|the))\b|\bto see (?:why|what happened|what went wrong|where (?:it|the|that|this) (?:went|got|stalled|broke|ended))\b/g);

// "Let me see what the notes on your account say": reading the records before answering.
const SEE_RECORDS = compact(`\\b(?:let me|lemme|let'?s|i'?ll|i will|i'?m going to|we'?ll) (?:just |quickly )?see (?:what|whether|if|why|how|where|when) ${RECORDS}(?: [a-z'-]+){0,6}? (?:says?|shows?|show|indicates?|tells? (?:me|us))\\b`, 'g');

// A check-back or check-in with the caller is follow-up, not investigation.
const NOT_RESEARCH = compact(/\bcheck(?:ing)? (?:back|in)\b|\bcheck(?:ing)? (?:the|a|that|this|those|each|every) box|\blook(?:ing)? (?:for|at|into) (?:a |an |some |other |your |the |more )?(?:ways?|solutions?|options?|fix|credits?|alternatives?|getting|giving)\b|\bcheck on you\b|\bcheck with you\b|\blook(?:ing)? forward\b|\blook(?:ing)? at (?:you|it from|this from)\b/);

const WITH_YOU = /^(?:\s+[^\s,;.]+){0,3}?\s+with (?:you|u)\b/;

export const research: Detector = {
  label: 'research',
  reasons: {
    en: {
      default:
        "You commit to investigating before concluding - the workbook's research step: get the facts first, then answer.",
    },
  },
  detect(doc: Doc): Hit[] {
    if (doc.lang !== 'en' || !test(PREFILTER, doc.folded)) return [];
    const hits: Hit[] = [];
    for (const span of [...findSpans(doc, INVESTIGATE), ...findSpans(doc, NOUN), ...findSpans(doc, NOUN_SEE), ...findSpans(doc, SEE_RECORDS)]) {
      const text = doc.folded.slice(span.start, span.end);
      if (test(NOT_RESEARCH, doc.folded.slice(span.start, span.end + 16))) continue;
      // "I'll review your instructions with you" is a walkthrough with the caller, not an investigation.
      if (/\b(?:review|go(?:ing)? (?:over|through)|look(?:ing)? over)\b/.test(text) && test(WITH_YOU, doc.folded.slice(span.end, span.end + 40))) continue;
      hits.push(span);
    }
    return hits;
  },
};
