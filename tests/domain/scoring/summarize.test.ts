import { describe, expect, it } from 'vitest';
import { score } from '../../../src/domain/scoring/scorer.ts';

const labels = (text: string) => score({ text }).labels as string[];
const has = (text: string) => labels(text).includes('summarize');

describe('summarize', () => {
  it.each([
    // rulebook
    "To recap: I've changed your on-call contact to Dr. Smith starting tonight, and I'll call you Friday by noon to confirm.",
    // own phrasings
    'ok so just to sum up, ive moved your lunch coverage to 11:45 and ill email u the new instructions',
    "Before we hang up, let me go over what we agreed: urgent calls will go to your cell and I'll fax you the changes today.",
    "Here's the plan we agreed on: I've put a note on your account, and I'll call you by 4 today.",
    "Let's review before we hang up. I've updated your holiday schedule, and I'll fax it to you this afternoon.",
    "Here's where we landed: I've moved your coverage to start at 11:45, and I'll check in next Wednesday.",
    'So, to go over it once more: your urgent calls now go to the nurse first, and I’ll call you Thursday.',
    'To summarize, the overnight team will page you only for emergencies starting tonight.',
    "Just to review the changes: I've removed the menu prompt and I'll send you the new script.",
    "Let me recap what we've done today: I've corrected your fax number and flagged your account.",
    "In summary, I've switched your after-hours calls to Dr. Feld and I'll call you Monday morning.",
    "Here's what we've agreed: texts for routine messages, pages for emergencies, starting tomorrow.",
    'quick recap - i changed ur greeting and ill call u friday by noon',
    "Let me run through everything we changed: your weekend rotation is now Dr. Kim, and I'll email you a copy.",
    "To wrap up, I've updated your hours and I'll follow up with you Friday.",
    "Let me read back the changes: calls will go to Dr. Lee after 6, and I'll confirm by email today.",
    "To sum it all up, we've changed your delivery to text, and I'll call you tomorrow at 10 to make sure it works.",
    "So here's what's going to happen: I'll update your schedule tonight and call you tomorrow at 9.",
    "Just to confirm what we've agreed: I'll waive this month's fee, and your new hours start Monday.",
    "Let me go over everything one more time: I've added Dr. Kim as backup, and I'll check back on Friday.",
    "Recapping: I've reset your forwarding, and I will call you at 2.",
    "To recap what we agreed: I've switched your after-hours calls to Dr. Feld starting tonight, emergencies will get a page plus a text.",
    'Let me summarize: your calls will go to the nurse line starting tonight, and I’ll email you the details.',
    "Okay, to wrap things up: we'll page you first from now on, and I'll call you Thursday.",
    "Here's what I've done: I've corrected the on-call list and briefed the evening shift.",
    // more of our own phrasings
    "So here's where we are: I've updated your holiday hours, and I'll call you Monday at 10 to make sure it's right.",
    "Just to go over everything one last time - we're now paging Dr. Kim first, and you'll get a fax of the new schedule for your signature.",
    "Okay, let me recap what happens next: tonight's agents will page Dr. Lee first, I'll email you the updated instructions, and I'll call you Thursday.",
    "Before you go, a quick summary of today: your lunch coverage now starts at 11:45 and I'll follow up next week.",
    "Alright, let me recap for you: the greeting's been changed, the backup doctor is in place, and I'll phone you Friday.",
    "Summing up: new schedule starts Monday, texts for routine messages, and a signed copy back to us by Wednesday.",
    "Let me go back over what we've set up so we're on the same page: the new greeting goes live tonight and I'll email you the script.",
    "To review what was decided: your urgent calls will go to Dr. Lee starting tomorrow.",
    // fresh writer: other styles (formal, terse, rambling, lowercase, British/Australian, answering-service)
    "To confirm what we've agreed today: your calls will go to Dr. Lee from tonight, and I'll phone you Friday to check it's working.",
    "ok so recap - new number on the account and ill call u tmrw at 10",
    "Quick recap: forwarding fixed, note added, call back at 4.",
    "Right then, Mrs. Jones, before I let you go, let me run through everything: I've changed your weekend contact to Dr. Patel, I've waived this month's after-hours fee, and I'll email you the new instructions this afternoon.",
    "so just to go over it again, ive taken the old pager off and ill ring u monday",
    "So that's all sorted: texts for routine messages and pages only for emergencies, starting tonight.",
    "Let me just summarise: I've updated your greeting and you'll get the new script by fax today.",
    "Before you go, here's what we've done: your forwarding is fixed and I'll check on it Thursday.",
    "To wrap up, I've corrected your billing address and applied the credit we discussed.",
    "Just to make sure we're on the same page: from tomorrow, calls after 6 go to the nurse line, and I'll call you Monday by noon.",
    "Let me go back over the changes we made: the on-call list now has Dr. Okafor on weekends, and your pager number is corrected.",
    "In short, I've fixed the routing and I'll follow up with you on Friday.",
    "So, to sum it all up, we've switched you to text delivery and I'll send you the paperwork.",
    "Okay, so recapping: your account is flagged, the team is briefed, and I'm calling you back by three.",
    "Here's a quick summary of today: the holiday schedule is updated, and I'll fax it to you for signing.",
    "Dr. Lee, just to recap what we've set up - emergency calls will page you, everything else goes to email, starting tonight.",
    "Let me read back the changes I've made: new fax number, new holiday hours, and the late fee removed.",
    "To pull it all together: I've removed the menu prompt, cut the greeting, and I'll call you next Tuesday to see how the bill looks.",
    "Alright, so to recap our call, I've changed your on-call doctor and I'll email you confirmation.",
    "Just to run through what happens next: tonight's agents page Dr. Patel, and I'll check in with you on Thursday.",
    "so to summarise the changes, the forwarding is back on and the late fee is gone",
    "To confirm everything we discussed: we'll page you only for emergencies and I'll send you the updated instructions to sign.",
    "Let me recap for you: I've reset your forwarding, and our supervisor will call you by 5.",
    "So, all together: new on-call schedule from tonight, credit on your next invoice, and a follow-up call from me Friday.",
    "In summary then, your calls now go to the Elm Street office, and I'll confirm by email.",
  ])('yes: %s', (text) => {
    expect(has(text)).toBe(true);
  });

  it.each([
    // judgement call 1: restating the problem is rephrase, not a recap of commitments
    'Let me make sure I have this right: your calls went to voicemail all morning?',
    'So just to confirm: your holiday sheet was faxed on Wednesday, but we still called Dr. Howe on Thursday. Have I got that right?',
    'Is that a fair summary?',
    // own near-misses
    'Let me review the call logs from last night.',
    "I'll email you a summary of these changes to sign.",
    "I'm going to go over the recording and call you back by 3.",
    "I've updated your schedule.",
    "I'll call you Friday by noon.",
    'Let me go over your account history before I say anything.',
    'Can you sum up what happened for me?',
    'Did I get all of that?',
    "Let's review the reports from this morning together.",
    "I'll review the hold-time reports and call you back within the hour.",
    'Thanks for your patience, let me go over the message log now.',
    'Here is the number for our billing office.',
    'The summary you got last month was wrong, and I am sorry.',
    'I will recap this for my supervisor.',
    'Let me walk through the setup steps with you.',
    'To review your bill, I need your account number.',
    "So if I understand correctly, you weren't on call that night?",
    'Here is what happened: our agent paged the wrong doctor.',
    'We can review your plan if you like.',
    'Let me recap your complaint: the calls went unanswered this morning. Is that right?',
    "I'll go over it with the agent this afternoon.",
    'Hello, this is Dana from Apex Answering.',
    // more of our own phrasings
    "Let me review the notes from your last call.",
    "I'll summarize your complaint for my supervisor.",
    // fresh writer: other styles (formal, terse, rambling, lowercase, British/Australian, answering-service)
    "Let me make sure I have this right: the agent paged you at 2 a.m.?",
    "So if I understand correctly, your calls weren't forwarded last night?",
    "Is that a fair summary of what happened?",
    "Can you summarize what happened last night?",
    "I'll send you a summary of your call activity.",
    "I've updated your forwarding.",
    "In summary, our records show three calls last night.",
    "Let me read back your number: 555-0134.",
    "So you're saying the doctor never got the page?",
    "I'll review the summary reports for last week.",
  ])('no: %s', (text) => {
    expect(has(text)).toBe(false);
  });

  it('judgement call 8: a recap also carries what it contains', () => {
    const text =
      "To recap: I've changed your on-call contact to Dr. Smith starting tonight, and I'll email you the new instructions to sign.";
    const got = labels(text);
    expect(got).toContain('summarize');
    expect(got).toContain('action-statement');
    expect(got).toContain('written-confirmation');
  });

  it('judgement call 8: a credit already agreed, repeated in a recap, is action-statement not compromise', () => {
    const got = labels("To recap: I've applied the $50 credit we agreed on, and I'll call you Friday.");
    expect(got).toContain('summarize');
    expect(got).toContain('action-statement');
    expect(got).not.toContain('compromise');
  });

  it('points at the recap opener', () => {
    const text = "Thank you, Ms. Carter. Here's where we landed: I've moved your lunch coverage to 11:45.";
    const ev = score({ text }).evidence.filter((e) => e.label === 'summarize');
    expect(ev.length).toBeGreaterThan(0);
    expect(text.slice(ev[0]!.start, ev[0]!.end)).toContain("Here's where we landed");
  });
});
