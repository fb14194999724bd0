import type { Detector, Hit } from '../detector.ts';
import type { Doc } from '../text.ts';
import { findSpans } from '../text.ts';
import { gap, compact } from '../patterns.ts';
import { test } from '../prefilter.ts';

const PREFILTER = compact(/sworn|the way you|how you|language|tone|swear|curs|profan|obscen|vulgar|yell|shout|scream|name|insult|threat|abus|disrespect|talk|speak|spoken|word|comment|remark|attack|slur/);

// The abusive behaviour, named (003 Bob: "I'm uncomfortable with your words and tone").
const NAMED = compact(
  String.raw`\b(?:language,? please|watch (?:your|ur|the) language|(?:inappropriate|not appropriate|unacceptable) (?:language|tone)|(?:the way|how) you(?:'re| are)? (?:speaking|talking) to (?:me|us)|(?:your|ur|the|that|this|such|kind of|sort of|type of|any more|more|this kind of|that kind of|foul|abusive|offensive|bad|strong|vulgar) (?:language|tone|swearing|cursing|profanity|yelling|shouting|screaming|name-calling|name calling|insults|threats|threatening|abuse|personal attacks|slurs|obscenities|vulgarity)|(?:being |be |get |getting )?(?:sworn|cursed|yelled|screamed|shouted) at|(?:called|calling me|call me|to call me) names|name-calling|name calling|(?:swear|curs|yell|shout|scream|insult|threaten)(?:ing)? (?:at |to )?(?:me|us|our (?:staff|agents?|operators?))|(?:swearing|cursing|profanity|obscenities|vulgar language|abusive language|foul language|threats?|insults|name-calling|yelling|shouting|screaming)|threaten(?:s|ed|ing)? (?:me|us)|(?:talk|speak|talked|spoken|speaking|talking|spoke) to (?:me |us )?(?:like that|that way|this way|in that (?:tone|way|manner)|like this))\b`,
  'g',
);
// Weaker names ("your words") count only with an explicit "not acceptable".
const WEAK_NAMED = compact(/\b(?:your|those|these|that|such) (?:words|comments|remarks|attitude)\b/g);
const UNACCEPTABLE = compact(/\b(?:(?:won'?t|will not|can'?t|cannot|can not|not going to|don'?t|do not|am not|i'?m not|im not|refuse to) (?:accept|tolerate|allow|listen to|be (?:spoken|talked|sworn|yelled|cursed|screamed) (?:to|at)|be called|continue|stand for|put up with)|(?:isn'?t|is not|not|aren'?t|are not|isnt) (?:okay|ok|acceptable|appropriate|alright|all right|necessary|going to help)|unacceptable|inappropriate|uncomfortable|not comfortable|(?:has|have|needs?) to stop|must stop)\b/);

// The consequence or condition: ending the call, or continuing only once it stops.
const CONSEQUENCE = compact(
  String.raw`\b(?:(?:i|we|i'?ll|we'?ll|ill|i'?d|we'?d|i'?m|im|we'?re)${gap(5)}(?:(?:end|ending|disconnect|disconnecting|hang(?:ing)? up|terminat(?:e|ing)|releas(?:e|ing)|conclud(?:e|ing))(?: (?:this|the|our|your))?(?: (?:call|line|conversation|on you))?|(?:stop|drop|close|cut off) (?:this|the|our) (?:call|conversation|line))|(?:i|we|i'?ll|we'?ll|ill|i'?d|we'?d|i'?m|im|we'?re)${gap(4)}(?:let you go|transfer (?:you|this call|the call) to (?:a|my|our) (?:supervisor|manager))|(?:won'?t|will not|can'?t|cannot|am not going to|'?m not going to) (?:continue|stay on|keep going with) (?:this|the|our) (?:call|line|conversation)|(?:this|the) (?:call|conversation) will (?:be )?(?:end|ended|disconnected|terminated|over)|(?:can'?t|cannot|won'?t be able to|will not be able to|am not able to|'?m not able to) (?:continue|keep going|go on|help you)${gap(3)}(?:if|while|unless|until|when)|(?:not going to|won'?t|will not) be able to (?:help|continue|keep going|assist)${gap(3)}(?:if|while|unless|until|when)|(?:ask|have) you (?:to )?call (?:us |me )?back (?:later|when|once)|(?:once|when|as soon as|if) (?:the|you|your|that|this|it)${gap(3)}(?:stops?|stopped|ends?|calm|calms|calmer|ready to|can (?:stop|speak|talk))|(?:happy|glad|willing) to (?:help|continue|keep going|keep working)${gap(2)}(?:once|when|as soon as|as long as|if)|otherwise,? (?:i|we)'?(?:ll| will)?)`,
  'g',
);

function detect(doc: Doc): Hit[] {
  if (!test(PREFILTER, doc.folded)) return [];
  let named = findSpans(doc, NAMED);
  if (named.length === 0 && test(UNACCEPTABLE, doc.folded)) named = findSpans(doc, WEAK_NAMED);
  if (named.length === 0) return [];
  const consequences = findSpans(doc, CONSEQUENCE);
  if (consequences.length === 0) return [];
  return [
    ...named.map((sp) => ({ ...sp, reason: 'named' })),
    ...consequences.map((sp) => ({ ...sp, reason: 'consequence' })),
  ];
}

/** `boundary`: names abusive language or tone as unacceptable and states the consequence (003 Bob). */
export const boundary: Detector = {
  label: 'boundary',
  reasons: {
    en: {
      default: 'You named the abusive behaviour and the consequence calmly; no one has to listen to abuse (003 Bob).',
      named: 'Naming the abusive language calmly tells the caller exactly what must stop, without insulting them back.',
      consequence: 'Stating the consequence (ending the call) is a fair warning, so the caller can choose to continue respectfully.',
    },
  },
  detect,
};
