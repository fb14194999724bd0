import { describe, expect, it } from 'vitest';
import { isScorerLanguageLoaded, loadScorerLanguage } from '../../../../src/domain/scoring/load-language.ts';
import { score } from '../../../../src/domain/scoring/scorer.ts';

// This file must not import the Spanish pack statically: it checks what happens before and after loading it.
describe('loading the Spanish scorer on demand', () => {
  it('reads Spanish with the Spanish rules only once the pack is loaded, and says so', async () => {
    expect(isScorerLanguageLoaded('en')).toBe(true);
    expect(isScorerLanguageLoaded('es')).toBe(false);
    const before = score({ text: 'Eso nunca pasa aquí.', lang: 'es' });
    expect(before.labels).not.toContain('we-never');

    const first = loadScorerLanguage('es');
    const second = loadScorerLanguage('es');
    await Promise.all([first, second]);
    expect(isScorerLanguageLoaded('es')).toBe(true);

    const after = score({ text: 'Eso nunca pasa aquí.', lang: 'es' });
    expect(after.labels).toEqual(['we-never']);
    expect(after.evidence[0]!.reason).toMatch(/nunca pasa/);
    // English text keeps its English reasons.
    expect(score({ text: 'That never happens here.' }).evidence[0]!.reason).toMatch(/never happens/);
    await expect(loadScorerLanguage('es')).resolves.toBeUndefined();
  });
});
