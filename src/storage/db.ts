import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Profile } from '../domain/profiles/profile.ts';

export const DB_NAME = 'hold-the-line';
export const DB_VERSION = 3;

export interface StoredAnswer {
  profileId: string;
  promptId: string;
  text: string;
  updatedAt: number;
}

/** A scenario attempt; its shape belongs to the feature that records attempts. */
export interface StoredAttempt {
  id: string;
  profileId: string;
  [field: string]: unknown;
}

export interface HoldTheLineDb extends DBSchema {
  profiles: { key: string; value: Profile };
  answers: { key: [string, string]; value: StoredAnswer; indexes: { byProfile: string } };
  attempts: { key: string; value: StoredAttempt; indexes: { byProfile: string } };
  /** The supervisor's imported review (src/storage/review-store.ts owns these shapes). */
  reviewAttempts: { key: string; value: { id: string; [field: string]: unknown } };
  reviewNotes: { key: string; value: { attemptId: string; [field: string]: unknown } };
  reviewMeta: { key: string; value: Record<string, unknown> };
  /** Version 3: the review's attempts and re-scored results, a few hundred per record (one record each was too slow to write at team scale). */
  reviewAttemptChunks: { key: number; value: { attempts: unknown[] } };
  reviewRescoredChunks: { key: number; value: { stamp: string; results: unknown[] }; indexes: { byStamp: string } };
}

export type StorageProblem = 'unsupported' | 'blocked' | 'quota' | 'failed';

/** The browser would not store data (private mode, storage disabled, disk quota full). */
export class StorageUnavailableError extends Error {
  constructor(
    readonly problem: StorageProblem,
    options?: { cause?: unknown },
  ) {
    super(`Browser storage is unavailable (${problem})`, options);
    this.name = 'StorageUnavailableError';
  }
}

/** Turns whatever IndexedDB threw into a StorageUnavailableError with a reason the interface can explain. */
export function toStorageError(err: unknown): StorageUnavailableError {
  if (err instanceof StorageUnavailableError) return err;
  const name = err instanceof DOMException || err instanceof Error ? err.name : '';
  return new StorageUnavailableError(name === 'QuotaExceededError' ? 'quota' : 'failed', { cause: err });
}

let connection: Promise<IDBPDatabase<HoldTheLineDb>> | null = null;

/** The app's one database, upgraded version by version; rejects with StorageUnavailableError. */
export function openAppDb(): Promise<IDBPDatabase<HoldTheLineDb>> {
  if (connection) return connection;
  if (typeof indexedDB === 'undefined') return Promise.reject(new StorageUnavailableError('unsupported'));
  connection = openDB<HoldTheLineDb>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion) {
      // Each step runs once per browser; later versions add steps, never edit these.
      if (oldVersion < 1) {
        db.createObjectStore('profiles', { keyPath: 'id' });
        db.createObjectStore('answers', { keyPath: ['profileId', 'promptId'] }).createIndex('byProfile', 'profileId');
        db.createObjectStore('attempts', { keyPath: 'id' }).createIndex('byProfile', 'profileId');
      }
      if (oldVersion < 2) {
        db.createObjectStore('reviewAttempts', { keyPath: 'id' });
        db.createObjectStore('reviewNotes', { keyPath: 'attemptId' });
        db.createObjectStore('reviewMeta');
      }
      if (oldVersion < 3) {
        // reviewAttempts (version 2) stays: the review store still reads what an earlier build saved there.
        db.createObjectStore('reviewAttemptChunks', { autoIncrement: true });
        db.createObjectStore('reviewRescoredChunks', { autoIncrement: true }).createIndex('byStamp', 'stamp');
      }
    },
    blocked() {
      /* another tab holds an older version open; it closes on its own versionchange */
    },
    blocking() {
      void connection?.then((db) => db.close());
      connection = null;
    },
  }).catch((err: unknown) => {
    connection = null;
    throw toStorageError(err);
  });
  return connection;
}

/** Closes and forgets the connection (tests use a fresh fake database each time). */
export async function closeAppDb(): Promise<void> {
  const current = connection;
  connection = null;
  if (current) (await current.catch(() => null))?.close();
}
