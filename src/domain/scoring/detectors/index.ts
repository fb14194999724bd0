import { inRulebookOrder, type Detector } from '../detector.ts';
import { weNever } from './we-never.ts';
import { excuse } from './excuse.ts';
import { jargon } from './jargon.ts';
import { defensive } from './defensive.ts';
import { condescending } from './condescending.ts';
import { dismissive } from './dismissive.ts';
import { hostile } from './hostile.ts';
import { vagueTimeframe } from './vague-timeframe.ts';
import { admitFault } from './admit-fault.ts';
import { acknowledge } from './acknowledge.ts';
import { empathize } from './empathize.ts';
import { reassure } from './reassure.ts';
import { useName } from './use-name.ts';
import { rephrase } from './rephrase.ts';
import { probingQuestion } from './probing-question.ts';
import { research } from './research.ts';
import { holdOrCallback } from './hold-or-callback.ts';
import { callbackTime } from './callback-time.ts';
import { verifyNumber } from './verify-number.ts';
import { actionStatement } from './action-statement.ts';
import { softWords } from './soft-words.ts';
import { politeInterrupt } from './polite-interrupt.ts';
import { boundary } from './boundary.ts';
import { offerTransfer } from './offer-transfer.ts';
import { offerOptions } from './offer-options.ts';
import { summarize } from './summarize.ts';
import { writtenConfirmation } from './written-confirmation.ts';
import { thank } from './thank.ts';
import { followUp } from './follow-up.ts';
import { compromise } from './compromise.ts';
import { costSaving } from './cost-saving.ts';
import { protectPrivacy } from './protect-privacy.ts';

/** Every rulebook label's detector, in the rulebook's order. */
export const DETECTORS: readonly Detector[] = inRulebookOrder([
  weNever,
  excuse,
  jargon,
  defensive,
  condescending,
  dismissive,
  hostile,
  vagueTimeframe,
  admitFault,
  acknowledge,
  empathize,
  reassure,
  useName,
  rephrase,
  probingQuestion,
  research,
  holdOrCallback,
  callbackTime,
  verifyNumber,
  actionStatement,
  softWords,
  politeInterrupt,
  boundary,
  offerTransfer,
  offerOptions,
  summarize,
  writtenConfirmation,
  thank,
  followUp,
  compromise,
  costSaving,
  protectPrivacy,
]);
