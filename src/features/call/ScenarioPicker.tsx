import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import scenarios, { translations } from 'virtual:scenarios';
import { hrefFor } from '../../app/use-hash-route.ts';
import { useCurrentProfile } from '../../components/profile/use-current-profile.ts';
import { CALL_MODES, GUEST_PROFILE_ID, type CallMode } from '../../domain/records/attempt.ts';
import { difficultyOf, trainedLabels } from '../../domain/records/scenario-card.ts';
import { scenarioIn } from '../../domain/scenario/translation.ts';
import { MyResultsPanel } from '../records/MyResultsPanel.tsx';
import { CallerPortrait } from './CallerPortrait.tsx';
import { callLanguage } from './use-call-language.ts';
import { useScenarioRecords } from './use-scenario-records.ts';
import './call.css';

// More chips than this crowd the card; the call's debrief lists every rule.
const MAX_TRAINED = 5;

/** The list of calls to take: one card per caller with difficulty, what it trains and the trainee's best score. */
export function ScenarioPicker() {
  const { t, i18n } = useTranslation();
  const lang = callLanguage(i18n.resolvedLanguage ?? i18n.language);
  const profile = useCurrentProfile();
  const profileId = profile?.id ?? GUEST_PROFILE_ID;
  const { records, failed } = useScenarioRecords(profileId);
  const [mode, setMode] = useState<CallMode>('coaching');
  const modeName = useId();

  return (
    <div className="page call-picker">
      <h1>{t('call.picker.title')}</h1>
      <p className="lead">{t('call.picker.intro')}</p>
      <fieldset className="mode-choice">
        <legend>{t('call.picker.modeLegend')}</legend>
        {CALL_MODES.map((m) => (
          <label key={m}>
            <input type="radio" name={modeName} value={m} checked={mode === m} onChange={() => setMode(m)} />{' '}
            {t(m === 'coaching' ? 'call.picker.modeCoaching' : 'call.picker.modeExam')}
          </label>
        ))}
      </fieldset>
      {!profile && <p className="hint">{t('call.picker.guestHint')}</p>}
      {failed && (
        <p className="hint" role="status">
          {t('call.picker.storageProblem')}
        </p>
      )}
      <ul className="scenario-cards">
        {scenarios.map((english) => {
          const s = scenarioIn(english, lang, translations);
          const record = records[s.id];
          const titleId = `scenario-${s.id}-title`;
          return (
            <li key={s.id} className="scenario-card" aria-labelledby={titleId}>
              <div className="scenario-card-head">
                <CallerPortrait name={s.persona.name} mood={s.mood.start} size={64} />
                <div>
                  <h2 id={titleId}>{s.title}</h2>
                  <p className="persona-line">
                    {s.persona.name}, {s.persona.role}, {s.persona.business}
                  </p>
                </div>
              </div>
              <p>{s.summary}</p>
              <p className={`difficulty difficulty-${difficultyOf(s)}`}>{t('call.picker.difficulty', { level: t(`call.difficulty.${difficultyOf(s)}`) })}</p>
              <p className="trains-title">{t('call.picker.trains')}</p>
              <ul className="chips">
                {trainedLabels(s)
                  .slice(0, MAX_TRAINED)
                  .map((l) => (
                    <li key={l} className="chip technique">
                      {t(`labels.${l}`)}
                    </li>
                  ))}
              </ul>
              <p className="best-score">
                {record ? (
                  <>
                    <strong>{t('call.picker.best', { score: record.best })}</strong> · {t('call.picker.attempts', { count: record.attempts })}
                  </>
                ) : (
                  t('call.picker.notTried')
                )}
              </p>
              <a
                className="button primary"
                href={hrefFor({ name: 'call', scenarioId: s.id, mode })}
                aria-label={t('call.picker.startLabel', { name: s.persona.name, title: s.title, mode: t(`call.mode.${mode}`) })}
              >
                {t('call.picker.start')}
              </a>
            </li>
          );
        })}
      </ul>
      <MyResultsPanel />
    </div>
  );
}
