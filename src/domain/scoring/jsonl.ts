import { z } from 'zod';
import { score } from './scorer.ts';
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
  const results: ScoredLine[] = [];
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
    const result = score({ text, ...(callerName ? { callerName } : {}), ...(lang ? { lang } : {}) });
    results.push({ id, labels: result.labels, evidence: result.evidence });
  }
  return { results, problems };
}
