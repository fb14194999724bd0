import { z } from 'zod';
import { scoreMany } from './scorer.ts';
import type { ScoreInput } from './types.ts';
import type { Evidence } from './types.ts';

/** One line of the scoring interface's input. */
export const utteranceLineSchema = z.object({
  id: z.union([z.string(), z.number()]),
  text: z.string(),
  callerName: z.string().optional().nullable(),
  lang: z.enum(['en', 'es']).optional().nullable(),
});

export interface ScoredLine {
  id: string | number;
  labels: string[];
  evidence: Evidence[];
}

export interface LineProblem {
  line: number;
  message: string;
}

/**
 * Scores JSON lines `{"id","text","callerName"?,"lang"?}` in order. A bad line
 * is reported with its 1-based number and skipped; the others are still scored.
 */
export function scoreJsonLines(input: string): { results: ScoredLine[]; problems: LineProblem[] } {
  const ids: Array<string | number> = [];
  const utterances: ScoreInput[] = [];
  const problems: LineProblem[] = [];
  const lines = input.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.trim();
    if (raw === '') continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch (err) {
      problems.push({ line: i + 1, message: `not valid JSON (${(err as Error).message})` });
      continue;
    }
    const check = utteranceLineSchema.safeParse(parsed);
    if (!check.success) {
      const issue = check.error.issues[0]!;
      const field = issue.path.length > 0 ? issue.path.join('.') : 'line';
      problems.push({ line: i + 1, message: `field "${field}": ${issue.message}` });
      continue;
    }
    const { id, text, callerName, lang } = check.data;
    ids.push(id);
    utterances.push({ text, ...(callerName ? { callerName } : {}), ...(lang ? { lang } : {}) });
  }
  // All lines at once: bulk scoring is about twice as fast per line.
  const results = scoreMany(utterances).map(({ labels, evidence }, i) => ({ id: ids[i]!, labels, evidence }));
  return { results, problems };
}
