import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, vi } from 'vitest';
import { closeAppDb } from '../../src/storage/db.ts';

/** Each test starts with an empty IndexedDB and empty web storage, as a first visit does. */
export function useFreshStorage(): void {
  beforeEach(async () => {
    await closeAppDb();
    vi.stubGlobal('indexedDB', new IDBFactory());
    localStorage.clear();
    sessionStorage.clear();
  });
  afterEach(async () => {
    await closeAppDb();
    vi.unstubAllGlobals();
  });
}
