import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import scenarios, { translations } from 'virtual:scenarios';
import { audienceSnapshot, type AudienceSnapshot } from '../../domain/classroom/audience.ts';
import { moodBand } from '../../domain/records/scenario-card.ts';
import { ClassSummaryView } from './ClassSummaryView.tsx';
import { FeedbackView } from './FeedbackView.tsx';
import { TurnTimer } from './TurnTimer.tsx';
import { openChannel, readStoredSession, SESSION_KEY } from './sync.ts';
import './classroom.css';

/** The snapshot from what the console last saved, for a projector opened (or reopened) on its own. */
function fromStorage(): AudienceSnapshot | null {
  const { session } = readStoredSession();
  return session ? audienceSnapshot(session, scenarios, translations) : null;
}

/**
 * `#/audience`: the projector's view, a read-only projection of the console.
 * It shows the session saved in this browser at once, then follows the
 * console's snapshots over BroadcastChannel (asking for one when it opens);
 * a browser without BroadcastChannel follows the saved session instead.
 */
export default function AudiencePage() {
  const { t } = useTranslation();
  const [snap, setSnap] = useState<AudienceSnapshot | null>(fromStorage);

  useEffect(() => {
    const channel = openChannel((message) => {
      if (message.type === 'snapshot') setSnap(message.snapshot);
    });
    channel.post({ type: 'hello' });
    const onStorage = (e: StorageEvent) => {
      if (e.key === SESSION_KEY && typeof BroadcastChannel === 'undefined') setSnap(fromStorage());
    };
    window.addEventListener('storage', onStorage);
    return () => {
      channel.close();
      window.removeEventListener('storage', onStorage);
    };
  }, []);

  useEffect(() => {
    document.title = snap?.title ? `${snap.title} — ${t('classroom.audience.title')}` : t('classroom.audience.title');
  }, [snap?.title, t]);

  if (!snap || snap.phase === 'waiting') {
    return (
      <main className="audience" id="main">
        <h1 className="audience-title">{t('classroom.audience.title')}</h1>
        <p className="audience-waiting">{t('classroom.audience.waiting')}</p>
        {snap && snap.roster.length > 0 && <Roster snap={snap} />}
      </main>
    );
  }

  const band = snap.mood === null ? null : moodBand(snap.mood);
  return (
    <main className={`audience${snap.paused ? ' is-paused' : ''}`} id="main">
      <header className="audience-head">
        <div>
          <h1 className="audience-title">{snap.title}</h1>
          {snap.persona && (
            <p className="audience-persona">
              <strong>{snap.persona.name}</strong> — {snap.persona.role}, {snap.persona.business}
            </p>
          )}
        </div>
        {snap.mood !== null && band && (
          <div className="audience-mood">
            <div
              className="mood-meter"
              role="meter"
              aria-label={t('classroom.audience.mood')}
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={snap.mood}
              aria-valuetext={t('classroom.audience.moodText', { band: t(`call.moodBand.${band}`), mood: snap.mood })}
            >
              <div className={`mood-fill mood-${band}`} style={{ width: `${snap.mood}%` }} />
            </div>
            <p className="audience-mood-text">{t('classroom.audience.moodText', { band: t(`call.moodBand.${band}`), mood: snap.mood })}</p>
          </div>
        )}
      </header>

      {snap.paused && (
        <p className="audience-paused" role="status">
          <span aria-hidden="true">⏸ </span>
          {t('classroom.audience.paused')}
        </p>
      )}

      {snap.phase === 'live' && (
        <section className="audience-seat" aria-label={t('classroom.audience.onTheLine')}>
          <p className="audience-on">
            <span className="audience-on-label">{t('classroom.audience.onTheLine')}</span> <strong className="audience-on-name">{snap.hotSeat ?? '—'}</strong>
          </p>
          <p className="audience-turn">{t('classroom.live.turn', { n: snap.turn })}</p>
          <TurnTimer timer={snap.timer} paused={snap.paused} className="audience-timer" />
        </section>
      )}

      {snap.lines && snap.lines.length > 0 && (
        <section className="audience-lines" aria-label={t('classroom.audience.callerSays', { name: snap.persona?.name ?? '' })}>
          {snap.lines.map((line, i) => (
            <blockquote key={i} className="audience-line">
              <p>{line.text}</p>
              <footer>({t(`call.lineMood.${line.mood}`)})</footer>
            </blockquote>
          ))}
        </section>
      )}

      {snap.feedback && (
        <section className="audience-feedback" aria-labelledby="audience-feedback-title">
          <h2 id="audience-feedback-title">{t('classroom.audience.feedback', { name: snap.feedback.answeredBy })}</h2>
          <FeedbackView feedback={snap.feedback} />
        </section>
      )}

      {snap.summary && <ClassSummaryView summary={snap.summary} />}
      <Roster snap={snap} />
    </main>
  );
}

function Roster({ snap }: { snap: AudienceSnapshot }) {
  const { t } = useTranslation();
  return (
    <section className="audience-roster" aria-label={t('classroom.roster.title')}>
      <ul>
        {snap.roster.map((p, i) => (
          <li key={i} className={p.name === snap.hotSeat ? 'on-seat' : undefined}>
            {p.name === snap.hotSeat && <span aria-hidden="true">▶ </span>}
            {p.name} <span className="audience-roster-turns">{t('classroom.roster.turns', { count: p.turns })}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
