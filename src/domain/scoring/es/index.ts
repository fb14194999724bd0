import './pattern-language.ts';
import { detectorsIn, inRulebookOrder, type Detector } from '../detector.ts';
import { setPatternLanguage } from '../prefilter.ts';
import * as faults from './detectors/faults.ts';
import * as calls from './detectors/calls.ts';
import * as listening from './detectors/listening.ts';
import * as resolution from './detectors/resolution.ts';

/**
 * Every rulebook label's Spanish detector, in the rulebook's order. They read
 * the same folded document as the English ones (accents optional, ¿¡ or none)
 * and report reasons in Spanish.
 */
export const ES_DETECTORS: readonly Detector[] = inRulebookOrder(detectorsIn(faults, calls, listening, resolution));

// The pack's patterns are all built; patterns registered later are English unless tagged again.
setPatternLanguage('en');
