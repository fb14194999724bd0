import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { timerMs, type ClassroomSession } from '../../domain/classroom/session.ts';
import { formatTimer } from './sync.ts';

/** The per-turn timer, ticking once a second while it runs; frozen (and said to be) while the call is paused. */
export function TurnTimer({ timer, paused, className }: { timer: ClassroomSession['timer']; paused: boolean; className?: string }) {
  const { t } = useTranslation();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (timer.runningSince === null) return;
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, [timer.runningSince]);
  const shown = formatTimer(timerMs(timer, Math.max(now, timer.runningSince ?? now)));
  return (
    // Not a live region: a clock read out every second would drown everything else.
    <p className={`turn-timer ${className ?? ''}`}>
      <span className="turn-timer-label">{t('classroom.live.timer')}</span> <span className="turn-timer-value">{shown}</span>
      {paused && <strong className="paused-badge"> {t('classroom.live.paused')}</strong>}
    </p>
  );
}
