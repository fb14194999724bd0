import { describe, expect, it } from 'vitest';
import { score } from '../../../src/domain/scoring/scorer.ts';

// Rulebook examples first, then our own phrasings: paraphrases, informal typing, and near-misses.
const LABEL = 'jargon';

const present: string[] = [
  "Your DID was mis-routed in the ACD.",
  "I'll update your mastercard.",
  "The IVR should have sent that caller to option 2.",
  "I checked the PBX and your extensions look fine.",
  "Looks like the SIP trunk dropped around midnight.",
  "The ANI on the call shows a blocked number.",
  "Our DNIS table had your line under the wrong client.",
  "your voip line was down for maybe an hour",
  "i'll patch you through to the on call nurse now",
  "We patched the caller straight through to Dr. Lee.",
  "I've updated the call paths for your after-hours lines.",
  "Let me pull up your master card and check the instructions.",
  "The agent didn't follow the master card for your account.",
  "Your AHT went up last month, so the bill went up.",
  "I'll have the TAS team look at it.",
  "Our ivr menu was misconfigured for your account",
  "The call path for emergencies goes to the on-call doctor first.",
  "Your DIDs were ported over on Monday.",
  "I’ll get the calls patched over to your cell tonight.",
  "Each DID on your account points to a different greeting.",
  "The mastercard says to page Dr. Kim after 10 p.m.",
  "Our pbx rebooted overnight and the acd queue backed up.",
  "I'm going to patch them into the conference line.",
  "the callpath was wrong so nobody got paged",
  "I'll make a note on the Master Card so the overnight agents see it.",
  "Your calls hit the ACD and rolled to overflow.",
  "Your calls were stuck in the IVR loop.",
  "I reset the ACD queue for your line.",
  "The DNIS didn't match, so the agent saw the wrong greeting.",
  "We'll patch the overflow calls through to Dr. Kim's cell.",
  "I looked at your master card - it still lists Dr. Smith.",
  "It's a VoIP issue on the carrier side.",
  "The SIP provider had an outage last night.",
  "Our average handle time on your account is up 20 seconds.",
  "Your AHT is why the bill went up.",
  "I'm fixing the call paths now so emergencies route to the nurse.",
  "I understand - you wanted the calls patched to you only in emergencies.",
  "Your calls go through our IVR before they reach an operator.",
  "I transferred your calls to the PBX at your office.",
  "We'll route you to the right call path.",
  // Unseen-writer phrasings (recall pass): listed misses first, then the same kinds in other styles.
  "I'm gonna patch the nurse in now.",
  "i'll get you patched thru",
  "Our IVR's greeting is outdated.",
  "Your AHT is what drives the bill.",
  "the acd queued your callers for six minutes",
  "Per the master-card, we page the on-call doctor.",
  "ANI showed a private number.",
  "We'll reprogram the PBX tonight.",
  "Dr. Patel, I updated your callpaths this morning.",
  "Your VOIP provider had an outage.",
  "i patched them thru to the on call doc",
  "Each of the dids on your account goes to its own greeting.",
  "The SIP registration failed overnight.",
  "Patching you through now, Mrs. Jones.",
  "We'll patch your line over to the hospital.",
  "The calls got patched to your cell all night.",
  "I'm sorry about the wait. The hunt group skipped your extension, so I'll fix it now.",
  "let me patch Dr. Lee in",
  // Fresh-writer pass (other styles: scripted, British/Australian, terse, lowercase, long turns, answering-service context).
  "I can see the call was patched to the wrong extension on our end.",
  "So basically the DNIS came in blank and the operator didn't know whose line it was.",
  "Mr. Evans, our IVR flagged your number as a duplicate.",
  "hang on ill patch u thru to dr lee",
  "Regrettably, the ACD distribution failed to route your overflow traffic during the storm.",
  "Your average handle time has gone up, which is why the invoice is higher.",
  "The call path on your account still had the old cover doctor on it.",
  "Let me check the mastercard — it says page for emergencies only.",
  "Right, the PBX at our end had a bit of a wobble overnight.",
  "I'll get the techs to reprogram the DID tonight.",
  "I'm so sorry. I'll look at the call paths, and I'll update your master card so this doesn't happen again.",
  "The calls rolled over to the TAS overnight.",
  "It looks like your ANI was suppressed so we couldn't see the caller's number.",
  "I've checked and your SIP trunk is registering fine now.",
  "We'll get your VoIP lines re-pointed to the new office.",
  "the acd had everyone queued up for ages sorry",
  "Our AHT target is ninety seconds so the agent may have rushed.",
  "I'm going to patch the hospital operator in on this call.",
  "Sorry, the callpaths on your account were out of date.",
  "I've amended your mastercard so the after-hours pages go to Dr. Kim.",
  "Your DIDs are forwarding correctly again.",
  "Mate, the IVR was sending everyone to option 3, that's why.",
  "I see your account's master card lists the old pager number.",
  "The agent patched the call through to your home line instead of your mobile.",
  "We can change the call path so billing calls go to voicemail.",
  "Our ACD's overflow rule kicked in.",
  "the ivr didnt pick up ur new hours",
  "I'll just patch it through to the on-call.",
  "Sorry, our TAS was down for about an hour.",
];

const absent: string[] = [
  "I'll update the instructions on your account.",
  "The card on file is a MasterCard ending in 4421.",
  "We accept Visa and MasterCard.",
  "Would you like the refund to go back to your Mastercard?",
  "I can charge the balance to your MasterCard if you prefer.",
  "I did call you back this morning, and I'm sorry you missed it.",
  "We DID receive the message, and I'm checking why it wasn't sent.",
  "I'll connect you to the on-call nurse now.",
  "We've had a rough patch with the new phone system, and I'm sorry.",
  "It sounds like you've been through a rough patch this week.",
  "I'll forward your calls to your cell tonight.",
  "Let me check the path your calls took through our system.",
  "Take a sip of water if you need to; I'm not going anywhere.",
  "did the caller leave a number?",
  "What did the agent say when you called?",
  "I'm going to patch things up with the billing team and call you by 3.",
  "I'll update the instructions our agents follow for your account.",
  "Is the Mastercard ending in 0099 still the one you want billed?",
  "Please hold while I connect you to billing.",
  "Did you get the message we left at 3?",
  "Your Master Card payment was declined, so the account shows a balance.",
  "Our phone system had an outage last night.",
  "I'll transfer you to the on-call nurse now.",
  "I'll make a note on your account so the overnight agents see it.",
  "What did she tell you when you called?",
  "I'll put you through to Mr. Wilson.",
  "Let me know when I can call you back.",
  "I'll send you the written summary by email.",
  // Unseen-writer phrasings (recall pass): near-misses that must stay negative.
  "Your office did call us, and I'm sorry.",
  "That did the trick.",
  "We went through a rough patch with the phones.",
  "I'll connect you to the nurse now.",
  "We'll patch the gaps in the schedule today.",
  "I know your did everything right.",
  "The software patch went in last night, so the greeting is fixed.",
  // Fresh-writer pass (other styles: scripted, British/Australian, terse, lowercase, long turns, answering-service context).
  "I'll update the instructions on your account.",
  "I'll connect you with the on-call nurse now.",
  "The phone system at our end had a fault overnight.",
  "I've put a patch of text in the notes, sorry, I mean I've added a note.",
  "I'll pass the message along to Dr. Lee.",
  "Please pay with your Mastercard or Visa if that's easier.",
  "Your bill went up because calls took longer on average.",
  "Is this the best path forward for you?",
  "Let me forward your calls to your mobile tonight.",
  "I'll put you through to billing right away.",
  "I'll patch the schedule in the system tonight.",
  "I'll put you through to the on-call doctor.",
  "We did send it, I can see it in the log.",
  "That's been a rough patch for your office, I understand.",
];

const evidence: Array<[string, string]> = [
  ["Mrs. Jones, I've fixed the ACD routing on your line.", "ACD"],
  ["I'll patch you through to the nurse.", "patch you through"],
  ["I've updated your mastercard so agents page you first.", "mastercard"],
];

describe(`${LABEL} detector`, () => {
  it.each(present)('finds jargon in %j', (text) => {
    expect(score({ text }).labels).toContain(LABEL);
  });

  it.each(absent)('does not find jargon in %j', (text) => {
    expect(score({ text }).labels).not.toContain(LABEL);
  });

  it.each(evidence)('points at the phrase in %j', (text, phrase) => {
    const spans = score({ text }).evidence.filter((e) => e.label === LABEL).map((e) => text.slice(e.start, e.end));
    expect(spans.some((s) => s.includes(phrase))).toBe(true);
  });

  it.each(present.slice(0, 5))('still finds jargon with a caller name in context: %j', (text) => {
    expect(score({ text, callerName: 'Mrs. Jones' }).labels).toContain(LABEL);
  });

  it('gives a specific reason, not a placeholder', () => {
    const ev = score({ text: present[0]! }).evidence.find((e) => e.label === LABEL);
    expect(ev?.reason).toBeTruthy();
    expect(ev?.reason).not.toBe('TODO');
  });
});
