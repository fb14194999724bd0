import { describe, expect, it } from 'vitest';
import '../../../../src/domain/scoring/es/register.ts';
import { ES_DETECTORS } from '../../../../src/domain/scoring/es/index.ts';
import { scoreJsonLines } from '../../../../src/domain/scoring/jsonl.ts';
import { LABELS } from '../../../../src/domain/scoring/labels.ts';
import { score } from '../../../../src/domain/scoring/scorer.ts';

describe('the Spanish pack', () => {
  it('has one detector per rulebook label, in rulebook order, each with a Spanish reason', () => {
    expect(ES_DETECTORS.map((d) => d.label)).toEqual([...LABELS]);
    for (const d of ES_DETECTORS) {
      expect(d.reasons.es?.default.length, d.label).toBeGreaterThan(30);
      for (const reason of Object.values(d.reasons.es ?? {})) expect(reason, d.label).not.toMatch(/\b(?:the|you|your|caller)\b/);
    }
  });

  it('reads text typed with or without accents, ñ and ¿¡ the same way', () => {
    const pairs: Array<[string, string]> = [
      ['¿Prefiere esperar en la línea o que le devuelva la llamada en media hora?', 'prefiere esperar en la linea o que le devuelva la llamada en media hora'],
      ['Disculpe que lo interrumpa, señor: ¿a qué hora llamó?', 'disculpe que lo interrumpa senor a que hora llamo?'],
      ['Estábamos con mucho volumen de llamadas.', 'estabamos con mucho volumen de llamadas'],
      ['Lamento muchísimo lo que pasó; déjeme revisar qué ocurrió.', 'lamento muchisimo lo que paso, dejeme revisar que ocurrio'],
      ['¡Ya corregí su número de guardia!', 'ya corregi su numero de guardia'],
    ];
    for (const [accented, plain] of pairs) {
      const a = score({ text: accented, lang: 'es' }).labels;
      expect(a.length, accented).toBeGreaterThan(0);
      expect(score({ text: plain, lang: 'es' }).labels, plain).toEqual(a);
    }
  });

  it('reports evidence as spans of what the trainee typed, ñ and accents included', () => {
    const text = 'Señora Núñez, mañana no: nosotros nunca perdemos mensajes.';
    const ev = score({ text, lang: 'es' }).evidence.find((e) => e.label === 'we-never')!;
    expect(text.slice(ev.start, ev.end)).toBe('nosotros nunca perdemos mensajes');
  });

  it('never throws and stays bounded on empty, odd or huge input', () => {
    const odd = ['', '   ', '¿¡', '😀😀😀 nunca 😀', 'ñññ ¿¿¿??? ¡¡¡', '\u0000\u0001', 'a'.repeat(5000), 'nunca '.repeat(3000), ('le llamo o espere en la linea ').repeat(600)];
    for (const text of odd) {
      const r = score({ text, lang: 'es', callerName: 'Sra. Vega' });
      for (const e of r.evidence) {
        expect(e.start).toBeGreaterThanOrEqual(0);
        expect(e.end).toBeLessThanOrEqual(text.length);
        expect(e.end).toBeGreaterThan(e.start);
      }
    }
    const big = 'Nosotros nunca perdemos mensajes. Le llamo antes de las 3. '.repeat(1700);
    expect(score({ text: big, lang: 'es' }).labels).toEqual(expect.arrayContaining(['we-never', 'callback-time']));
  });

  it('scores JSON lines in the language each line names', () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'Eso nunca pasa aquí.', lang: 'es' }),
      JSON.stringify({ id: 'b', text: 'That never happens here.' }),
      JSON.stringify({ id: 'c', text: 'Disculpe que la interrumpa, Sra. Vega.', callerName: 'Sra. Vega', lang: 'es' }),
    ].join('\n');
    const { results, problems } = scoreJsonLines(input);
    expect(problems).toEqual([]);
    expect(results.map((r) => r.labels)).toEqual([['we-never'], ['we-never'], ['use-name', 'polite-interrupt']]);
    expect(results[0]!.evidence[0]!.reason).toMatch(/nunca/);
    expect(results[1]!.evidence[0]!.reason).toMatch(/never/);
  });
});
