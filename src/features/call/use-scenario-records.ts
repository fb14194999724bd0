import { useEffect, useState } from 'react';
import { bestScores, type ScenarioRecord } from '../../domain/records/attempt.ts';
import { listAttempts } from '../../storage/attempts-store.ts';

/** Best score and attempt count per scenario for a trainee, read from the browser's storage. */
export function useScenarioRecords(profileId: string): { records: Record<string, ScenarioRecord>; loaded: boolean; failed: boolean } {
  const [state, setState] = useState<{ profileId: string; records: Record<string, ScenarioRecord>; failed: boolean } | null>(null);
  useEffect(() => {
    let live = true;
    listAttempts(profileId).then(
      (attempts) => live && setState({ profileId, records: bestScores(attempts, profileId), failed: false }),
      () => live && setState({ profileId, records: {}, failed: true }),
    );
    return () => {
      live = false;
    };
  }, [profileId]);
  const current = state?.profileId === profileId ? state : null;
  return { records: current?.records ?? {}, loaded: current !== null, failed: current?.failed ?? false };
}
