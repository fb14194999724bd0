import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createProfile } from '../../src/domain/profiles/profile.ts';
import { loadAnswers, readWriteAhead, saveAnswers, writeAhead } from '../../src/storage/answers-store.ts';
import { closeAppDb, openAppDb, StorageUnavailableError, toStorageError } from '../../src/storage/db.ts';
import { listProfiles, saveProfile } from '../../src/storage/profiles-store.ts';
import { MemoryStorage } from './memory-storage.ts';

let storage: MemoryStorage;
beforeEach(() => {
  vi.stubGlobal('indexedDB', new IDBFactory());
  storage = new MemoryStorage();
  vi.stubGlobal('localStorage', storage);
});
afterEach(async () => {
  await closeAppDb();
  vi.unstubAllGlobals();
});

const answer = (promptId: string, text: string, updatedAt = 1000) => ({ promptId, text, updatedAt });

describe('answers store', () => {
  it('creates the "hold-the-line" database with profiles, answers and attempts stores (and the supervisor review\'s)', async () => {
    const db = await openAppDb();
    expect(db.name).toBe('hold-the-line');
    expect([...db.objectStoreNames].sort()).toEqual(['answers', 'attempts', 'profiles', 'reviewAttemptChunks', 'reviewAttempts', 'reviewMeta', 'reviewNotes', 'reviewRescoredChunks']);
  });

  it('keeps each profile’s answers apart', async () => {
    await saveAnswers('ana', [answer('t01.1', 'Ana’s answer')]);
    await saveAnswers('ben', [answer('t01.1', 'Ben’s answer'), answer('t02.1', 'Ben again')]);
    expect(await loadAnswers('ana')).toEqual({ 't01.1': answer('t01.1', 'Ana’s answer') });
    expect(Object.keys(await loadAnswers('ben')).sort()).toEqual(['t01.1', 't02.1']);
  });

  it('survives closing the browser: a new connection reads what was saved', async () => {
    await saveAnswers('ana', [answer('t01.1', 'first'), answer('t01.1', 'second 😀', 2000)]);
    await closeAppDb();
    expect((await loadAnswers('ana'))['t01.1']!.text).toBe('second 😀');
  });

  it('recovers the answer typed just before a crash from its write-ahead copy, and saves it', async () => {
    await saveAnswers('ana', [answer('t01.1', 'saved', 1000)]);
    writeAhead('ana', answer('t01.1', 'saved, then typed more', 2000));
    writeAhead('ana', answer('t03.1', 'never reached IndexedDB', 2000));
    // The tab dies here: no debounce, no save. Next visit:
    await closeAppDb();
    const loaded = await loadAnswers('ana');
    expect(loaded['t01.1']!.text).toBe('saved, then typed more');
    expect(loaded['t03.1']!.text).toBe('never reached IndexedDB');
    expect(readWriteAhead('ana')).toEqual([]);
  });

  it('ignores a write-ahead copy older than what IndexedDB holds', async () => {
    writeAhead('ana', answer('t01.1', 'old', 1000));
    await saveAnswers('ana', [answer('t01.1', 'new', 3000)]);
    expect((await loadAnswers('ana'))['t01.1']!.text).toBe('new');
  });

  it('reports unavailable storage with a clear error type', async () => {
    vi.stubGlobal('indexedDB', undefined);
    await expect(loadAnswers('ana')).rejects.toBeInstanceOf(StorageUnavailableError);
    await expect(saveAnswers('ana', [answer('a', 'b')])).rejects.toMatchObject({ problem: 'unsupported' });
  });

  it('stores profiles with their optional employee id and team', async () => {
    const ana = createProfile({ name: ' Ana ', employeeId: 'E1', team: '' }, 1, 'p-ana');
    await saveProfile(ana);
    await saveProfile(createProfile({ name: 'Ben' }, 2, 'p-ben'));
    expect(await listProfiles()).toEqual([{ id: 'p-ana', name: 'Ana', employeeId: 'E1', createdAt: 1 }, { id: 'p-ben', name: 'Ben', createdAt: 2 }]);
  });
});

describe('storage errors', () => {
  it.each([
    [new DOMException('full', 'QuotaExceededError'), 'quota'],
    [new DOMException('nope', 'InvalidStateError'), 'failed'],
    [new Error('boom'), 'failed'],
  ])('names %s as "%s" so the warning can say why', (err, problem) => {
    expect(toStorageError(err)).toMatchObject({ name: 'StorageUnavailableError', problem });
  });
});
