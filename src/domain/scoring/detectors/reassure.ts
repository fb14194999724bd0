import type { Detector, Hit } from '../detector.ts';
import type { Doc } from '../text.ts';
import { pattern, compact } from '../patterns.ts';
import { matchesIn } from '../text.ts';
import { test } from '../prefilter.ts';

const PREFILTER = compact(/needful|be the (?:one|person)|till|follow through|fall through|slip|committed|see that|consider it|on my watch|count on me|from here|taken care|sorted|fixed|resolved|take care|handle|fix|sort|resolv|right|see (?:this|it|that) through|make sure|ensure|priority|personally|myself|own|responsib|everything|whatever|all i can|best|promise|guarantee|word|assured|on it|got this|leave (?:it|this) with me|until|stay on|follow (?:this|it) through|straighten|get (?:this|it|that) (?:done|fixed)|keep|working|running|my job|with me|see (?:this|it|that)|put (?:it|this|that|things) right/);

const I_WILL = `(?:i'?m personally going to|i am personally going to|im personally going to|i'?ll|i will|ill|i'?m going to|i am going to|im going to|i'?m gonna|im gonna|i'?m about to|i'?m determined to|i promise (?:you )?(?:i'?ll|i will|that i'?ll|to)|i'?d like to|let me)`;
const ADV = `(?:(?:personally|definitely|absolutely|certainly|make it my (?:job|business|mission) to|be the one to|also|really|myself|now|right now|today|just|be sure to) ){0,2}`;
const IT = `(?:this|it|that|things|everything|the (?:problem|issue|situation|matter|schedule|account|billing|routing|error|mistake|mix-?up|mess)|your (?:problem|issue|account|schedule|complaint|case|concern|situation|calls?|messages?|line|bill|billing|on-call \\w+|(?:\\w+-)?\\w+ (?:problem|issue|schedule|line|account|forwarding|service)))`;

// Personal ownership of the fix (A.E.R. Reassure); "I want to help" or "I'm fixing it now" (an action) are not it (judgement call 7).
const OWN_RE = pattern(
  '\\b(?:' +
    [
      `${I_WILL} ${ADV}(?:take care of|handle|fix|sort out|sort|resolve|straighten out|deal with|look after|take charge of|take ownership of|own|get to the bottom of and fix) ${IT}(?! (?:now|right now) for (?:good|you)\\b)`,
      `${I_WILL} ${ADV}(?:make|set|put) (?:this|it|things|that|everything) right`,
      `${I_WILL} ${ADV}(?:get|have) ${IT} (?:fixed|sorted|sorted out|resolved|taken care of|straightened out|handled|corrected|cleared up|squared away|fixed up)`,
      `${I_WILL} ${ADV}(?:see|follow|carry) (?:this|it|that|your case|your complaint|things) through`,
      `${I_WILL} ${ADV}(?:make sure|ensure|see to it|make certain|guarantee)(?! (?:that )?(?:i|to|he|she|they|someone|somebody|the message|your message|it reaches|it gets to)\\b)(?! (?:that )?(?:\\S+ ){1,3}(?:gets?|receives?|has|sees) (?:the|your|this) message) (?:that )?[a-z]`,
      `${I_WILL} ${ADV}(?:do|doing) (?:everything|all|whatever|anything) (?:i can|in my power|it takes|i possibly can|possible|we can)`,
      `${I_WILL} ${ADV}do my (?:very |absolute )?best to (?:fix|resolve|sort|get|make|help|straighten|take care|handle)`,
      `${I_WILL} ${ADV}make (?:this|it|that|your (?:case|issue|problem|account|complaint)|fixing (?:this|it)) (?:my|a|our|the) (?:top |first |number one |highest |personal )?(?:priority|focus|mission|job)`,
      `${I_WILL} ${ADV}(?:stay|be) (?:on|with) (?:this|it|your case|you) (?:until|till|til|'?til)`,
      `${I_WILL} ${ADV}(?:not rest|not stop|not let (?:this|it) go|keep at it|stay on top of (?:this|it)) (?:until|till|'?til)`,
      `${I_WILL} ${ADV}take (?:personal |full |complete )?(?:ownership|responsibility|charge) (?:of|for) (?:this|it|that|your|the|fixing|getting|resolving)`,
      `${I_WILL} ${ADV}take (?:it|this|things|over) from here`,
      `${I_WILL} [^,.;!?]{0,40}? and (?:personally )?(?:make sure|ensure) (?:that )?(?:this|it|that|everything|the problem|the issue)\\b`,
      `${I_WILL} ${ADV}own (?:this|it)`,
      `${I_WILL} ${ADV}see (?:this|it|that|everything|${IT}) (?:resolved|fixed|sorted|sorted out|corrected|put right)`,
      `${I_WILL} [^,.;!?]{0,40}? and (?:personally )?(?:make|set|put) (?:this|it|that|things|everything) right`,
      `${I_WILL} ${ADV}get ${IT} (?:working|back up|up and running|running)(?: again| properly)?`,
      // "I will personally do the needful and get this resolved", "I'm going to be the one who fixes it".
      `${I_WILL} ${ADV}(?:do the needful|(?:get|have) ${IT} (?:resolved|fixed|sorted|sorted out|corrected|straightened out|put right|taken care of))`,
      `(?:i'?m|i am|im|i'?ll|i will) (?:going to |gonna )?be (?:the one|the person|the one person) (?:who|that)(?:'ll| will| is going to)? (?:fix|fixes|sort|sorts|resolve|resolves|handle|handles|take care|takes care|see|sees|get|gets|make|makes)\\b`,
      `(?:it'?s|it is|this is) (?:now )?my (?:job|responsibility) to (?:fix|resolve|sort|get|make|handle|take care|put)`,
      // "I'm handling this personally", "I'm keeping your case myself until it's closed".
      `(?:i'?m|i am|im) (?:going to be |gonna be )?(?:personally )?(?:handling|taking care of|taking ownership of|owning|keeping|taking|looking after|managing|overseeing|staying on) (?:this|it|your case|your complaint|your account|your issue|the case|this case)\\b[^,;.!?]{0,30}?\\b(?:personally|myself|from (?:here|now) on|until|till|to the end|start to finish)`,
      `(?:i'?m|i am|im) (?:personally )?(?:taking|accepting) (?:personal )?(?:ownership|responsibility|charge) (?:of|for) (?:this|it|that|your|the|fixing|getting|resolving)`,
      `(?:i'?m|i am|im) (?:going to be |gonna be )?(?:your|the) (?:point person|single point of contact|one point of contact|contact person) (?:for|on)`,
      `(?:i'?ve|i have|ive) got (?:this|you)(?! (?:on|here|down|in|scheduled|listed|noted|right|correct|straight|wrong|all|now|covered|booked))`,
      `(?:i'?m|i am|im) on it\\b`,
      `leave (?:(?:it|this|that)(?: one| all)? |everything |the rest )?with me`,
      `(?:you can )?count on me (?:to|for)\\b`,
      `(?:this|that|it) (?:won'?t|will not|wont) happen (?:again )?on my watch`,
      `${I_WILL} ${ADV}see (?:to it )?that (?:this|it|that|everything|your|the)\\b`,
      `${I_WILL} ${ADV}follow through (?:on|with) (?:this|it|your)`,
      `(?:i|we) (?:won'?t|will not|wont|am not going to|'?m not going to) let (?:this|it|your (?:case|issue|problem|complaint)) (?:fall through|slip|get lost|drop|go)`,
      `(?:i'?m|i am|im) (?:fully |personally |absolutely )?committed to (?:fixing|resolving|getting|making|sorting|solving)`,
      `consider it (?:done|handled|taken care of)`,
      `you have my (?:word|promise)`,
      `(?:i|we) (?:promise|guarantee) (?:you )?(?:that )?(?:this|it|we'?ll|we will|i'?ll|i will|we'?re going to|i'?m going to)\\b(?! (?:call|get back|email|text|send|ring)\\b)`,
      `rest assured,? (?:that )?(?:i|we)(?:'?ll| will|'?m going to| am going to)`,
      `(?:i'?m|i am|im) (?:not going anywhere|staying with you) (?:until|till|til|'?til)\\b`,
      `(?:i|we)(?: will|'?ll) (?:personally )?make (?:this|it|things) right`,
      `${I_WILL} ${ADV}see to it\\b`,
      `(?:i|we) (?:won'?t|will not) (?:rest|stop|let this go) until`,
    ].join('|') +
    ')',
);

// "I'd like to / let me" only counts with the strong ownership verbs, not "let me make sure I have this right" (rephrase).
const SOFT_LEAD = /^(?:i'?d like to|let me)\s/;
const SOFT_OK = compact(/\b(?:take care of|handle|fix|sort|resolve|make (?:this|it|things) right|see (?:this|it) through|straighten)\b/);

/** `reassure`: takes personal ownership of getting the problem resolved (A.E.R. Reassure). */
export const reassure: Detector = {
  label: 'reassure',
  reasons: {
    en: {
      default: "Taking personal ownership ('I'll take care of this for you') reassures the caller it won't fall through the cracks (A.E.R.: Reassure).",
      promise: "Giving your word that you will see it fixed reassures the caller someone owns the problem (A.E.R.: Reassure); keep the promise specific.",
    },
  },
  detect(doc: Doc): Hit[] {
    if (!test(PREFILTER, doc.folded)) return [];
    const hits: Hit[] = [];
    for (const s of doc.sentences) {
      for (const m of matchesIn(s.text, OWN_RE)) {
        const before = s.text.slice(0, m.index);
        // A conditional or a hypothetical ("if I could fix it", "someone will take care of it") is not the agent owning it.
        if (/\b(?:if|unless|wish|whether|can'?t|cannot|could)\s+$/.test(before)) continue;
        if (/\b(?:not|never|don'?t|won'?t)\s+$/.test(before)) continue;
        if (test(SOFT_LEAD, m[0]) && !test(SOFT_OK, m[0])) continue;
        if (/\?\s*$/.test(s.text) && /^(?:(?:would|do|shall|should|can|could) you|would it|do you want)/.test(s.text)) continue;
        hits.push({ start: s.start + m.index, end: s.start + m.index + m[0].length, reason: /promise|guarantee|my word|rest assured/.test(m[0]) ? 'promise' : 'default' });
      }
    }
    return hits;
  },
};
