import type { IDBPDatabase } from 'idb';
import { z } from 'zod';
import { attemptSchema } from '../domain/records/attempt.ts';
import { profileSchema } from '../domain/profiles/profile.ts';
import { setOwn } from '../domain/review/own.ts';
import type { AuditNote, RescoredAttempt, ReviewData } from '../domain/review/types.ts';
import { emptyReviewData } from '../domain/review/types.ts';
import { labelSchema } from '../domain/scenario/schema.ts';
import { answersFileSchema } from '../domain/workbook/export-json.ts';
import { openAppDb, toStorageError, type HoldTheLineDb } from './db.ts';

/**
 * The supervisor's review in IndexedDB. Attempts are stored a few hundred to
 * a record (append-only), and their re-scored results likewise, tagged with
 * the stamp they were computed with; one audit note per record; one meta
 * record (trainees, workbook answers, pass mark). One record per attempt
 * took over a minute to save a 25,000-attempt import in Chromium; records of
 * a hundred take about 3 s, since the cost is mostly per record and per
 * transaction rather than per byte. Saving only ever adds
 * records (re-scored results of an older stamp aside, which are derived), so
 * an import never loses what was there; reading merges by attempt id.
 */
const META_KEY = 'review';

/** Attempts per stored record: big enough that records are few, small enough that one write never stalls the page. */
export const ATTEMPTS_PER_RECORD = 100;
/** Records per transaction; the page gets a turn between transactions. */
const RECORDS_PER_TRANSACTION = 2;

/** Lets the browser paint and handle input between two transactions. */
const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const metaSchema = z.object({
  threshold: z.number().min(0).max(100).catch(emptyReviewData().threshold),
  trainees: z.record(z.string(), z.unknown()).catch({}),
  workbooks: z.record(z.string(), z.unknown()).catch({}),
  /** What the re-scored results in `reviewAttempts` (a version-2 build's records) were computed with. */
  stamp: z.string().optional(),
});

const noteSchema = z.object({
  attemptId: z.string().min(1),
  opportunity: z.string(),
  strength: z.string(),
  opportunityRule: labelSchema.nullable().optional(),
  strengthRule: labelSchema.nullable().optional(),
  updatedAt: z.number(),
});

/** A version-2 record: one attempt with its re-scored result. */
interface LegacyReviewAttempt {
  id: string;
  attempt: unknown;
  rescored?: unknown;
}

function isRescored(value: unknown, attemptId: string): value is RescoredAttempt {
  const r = value as Partial<RescoredAttempt> | null | undefined;
  return !!r && r.attemptId === attemptId && Array.isArray(r.turns) && Array.isArray(r.flags) && (typeof r.total === 'number' || r.total === null);
}

const arrayField = (row: unknown, field: string): unknown[] => {
  const value = row !== null && typeof row === 'object' ? (row as Record<string, unknown>)[field] : undefined;
  return Array.isArray(value) ? value : [];
};

/**
 * The stored review. Records that no longer parse (an older build) are
 * skipped; re-scored results made with another `stamp` (another scorer or
 * scenario edit) are left out so the caller re-scores those attempts.
 */
export async function loadReview(stamp?: string): Promise<ReviewData> {
  try {
    const db = await openAppDb();
    const tx = db.transaction(['reviewMeta', 'reviewAttempts', 'reviewAttemptChunks', 'reviewRescoredChunks', 'reviewNotes'], 'readonly');
    const [metaRow, legacyRows, attemptKeys, rescoredKeys, noteRows] = await Promise.all([
      tx.objectStore('reviewMeta').get(META_KEY),
      tx.objectStore('reviewAttempts').getAll(),
      tx.objectStore('reviewAttemptChunks').getAllKeys(),
      stamp === undefined ? Promise.resolve([]) : tx.objectStore('reviewRescoredChunks').index('byStamp').getAllKeys(stamp),
      tx.objectStore('reviewNotes').getAll(),
      tx.done,
    ]);
    const data = emptyReviewData();
    const meta = metaSchema.safeParse(metaRow ?? {});
    if (meta.success) {
      data.threshold = meta.data.threshold;
      for (const [id, p] of Object.entries(meta.data.trainees)) {
        const parsed = profileSchema.safeParse(p);
        if (parsed.success) setOwn(data.trainees, id, parsed.data);
      }
      for (const [id, w] of Object.entries(meta.data.workbooks)) {
        const parsed = answersFileSchema.safeParse(w);
        if (parsed.success) setOwn(data.workbooks, id, parsed.data);
      }
    }
    // The first stored copy of an attempt wins, as in an import.
    const addAttempt = (value: unknown): string | undefined => {
      const parsed = attemptSchema.safeParse(value);
      if (!parsed.success) return undefined;
      if (!Object.hasOwn(data.attempts, parsed.data.id)) setOwn(data.attempts, parsed.data.id, parsed.data);
      return parsed.data.id;
    };
    const keepLegacyRescored = meta.success && stamp !== undefined && meta.data.stamp === stamp;
    for (const row of legacyRows as (Partial<LegacyReviewAttempt> | null)[]) {
      const id = addAttempt(row?.attempt);
      if (id !== undefined && keepLegacyRescored && isRescored(row?.rescored, id)) setOwn(data.rescored, id, row.rescored);
    }
    await readInBatches(db, 'reviewAttemptChunks', attemptKeys, (chunk) => {
      for (const attempt of arrayField(chunk, 'attempts')) addAttempt(attempt);
    });
    await readInBatches(db, 'reviewRescoredChunks', rescoredKeys, (chunk) => {
      if ((chunk as { stamp?: unknown } | null)?.stamp !== stamp) return;
      for (const result of arrayField(chunk, 'results')) {
        const id = (result as Partial<RescoredAttempt> | null)?.attemptId;
        if (typeof id === 'string' && Object.hasOwn(data.attempts, id) && isRescored(result, id)) setOwn(data.rescored, id, result);
      }
    });
    for (const row of noteRows) {
      const parsed = noteSchema.safeParse(row);
      if (parsed.success) setOwn(data.notes, parsed.data.attemptId, parsed.data as AuditNote);
    }
    return data;
  } catch (err) {
    throw toStorageError(err);
  }
}

/**
 * Reads the records with these keys a few at a time, one transaction each,
 * and gives the page a turn in between: reading a 25,000-attempt review in
 * one request froze the page for seconds. Saving only adds records, so
 * nothing is missed between two transactions.
 */
async function readInBatches(db: IDBPDatabase<HoldTheLineDb>, store: 'reviewAttemptChunks' | 'reviewRescoredChunks', keys: readonly number[], onRecord: (record: unknown) => void): Promise<void> {
  const sorted = [...keys].sort((x, y) => x - y);
  for (let i = 0; i < sorted.length; i += RECORDS_PER_TRANSACTION) {
    const batch = sorted.slice(i, i + RECORDS_PER_TRANSACTION);
    // A range of consecutive keys can hold another stamp's records between them; the caller skips those.
    for (const record of await db.getAll(store, IDBKeyRange.bound(batch[0]!, batch.at(-1)!))) onRecord(record);
    if (i + RECORDS_PER_TRANSACTION < sorted.length) await yieldToPage();
  }
}

export interface SaveReviewOptions {
  /**
   * Attempts new to the stored review (just imported): written with their
   * re-scored results. Default: every attempt in `data`, for a first save.
   */
  addedIds?: readonly string[];
  /** Attempts already stored whose re-scored results are new (re-scored after a reload). */
  rescoredIds?: readonly string[];
  /** What the re-scored results were computed with (see `loadReview`); without it none are written. */
  stamp?: string;
  /** Attempts written so far, after each transaction. */
  onProgress?: (done: number, total: number) => void;
}

function slices<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Writes the review: meta and notes, then the given attempts and re-scored
 * results in records of ATTEMPTS_PER_RECORD, a few records per transaction
 * with a pause for the page between transactions. Re-scored results of
 * another stamp are deleted (they would only be computed again).
 */
export async function saveReview(data: ReviewData, options: SaveReviewOptions = {}): Promise<void> {
  const { stamp, onProgress } = options;
  const has = (id: string) => Object.hasOwn(data.attempts, id);
  const addedIds = (options.addedIds ?? (options.rescoredIds ? [] : Object.keys(data.attempts))).filter(has);
  const rescoredIds = (options.rescoredIds ?? []).filter(has);
  const resultsOf = (ids: readonly string[]) => (stamp === undefined ? [] : ids.flatMap((id) => (Object.hasOwn(data.rescored, id) ? [data.rescored[id]!] : [])));
  const total = addedIds.length + rescoredIds.length;
  const records = [...slices(addedIds, ATTEMPTS_PER_RECORD).map((ids) => ({ ids, attempts: true })), ...slices(rescoredIds, ATTEMPTS_PER_RECORD).map((ids) => ({ ids, attempts: false }))];
  try {
    const db = await openAppDb();
    const first = db.transaction(['reviewMeta', 'reviewNotes', 'reviewRescoredChunks'], 'readwrite');
    const rescoredStore = first.objectStore('reviewRescoredChunks');
    const stale =
      stamp === undefined
        ? []
        : (await Promise.all([rescoredStore.index('byStamp').getAllKeys(IDBKeyRange.upperBound(stamp, true)), rescoredStore.index('byStamp').getAllKeys(IDBKeyRange.lowerBound(stamp, true))])).flat();
    const writes: Promise<unknown>[] = [first.objectStore('reviewMeta').put({ threshold: data.threshold, trainees: data.trainees, workbooks: data.workbooks }, META_KEY)];
    for (const note of Object.values(data.notes)) writes.push(first.objectStore('reviewNotes').put({ ...note }));
    for (const key of stale) writes.push(rescoredStore.delete(key));
    await Promise.all([...writes, first.done]);
    let done = 0;
    onProgress?.(done, total);
    for (const group of slices(records, RECORDS_PER_TRANSACTION)) {
      const tx = db.transaction(['reviewAttemptChunks', 'reviewRescoredChunks'], 'readwrite');
      const puts: Promise<unknown>[] = [];
      for (const record of group) {
        if (record.attempts) puts.push(tx.objectStore('reviewAttemptChunks').add({ attempts: record.ids.map((id) => data.attempts[id]!) }));
        const results = resultsOf(record.ids);
        if (stamp !== undefined && results.length > 0) puts.push(tx.objectStore('reviewRescoredChunks').add({ stamp, results }));
      }
      await Promise.all([...puts, tx.done]);
      done += group.reduce((n, r) => n + r.ids.length, 0);
      onProgress?.(done, total);
      if (done < total) await yieldToPage();
    }
  } catch (err) {
    throw toStorageError(err);
  }
}

/** Saves one audit note as the supervisor edits it. */
export async function saveAuditNote(note: AuditNote): Promise<void> {
  try {
    const db = await openAppDb();
    await db.put('reviewNotes', noteSchema.parse(note));
  } catch (err) {
    throw toStorageError(err);
  }
}

/** Saves the pass mark without rewriting the rest. */
export async function saveThreshold(threshold: number): Promise<void> {
  try {
    const db = await openAppDb();
    const tx = db.transaction('reviewMeta', 'readwrite');
    const meta = ((await tx.store.get(META_KEY)) ?? {}) as Record<string, unknown>;
    await Promise.all([tx.store.put({ trainees: {}, workbooks: {}, ...meta, threshold: Math.max(0, Math.min(100, threshold)) }, META_KEY), tx.done]);
  } catch (err) {
    throw toStorageError(err);
  }
}

/** Forgets the whole review (the supervisor's explicit "clear"), never called by an import. */
export async function clearReview(): Promise<void> {
  try {
    const db = await openAppDb();
    const stores = ['reviewMeta', 'reviewAttempts', 'reviewAttemptChunks', 'reviewRescoredChunks', 'reviewNotes'] as const;
    const tx = db.transaction(stores, 'readwrite');
    await Promise.all([...stores.map((name) => tx.objectStore(name).clear()), tx.done]);
  } catch (err) {
    throw toStorageError(err);
  }
}
