import type { Answer, Answers } from './answers.ts';
import { isAnswered } from './answers.ts';
import { ANSWERS_FILE_FORMAT, ANSWERS_SCHEMA_VERSION, answersFileSchema, type AnswersFile } from './export-json.ts';

/** Why a file was refused; the interface words each code in the trainee's language. */
export type ImportProblem =
  | { code: 'not-json'; line?: number; column?: number; detail: string }
  | { code: 'foreign-file' }
  | { code: 'newer-version'; version: number }
  | { code: 'invalid-field'; path: string; detail: string }
  | { code: 'unknown-prompts'; promptIds: string[] }
  | { code: 'duplicate-prompt'; promptId: string };

export type ImportResult = { ok: true; file: AnswersFile; answers: Answer[] } | { ok: false; problems: ImportProblem[] };

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/** Validates an exported answers file, collecting every problem (with its field path) before refusing it. */
export function parseAnswersFile(text: string, knownPromptIds: ReadonlySet<string>): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    const pos = /position (\d+)/.exec(detail);
    return { ok: false, problems: [{ code: 'not-json', ...(pos ? lineAndColumn(text, Number(pos[1])) : {}), detail }] };
  }
  const head = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  if (head.format !== ANSWERS_FILE_FORMAT) return { ok: false, problems: [{ code: 'foreign-file' }] };
  if (typeof head.schemaVersion === 'number' && head.schemaVersion > ANSWERS_SCHEMA_VERSION) {
    return { ok: false, problems: [{ code: 'newer-version', version: head.schemaVersion }] };
  }
  const parsed = answersFileSchema.safeParse(data);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({
        code: 'invalid-field' as const,
        path: issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, ''),
        detail: issue.message,
      })),
    };
  }
  const problems: ImportProblem[] = [];
  const unknown = parsed.data.answers.map((a) => a.promptId).filter((id) => !knownPromptIds.has(id));
  if (unknown.length > 0) problems.push({ code: 'unknown-prompts', promptIds: unknown });
  const seen = new Set<string>();
  for (const a of parsed.data.answers) {
    if (seen.has(a.promptId)) problems.push({ code: 'duplicate-prompt', promptId: a.promptId });
    seen.add(a.promptId);
  }
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    file: parsed.data,
    answers: parsed.data.answers.map((a) => ({ promptId: a.promptId, text: a.text, updatedAt: Date.parse(a.updatedAt) })),
  };
}

/** One prompt whose imported answer differs from the one already here. */
export interface AnswerConflict {
  promptId: string;
  current: Answer;
  incoming: Answer;
  /** Which copy was written later. */
  newer: 'current' | 'incoming';
}

export interface ImportDiff {
  /** Answers for prompts that are empty here: safe to take. */
  added: Answer[];
  /** Prompts answered differently here and in the file: the trainee chooses. */
  conflicts: AnswerConflict[];
  unchanged: number;
}

/** Compares imported answers with the current ones, so nothing already typed is overwritten without the trainee choosing. */
export function diffImport(current: Answers, incoming: Answer[]): ImportDiff {
  const diff: ImportDiff = { added: [], conflicts: [], unchanged: 0 };
  for (const inc of incoming) {
    if (!isAnswered(inc)) continue;
    const cur = current[inc.promptId];
    if (!isAnswered(cur)) diff.added.push(inc);
    else if (cur!.text === inc.text) diff.unchanged += 1;
    else diff.conflicts.push({ promptId: inc.promptId, current: cur!, incoming: inc, newer: inc.updatedAt > cur!.updatedAt ? 'incoming' : 'current' });
  }
  return diff;
}

/** The answers to write after the trainee's choices; a conflict with no choice keeps the newer copy. */
export function resolveImport(diff: ImportDiff, choices: Record<string, 'current' | 'incoming'>): Answer[] {
  const taken = diff.conflicts.filter((c) => (choices[c.promptId] ?? c.newer) === 'incoming').map((c) => c.incoming);
  return [...diff.added, ...taken];
}
