import { attemptSchema, type Attempt } from '../domain/records/attempt.ts';
import { openAppDb, toStorageError } from './db.ts';

/** Saves a finished call; rejects with StorageUnavailableError. */
export async function saveAttempt(attempt: Attempt): Promise<void> {
  try {
    const db = await openAppDb();
    await db.put('attempts', attemptSchema.parse(attempt));
  } catch (err) {
    throw toStorageError(err);
  }
}

/**
 * A trainee's saved calls, oldest first. A record that no longer matches the
 * attempt shape (written by an older build) is left in storage but not shown.
 */
export async function listAttempts(profileId: string): Promise<Attempt[]> {
  let rows: unknown[];
  try {
    const db = await openAppDb();
    rows = await db.getAllFromIndex('attempts', 'byProfile', profileId);
  } catch (err) {
    throw toStorageError(err);
  }
  const out: Attempt[] = [];
  for (const row of rows) {
    const parsed = attemptSchema.safeParse(row);
    if (parsed.success) out.push(parsed.data);
  }
  return out.sort((a, b) => a.endedAt - b.endedAt);
}
