import type { z } from 'zod';
import { RESULTS_BUNDLE_FORMAT, RESULTS_BUNDLE_VERSION, resultsBundleSchema, type ResultsBundle } from '../records/results-bundle.ts';
import { REVIEW_BUNDLE_FORMAT, REVIEW_BUNDLE_VERSION, reviewBundleSchema, type ReviewBundle } from './review-bundle.ts';

/**
 * Largest file the import reads. A trainee's bundle is well under 1 MB (50
 * calls is about 400 KB); a whole team's review bundle of 25,000 calls is
 * about 60 MB. Anything bigger is refused before it is read into memory.
 */
export const MAX_BUNDLE_BYTES = 96 * 1024 * 1024;

/**
 * Why a file was not imported, as a code and parameters the interface words
 * in the supervisor's language (never an English sentence).
 */
export type BundleProblem =
  | { code: 'empty' }
  | { code: 'too-large'; bytes: number; limit: number }
  | { code: 'not-json' }
  | { code: 'truncated' }
  /** JSON, but not one of our files (`format` says what it claims to be, e.g. the workbook answers file). */
  | { code: 'wrong-format'; format: string | null }
  | { code: 'unknown-version'; version: string }
  /** Ours and the right version, but a field is wrong: its path (`attempts[3].transcript[0].labels[1]`) and zod's issue code. */
  | { code: 'invalid'; path: string; issue: string };

export type BundleProblemCode = BundleProblem['code'];

export type ParsedBundleFile =
  | { ok: true; fileName: string; kind: 'results'; bundle: ResultsBundle }
  | { ok: true; fileName: string; kind: 'review'; bundle: ReviewBundle }
  | { ok: false; fileName: string; problem: BundleProblem };

/** The size check the interface runs on a File before reading it (a 100 MB file is never read). */
export function checkBundleSize(bytes: number): BundleProblem | null {
  if (bytes === 0) return { code: 'empty' };
  if (bytes > MAX_BUNDLE_BYTES) return { code: 'too-large', bytes, limit: MAX_BUNDLE_BYTES };
  return null;
}

/** `attempts[3].transcript[0].text`, as people read field paths. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : out === '' ? String(key) : `.${String(key)}`;
  return out === '' ? '(file)' : out;
}

/**
 * Whether text that failed to parse is a JSON document cut short (a download
 * or copy that stopped early) rather than something that is not JSON at all:
 * it starts like our object and every bracket or string left open runs to the end.
 */
function looksTruncated(text: string): boolean {
  const trimmed = text.trimStart();
  if (!trimmed.startsWith('{')) return false;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < trimmed.length; i++) {
    const c = trimmed.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 /* { */ || c === 91 /* [ */) depth++;
    else if (c === 125 /* } */ || c === 93 /* ] */) {
      depth--;
      // Closed completely before the end: the error is elsewhere, not a missing tail.
      if (depth === 0) return false;
    }
  }
  return depth > 0 || inString;
}

function firstIssue(error: z.ZodError): BundleProblem {
  const issue = error.issues[0];
  return { code: 'invalid', path: formatFieldPath(issue?.path ?? []), issue: issue?.code ?? 'custom' };
}

/**
 * Reads one imported file: a trainee's results bundle or a supervisor's review
 * bundle. Nothing in it is trusted: it must be JSON, say which format and
 * version it is, and pass the schema; otherwise the file gets its own problem
 * and the other files still import.
 */
export function parseBundleFile(fileName: string, text: string): ParsedBundleFile {
  const fail = (problem: BundleProblem): ParsedBundleFile => ({ ok: false, fileName, problem });
  // UTF-16 length under-counts bytes by at most 3x; refusing on it is only a backstop for the File.size check.
  if (text.length > MAX_BUNDLE_BYTES) return fail({ code: 'too-large', bytes: text.length, limit: MAX_BUNDLE_BYTES });
  if (text.trim() === '') return fail({ code: 'empty' });
  let data: unknown;
  try {
    // A byte-order mark from some editors is not part of the JSON.
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return fail({ code: looksTruncated(text) ? 'truncated' : 'not-json' });
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return fail({ code: 'wrong-format', format: null });
  const { format, version } = data as { format?: unknown; version?: unknown };
  if (format === RESULTS_BUNDLE_FORMAT || format === REVIEW_BUNDLE_FORMAT) {
    const expected = format === RESULTS_BUNDLE_FORMAT ? RESULTS_BUNDLE_VERSION : REVIEW_BUNDLE_VERSION;
    if (version !== expected) return fail({ code: 'unknown-version', version: typeof version === 'number' || typeof version === 'string' ? String(version) : '?' });
  } else return fail({ code: 'wrong-format', format: typeof format === 'string' ? format.slice(0, 80) : null });

  if (format === RESULTS_BUNDLE_FORMAT) {
    const parsed = resultsBundleSchema.safeParse(data);
    return parsed.success ? { ok: true, fileName, kind: 'results', bundle: parsed.data } : fail(firstIssue(parsed.error));
  }
  const parsed = reviewBundleSchema.safeParse(data);
  return parsed.success ? { ok: true, fileName, kind: 'review', bundle: parsed.data } : fail(firstIssue(parsed.error));
}
