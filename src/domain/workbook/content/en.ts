import type { DeskCard, Workbook } from '../types.ts';

// Quoted from the customer's workbook (shared/seeds/000), Parts I-IV, in its
// order; only obvious typos are fixed ("good impress ion you", "we go too many",
// "Where there", "is this example", "then to find", "handle it the situation").

const caution =
  'Some resolutions offered in the video may not be how your office handles them and these solutions can vary case by case. This is a good time to get clarification on what your office policies will allow or not allow as far as issuing credits, sending gifts, assuming blame etc.';

/** The English workbook. */
export const workbookEn: Workbook = {
  lang: 'en',
  title: 'Handling client complaints: workbook',
  preface: caution,
  parts: [
    {
      id: 'part-1',
      title: 'Part I',
      sections: [
        {
          id: 'account-information',
          title: 'Account information',
          scenarioIds: [],
          labels: [],
          content: [
            { type: 'note', text: 'Your End Goal: Have your customer leave every interaction feeling positive about the experience and confident of a resolution.' },
            { type: 'paragraph', text: 'As shown in the video, keeping account information accurate and concise will help reduce agent errors and therefore reduce client complaints.' },
            {
              type: 'task',
              task: {
                id: 't01',
                heading: 'Think about your office and how client notifications and changes are handled.',
                prompts: [
                  { id: 't01.1', text: 'What can you do to make sure your information is current?' },
                  { id: 't01.2', text: 'What procedures do you have in place to ensure your agents inform you of account changes when needed?' },
                  { id: 't01.3', text: 'What would you do if a client asked you to make changes that would not be feasible?' },
                  { id: 't01.4', text: 'Can you think of a time when you were aware of changed information that you just didn’t get done that affected the call handling and resulted in a client complaint?' },
                ],
              },
            },
            { type: 'note', text: 'Reminder! Supervisors should make notes of problems on accounts and get them fixed as soon as possible. Also, when speaking to clients always try to get more info about their business to help agents sound more knowledgeable and confident.' },
            { type: 'paragraph', text: 'When programming accounts with a lot of information it is helpful to use bullet points for fast reference listing what page more detailed information can be found.' },
            { type: 'paragraph', text: 'Clients want to make one call to solve all issues.' },
          ],
        },
        {
          id: 'six-reminders',
          title: 'Important reminders when handling client complaints',
          scenarioIds: ['irma', 'bob', 'anniversary-doctor'],
          labels: ['acknowledge', 'empathize', 'reassure', 'use-name', 'research', 'admit-fault', 'callback-time'],
          deskCardId: 'six-reminders',
          content: [
            { type: 'paragraph', text: 'We recommend you post these six reminders at your desk so you will be able to refer to them when handling an irate or upset client.' },
            {
              type: 'numbered',
              items: [
                'Listen to caller',
                'Hear what caller is telling you',
                'Acknowledge their problem and be sure to empathize - use their name when speaking to them.',
                'Advise the caller you will research issue - do not admit fault until all facts are in.',
                { text: 'Allow yourself enough time to research issue - specify with client when you will return call.', sub: ['Asking for time allows client an opportunity to calm down.'] },
                'Remain calm and businesslike - ignore emotion.',
              ],
            },
          ],
        },
        {
          id: 'probing-questions',
          title: 'Probing questions',
          scenarioIds: ['irma', 'hal'],
          labels: ['probing-question'],
          content: [
            { type: 'paragraph', text: 'When the client, an attorney, called in to complain about long hold times, the supervisor in the video asked probing questions.' },
            { type: 'paragraph', text: 'Probing questions are directly related to the answers provided by the customer - one issue at a time.' },
            { type: 'paragraph', text: 'Probing questions allow the client to clarify or add to their previous response.' },
            { type: 'paragraph', text: 'Video example shows the supervisor viewing reports that help her to ask the appropriate questions to get to the bottom of his complaint.' },
            {
              type: 'task',
              task: {
                id: 't02',
                heading: 'What reports would you run to handle:',
                prompts: [
                  { id: 't02.1', text: 'A long hold complaint?' },
                  { id: 't02.2', text: 'A long ring complaint?' },
                  { id: 't02.3', text: 'A call that was dispatched incorrectly or not dispatched when it should have been?' },
                  { id: 't02.4', text: 'A rude operator complaint on a call taken sometime between 9a-12p that morning?' },
                ],
              },
            },
          ],
        },
        {
          id: 'active-listening',
          title: 'Active listening',
          scenarioIds: ['irma'],
          labels: ['rephrase', 'polite-interrupt', 'dismissive'],
          content: [
            { type: 'bullets', items: ['Listen', 'Hear', 'Acknowledge their problem*', 'Rephrase their problem to ensure that they know you understand their issue.', 'Ask for time to research the issue'] },
            { type: 'note', text: '*Your client wants to feel secure that you understand their problem.' },
            {
              type: 'task',
              task: {
                id: 't03',
                heading: 'Think back to a complaint that you handled that did not go well. What might you do differently now that you have watched the video?',
                prompts: [{ id: 't03.1' }, { id: 't03.2', text: 'What do you think the outcome would have been using some of these techniques?' }],
              },
            },
          ],
        },
        {
          id: 'resolutions-and-hold',
          title: 'Resolutions and the hold procedure',
          scenarioIds: ['hal', 'high-bill'],
          labels: ['offer-options', 'hold-or-callback', 'vague-timeframe'],
          content: [
            { type: 'heading', text: 'Resolutions' },
            { type: 'paragraph', text: 'Offer options, choices, and/or recommendations on how to fix or make their service better. By offering choices you make the client feel like they have some control.' },
            { type: 'paragraph', text: 'Offer to have a company representative review their account information to avoid future problems.' },
            { type: 'heading', text: 'Proper procedure if you must place an upset client on hold' },
            { type: 'paragraph', text: 'When placing an upset client on hold ALWAYS be sure to offer them choices. Offer to place them on hold for _X_ minutes or offer to call them back in a specified time frame. If you are unable to finish your research in the agreed amount of time, get back on the line to let them know you are still working on it and see if they would like to continue to hold.' },
            { type: 'heading', text: 'Helpful suggestions' },
            {
              type: 'numbered',
              items: [
                'Letting client be part of the discussion makes them feel in control.',
                'Help client weigh the pros and cons of your suggestions.',
                'Let client know they are special/important to you.',
                'Create loyalty by using their name during your discussion.',
                'Offer to email, fax or mail the completed resolution and ask them to sign it is correct so all are in agreement.',
                'Give realistic timeframes for resolution. (1 business day should be the maximum amount of time to make the client wait. Try to resolve the issue within one to two hours for best client relationships.)',
                'Call client back when you say you will even if you don’t have the answers yet - to let them know you are still doing research.',
                'Empathize about their time if you leave them on hold or if you can’t take their call as soon as possible.',
              ],
            },
          ],
        },
        {
          id: 'tone-and-words',
          title: 'Silence, promises and tone of voice',
          scenarioIds: ['bob', 'hal'],
          labels: ['jargon', 'condescending', 'we-never', 'soft-words', 'hostile'],
          content: [
            { type: 'heading', text: 'Using SILENCE as a tool' },
            { type: 'paragraph', text: 'Silence can be a powerful tool that often times calms an angry client.' },
            { type: 'heading', text: 'Keeping promises' },
            { type: 'paragraph', text: 'If you make a commitment - do it! If you delegate, follow up and make sure it has been done.' },
            { type: 'paragraph', text: 'Convey your commitment.' },
            { type: 'paragraph', text: 'Match your tone of voice to your clients. Tone of voice and words convey your message and attitude.' },
            {
              type: 'task',
              task: {
                id: 't04',
                heading: 'Think of a time when you took a complaint when you were distracted or perhaps you did not agree with the client from the outset.',
                prompts: [
                  { id: 't04.1', text: 'Did you have an attitude in your voice?' },
                  { id: 't04.2', text: 'Had you already made up your mind that the client was wrong so you would have to convince him to see things your way?' },
                  { id: 't04.3', text: 'Did you forget to LISTEN to what he / she was saying?' },
                  { id: 't04.4', text: 'How did the complaint end? Did the client just give up or did they quit the service?' },
                  { id: 't04.5', text: 'Do you believe the client got the resolution he was looking for when he called you?' },
                ],
              },
            },
            { type: 'note', text: 'Reminder: Speak their language - not ours. Don’t use acronyms such as mastercard, DID number, VOIP, ACD, etc. Never sound condescending.' },
            { type: 'note', text: 'Never ever say, “We never…” Using this verbiage puts the client on the defense. Use soft words such as: Perhaps, sometimes, occasionally, unlikely, misunderstanding, etc.' },
          ],
        },
        {
          id: 'escalating',
          title: 'Escalating the complaint',
          scenarioIds: ['hal', 'high-bill'],
          labels: ['offer-transfer'],
          content: [
            { type: 'paragraph', text: 'Sometimes it helps to involve another person in your office when necessary - not necessarily the boss.' },
            {
              type: 'task',
              task: {
                id: 't05',
                heading: 'Can you recall a complaint you handled that required you to hand it off to another department or person?',
                prompts: [
                  { id: 't05.1' },
                  { id: 't05.2', text: 'Sometimes callers want a credit or some sort of compensation when an error we make costs them a loss. Do you recall taking such a call? If so, what did you offer them?' },
                ],
              },
            },
            { type: 'paragraph', text: 'If you are not given the authority to issue credits or other compensation or if the complaint is about delayed emails or something beyond your expertise it is helpful to get another person in the office involved. Some examples:' },
            { type: 'bullets', items: ['The Billing Department', 'The Customer Service Manager', 'The Operations Manager', 'Technical Department'] },
            { type: 'paragraph', text: 'If you feel the customer is not getting a resolution with your explanations transferring a call to another person (after fully explaining the situation) may help the customer see things from another perspective.' },
          ],
        },
        {
          id: 'above-and-beyond',
          title: 'Above and beyond',
          scenarioIds: ['anniversary-doctor', 'high-bill'],
          labels: ['summarize', 'written-confirmation', 'thank'],
          content: [
            {
              type: 'numbered',
              items: [
                'When speaking with clients ALWAYS review what you have said. Summarize any and all commitments and changes you have made to make sure you each understand each other clearly. GET IT IN WRITING. Send a sign off or some form they can read and agree that these changes are what was discussed and make sure you get the signed form back for your files. Many times personnel will change at our client offices and managers often will ask who authorized the change. You need something in your files to back you up.',
                'It is helpful to send a letter or an email thanking them for the opportunity to improve their service and again reviewing what was decided.',
              ],
            },
            {
              type: 'task',
              task: {
                id: 't06',
                heading: 'Can you recall a time when your client told you that you were very helpful and thanked for doing an awesome job in getting their issue resolved?',
                prompts: [{ id: 't06.1' }, { id: 't06.2', text: 'What do you think you did in this instance that made the difference?' }],
              },
            },
          ],
        },
      ],
    },
    {
      id: 'part-2',
      title: 'Part II',
      sections: [
        {
          id: 'office-at-fault',
          title: 'What do you do when you know your office is at fault?',
          scenarioIds: ['anniversary-doctor'],
          labels: ['admit-fault'],
          content: [
            { type: 'paragraph', text: 'Many times client complaints can be construed as a favor to you. It is easier for them to correct any issues they are having with you than to find a new service.' },
            { type: 'paragraph', text: 'Remember, other clients who never bother to call could be experiencing the same general complaints. *See the resources at the end of this workbook for a link to an article on this subject.' },
            { type: 'paragraph', text: 'When a client calls to complain you should be open and honest but do not accept full responsibility until you have thoroughly researched the issue. Many times it is clearly the fault of the Answering Service without much research. Perhaps a call was not relayed, held too long, delivered to the wrong person and other such issues that are very clear to you as you are speaking to the client.' },
            {
              type: 'task',
              task: {
                id: 't07',
                heading: 'What do you do in this situation? Do you readily admit guilt or how do you handle this scenario?',
                note: 'Remember the call example of the doctor celebrating her 1st anniversary and being called by the answering service when she was not on call?',
                prompts: [
                  { id: 't07.1' },
                  { id: 't07.2', text: 'Would you tell her you would research the issue and call her back or noticing right away what happened would you try to handle the call right then? What did the supervisor in the video do?' },
                  { id: 't07.3', text: 'What if the doctor calling in was not as nice as this doctor? Would you have handled the call differently?' },
                ],
              },
            },
          ],
        },
        {
          id: 'action-statements',
          title: 'Escalating to a manager: action statements',
          scenarioIds: ['anniversary-doctor', 'high-bill'],
          labels: ['action-statement'],
          content: [
            { type: 'paragraph', text: 'When the answering service makes a BIG mistake that results in a loss of revenue or will cost our clients money, these are times when you must make a very lasting impression on your commitment to correct the situation and to put your “money where your mouth is”.' },
            { type: 'paragraph', text: 'Be specific to the issue at hand. Make sure you include it when speaking to your client (Example: we accidentally awakened you, we didn’t notify you of the cancellation and it caused you to drive so far ...etc.)' },
            { type: 'paragraph', text: 'Once you determine you are at fault it is a great idea to include an ‘action statement’ when apologizing to your client.' },
            {
              type: 'task',
              task: {
                id: 't08',
                heading: 'List three action statements below that you now know and can use when handling complaints.',
                prompts: [
                  { id: 't08.1', text: '1)' },
                  { id: 't08.2', text: '2)' },
                  { id: 't08.3', text: '3)' },
                ],
              },
            },
            { type: 'paragraph', text: 'Maybe you already use action statements when taking complaint calls.' },
            {
              type: 'task',
              task: {
                id: 't09',
                heading: 'Below, describe a complaint you recently handled using action statements (listing which action statements you used).',
                prompts: [{ id: 't09.1' }, { id: 't09.2', text: 'How did the client respond to you?' }],
              },
            },
          ],
        },
        {
          id: 'never-defensive',
          title: 'Never become defensive!',
          scenarioIds: ['bob', 'irma'],
          labels: ['defensive', 'verify-number'],
          content: [
            { type: 'paragraph', text: 'Some upset clients will use vulgar language, scream, threaten and more. Do not allow them to bring you to that level. Many times they are just blowing off steam.' },
            { type: 'paragraph', text: 'Offer to research, set up a specific call back time and verify to what # you should call them back.' },
            { type: 'paragraph', text: 'Make sure you follow through as promised.' },
          ],
        },
        {
          id: 'no-excuses',
          title: 'Do not make excuses',
          scenarioIds: ['anniversary-doctor', 'bob'],
          labels: ['excuse'],
          deskCardId: 'no-excuses',
          content: [
            { type: 'paragraph', text: 'DO NOT MAKE EXCUSES - Making excuses is a normal self defense mechanism that is inappropriate for handling an irate caller. Below are just a few:' },
            {
              type: 'bullets',
              items: [
                'We were swamped with calls',
                'We had agents call out for their shift',
                'A client ran a commercial without our knowledge and we got too many calls at once',
                'This agent is new and didn’t know better',
                'The dispatcher was on break and missed this page out',
              ],
            },
            {
              type: 'task',
              task: {
                id: 't10',
                heading: 'Think of a complaint you have handled in the past where you found yourself making excuses for errors.',
                prompts: [
                  { id: 't10.1', text: 'How well did those excuses go over with your client?' },
                  { id: 't10.2', text: 'What would you do differently now?' },
                ],
              },
            },
          ],
        },
        {
          id: 'angry-rude',
          title: 'Angry, rude complaint review',
          scenarioIds: ['bob'],
          labels: ['boundary'],
          content: [
            {
              type: 'bullets',
              items: [
                'Refocus client to original thought by using statements such as “I can see that you are angry”',
                'Never respond in anger and do not react to unprofessional behavior',
                'Ask for more time than you may need to research the issue, thereby giving the client time to calm down',
              ],
            },
            { type: 'paragraph', text: 'No one should have to listen to vulgar language and personal threats.' },
            {
              type: 'task',
              task: {
                id: 't11',
                heading: 'Recall a time when you have had a swearing, angry client on the line.',
                prompts: [
                  { id: 't11.1', text: 'Did you hang up on him?' },
                  { id: 't11.2', text: 'Did you get him calmed down enough to let you help?' },
                  { id: 't11.3', text: 'Did you resort to screaming back at him?' },
                ],
              },
            },
          ],
        },
      ],
    },
    {
      id: 'part-3',
      title: 'Part III',
      sections: [
        {
          id: 'customer-is-important',
          title: 'The customer is important',
          scenarioIds: ['hal'],
          labels: [],
          content: [
            { type: 'paragraph', text: 'The customer isn’t always right. However, the customer should always be treated as if they are important – because they are.' },
            { type: 'paragraph', text: 'Clients deserve to have your full effort, even when the request is unreasonable.' },
            {
              type: 'task',
              task: {
                id: 't12',
                heading: 'Think of a situation where a customer asked you to lie.',
                prompts: [
                  { id: 't12.1', text: 'How did you respond?' },
                  { id: 't12.2', text: 'How did you resolve the issue?' },
                  { id: 't12.3', text: 'Did this customer come away from the situation with a good impression of you?' },
                ],
              },
            },
          ],
        },
        {
          id: 'benefit-of-the-doubt',
          title: 'Giving the client the benefit of the doubt',
          scenarioIds: ['irma'],
          labels: [],
          content: [
            { type: 'paragraph', text: 'Giving the client the benefit of the doubt can avoid alienating the client. In our example the client was just sure she had called the on call information to the service, yet the supervisor was able to find no record of the call.' },
            {
              type: 'task',
              task: {
                id: 't13',
                heading: 'Think of a similar situation that you have handled.',
                prompts: [
                  { id: 't13.1', text: 'Can you think of any other tools you would have used to research the customer’s claim?' },
                  { id: 't13.2', text: 'What solutions would you have offered to the client in this situation?' },
                ],
              },
            },
            { type: 'note', text: 'Remember: It is important to find ways to prevent the re-occurrence of a problem that the customer experiences.' },
          ],
        },
        {
          id: 'no-answer-complaints',
          title: '“No answer” complaints and call forwarding',
          scenarioIds: [],
          labels: [],
          content: [
            { type: 'paragraph', text: 'A good working knowledge of call forwarding procedures can be important when dealing with a “no answer” complaint. That knowledge, combined with a review of the customer service history of that account, helped this supervisor explain to the client why their phone wasn’t being answered.' },
            { type: 'task', task: { id: 't14', heading: 'If this is a frequent occurrence in your center, what can you do to reduce the number of times this happens?', prompts: [{ id: 't14.1' }] } },
            { type: 'note', text: 'Remember: It is important to document all customer concerns and problems.' },
            { type: 'task', task: { id: 't15', heading: 'In your call center, where would the person who talked to Betsy at the veterinary clinic have made a notation about her having trouble forwarding the phones?', prompts: [{ id: 't15.1' }] } },
          ],
        },
        {
          id: 'busy-signals',
          title: 'Busy signals, long holds and service failures',
          scenarioIds: [],
          labels: ['jargon'],
          content: [
            { type: 'paragraph', text: 'There are many reasons that a client or caller might receive a busy signal. In the examples presented here: unannounced commercials, another client having problem that caused a lot of call traffic, restrictions in the number of simultaneous calls (paths), bad weather and shutting the system down, were causes of the busy signals.' },
            { type: 'paragraph', text: 'It is important that all staff be trained on how to handle questions regarding occurrences such as busy signals, long holds, not answering and other situations that a customer might consider a service failure.' },
            { type: 'task', task: { id: 't16', heading: 'Describe a time when an agent’s poor explanation of the problem caused more problems.', prompts: [{ id: 't16.1' }] } },
            { type: 'task', task: { id: 't17', heading: 'Describe the preparations you would make in advance of shutting the system down to do the software upgrade described in the example.', prompts: [{ id: 't17.1' }] } },
          ],
        },
        {
          id: 'technical-issues',
          title: 'Technical issues and callers’ claims',
          scenarioIds: [],
          labels: [],
          content: [
            { type: 'paragraph', text: 'Technical issues involving faxing problems can be hard to solve, and may require more assistance than you can provide. This may include your equipment vendor and someone other than a supervisor.' },
            { type: 'task', task: { id: 't18', heading: 'Who in your office would handle a customer fax problem?', prompts: [{ id: 't18.1' }] } },
            { type: 'paragraph', text: 'There are times that the client is reporting a problem one of their callers claims to have experienced; such as a call screening announcement did not transfer to an agent. Without a first hand account of what the caller experienced exactly, more research may be required.' },
            { type: 'task', task: { id: 't19', heading: 'What features of your system would you use to determine if the person did call, as they claimed to your client?', prompts: [{ id: 't19.1' }] } },
          ],
        },
        {
          id: 'high-bill',
          title: '“High bill” complaints',
          scenarioIds: ['high-bill'],
          labels: ['cost-saving'],
          deskCardId: 'high-bill-checklist',
          content: [
            { type: 'paragraph', text: 'A customer’s complaint about the price of their service can present itself in many ways. If a customer is angry, a time out may help you calm the customer enough to resolve the underlying problem. In the examples presented here, the supervisor clearly explained the service the client was using, how payments are applied, explained the value of the service and even offered some suggestions on reducing the cost.' },
            { type: 'paragraph', text: 'Keep this checklist handy for use when investigating “high bill” complaints (we recommend you post these at your desk).' },
            {
              type: 'numbered',
              items: [
                'Review message counts and customer statements.',
                'Look at the ratio of calls to messages.',
                'Review the messages for: excessive delivery attempts, incorrect on call information.',
                'Were there client issues that caused a higher than normal amount of calls?',
                'Did the weather influence this client’s call volume?',
                'Did the client have planned (holidays, events) or unplanned closures (secretary out sick, phone problems in the office) that caused them to use your service more than normal?',
                'Were there issues inside the call center such as equipment, phone line, or staffing problems?',
                { text: 'Can you restructure the account and lower the billing by using new features and technology?', sub: ['Eliminating prompts would reduce agent call time', 'Automation can reduce the workload on agents'] },
                { text: 'Send the client a list of proven ways to lower their call center bill which could include these suggestions', sub: ['Shorter answering machine/cell phone greetings can reduce agent time when they are waiting to leave a message.', 'Checking for messages without pen and paper.'] },
              ],
            },
            { type: 'note', text: 'Tip: Your agents know why clients’ bills are high. Talk to the people who answer the calls. You will get the answer to many of the questions on your checklist this way.' },
            { type: 'paragraph', text: 'When a client has been making price comparisons with a friend or acquaintance using another service, it is important to compare more than just price when they talk to you about this. The supervisor in this example reminded the client of the ease of solving a problem, which reminded the client that problems were indeed infrequent. She mentioned the awards and accreditation the call center and staff had achieved, and did offer alternatives to the service the customer was currently using.' },
            { type: 'paragraph', text: 'A client may not tell you directly that they are concerned about the cost of their service. They may feel something is wrong, but don’t know how to approach the issue.' },
            { type: 'paragraph', text: 'Repeated calls of “not understanding” the bill can often mean the client wants to lower their bill to save money, but has no idea of how.' },
          ],
        },
        {
          id: 'credits',
          title: 'Credits, compromise and substitution',
          scenarioIds: ['high-bill', 'anniversary-doctor'],
          labels: ['compromise'],
          content: [
            { type: 'paragraph', text: 'We talked earlier about issuing credits in the cases of errors, and not all companies will do so. In the example presented here, the answering service followed the instructions but the client still wanted a credit for the lost business. Offer to compromise, or offer a substitution instead of a credit if you are not able to offer one.' },
            { type: 'task', task: { id: 't20', heading: 'What do you offer a client when they want a credit on their bill?', prompts: [{ id: 't20.1' }] } },
          ],
        },
        {
          id: 'follow-up',
          title: 'Follow up',
          scenarioIds: ['high-bill', 'anniversary-doctor'],
          labels: ['follow-up'],
          content: [
            { type: 'paragraph', text: 'Follow up is important anytime a client has called you with a concern. Make a follow-up call within a few days. During this call you want to find out their perception of their experience with you and determine if they are satisfied.' },
            { type: 'paragraph', text: 'Regular contact with the call center customers will help to develop a relationship. Everyone likes to do business with people they know and like.' },
            { type: 'task', task: { id: 't21', heading: 'How often does your company contact customers just to check in? What is the process?', prompts: [{ id: 't21.1' }] } },
          ],
        },
      ],
    },
    {
      id: 'part-4',
      title: 'Part IV',
      sections: [
        {
          id: 'hipaa',
          title: 'Privacy and HIPAA',
          scenarioIds: [],
          labels: [],
          content: [
            { type: 'paragraph', text: 'The situations profiled in this section contain some worst-case scenarios. Dealing with privacy issues, disasters, and other serious situations.' },
            { type: 'note', text: `IMPORTANT: ${caution}` },
            { type: 'paragraph', text: 'The Health Insurance Portability and Accountability Act of 1996 (HIPAA) brought greater awareness of the responsibilities of maintaining confidentiality when handling the client’s information as it pertains to patient health information. While all information you have access to in the performance of your job, you personally can face fines and other penalties for violating this law.' },
            { type: 'task', task: { id: 't22', heading: 'Review your call center’s HIPAA training program.', prompts: [{ id: 't22.1' }] } },
            { type: 'paragraph', text: 'Should you receive a call from a customer that you suspect may involve a HIPAA violation you should escalate this situation to your supervisor. Generally speaking, any time you transfer a client to another person on your call center staff, you should give that person the details of the situation so that the client does not have to repeat the request.' },
          ],
        },
        {
          id: 'privacy-release',
          title: 'When it’s not the client who wants information',
          scenarioIds: [],
          labels: ['protect-privacy'],
          content: [
            { type: 'paragraph', text: 'Client information can only be released with the client’s permission or under court order by subpoena. This is true:' },
            {
              type: 'bullets',
              items: [
                'When an attorney is calling on behalf of your client’s customer',
                'If your client has written a bad check, and that person is asking for information',
                'When the news media is calling in response to reports of a client accident or other serious problem',
                'When anyone but an authorized person within the client’s own organization calls for information',
              ],
            },
            { type: 'paragraph', text: 'In a situation where your client has experienced an accident or other crisis, only release information that they have specifically authorized you to repeat. If someone calls and you have no information, it may be appropriate to contact the client for instructions.' },
            {
              type: 'task',
              task: {
                id: 't23',
                heading: 'Think of a situation in your call center where a client had a serious emergency.',
                prompts: [
                  { id: 't23.1', text: 'How did you handle the situation with your staff?' },
                  { id: 't23.2', text: 'How did you prepare your agents to handle any media questions?' },
                ],
              },
            },
          ],
        },
        {
          id: 'serious-situations',
          title: 'Injury, loss and threats',
          scenarioIds: [],
          labels: [],
          content: [
            { type: 'paragraph', text: 'Should a situation arise where it appears that the call center may have been responsible for an injury or loss, you should remain calm, be empathetic with the customer, acknowledge the seriousness of the issue and refer this situation to your superior for handling.' },
            { type: 'paragraph', text: 'Threats made to the company, your client or a person need to be taken seriously. Report these to your superior immediately so that a decision can be made as to whether to notify the authorities.' },
            { type: 'note', text: 'Important: Your most important job is to reinforce the training your agents receive. While another person, or department may handle training, as a supervisor you must provide support and guidance to new agents during the several months it may take them to feel comfortable in the new job. Encourage them to ask you for help, when they are uncertain what to say in an unusual situation.' },
            { type: 'paragraph', text: 'While ongoing training is vital, oversight is also important. There are many training and oversight tools available from the call center associations, Association of TeleServices International (ATSI) and the Canadian Call Management Association (CAM-X). In addition to the national associations, your company may belong to a regional or equipment specific association who also provide educational materials to its members.' },
          ],
        },
        {
          id: 'conclusion',
          title: 'Conclusion',
          scenarioIds: [],
          labels: [],
          content: [
            { type: 'paragraph', text: 'When an error does occur, being prepared to handle the situation is another opportunity to demonstrate to the client his importance to you. Clients often leave, not because of a mistake unless it is repeated, but because they feel that no one cares.' },
            { type: 'paragraph', text: 'In addition to regular phone and mail contact, personal visits are another way to let customers know they are valued.' },
            {
              type: 'task',
              task: {
                id: 't24',
                heading: 'Who is responsible for customer service in your organization?',
                prompts: [{ id: 't24.1' }],
                reveal: { question: 'Did you get the answer right?', answer: 'Who is responsible for customer service in your organization? It’s YOU!' },
              },
            },
            { type: 'heading', text: 'Other resources' },
            {
              type: 'bullets',
              items: [
                '“The Importance of Reducing and Resolving Customer Conflict” article: www.beldingskills.com/Images/resolution-importance.pdf',
                'Association of TeleServices International (ATSI): www.atsi.org',
                'Canadian Call Management Association (CAM-X): www.camx.ca',
              ],
            },
          ],
        },
      ],
    },
  ],
};

/** The English desk cards: what the workbook and the A.E.R. guide say to keep in sight. */
export const deskCardsEn: DeskCard[] = [
  {
    id: 'six-reminders',
    title: 'Six reminders for handling complaints',
    sectionId: 'six-reminders',
    items: [
      { text: 'Listen to caller' },
      { text: 'Hear what caller is telling you' },
      { text: 'Acknowledge their problem and empathize - use their name' },
      { text: 'Advise you will research the issue - do not admit fault until all facts are in' },
      { text: 'Allow enough time to research - tell the client when you will call back', sub: ['Asking for time lets the client calm down'] },
      { text: 'Remain calm and businesslike - ignore emotion' },
    ],
  },
  {
    id: 'high-bill-checklist',
    title: '“High bill” checklist',
    sectionId: 'high-bill',
    items: [
      { text: 'Review message counts and customer statements.' },
      { text: 'Look at the ratio of calls to messages.' },
      { text: 'Review the messages for excessive delivery attempts and incorrect on call information.' },
      { text: 'Were there client issues that caused more calls than normal?' },
      { text: 'Did the weather influence this client’s call volume?' },
      { text: 'Planned (holidays, events) or unplanned closures (secretary out sick, phone problems)?' },
      { text: 'Issues inside the call center: equipment, phone line, staffing?' },
      { text: 'Restructure the account with new features and technology?', sub: ['Eliminate prompts to reduce agent call time', 'Automation reduces agent workload'] },
      { text: 'Send the client proven ways to lower their bill', sub: ['Shorter greetings', 'Checking messages without pen and paper'] },
    ],
  },
  {
    id: 'aer',
    title: 'A.E.R. - early and often',
    intro: 'Use it at the start of the call, as soon as the customer has expressed dissatisfaction or concern. Once may not be enough.',
    sectionId: 'six-reminders',
    items: [
      { title: 'Acknowledge', text: 'Summarize what the customer is calling about and repeat it back. Take notes of the key issues.' },
      { title: 'Empathize', text: 'How would you feel if this happened to you or your loved one?' },
      { title: 'Reassure', text: 'Say that you will handle and resolve the issue: show ownership.' },
    ],
  },
  {
    id: 'no-excuses',
    title: 'Excuses never to make',
    intro: 'Making excuses is a normal self-defense mechanism, and wrong with an irate caller.',
    sectionId: 'no-excuses',
    items: [
      { text: '“We were swamped with calls”' },
      { text: '“We had agents call out for their shift”' },
      { text: '“A client ran a commercial and we got too many calls at once”' },
      { text: '“This agent is new and didn’t know better”' },
      { text: '“The dispatcher was on break and missed this page”' },
    ],
  },
];
