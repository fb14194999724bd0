import { useTranslation } from 'react-i18next';
import { m, useReducedMotion } from 'motion/react';
import { moodBand } from '../../domain/records/scenario-card.ts';

/** The caller's mood 0-100 as an animated bar with the mood in words, exposed to assistive technology as a meter. */
export function MoodMeter({ mood, delta }: { mood: number; delta: number | null }) {
  const { t } = useTranslation();
  const band = moodBand(mood);
  // MotionConfig's reduced motion stills transforms only; the bar's width is stilled here.
  const still = useReducedMotion() ?? false;
  const text = t('call.screen.moodText', { band: t(`call.moodBand.${band}`), mood });
  return (
    <div className="mood">
      <div
        className="mood-meter"
        role="meter"
        aria-label={t('call.screen.moodLabel')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={mood}
        aria-valuetext={text}
      >
        <m.div className={`mood-fill mood-${band}`} initial={false} animate={{ width: `${mood}%` }} transition={still ? { duration: 0 } : { type: 'spring', stiffness: 120, damping: 20 }} />
      </div>
      <p className="mood-text">
        {text}
        {delta !== null && delta !== 0 && (
          <span className={delta > 0 ? 'mood-up' : 'mood-down'}>
            {' '}
            {t('call.screen.moodChange', { delta: delta > 0 ? `+${delta}` : `−${Math.abs(delta)}` })}
          </span>
        )}
      </p>
    </div>
  );
}
