import { useCallback, useEffect, useState } from 'react';
import type { Profile } from '../../domain/profiles/profile.ts';
import { listProfiles, setCurrentProfile } from '../../storage/profiles-store.ts';
import { useCurrentProfile } from './use-current-profile.ts';

/** The profiles on this computer plus the current one, with switching; works in memory when storage is unavailable. */
export function useProfiles() {
  const current = useCurrentProfile();
  const [stored, setStored] = useState<Profile[]>([]);
  const [unsaved, setUnsaved] = useState<Profile[]>([]);

  const refresh = useCallback(() => {
    listProfiles().then(setStored, () => setStored([]));
  }, []);
  // A profile added elsewhere (the workbook's own form, another tab) shows up once it becomes current.
  useEffect(refresh, [refresh, current?.id]);

  const all = [...stored, ...unsaved];
  if (current && !all.some((p) => p.id === current.id)) all.push(current);

  const select = useCallback((p: Profile) => setCurrentProfile(p), []);
  const created = useCallback(
    (p: Profile, saved: boolean) => {
      if (saved) refresh();
      else setUnsaved((u) => [...u, p]);
      setCurrentProfile(p);
    },
    [refresh],
  );
  return { current, profiles: all, select, created };
}
