import { useSyncExternalStore } from 'react';
import type { Profile } from '../../domain/profiles/profile.ts';
import { getCurrentProfile, subscribeCurrentProfile } from '../../storage/profiles-store.ts';

/** The trainee profile in use on this computer, following switches made anywhere in the app. */
export function useCurrentProfile(): Profile | null {
  return useSyncExternalStore(subscribeCurrentProfile, getCurrentProfile, () => null);
}
