import { score as scoreText } from '../scoring/scorer.ts';
import type { ScoreInput, ScoreResult } from '../scoring/types.ts';
import type { Finding } from './analyze.ts';
import type { Scenario } from './schema.ts';

/**
 * Proves the content obeys the rulebook: each authored response's declared
 * labels must equal what the scorer finds in its text, with the caller's name
 * as context, so choices and typed answers branch the same way.
 */
export function checkDeclaredLabels(scenario: Scenario, scorer: (input: ScoreInput) => ScoreResult = scoreText): Finding[] {
  const findings: Finding[] = [];
  scenario.steps.forEach((step, i) => {
    step.responses.forEach((r, j) => {
      const found = new Set<string>(scorer({ text: r.text, callerName: scenario.persona.callerName }).labels);
      const declared = new Set<string>(r.labels);
      const missing = [...found].filter((l) => !declared.has(l));
      const extra = [...declared].filter((l) => !found.has(l));
      if (missing.length === 0 && extra.length === 0) return;
      const parts: string[] = [];
      if (missing.length > 0) parts.push(`scorer also finds ${missing.join(', ')}`);
      if (extra.length > 0) parts.push(`scorer does not find ${extra.join(', ')}`);
      findings.push({
        severity: 'error',
        path: ['steps', i, 'responses', j, 'labels'],
        message: `response "${r.id}" declares [${[...declared].join(', ')}] but the scorer finds [${[...found].join(', ')}]: ${parts.join('; ')}`,
      });
    });
  });
  return findings;
}
