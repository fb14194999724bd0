import './pattern-language.ts';
import type { Detector } from '../detector.ts';
import { setPatternLanguage } from '../prefilter.ts';
import { weNever, excuse, jargon, defensive, condescending, dismissive, hostile, admitFault } from './detectors/faults.ts';
import { vagueTimeframe, holdOrCallback, callbackTime, verifyNumber, followUp } from './detectors/calls.ts';
import { acknowledge, empathize, reassure, useName, rephrase, probingQuestion, research } from './detectors/listening.ts';
import {
  actionStatement,
  softWords,
  politeInterrupt,
  boundary,
  offerTransfer,
  offerOptions,
  summarize,
  writtenConfirmation,
  thank,
  compromise,
  costSaving,
  protectPrivacy,
} from './detectors/resolution.ts';

/**
 * Every rulebook label's Spanish detector, in the rulebook's order. They read
 * the same folded document as the English ones (accents optional, ¿¡ or none)
 * and report reasons in Spanish.
 */
export const ES_DETECTORS: readonly Detector[] = [
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
];

// The pack's patterns are all built; patterns registered later are English unless tagged again.
setPatternLanguage('en');
