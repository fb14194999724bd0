/**
 * Registers the Spanish pack as a side effect, for Node entry points (the
 * scoring command, benches, scenario checks, tests) that always need it. The
 * browser loads it on demand through `loadScorerLanguage('es')` instead.
 */
import { registerLanguage } from '../languages.ts';
import { ES_DETECTORS } from './index.ts';

registerLanguage('es', ES_DETECTORS);
