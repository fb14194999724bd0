import { describe, expect, it } from 'vitest';
import { score } from '../../../src/domain/scoring/scorer.ts';

const has = (text: string, callerName?: string) => score({ text, callerName }).labels.includes('action-statement');

describe('action-statement', () => {
  it.each([
    // rulebook
    "I've corrected your on-call schedule so you won't be called on your days off.",
    "I've added a note to your account and briefed tonight's agents.",
    // judgement call 7
    "I've updated your after-hours instructions.",
    "I'm fixing the forwarding on your line right now.",
    "I'm updating your instructions now.",
    // own phrasings
    'ive updated ur account so calls go to dr lee tonight',
    'I just changed the forwarding number to your cell.',
    "We've retrained the overnight team on your instructions.",
    'im fixing the routing right now',
    'Let me update your on-call list right now.',
    'Your schedule has been corrected.',
    'The problem has been resolved and calls are coming through again.',
    "I've spoken with the agent who took that call and gone over your instructions with her.",
    'I have flagged your account so the night shift sees the change.',
    'Our tech team has reset your line, so callers should reach us again.',
    'I’ve switched your urgent messages to text delivery.',
    "I've taken Dr. Howe off this weekend's rotation.",
    'We’re switching your delivery to text as we speak.',
    "I've applied a $40 credit to this month's invoice, as we agreed.",
    'I already removed the old fax number from your file.',
    "I've reported the dropped pages to our technical team as urgent.",
    "I've posted your new hours at every agent's station.",
    'I have gone ahead and set up a backup contact for your weekend calls.',
    "I'm rewriting the greeting our agents read so it mentions your new address.",
    "I corrected the spelling of your office name on the account.",
    "That's been fixed - your calls are reaching the office again.",
    'Mr. Jensen, I\'ve updated the on-call list for this weekend.',
    "I'm going over the call with the agent this afternoon so it doesn't happen again.",
    "To recap: I've moved your lunch coverage to 11:45, and I'll call you Friday.",
    // judgement call 8: an agreed credit repeated in a recap
    "To recap: I'll waive this month's after-hours fee, and I'll call you Friday by noon.",
    "I've reviewed the call with the agent and coached her on your instructions.",
    'The on-call schedule is now updated for the holidays.',
    // more of our own phrasings
    "Dr. Patel, I've already switched your weekend calls over to Dr. Greene's cell, effective tonight.",
    "The schedule's been fixed, and I walked tonight's agents through the change myself.",
    "i went ahead and took dr howe off the rotation",
    "We reprogrammed your line this morning so it rolls to us after four rings.",
    "I'm calling the phone company right now to get your forwarding turned back on.",
    "I'll be changing your on-call contact as soon as we hang up.",
    "I've made a note on your account so every agent sees your new instructions.",
    "So here's where we are: I've updated your holiday hours, and I'll call you Monday at 10 to make sure it's right.",
    "I've gone through your instructions line by line and rewritten the emergency section so it's clearer for our agents.",
    "I've blocked that number from reaching your line.",
    "Thanks for telling me. I'm adding a backup doctor to your weekend schedule right now.",
    "I've listened to the recording and I've spoken to the operator who took the call.",
    "We've fixed that, ma'am.",
    "I will personally update the account the minute we hang up.",
    "Right, I've sorted that out for you - the forwarding's back on and I've double-checked it with a test call.",
    "I've rung the phone company and they've restored your line.",
    "The agent involved has been spoken to, and your instructions have been re-read to the whole team.",
    "Going forward, all urgent calls will go to your cell first - I've already set that up.",
    "Alright, let me recap for you: the greeting's been changed, the backup doctor is in place, and I'll phone you Friday.",
    "Your account has been flagged for review by the billing department.",
    "We have corrected the issue, and I apologize for the inconvenience.",
    "I've just finished updating your weekend schedule.",
    "I have notified the overnight supervisor and added your new cell to the account.",
    "The supervisor on duty last night has been spoken to about this.",
    // fresh writer: other styles (formal, terse, rambling, lowercase, British/Australian, answering-service)
    "I have now amended the on-call rotation on your account so that Dr. Patel is no longer paged on weekends.",
    "ok ive gone ahead and switched the forwarding back to your main line",
    "Done. Forwarding's fixed.",
    "Right, Mrs. Jones, I understand how upsetting that was. I've just removed your old mobile number from the paging list, so tonight's messages will go to your new one. Is there anything else?",
    "ive fixed the typo in ur doctors pager number so pages will go thru now",
    "I've sorted the rota out, so you won't be rung on your days off any more.",
    "I've flagged your account so every agent sees the new instructions before they take a call.",
    "Dr. Okafor, I've re-sent last night's three messages to your pager just now.",
    "I'm correcting the after-hours greeting as we speak.",
    "We have disabled the automatic forwarding that was sending your calls to the old clinic.",
    "I've put a hold on the late fee while billing reviews the invoice.",
    "im changing ur on call doc to dr smith right now",
    "I'm so sorry about last night, that should never have happened to you. I've gone through your instructions line by line and taken out the step that told agents to page you for routine refills. Going forward, refills will wait until morning.",
    "I've spoken with the overnight supervisor and she's briefed the whole team on your emergency protocol.",
    "Your messages have been re-routed to the nurse line effective immediately.",
    "I've just updated the billing address on your account to the Elm Street office.",
    "I've reversed the duplicate charge on your card.",
    "i just resent the message to dr lee and marked it urgent",
    "I have escalated the missed page to our quality team and removed the operator from your account.",
    "I'm entering the new holiday hours into your account while we talk.",
    "I've cancelled the duplicate pages so you'll only get one per message from now on.",
    "Mr. Harris, I've already corrected your fax number, so the overnight summaries will reach your office from tonight.",
    "The wrong number has been taken off your account and replaced with your cell.",
    "Cheers for bearing with me. I've reset the forwarding on your line, so calls should come straight through now.",
  ])('yes: %s', (text) => {
    expect(has(text)).toBe(true);
  });

  it.each([
    // rulebook
    "We'll do better.",
    "I'm sorry.",
    // judgement call 7
    "I'll take care of this for you today.",
    'I want to help.',
    // own near-misses
    "I'll fix it.",
    "I'm going to make sure this gets fixed.",
    "I've checked the logs and the message went out at 6.",
    "I've pulled the call records for this morning.",
    "Once I've updated your account I'll call you back.",
    'That should have been fixed last week.',
    "I've put you on hold for a minute, sorry about that.",
    "I've made a mistake.",
    'I sent the message to the wrong number.',
    "I've been looking at your account.",
    "I haven't changed anything yet.",
    "I'll update you by 3.",
    "I'm going to pull the call logs.",
    'Let me check whether the forwarding was switched on.',
    "I'm looking into it now.",
    'ill look into it and call u back',
    'Our agent changed your schedule without asking you, and that was wrong.',
    "I'm transferring you to my supervisor now.",
    'Thanks for your patience while I looked into this.',
    "If we've changed anything by mistake, I'll put it back.",
    "I've listened to the recording of the call.",
    "Let me make sure I've got your new hours right.",
    // more of our own phrasings
    "I'm having the night supervisor review every message from your account this week.",
    "Our team should be more careful going forward.",
    "I'll make a note of it.",
    "I'm so sorry, I hear how upsetting this is, and I'll get this fixed for you.",
    "As of right now, your calls are routed to the answering team in Denver.",
    "That was fixed last Tuesday, before your call.",
    "I've never had a complaint like this.",
    "I totally get it, that's maddening. I'm on it.",
    "We'll make sure it doesn't happen again.",
    "I tried to update your account but the system was down.",
    "I would have fixed it sooner if I'd known.",
    "We switched you to the new system last week and that's when the problems started.",
    "The agent updated your file with the wrong number, and that's on us.",
    "Someone on our side changed your forwarding by mistake on Friday.",
    "I've updated myself on your account history, so I know what happened.",
    "I'll correct the on-call list tonight.",
    "I can see where it went wrong: your instructions were never updated after you moved.",
    "I've been asked to call you about the bill.",
    "I put the wrong date in your schedule, and I'm sorry.",
    // fresh writer: other styles (formal, terse, rambling, lowercase, British/Australian, answering-service)
    "We'll do better next time.",
    "I'm so sorry for the trouble last night.",
    "I'll take care of this for you.",
    "I want to help you get this sorted.",
    "Have you updated your forwarding with the phone company?",
    "Did you change your on-call schedule recently?",
    "You updated your schedule last week, is that right?",
    "I can update the forwarding if you'd like, or leave it as is.",
    "Let me know if you'd like me to change anything.",
    "The doctor changed her number last month, didn't she?",
    "I already went through this with you.",
  ])('no: %s', (text) => {
    expect(has(text)).toBe(false);
  });

  it('points at the fix, not the apology', () => {
    const text = "I'm so sorry about that. I've corrected the on-call list so tonight's calls reach Dr. Singh.";
    const ev = score({ text }).evidence.filter((e) => e.label === 'action-statement');
    expect(ev.length).toBeGreaterThan(0);
    expect(text.slice(ev[0]!.start, ev[0]!.end)).toContain("I've corrected the on-call list");
    expect(text.slice(ev[0]!.start, ev[0]!.end)).not.toContain('sorry');
  });
});
