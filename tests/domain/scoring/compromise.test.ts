import { describe, expect, it } from 'vitest';
import { score } from '../../../src/domain/scoring/scorer.ts';

const has = (text: string) => score({ text }).labels.includes('compromise');

describe('compromise', () => {
  it.each([
    // rulebook
    "While I can't credit the whole month, I can waive the after-hours fee for the next billing cycle.",
    // own phrasings
    'A full refund isn’t possible, but I could give you a free month of text delivery.',
    "I can take 25% off this month's invoice for the trouble.",
    'How about I waive the setup fee instead?',
    "I can't refund the whole quarter, but I can cut this month's base fee in half.",
    "i cant do a full credit but i can knock 20 percent off ur next bill",
    'Rather than a credit, I could set up a free account review with our operations manager.',
    "A full credit isn't something I can approve, but I can add 100 free minutes to next month's plan.",
    "I'm not able to credit the entire month. What I can do is waive the late fee.",
    "I can't offer a credit for that day, but I can do something else: I'll review your instructions with you at no charge.",
    'Instead of a refund, we could give you two months of text delivery at no charge.',
    "I'm unable to reimburse the lost business, however I can waive the after-hours surcharge on your next two invoices.",
    "I can credit you for just the calls that were missed that morning.",
    "I'd be happy to waive this month's overage charges.",
    "I can't give you the whole month back, but I can give you half off.",
    'What I can do is take 50% off your next invoice.',
    "We can't do a full refund. But I can waive the fee for the missed-page month.",
    "I don't have the authority to credit the whole bill, but I can waive the overage minutes.",
    "I could offer you a partial credit for the hours we missed.",
    "A 100% credit isn't possible, though I can throw in a free month of the backup line.",
    "Let me waive the after-hours fee for you this month.",
    "I can’t credit the full month, but I can add a free backup contact setup.",
    "I'm not able to give you a full refund, but I'd be glad to comp your next month's base fee.",
    "I'll waive the after-hours surcharge for the next two billing cycles.",
    "Instead of a credit, how about a free review of your instructions?",
    'As a goodwill gesture, I can credit you for the three missed calls.',
    // more of our own phrasings
    "A full refund's not something I'm allowed to do, but I can credit the two days your line was down.",
    "I know you wanted the whole month credited. What I can offer is 30% off your next invoice.",
    "Unfortunately we can't credit the month, since the agents followed your instructions, but I can give you a free instruction review with our trainer.",
    "I can't waive the whole bill, but I can split the difference with you.",
    "Normally we wouldn't credit this, but I can give you a 20% discount on your next bill.",
    "I'm not authorized to refund the month, but let me take the overage charges off.",
    "I can't do the whole refund, but I can give you 50% back on last month.",
    // fresh writer: other styles (formal, terse, rambling, lowercase, British/Australian, answering-service)
    "While we are unable to issue a full refund, I would be pleased to waive your after-hours surcharge for the next two months.",
    "cant refund it all but i can take 50 bucks off",
    "No full credit, sorry - but I can waive the fee.",
    "I hear you, Mr. Harris, and I know the message was late. A full month's credit isn't something I can approve, but what I can do is give you a week of service free, and I'll put that on your next invoice.",
    "i cant do the whole month but ill credit u for the one night",
    "I'm afraid I can't refund the lot, but I can knock the call charges off for that weekend.",
    "Instead of a full credit, I could offer you a free upgrade to text delivery for three months.",
    "A full refund is beyond what I can authorize, though I can take a third off this month.",
    "I can't credit the entire invoice, but I can credit the calls that went unanswered.",
    "What I can offer instead is a half-price month.",
    "Although I can't reverse the whole charge, I'll waive the overage fee for you.",
    "I'm not able to give a refund for that, but I can give you 50 free minutes.",
    "The whole month isn't possible, but I can credit last Tuesday's calls.",
    "Dr. Patel, I can't refund the quarter, but I'll waive the pager rental fee for the rest of the year.",
    "I can't give you the credit you asked for, but how about a free month of our premium plan?",
    "A refund isn't an option for that, but I could discount your renewal by 10 percent.",
    "i know u wanted the full refund, thats not possible but i can give u a free month of texting",
    "Full credit isn't something we can do here, however I can cover the overage charges.",
    "We can't refund the setup fee, but I can waive next month's base charge.",
    "Rather than refunding the month, I can offer you a free account review and waive the next service fee.",
    "I can't credit the whole bill, mate, but I can halve the after-hours charge.",
    "I'm unable to approve a full credit. I can, however, credit the two missed messages.",
    "I can't waive everything, but I can take off the weekend surcharge.",
    "Unfortunately a full refund is off the table, but I can give you a partial credit of 25%.",
    "I can't cancel the charge entirely, but I can reduce it to the standard rate.",
  ])('yes: %s', (text) => {
    expect(has(text)).toBe(true);
  });

  it.each([
    "I can't give you a credit.",
    "We don't do credits.",
    "I'll credit your account for the full month.",
    "I'm not able to approve a credit, so I'll have our billing manager call you.",
    'The refund will go back to your card on file.',
    "I've applied the $50 credit we agreed on.",
    'A shorter greeting would lower your bill.',
    'We could reduce your bill by trimming the greeting.',
    'Your bill is higher because of the extra calls in March.',
    'Look, I don’t make the rules. If you want a credit, take it up with someone else.',
    'The card on file is a MasterCard ending in 4417 - should the refund go back to that card?',
    "Credits are handled by our billing office.",
    "I understand you want a refund for the whole month.",
    'There is no fee for that change.',
    "I can't change the after-hours rates; they're set by management.",
    "We waived the fee last year as a courtesy.",
    "I'll look into whether a credit is possible and call you by 3.",
    'Free parking is available at our office if you want to visit.',
    'Your contract lists the after-hours fee on page two.',
    "I'm sorry, but a refund isn't possible.",
    "I can't credit the month, and there's nothing else I can do.",
    "I'll take care of this for you today.",
    "I've added a free backup line to your account as we discussed.",
    "To recap: the $40 credit is on your next invoice, and I'll call you Friday.",
    "A full credit isn't possible, but I'll bring in our billing manager to talk it over.",
    // judgement call 8: a credit repeated in a recap is action-statement
    "To recap: I'll waive this month's after-hours fee, and I'll call you Friday by noon.",
    // more of our own phrasings
    "I can't give you a refund.",
    "I waived the late fee for you last month as well.",
    "We'll credit the full amount back to your card.",
    "I'm not going to refund anything, that's final.",
    // fresh writer: other styles (formal, terse, rambling, lowercase, British/Australian, answering-service)
    "We don't offer credits for that.",
    "I've applied the full credit to your account.",
    "To recap, the credit we agreed is on your next invoice.",
    "Would you like a refund or a credit?",
    "I'll credit your account in full for last month.",
    "Your bill went up because of the extra calls.",
    "I can't tell you why the bill is higher yet, but let me check.",
    "I can't do that, but my manager can, so I'll transfer you.",
    "The full credit has been processed.",
  ])('no: %s', (text) => {
    expect(has(text)).toBe(false);
  });

  it('points at the substitute offer', () => {
    const text = "Mr. Brennan, I can't credit the full month, but I can waive the after-hours surcharge on your next two invoices.";
    const ev = score({ text, callerName: 'Mr. Brennan' }).evidence.filter((e) => e.label === 'compromise');
    expect(ev.length).toBeGreaterThan(0);
    expect(text.slice(ev[0]!.start, ev[0]!.end)).toContain('waive the after-hours surcharge');
  });
});
