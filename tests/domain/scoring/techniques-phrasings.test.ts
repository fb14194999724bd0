import { family } from './support/family.ts';

/**
 * Kinds of phrasing the technique detectors missed (or over-read) on a fresh
 * writer's English batches, each written here in other words than the miss,
 * with near-misses that share its words. One family per block.
 */
family(
  'a recap opened by "before we hang up", "just so we are clear", "quick rundown" and the like, listing two commitments',
  'summarize',
  [
    "Before I let you go: your calls now go to Dr. Lee, and I'll email you the details tonight.",
    "Just so we're on the same page, I've switched your forwarding to the cell, and I'll check in Friday to make sure it's holding.",
    "Quick rundown: I've updated your on-call list, waived the fee, and I'll follow up Thursday.",
    "In a nutshell, I've fixed the forwarding and I'll check back with you next week.",
    "So we're all set, Mrs. Price: the credit is on your account, and I'll call you by noon to confirm the new rota.",
    "Brief overview - Dr. Kim takes the weekend calls from tonight, and you'll get the revised instructions by email.",
    "Quick summary, Dr. Ames: I'm pulling the call logs now, and I'll ring you back by 3 with what I find.",
    "Before we get off the phone, I've added Dr. Park as your backup and I'll post you a copy to sign.",
    "Let me go over what we've agreed: Dr. Kim is on call this weekend and I'll call you Monday.",
    "So, what happens next: I'll credit the two nights and call you by 4.",
    "All in all: the credit's been applied, and you'll get a confirmation letter this week.",
  ],
  [
    'Before we hang up, is there anything else I can help you with?',
    "Before I let you go, I'll call you back by 3.",
    "So we're clear, I can't change the contract terms.",
    "Just so you're clear, we'll need your signature on file.",
    'Before you go, can I get the best number to reach you?',
    "Let me review what happened with your calls last night and I'll call you back.",
    'Quick question: when did the calls stop coming through?',
  ],
);

family(
  'a full credit ruled out in other words ("off the table", "not warranted", "can\'t wipe the charges"), then a partial substitute',
  'compromise',
  [
    "Full credit's off the table, I'm afraid, but I can give you two weeks free.",
    "I don't think a full refund is justified here, but I can offer a credit for the three missed calls.",
    "A refund of the entire quarter is out of the question, but I can waive next month's base fee.",
    "The whole invoice can't be written off, but I can take the late fee off.",
    "Refunding all of it isn't something we can do; however, I've been able to knock 20% off your next bill.",
    "I can't wipe the charges, but I can cap your overage at $40 this month.",
    "Crediting everything isn't possible, but I can refund the two days your line was down.",
    "We aren't able to reimburse the lost contract, Mr. Hale, but I can take this month's answering fee off entirely.",
    "I'm not able to refund the quarter, but I can credit the four calls that went to the wrong doctor.",
    "A full refund for the lost booking isn't possible, sorry, but I've got sign-off to waive your base fee for June.",
    "We can't credit the entire billing period, but I'll wave the holiday surcharge for December.",
  ],
  [
    "A full refund is off the table, and there's nothing else I can do.",
    'How about a callback at 3 instead?',
    'The best I can do is call you back by 3.',
    "I've already given you a 10% discount this year.",
    "We don't offer discounts on the after-hours plan.",
    "A full credit is off the table until I've reviewed the call logs.",
  ],
);

family('a substitute named as a noun ("how about a 15% discount?", "the best I can do is half off")', 'compromise', [
  'How about a 15% discount on your next statement instead?',
  'The best I can do is half off the overage charges.',
  'Would a credit for the missed calls help?',
  'I can offer you a one-time credit for the weekend outage.',
  'What about a free month of text delivery?',
  'We could offer you a partial refund for the two nights.',
  "I'd like to offer you two free weeks of the backup line.",
  'Could I offer you 25% off this month instead?',
], [
  'How about a call back at four?',
  'I can offer you a transfer to billing or a callback.',
  'What about the weekend calls, were those late too?',
]);

family(
  'a follow-up call whose purpose comes after a comma or the caller\'s name, or by ping/text in texting shorthand',
  'follow-up',
  [
    "I'll call you Thursday morning, Mrs. Grant, just to confirm the new rota is working.",
    "I'll ring you on Friday, just to make sure it's all working.",
    "i'll ping you early next week to make sure all the pages are landing where they should",
    'ill text u tmrw to make sure its all good',
    "I'll buzz you on Monday to check the forwarding is still doing its job.",
    'I will phone your office Tuesday to see that the new schedule held up.',
    "I'll call your cell next week to check the routing is behaving.",
    "Let me give you a ring on Wednesday, Dr. Shah, just to check everything's still fine.",
    "I'll drop you a quick email on Friday to make sure the pages are arriving.",
  ],
  [
    "I'll call you back by 4 with what I find.",
    "I'll ping the on-call doctor to make sure she got the page.",
    'Please text us tomorrow if anything goes wrong.',
    "I'm calling to make sure you got the message.",
  ],
);

family('"just to make sure / confirm" as the purpose of a promised call is not a check of understanding', 'rephrase', [
  'Just to make sure I have this right: your calls went to voicemail all morning?',
  'Let me make sure I follow - the patient left a number and the operator never passed it on?',
  'If I have understood you, your clients have been hearing a disconnected-number message since Monday?',
  'So what you are saying, ma\'am, is that nobody called you back?',
  'If I followed you, the pages stopped on Friday night?',
  'Let me make sure I understand - the operator told your patient the office was closed?',
  'So what you\'re telling me is the calls rang out after six?',
  'If I heard you right, your messages came through a day late?',
], [
  "I'll ring you Thursday just to make sure the forwarding is behaving.",
  "I'll call you Friday afternoon, Mr. Dale, just to confirm the change took.",
  "We'll email you on Monday just to make sure the new greeting is live.",
  "I'll check in next week just to be sure everything's working.",
  'I want to make sure I get this right for you - what time was the call?',
  'Let me read back what happens next: I\'m pulling the logs now and I\'ll call you by 3.',
  'May I suggest two things - dropping the menu prompt, and having us take short messages instead of full intake?',
]);

family(
  'a way to save that names what gets shorter, cheaper or unbilled (calls end quickly, stop paying for, bring the total down)',
  'cost-saving',
  [
    'If we trimmed your greeting to just the practice name, every call would run about twenty seconds shorter, and that adds up on the bill.',
    "If your front desk kept the phones until 5:30, you'd shave a good chunk off the evening minutes.",
    'We could put your opening hours on the greeting so those calls end quickly.',
    "If you let overflow calls roll to voicemail after three rings, that'd bring the monthly total down.",
    "If we dropped the menu, you'd stop paying for that extra thirty seconds on every call.",
    "If you cut the greeting to ten seconds, you'd pay for a lot less time on every call.",
    "If your receptionist handed the phones over at lunch only, you'd only be paying for an hour of coverage.",
    'If your team picked up from 7:30, that part of the bill would mostly disappear.',
    "Having us text routine messages would save you quite a lot.",
    'A few ways to get the bill down: drop the bilingual greeting, or move to the per-call plan.',
  ],
  [
    'Your bill went up because you had more calls in March.',
    'What I can do is take 50% off your next invoice.',
    "I can't lower the bill, I'm afraid.",
    "We'll look at ways to bring the bill down and call you back.",
    'The calls were cut off after thirty seconds.',
  ],
);

family('several suggestions offered as a list or as "we could X, or Y"', 'offer-options', [
  "Here's a thought or two for the bill: we could put your hours on the greeting, or take messages by text.",
  'A couple of ideas to bring the bill down: we could drop the menu, or send routine calls to voicemail after 8.',
  'Some options for the weekend: route calls to Dr. Lee, or page you only for emergencies.',
  'We could forward the overflow to your cell, or have us take messages until you are back.',
  'You could keep the current greeting, or we could record a shorter one for you.',
  "I can credit the forty minutes, or waive next month's fee - whichever helps more.",
  "Of course - before I transfer you, would you like me to try one thing first?",
  "Sure, I can connect you to our director, or let me take a crack at it first.",
], [
  'Could you check whether your call forwarding is turned on?',
  'Your bill jumped because most callers sit through the menu; cutting it down to one option would save you quite a bit.',
  'Should I try your cell or your office first?',
  'Would it help if I emailed you a summary of the changes to sign?',
  'We could look into it and call you back by 3.',
  'Perhaps we could route your calls to Dr. Lee instead?',
]);

family('a hand-off offered with "happy to", "before I transfer you"', 'offer-transfer', [
  'Happy to get my supervisor for you straight away.',
  'Glad to put you through to our billing manager.',
  'Of course - before I transfer you to Ms. Ibarra, can I note your account number?',
  'More than happy to connect you with our operations director.',
  'Happy to have our billing lead call you this afternoon.',
  'Before I put you through to my supervisor, let me note what you told me.',
  'Really happy to bring in my manager on this.',
  'Glad to transfer you to the technical team.',
], [
  "I'm happy to help you with that myself.",
  'Before I transfer this call, I need your name.',
  "I can't tell you whether that doctor is on call tonight, but I'm glad to get a message to her.",
  "Happy to get a note to the team for you.",
  "I'd be glad to hear more about what happened.",
]);

family('a recap that states a change in place or a reduced bill is also an action statement', 'action-statement', [
  "Let me recap: Dr. Patel now heads your weekend rota, and June's bill is reduced by the overage we agreed.",
  "To recap: your messages will come by text instead of fax from today, and I'll check in next Wednesday.",
  'To sum up: your after-hours calls now go to Dr. Webb, and the change is in your inbox in writing for you to sign.',
  'Let me sum up: from tonight your calls go to Dr. Pryor, and I\'ll post a copy of the change for your signature.',
  "Let me recap so we're on the same page: your overflow now rings through to Kelly's cell, and I'll ring Wednesday.",
  "I'm re-entering your new mobile on the account as we speak.",
  "I've already rung the patient to get the right number.",
  "I've saved it to your account.",
  "I've knocked the after-hours fee off this month.",
], [
  "Your calls will go to Dr. Lee if you ask us to change it.",
  "I'm going to look at your account now.",
  "We rang the patient last week.",
]);

family('a written copy by post, a hard copy, "in black and white", or offered as "would it help if I emailed"', 'written-confirmation', [
  "I'll post you a copy of the revised instructions for signature.",
  "I'll mail you a hard copy of the new instructions - just sign the last page and send it back.",
  "I'll pop all of that in an email so you've got it in black and white.",
  "Would it help if I emailed you a summary of the changes to sign and send back?",
  "I'll post the paperwork for you to sign.",
  "I'll stick it all in an email for you today.",
  'The change is in your inbox in writing for you to sign.',
  "I'll send a printed copy of the new schedule to your office.",
], [
  "I'll post the credit to your account today.",
  'Did you get the email we sent last week?',
  "I'll email the on-call doctor to make sure she knows.",
]);

family('personal ownership in other words ("do the needful and get this resolved", "be the one who fixes it")', 'reassure', [
  'Madam, I will personally do the needful and get this resolved by this evening.',
  "I'm going to be the one who fixes it.",
  "I'll be the person who sees this through.",
  "I'm not going anywhere till this is fixed.",
  "I'll get this sorted out for you today.",
  "I'll have it fixed before you leave the office.",
  "I will get the problem resolved this afternoon.",
  "I'm gonna be the one that sorts it.",
], [
  'Someone will get this resolved eventually.',
  "If I could get it fixed today I would.",
  'Was the problem resolved?',
]);

family('a window said as "inside of forty minutes" or "in fifteen"', 'callback-time', [
  "You'll get a call from me inside of forty minutes.",
  "Would you rather I call you back in fifteen?",
  "I'll ring you back inside of an hour.",
  "I'll call you back in twenty, tops.",
  "I'll phone you back inside twenty minutes.",
  "I'll get back to you inside of the next hour.",
  'I can call you back in ten.',
  "I'll ring you back in 15.",
], [
  'The calls came in fifteen minutes apart.',
  'We had 15 calls in ten minutes.',
  "I'll call you back in 15 days.",
]);

family('probes about which invoice or practice, who at the office, roughly when', 'probing-question', [
  'Which invoice are you looking at?',
  'Which practice location was it?',
  'And who at your office phoned in the on-call change, roughly when?',
  'Which bill has the extra charges on it?',
  'Which statement shows the duplicate calls?',
  'Who at the clinic called in the change?',
  'Which site were your patients calling?',
  'Who in your office spoke to our agent?',
], [
  'Which would you prefer?',
  'Can I help you with anything else?',
]);

family('acknowledging a repeat or a loss in other words', 'acknowledge', [
  "I know this is the second time this month.",
  "You've had patients turned away twice this week.",
  'I realize this is the third time you have had to call.',
  'I know this has happened twice now.',
  "You've had callers hung up on all morning.",
  'I can see this is the second time it has gone wrong.',
  "You've had clients sent away because nobody answered.",
  'I know this keeps happening again and again.',
], [
  "I'll be honest, we were short-staffed on Sunday and your page sat for forty minutes; that's our failure.",
  'ok so basically ur calls were going to the old number bc nobody updated the account, thats on us',
  'Your bill jumped because most callers sit through the full menu.',
  'I want to make sure I get this right - what time was the call?',
  'I need to know this is the second number on file.',
]);

family('"sorry" as a line check, a self-correction or a clipped sign-off is not empathy', 'empathize', [
  "I'm so sorry this happened twice in one week.",
  "Sorry you've had such a rough morning with us.",
  "I'm really sorry - that must have been stressful.",
  'Oh no, that is awful, I am so sorry.',
  "I'm sorry you had to chase us for an answer.",
  'We are so sorry about the missed page.',
  "I'm sorry, that should never have happened to you.",
  'Truly sorry for the trouble this caused your patients.',
], [
  'Sorry, you cut out there - could you say that again?',
  "Sorry, you're breaking up.",
  'Most of those charges are patch fees - sorry, connection fees - for each call.',
  "That's a tech issue, not really my area, sorry.",
  "Can't do that, sorry.",
  'Sorry, I lost you for a second.',
  'Sorry, bad line - what was that?',
]);

family('a hedge about what happened, not a prediction, a blame or an estimate', 'soft-words', [
  "It's possible the update to your schedule didn't save properly on our side.",
  'Perhaps the forwarding did not take.',
  'Maybe the page went to the old pager.',
  'It may have been a misunderstanding about the schedule.',
  'There might have been a mix-up with the weekend rota.',
  'It seems the message was filed under the wrong doctor.',
  'Possibly the agent misheard the number.',
  'Occasionally the carrier drops a forwarded call.',
], [
  "Cool. Shout a bit louder, maybe that'll fix your phones.",
  "These things take time, so it could be a couple of weeks.",
  'maybe ur phone was off?',
  "Honestly, if you're going to be this difficult, maybe we're not the right service for you.",
  'This might be a bit over your head.',
]);

family('a follow-up booked as "a follow-up call" for a later day', 'follow-up', [
  "I'm going to schedule a follow-up call for Thursday to make sure everything's working.",
  "We'll do a follow-up call on Monday to make sure you're happy.",
  "I'll book in a follow-up for Friday to check all is well.",
  "I'll set up a quick follow-up next week to see how the new rota is going.",
  "Let me arrange a follow-up call for Wednesday to make sure the pages are arriving.",
  "I'll put in a follow-up for after the weekend to check the forwarding held.",
  "Expect a quick call from me Thursday to see how things are going.",
  "A week from now I'll call to check the fix held.",
], [
  'Did anyone follow up with you after the last complaint?',
  "I'll call you back in 20 minutes with the answer.",
  "I'll call the phone company to make sure the line is fixed.",
]);

family('a credit for only the affected part, or a full credit ruled out by policy', 'compromise', [
  'I can credit you for the three calls that went unanswered.',
  "I'll credit you for the two missed calls, though not the whole month.",
  'I can refund the nights the line was down.',
  'I could reimburse the hours your line was dead.',
  "Policy doesn't allow a full refund; what I can do is waive your setup fee.",
  'Waiving the whole invoice is beyond me, but I can knock the overage off.',
  "We can refund the weekend calls that were misrouted.",
  "I'm able to credit the two days we missed.",
], [
  "I've credited your account for the missed calls.",
  'Did we credit you for the missed calls last time?',
  'If I could credit you for the missed calls I would.',
  "I can't credit you for the missed calls.",
]);

family('a hand-off phrased as finding, handing over or putting in touch', 'offer-transfer', [
  'Let me find my supervisor for you.',
  'Let me hand you over to our accounts team.',
  "I'll pass you to Mr. Wilson now.",
  "I'm happy to put you in touch with our director.",
  "I'll put you in contact with our billing manager.",
  'Let me get you through to our billing department.',
  "I can hand you on to our technical lead.",
  "I'll find you our operations manager.",
], [
  'My supervisor said the same thing.',
  'Our manager approved the change last week.',
  "I'll find out what our billing manager decided.",
]);

family('a fix stated as in place ("is fixed", "back on", "now goes to")', 'action-statement', [
  'Your on-call list is fixed - Dr. Kim is on this weekend.',
  "The forwarding's back on as of this minute.",
  "All done - your greeting now says you're closed on Fridays.",
  "I've taken care of the change - your calls now go to the nurse line.",
  "I've had a word with the agent who took your call.",
  "I've had the technician reset your forwarding.",
  "I've got the overnight team briefed on your new instructions.",
  'The line is back up now.',
  'Your schedule is corrected - Dr. Kim has the weekend.',
], [
  "I'll stay on the line until it's fixed.",
  'Is your forwarding fixed now?',
  'The forwarding should be fixed by tonight.',
  'Your calls now go to voicemail and nobody picks up.',
  "Your calls now go straight to a recording.",
]);

family('the written copy promised as "write it up", "in writing by tonight" or in the passive', 'written-confirmation', [
  "You'll have it all in writing by tonight.",
  'A copy of the updated instructions will be emailed to you for signature.',
  "I'll write it all up and send it to you.",
  "Let me write the changes up for you.",
  "You'll get everything in writing this afternoon.",
  'A summary of the changes will be faxed to you today.',
  "I'm going to write this up and email it across.",
  "You should have it in black and white by Friday.",
], [
  'Can you write that down for me?',
  'Did you get it in writing last time?',
  "The changes will be sent to our agents tonight.",
]);

family('checking the agent\'s own plan or the data on screen is not a check of understanding', 'rephrase', [
  'So the calls stopped on Friday - have I got that right?',
  'Just so I\'m clear, the agent hung up on you?',
  'Let me play that back: your patients got a busy signal from 8 to 10?',
  'Am I right that the pages went to Dr. Lee instead of you?',
  'Your messages came through a day late - is that right?',
  'The operator gave the wrong hours, did I get that right?',
  'Nobody called you back on Tuesday, is that correct?',
  'So your line rang out all weekend - does that sound right?',
], [
  "I'll call you back at 3 - is that right for you?",
  'So I\'ll move the weekend calls to Dr. Kim, does that sound right?',
  "I'll credit the two nights. Does that sound fair?",
  "Let me check I've got the account pulled up correctly.",
  'We can switch you to text delivery, is that right for your office?',
  'Let me make sure I have the spelling of your name right.',
  "I want to make sure we get this fixed today.",
]);

family('questions about the plan, the callback or a choice are not probing for facts', 'probing-question', [
  'When did the calls start going to voicemail?',
  'Which doctor was on call that night?',
  'Who did you speak with when you called?',
  'What number were your patients dialling?',
  'Roughly what time did the page come in?',
  'Which weekend did the schedule come out wrong?',
  'How many calls went unanswered, would you say?',
  'What did the agent tell your patient?',
], [
  'How does that sound?',
  'How would that work for you?',
  "What's the best number to reach you?",
  'Would you like to hold or should I call you back?',
  'Which works better for you, Tuesday or Wednesday?',
  'Can I put you on hold for two minutes?',
]);

family('a hedge on an offer ("we could possibly") is not a soft word about what happened', 'soft-words', [
  'Possibly the page went to the old number.',
  'Perhaps the agent misread the schedule.',
  "It's possible the greeting didn't save.",
  'Maybe the forwarding dropped overnight.',
  'There may have been a mix-up with the rota.',
  'It seems the message went to Dr. Lee by mistake.',
  'Sometimes the carrier delays forwarded calls.',
  'It could have been a misunderstanding about the hours.',
], [
  'We could possibly look at that next week.',
  'I could perhaps send you a copy.',
  'Perhaps you could send us the new schedule by email.',
  'That might take a couple of days.',
  'Is it possible to get your account number?',
  'We might possibly have a slot on Friday.',
]);

family('"sorry" before one more question or an excuse is not empathy', 'empathize', [
  "I'm so sorry you were kept waiting for an answer.",
  "I'm sorry this has been such a headache.",
  'Sorry you had to call us twice about it.',
  "I'm sorry - I can only imagine how worrying that was.",
  'Really sorry about the trouble with your pages.',
  "I'm sorry your patients couldn't get through.",
  "We're sorry this happened on your night off.",
  "I'm sorry, that should never have happened to you.",
], [
  "Sorry, I'm new here.",
  "Sorry, one more thing - what's the best email?",
  'Sorry, quick question - which doctor was on call?',
  'Sorry, could you repeat the last part?',
  'Sorry, let me just pull up your file.',
]);

family('a known cost lever suggested on its own (drop the menu prompt, shorten the greeting)', 'cost-saving', [
  "I'd like to suggest a couple of options: we could remove the menu prompt, or set up text reminders.",
  'We could shorten the menu prompt or send non-urgent messages by text.',
  'One idea would be to drop the hold music recording.',
  'You might consider trimming the greeting to just the practice name.',
  'How about we simplify the menu to a single option?',
  'We could cut the second prompt entirely.',
  'Have you thought about skipping the greeting for returning callers? That could help.',
  "My recommendation would be removing the menu prompt.",
], [
  "I've shortened your greeting as you asked.",
  'The menu prompt was removed last week.',
  'Did someone remove the menu prompt?',
  'We could also shorten the new intake questions for existing clients.',
]);

family('a choice closed with "which suits you better" or a callback "by half past"', 'offer-options', [
  'We could route your overnight calls to Dr. Lee, or page you only for true emergencies - which suits you better?',
  'Texts or emails for the routine messages - which would suit your office best?',
  'We can send the overflow to your cell or to Dr. Park; which works for you better?',
  'I can re-record the greeting or shorten the menu, whichever suits you.',
], [
  'Would you rather hold for two minutes or have me ring you back by half past?',
  'Which number suits you better, your cell or the office?',
]);

family('a callback at "half past" with the hour understood', 'callback-time', [
  'I\'ll ring you back by half past.',
  "Would you rather hold, or have me ring you back by half past?",
  "I'll call you back at half past.",
  "I'll call you back at quarter past.",
], [
  'The page came in at half past.',
  'She was supposed to call you at half past.',
]);

family('a named person with a title in apposition who will call', 'offer-transfer', [
  'Our accounts manager, Mr. Wilson, will call you before 4 today.',
  'My supervisor, Ms. Reed, will ring you this afternoon.',
  'Our billing lead, Dr. Ames, can call you back within the hour.',
  'Our director of customer service, Mrs. Kaur, will contact you today.',
], [
  'Our accounts manager, Mr. Wilson, was off that day.',
  'My supervisor, Ms. Reed, said the same thing.',
]);

family('the full credit refused as "won\'t be refunding", "instead of refunding", "don\'t normally credit"', 'compromise', [
  "We won't be refunding the whole invoice, however we'd be glad to waive the surcharge.",
  'Instead of refunding the month, we could extend your contract by two weeks at no charge.',
  "We don't normally credit for that, but I'll make an exception for the two missed pages.",
  "We're not crediting the entire quarter, but I can take the weekend charges off.",
  'Rather than crediting everything, I could give you a free month of text alerts.',
  "We don't usually refund after-hours fees, but I can waive this one.",
  "We won't be reversing all of it, but I can offer you a partial credit.",
  "I don't typically do credits for that, but I'll make an exception this time.",
], [
  "We won't be refunding the whole invoice.",
  "We don't do credits, and billing isn't something I handle.",
  "We don't normally credit for that.",
]);

family('a saving said as "a big chunk of your minutes", "need us for fewer hours", "knock a fair bit off each month"', 'cost-saving', [
  'Going paperless with the portal would knock a fair bit off each month.',
  "If your staff took calls until 6, you'd need us for fewer hours.",
  'We could drop the appointment-confirmation calls; those are a big chunk of your minutes.',
  'The quickest saving would be to lose the menu prompt.',
  'You could ditch the greeting music entirely.',
  "If we texted routine messages, that would shave a little off every call.",
  'Screening out sales calls could help - they are a good portion of your charges.',
  "Moving reminders to email means you'd need our agents for less time.",
], [
  'Those calls are a big chunk of what we handle for you.',
  'We need operators for fewer hours on Sundays.',
  "I'll knock $20 off your bill this month.",
]);

family('a hand-off offered as "shall I bring her onto the call" or "sure thing, connecting you"', 'offer-transfer', [
  'My manager is available - shall I bring her onto the call?',
  'Sure thing, connecting you to our director now.',
  "Should I bring him on the line?",
  'No problem, transferring you to billing now.',
  'Absolutely, putting you through to my supervisor.',
  "I'll bring her on the line now.",
  'Can I bring them into the call?',
  'One moment, connecting you to our accounts team.',
], [
  "I'm the supervisor on duty tonight.",
  "My manager can't take calls right now.",
  "There's no one else you can speak to.",
  'Should I bring this up with you later?',
]);

family('a follow-up by "a bell" or "a shout" later in the week', 'follow-up', [
  "I'll give you a bell on Friday to see how you're getting on.",
  "I'll give you a shout next week to make sure it's all working.",
  "Let me give you a bell Monday to check the forwarding held.",
  "I'll give you a quick bell on Thursday to see how it went.",
], [
  "Give me a bell if anything goes wrong.",
  "I'll give you a shout when I hear from billing.",
]);

family('the caller\'s side told back, not the consequence inside the service\'s own account', 'acknowledge', [
  'You were stuck on hold for twenty minutes, and that is not okay.',
  "I can see your calls got stuck in the queue this morning.",
  'I understand your patients were kept waiting.',
  "You've had callers getting a busy signal all week.",
  "So your calls got stuck in the backlog on Monday?",
  'I hear you - your messages arrived a day late.',
  "You were left waiting for a callback that never came.",
  "Your patients have been getting voicemail since Friday.",
], [
  'Another client launched a radio campaign without warning us, and your calls got stuck in the backlog.',
  'We were short two agents, and your messages sat for an hour.',
  'The new system crashed, and your calls went to voicemail.',
  'Our operator misread the schedule, and your page went to Dr. Lee.',
]);
