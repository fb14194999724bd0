import { describe, expect, it } from 'vitest';
import type { LabelId } from '../../../src/domain/scoring/labels.ts';
import { score } from '../../../src/domain/scoring/scorer.ts';

/**
 * Kinds of phrasing the fault detectors (and admit-fault) missed or over-read
 * on a fresh writer's English batches: British, Australian, Indian and
 * texting registers, and pushback that names no keyword. Each family is
 * written here in other words than the lines that showed it, with
 * near-misses that share its words. One family per block.
 */
function family(name: string, label: LabelId, yes: readonly string[], no: readonly string[]): void {
  describe(`${label}: ${name}`, () => {
    it.each(yes)('finds it in %j', (text) => {
      expect(score({ text }).labels).toContain(label);
    });
    if (no.length > 0) {
      it.each(no)('does not find it in %j', (text) => {
        expect(score({ text }).labels).not.toContain(label);
      });
    }
  });
}

family(
  "standing on the record: \"our logs show it went out\", \"I'm just telling you what the system says\"",
  'defensive',
  [
    "Well, our records show the message went out at 9:02.",
    "Our system shows the call was answered on the second ring.",
    "According to our logs, the page was delivered.",
    "I'm just telling you what the system says.",
    "I'm only going by what's on my screen.",
    "I can only go by what the records say.",
    "That's what the instructions on file say.",
    "It says right here that you asked for that.",
    "The message was delivered at 2:14, it's right here.",
    "Mate, I've got the recording right here and that is not what you told the operator.",
    "The recording says otherwise.",
    "That's your side of the story.",
    "The message was delivered, end of story.",
  ],
  [
    "Let me check what our records show for that night.",
    "I'll pull the logs to see whether the page was delivered.",
    "Our records show the message went to the wrong number, and I'm sorry.",
    "Our records show the call came in at 9:02, so it sat for an hour - that's on us.",
    "Our system shows your account is set to page Dr. Lee first; would you like to change that?",
    "According to our records, your contract renews in March.",
    "Fair enough - it's right here. Our operator paged you from an outdated list. That was our mistake.",
  ],
);

family(
  "standing on procedure or the caller's own instructions",
  'defensive',
  [
    "Ma'am, the service just follows the instructions you gave us.",
    "We followed procedure.",
    "Our agent followed protocol exactly.",
    "The operator did everything by the book.",
    "We went by the instructions you gave us.",
    "We only did what your office told us.",
    "Your instructions said to page Dr. Lee.",
    "The instructions you gave us clearly say to call the main line.",
    "We did everything we could.",
    "we did our best",
    "Sir, the roster you emailed had Dr. Shah on.",
  ],
  [
    "We followed up with your office this morning.",
    "I've followed your instructions and updated the account.",
    "Your instructions say to page Dr. Lee - would you like me to change that?",
    "We did everything we could to reach Dr. Cole, and I'm sorry it wasn't enough.",
    "I'll do everything I can to sort this out.",
    "Our operators are trained to page the on-call doctor first.",
    "Our operators are trained on your account before every shift.",
  ],
);

family(
  "putting it on the caller: their job, their setup, their end, their carrier",
  'defensive',
  [
    "It's your job to update us.",
    "It's up to you to keep your schedule current.",
    "It's up to your office to tell us.",
    "You're supposed to let us know.",
    "Well, you're the one who asked for that setup.",
    "ur the one who gave us the wrong number",
    "You asked for it that way.",
    "That's how you set it up.",
    "That would be on your end, not ours.",
    "That's a problem with your phone, not our service.",
    "Honestly, it sounds like a problem on your side.",
    "wasn't us, it was your phone company",
    "The forwarding only works if you switch it on, and that wasn't done on your end.",
    "That's between you and the phone company.",
    "Kindly check at your end before blaming us.",
    "If your phones had been forwarding properly that wouldn't have happened.",
    "The holds would be fine if your clients didn't all ring at 9 on the dot.",
  ],
  [
    "It's your call - hold or callback?",
    "It's up to you whether we page or call.",
    "I understand you're the one who has to deal with the patients.",
    "You're the only one who can approve this change.",
    "Could you check your voicemail for a message from us?",
    "It might help to check your phone's forwarding settings.",
  ],
);

family(
  "nobody told us, how could we know",
  'defensive',
  [
    "nobody told us about the new schedule",
    "We weren't informed of the change.",
    "How were we supposed to know?",
    "How were we supposed to know you changed the number?",
    "How would we have known?",
    "We can't read minds.",
    "We're not mind readers.",
    "We don't have a crystal ball.",
    "You were told about the fee when you signed up.",
    "You agreed to those terms.",
  ],
  [
    "I'm sorry nobody told you about the change.",
    "Nobody told you about the change, and that's on us.",
    "You were told the wrong fee, and I'm sorry about that.",
    "You agreed to the plan last month, so I'll make sure it's applied.",
  ],
);

family(
  "pushing back: \"in our defence\", \"actually, we did\", \"I assure you\", \"she says she told you\"",
  'defensive',
  [
    "In our defense, the number you gave us was disconnected.",
    "To be fair to our operator, she did try twice.",
    "Well, actually, the message was sent.",
    "Actually, we did call you.",
    "But we did call you - twice.",
    "Technically, the message was delivered on time.",
    "I assure you, the message was delivered.",
    "I can assure you our agent was polite.",
    "Our operator said she gave you the message.",
    "She says she told you.",
    "Our operator insists she read it back to you.",
    "I listened to the recording and the agent was perfectly polite.",
    "We tried calling you three times.",
    "Our agent tried to reach you, but your voicemail was full.",
    "With respect, Dr. Nolan, you changed your schedule three times last month.",
  ],
  [
    "We did send the message late, and that's our fault.",
    "Yes, we did get your fax this morning.",
    "I assure you I'll call you back by 3 today.",
    "I can assure you we're going to fix this today.",
    "To be fair, you've been more than patient.",
    "Actually, I can fix that right now.",
    "Actually, we can waive that fee.",
    "Technically I can't credit it, but I can waive next month's fee.",
    "For the record, I'm noting everything you've told me.",
  ],
);

family(
  "doubting the caller's account in other words",
  'defensive',
  [
    "I don't think that's what happened.",
    "I'm sure you believe you called it in, but there's no record because it didn't happen.",
    "Nope, didn't happen.",
    "Nah, that wouldn't have been us.",
    "That couldn't have been one of our operators.",
    "I think you may be remembering it wrong.",
    "You're remembering it wrong - the call came on Wednesday.",
    "you sure you gave us the right cell number? cos we dialled the one on file",
    "We dialled the number on file.",
    "So I'm not sure what you're describing.",
    "Our girls never put anyone on hold for ten minutes, so that doesn't sound right to me.",
    "We have no record of you calling.",
    "The call went through fine on our end.",
    "Everything checks out on our side.",
    "Are you calling my operator a liar?",
    "Don't accuse my staff of lying.",
  ],
  [
    "I don't think that's fair to you either, and I'm going to fix it.",
    "I don't see a record of that call yet; let me check the other logs.",
    "Did the operator read the message back to you?",
    "That doesn't sound right - let me look into your bill.",
  ],
);

family(
  "minimising: \"only the one message\", \"over nothing\", \"nobody else has complained\"",
  'defensive',
  [
    "It wasn't even that late.",
    "Ten minutes isn't that long.",
    "It was barely ten minutes.",
    "It was just the one message, though.",
    "You're getting yourself worked up over nothing.",
    "You want to switch providers over one late message?",
    "Oh, I'm SO sorry we ruined your whole life with one late page.",
    "Nobody else has complained.",
    "No one else has had this problem.",
    "None of our other clients have complained.",
    "You're the only one who's had an issue.",
    "Relax, but you're the only client who has trouble with this.",
    "Mistakes are bound to creep in.",
    "Our operators are highly trained professionals.",
    "I've been doing this for fifteen years, I know how it works.",
    "That's not fair to our staff.",
    "You're not being fair.",
    "Let's be reasonable here.",
  ],
  [
    "It isn't that complicated to change - I can do it now.",
    "The fix isn't that long, about five minutes.",
    "Nobody else should ever have to go through this.",
    "That's not fair to you, and I'm sorry.",
    "I'm sorry about the one missed message.",
  ],
);

family(
  "staff off sick, new, on break or tied up, in British and texting wording",
  'excuse',
  [
    "We had two girls call in sick Saturday so the phones were a bit of a mess.",
    "we had three operators ring in sick",
    "half the team phoned in sick on Monday",
    "we had 3 people out with covid that week so yeah holds were long",
    "sry abt that, new girl was on nights and didnt know the protocol",
    "new guy on the overnight didn't know your account",
    "The agent on nights is new and didn't know the protocol.",
    "the lad on the desk was new",
    "She didn't know the procedure yet.",
    "he's still getting the hang of it",
    "she's still finding her feet",
    "He's only been here two weeks.",
    "The temp didn't know the system.",
    "That week we had the new hires on the phones, so a few things slipped through.",
    "he'd popped out for a smoke",
    "She'd just gone on her break when your call came in.",
    "Our overnight lead was on her break when your call came in.",
    "The night girl had to leave early.",
    "The girl on overnight had a family emergency and left early, so we were short.",
    "Your usual agent was on holiday.",
    "All our operators were on other calls.",
    "Every agent was tied up.",
    "Everyone was on calls so nobody could get to yours.",
    "She was on the line with a suicidal caller.",
  ],
  [
    "I'm sorry your receptionist called in sick and you had no cover.",
    "Your new receptionist may not know the forwarding steps yet.",
    "The new girl at your front desk gave us the number.",
    "Were your staff out sick that day?",
    "I've briefed the new agent on your account.",
    "We had a new operator shadow your account manager so she learns your instructions.",
    "I'll find out whether the agent was new.",
  ],
);

family(
  "thin staffing, chaos, outages and other clients told as the reason",
  'excuse',
  [
    "We're short a couple of people this week.",
    "We've been short this week.",
    "Staffing's been tight.",
    "We lost two agents last month and haven't replaced them.",
    "We're still hiring to fill the night shift.",
    "It's been hard to find good staff.",
    "we've only got so many people on a Friday",
    "The phones were a bit of a mess.",
    "It's been mental here today.",
    "it was manic this morning",
    "Saturday was a total nightmare for us.",
    "half the night team had swapped shifts, so it was a bit chaotic",
    "the board was lit up all night",
    "We had a massive queue all morning.",
    "the lines were choked from 7 to 9",
    "It came in right at shift change.",
    "The system crashed overnight.",
    "Our system was running updates overnight so a few messages got stuck.",
    "We had a power cut in the office.",
    "our phone system had a meltdown",
    "It was a holiday weekend, we always get slammed.",
    "We just took on a big new hospital account.",
    "Another client launched a radio campaign without warning us, and your calls got stuck in the backlog.",
    "The client's TV ad aired without any notice to us, hence the lines were choked.",
  ],
  [
    "We're hiring more agents so this won't happen again.",
    "I've added two more operators to the night shift.",
    "Let me check whether the system was down that night.",
    "It might be that the call came in during the changeover.",
    "I can remove the charges for the two nights the line was down.",
    "Our new system will let you see every message.",
    "I'm going to check whether the power cut on Elm Street knocked out your call forwarding.",
  ],
);

family(
  "taunts, sarcasm and dares in new words",
  'hostile',
  [
    "Cool, cool. Shout a bit louder, maybe that'll fix your phones.",
    "Yelling louder won't make the page go faster.",
    "Do you talk to everyone like this or am I just lucky?",
    "do u speak to everyone like that",
    "If you're gonna scream, I'm just gonna stick you on hold till you're done.",
    "I'll leave you on hold until you're calm.",
    "Yeah, yeah, you and every other doctor.",
    "Brilliant. Really brilliant. Anything else you'd like to have a go at me about?",
    "Anything else you want to complain about?",
    "if u dont like it go somewhere else lol",
    "If you don't like it, you can leave.",
    "ur welcome to take ur business elsewhere honestly",
    "You're more than welcome to go elsewhere.",
    "Are you seriously yelling at me over a voicemail?",
    "Are you really crying about a two-minute hold?",
    "Honestly, if you're going to be this difficult, maybe we're not the right service for you.",
    "You want to switch providers over one late message? Go for it.",
    "Cancel then, go right ahead.",
  ],
  [
    "I'm so sorry we ruined your anniversary dinner - that was our mistake.",
    "I can hear you fine, there's no need to repeat it louder.",
    "I'll put you on hold until the supervisor is free, about two minutes.",
    "Would you like me to go ahead and cancel the account?",
    "If you don't like the new greeting, I can change it back.",
    "You're welcome to call me directly any time.",
    "Go for it - I'll note the change on your account.",
    "You and every other client on the plan get the same rate.",
    "Really brilliant idea, doctor - let's do that.",
  ],
);

family(
  "claims about other staff titles, with an aside, or about wrong-doctor pages",
  'we-never',
  [
    "Kindly note, madam, our executives never disconnect calls midway.",
    "Our executives never disconnect calls midway. It is simply not done.",
    "We have never, in eleven years, lost a message for this practice.",
    "We've never, in all my time here, had a page go missing.",
    "We don't send pages to the wrong doctor.",
    "Our operators don't put calls through to the wrong line.",
    "our call takers never hang up on anyone",
    "Our associates would never speak to a client that way.",
    "My colleagues never skip the callback.",
  ],
  [
    "I'll make sure we don't send pages to the wrong doctor again.",
    "We never want you to feel ignored.",
    "That is simply not done yet - I'll finish it today.",
    "Our executives will never know unless you tell me.",
    "You'll never be sent to the wrong doctor again.",
  ],
);

family(
  "owning it in slang or by the act: \"we stuffed that one up\", \"closed it without sending it\", \"that was us\"",
  'admit-fault',
  [
    "Our operator closed your message without sending it.",
    "The agent filed your page without reading it.",
    "we deleted the voicemail without passing it on",
    "Our agent told your caller the office was closed when it wasn't - that was wrong of us.",
    "That was careless of our operator.",
    "That was us - the operator paged Dr. Kerr.",
    "Yeah, that was us.",
    "fair enough, we stuffed that one up.",
    "We botched your schedule change.",
    "Our night team made a hash of it.",
    "message shoulda gone straight to you",
    "Your page should have gone to Dr. Bose.",
  ],
  [
    "I don't see how that's our fault.",
    "I fail to see how that's our fault.",
    "I don't think it was us.",
    "Was it us?",
    "If the message should have gone to Dr. Bose, I'll fix it.",
    "Your office closed without telling us.",
    "Your calls should have reached you, and I'm going to find out why they didn't.",
  ],
);

family(
  "no time in other words: \"revert\", a team that will \"let you know\", \"can't say when\", a fortnight",
  'vague-timeframe',
  [
    "Our tech team will check it and revert by end of next week.",
    "We'll check the line and revert soon.",
    "We'll have the engineers take a look and let you know.",
    "I'll have the techs go over the settings and get back to you.",
    "We'll get the team to review it and call you back.",
    "I'll pass it to my manager and she'll get back to you.",
    "I've flagged it for Tom and he'll be in touch.",
    "I'll make sure it gets sorted, I just can't say exactly when.",
    "We'll fix it, but I can't promise you when.",
    "These things usually get sorted within a fortnight.",
    "It'll be sorted in a fortnight or so.",
    "It'll take our tech team three to five business days to look at the line.",
    "It will take the carrier a few weeks to move the number.",
  ],
  [
    "I'll ring you back before half past five.",
    "You'll get a call from me inside of forty minutes.",
    "I'll call you at quarter to four with an update.",
    "I can waive the after-hours fee on your next bill.",
    "I can credit half of this month.",
    "Ma'am, I need you to stop yelling at me. If you can't, I'll have to disconnect and call you back.",
  ],
);

family(
  "shrugging it off: \"a billing thing, I can't touch it\", \"no point going over it\", \"dunno what to tell ya\"",
  'dismissive',
  [
    "That's a billing thing, I can't touch it.",
    "that's an accounts issue, we don't deal with that",
    "It's a tech matter - I can't handle it.",
    "I can't touch your invoice.",
    "There's no point going over it again.",
    "There's not much point discussing it.",
    "theres no point arguing about this",
    "I'm not sure what else you want me to say.",
    "I'm not sure what you'd like me to do.",
    "mate i dunno what to tell ya",
    "I don't know what else to tell you.",
  ],
  [
    "That's a billing question, so I'll bring in our billing manager now.",
    "I can't touch the account myself, but I'll have Linda call you by 3.",
    "Let me know if there's any point I should go over again.",
  ],
);

family(
  "explaining \"slowly\" or calling it \"quite simple\"",
  'condescending',
  [
    "Sir, if you'd just let me explain slowly, you'll see it's actually quite simple.",
    "Let me go over it slowly.",
    "I'll explain again really slowly.",
    "Okay, let's try this again, nice and slowly.",
    "Nice and slow, doctor.",
    "It's actually quite simple.",
    "it's quite easy really",
    "Let's go through it one more time, nice and slow.",
  ],
  [
    "I'll look into it when things quiet down and let you know.",
    "Once the phones quiet down, I'll call you.",
    "The fix is quite simple to set up for you - shall I do it now?",
  ],
);

family(
  "patch charges named as such",
  'jargon',
  [
    "Most of those charges are patch fees.",
    "We could skip the live patching.",
    "The patching charges add up.",
    "Your patch minutes went up this month.",
  ],
  [
    "We had a rough patch last month.",
    "We could take messages instead of connecting every call.",
  ],
);
