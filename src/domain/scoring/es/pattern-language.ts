/**
 * Imported first by the Spanish pack: its patterns are tagged Spanish, so the
 * prefilter scans Spanish text for them and English text not at all. The pack
 * sets the tag back when it has loaded (es/index.ts).
 */
import { setPatternLanguage } from '../prefilter.ts';

setPatternLanguage('es');
