import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import scenarios from 'virtual:scenarios';
import { hrefFor } from '../../app/use-hash-route.ts';
import { useCurrentProfile } from '../../components/profile/use-current-profile.ts';
import { GUEST_PROFILE_ID, type CallMode } from '../../domain/records/attempt.ts';
import { CallMotion } from './CallMotion.tsx';
import { CallScreen } from './CallScreen.tsx';
import './call.css';

/** The `#/call/<id>` screen: one call from first line to debrief; Retry starts a fresh call. */
export function CallPage({ scenarioId, mode }: { scenarioId: string; mode: CallMode }) {
  const { t } = useTranslation();
  const profile = useCurrentProfile();
  const [run, setRun] = useState(0);
  const scenario = scenarios.find((s) => s.id === scenarioId);
  if (!scenario) {
    return (
      <div className="page">
        <h1>{t('call.screen.notFound', { id: scenarioId })}</h1>
        <p>
          <a href={hrefFor({ name: 'calls' })}>{t('call.screen.backToCalls')}</a>
        </p>
      </div>
    );
  }
  return (
    <CallMotion>
      <CallScreen key={run} scenario={scenario} mode={mode} profileId={profile?.id ?? GUEST_PROFILE_ID} onRetry={() => setRun((r) => r + 1)} focusOnStart={run > 0} />
    </CallMotion>
  );
}
