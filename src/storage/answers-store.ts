import type { Answer, Answers } from '../domain/workbook/answers.ts';
import { openAppDb, toStorageError } from './db.ts';

const WAL_PREFIX = 'hold-the-line:wal:';
const walKey = (profileId: string, promptId: string) => `${WAL_PREFIX}${profileId}:${promptId}`;

function localStore(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // some browsers throw on the property itself when storage is blocked
  }
}

/**
 * Synchronously copies the answer being typed to localStorage, so a crash or
 * a closed tab inside the autosave delay loses nothing; false if that failed.
 */
export function writeAhead(profileId: string, answer: Answer): boolean {
  try {
    localStore()?.setItem(walKey(profileId, answer.promptId), JSON.stringify(answer));
    return localStore() !== null;
  } catch {
    return false;
  }
}

/** Drops the write-ahead copy once IndexedDB holds that same version (a newer keystroke keeps its copy). */
export function clearWriteAhead(profileId: string, answer: Answer): void {
  const store = localStore();
  try {
    const raw = store?.getItem(walKey(profileId, answer.promptId));
    if (raw && (JSON.parse(raw) as Answer).updatedAt <= answer.updatedAt) store?.removeItem(walKey(profileId, answer.promptId));
  } catch {
    /* nothing to clear */
  }
}

/** The write-ahead copies left for a profile (by a crash, a closed tab, or storage that failed). */
export function readWriteAhead(profileId: string): Answer[] {
  const store = localStore();
  if (!store) return [];
  const out: Answer[] = [];
  const prefix = `${WAL_PREFIX}${profileId}:`;
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (!key?.startsWith(prefix)) continue;
    try {
      const a = JSON.parse(store.getItem(key) ?? '') as Partial<Answer>;
      if (typeof a.promptId === 'string' && typeof a.text === 'string' && typeof a.updatedAt === 'number') out.push({ promptId: a.promptId, text: a.text, updatedAt: a.updatedAt });
    } catch {
      /* a half-written entry is ignored; IndexedDB still has the previous save */
    }
  }
  return out;
}

/** Writes answers for a profile in one transaction; rejects with StorageUnavailableError. */
export async function saveAnswers(profileId: string, answers: Answer[]): Promise<void> {
  if (answers.length === 0) return;
  try {
    const db = await openAppDb();
    const tx = db.transaction('answers', 'readwrite');
    await Promise.all([...answers.map((a) => tx.store.put({ profileId, promptId: a.promptId, text: a.text, updatedAt: a.updatedAt })), tx.done]);
  } catch (err) {
    throw toStorageError(err);
  }
  for (const a of answers) clearWriteAhead(profileId, a);
}

/** A profile's answers: IndexedDB's, with any newer write-ahead copies recovered and saved. */
export async function loadAnswers(profileId: string): Promise<Answers> {
  let rows;
  try {
    const db = await openAppDb();
    rows = await db.getAllFromIndex('answers', 'byProfile', profileId);
  } catch (err) {
    throw toStorageError(err);
  }
  const answers: Answers = {};
  for (const r of rows) answers[r.promptId] = { promptId: r.promptId, text: r.text, updatedAt: r.updatedAt };
  const recovered = readWriteAhead(profileId).filter((a) => (answers[a.promptId]?.updatedAt ?? -1) < a.updatedAt);
  for (const a of recovered) answers[a.promptId] = a;
  await saveAnswers(profileId, recovered);
  return answers;
}
