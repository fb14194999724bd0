import { profileSchema, type Profile } from '../domain/profiles/profile.ts';
import { openAppDb, toStorageError } from './db.ts';

/** Every profile on this computer, oldest first. */
export async function listProfiles(): Promise<Profile[]> {
  try {
    const db = await openAppDb();
    return (await db.getAll('profiles')).sort((a, b) => a.createdAt - b.createdAt);
  } catch (err) {
    throw toStorageError(err);
  }
}

/** Adds or updates a profile. */
export async function saveProfile(profile: Profile): Promise<void> {
  try {
    const db = await openAppDb();
    await db.put('profiles', profileSchema.parse(profile));
  } catch (err) {
    throw toStorageError(err);
  }
}

const CURRENT_KEY = 'hold-the-line:current-profile';
const listeners = new Set<() => void>();
let memoryCurrent: Profile | null = null;
let cachedRaw: string | null | undefined;
let cachedProfile: Profile | null = null;

/**
 * The profile in use on this computer. Kept whole in localStorage (not just
 * the id) so the name still shows, and exports still work, when IndexedDB is unavailable.
 */
export function getCurrentProfile(): Profile | null {
  let raw: string | null;
  try {
    raw = localStorage.getItem(CURRENT_KEY);
  } catch {
    return memoryCurrent;
  }
  if (raw === null) return memoryCurrent;
  if (raw === cachedRaw) return cachedProfile;
  cachedRaw = raw;
  try {
    const parsed = profileSchema.safeParse(JSON.parse(raw));
    cachedProfile = parsed.success ? parsed.data : null;
  } catch {
    cachedProfile = null;
  }
  return cachedProfile;
}

/** Makes a profile the current one and tells every subscriber. */
export function setCurrentProfile(profile: Profile): void {
  try {
    localStorage.setItem(CURRENT_KEY, JSON.stringify(profile));
    memoryCurrent = null;
  } catch {
    // Storage blocked: an in-memory copy serves this tab.
    memoryCurrent = profile;
  }
  for (const l of listeners) l();
}

/** Calls `onChange` when the current profile changes, in this tab or another one. */
export function subscribeCurrentProfile(onChange: () => void): () => void {
  listeners.add(onChange);
  const onStorage = (e: StorageEvent) => {
    if (e.key === CURRENT_KEY) onChange();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(onChange);
    window.removeEventListener('storage', onStorage);
  };
}
