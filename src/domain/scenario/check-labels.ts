import { score as scoreText } from '../scoring/scorer.ts';
import type { Lang, ScoreInput, ScoreResult } from '../scoring/types.ts';
import type { Finding } from './analyze.ts';
import type { Scenario } from './schema.ts';

/**
 * Proves the content obeys the rulebook: each authored response's declared
 * labels must equal what the scorer finds in its text, with the caller's name
 * as context, so choices and typed answers branch the same way. A
 * translation is checked the same way: its words, scored in its language,
 * must carry the labels the English file declares.
 */
export function checkDeclaredLabels(scenario: Scenario, scorer: (input: ScoreInput) => ScoreResult = scoreText, lang: Lang = 'en'): Finding[] {
  const who = lang === 'en' ? 'scorer' : `${lang} scorer`;
  const findings: Finding[] = [];
  scenario.steps.forEach((step, i) => {
    step.responses.forEach((r, j) => {
      const found = new Set<string>(scorer({ text: r.text, callerName: scenario.persona.callerName, lang }).labels);
      const declared = new Set<string>(r.labels);
      const missing = [...found].filter((l) => !declared.has(l));
      const extra = [...declared].filter((l) => !found.has(l));
      if (missing.length === 0 && extra.length === 0) return;
      const parts: string[] = [];
      if (missing.length > 0) parts.push(`${who} also finds ${missing.join(', ')}`);
      if (extra.length > 0) parts.push(`${who} does not find ${extra.join(', ')}`);
      findings.push({
        severity: 'error',
        path: ['steps', i, 'responses', j, 'labels'],
        message: `response "${r.id}" declares [${[...declared].join(', ')}] but the ${who} finds [${[...found].join(', ')}]: ${parts.join('; ')}`,
      });
    });
  });
  return findings;
}
