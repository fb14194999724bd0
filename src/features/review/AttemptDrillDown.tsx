import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EvidenceList, HighlightedText } from '../../components/ui/HighlightedText.tsx';
import { LabelLine } from '../../components/ui/LabelLine.tsx';
import type { Profile } from '../../domain/profiles/profile.ts';
import type { Attempt } from '../../domain/records/attempt.ts';
import type { AuditNote, RescoredAttempt, RescoredTurn } from '../../domain/review/types.ts';
import { AuditNoteEditor, type AuditSuggestion, type NoteSaveState } from './AuditNoteEditor.tsx';

function TurnView({ turn, speaker }: { turn: RescoredTurn; speaker: string }) {
  const { t } = useTranslation();
  return (
    <li className={`review-turn${turn.changed ? ' review-turn-changed' : ''}`}>
      {turn.callerLines.map((line, i) => (
        <p key={i} className="review-caller-line">
          <strong>{speaker}:</strong> {line.text}
        </p>
      ))}
      <div className="review-answer">
        <p className="review-turn-head">
          <strong>{t('review.drill.turn', { n: turn.turn })}</strong> · {t(`review.drill.source.${turn.source}`)}
        </p>
        {turn.text === null ? (
          <p className="hint">{t('review.drill.noWords')}</p>
        ) : (
          <>
            <p className="answer">
              <HighlightedText text={turn.text} evidence={turn.evidence} />
            </p>
            {turn.evidence.length > 0 && <EvidenceList text={turn.text} evidence={turn.evidence} />}
          </>
        )}
        <LabelLine kind="fault" labels={turn.faults} title={t('review.drill.faults')} />
        <LabelLine kind="met" labels={turn.met} title={t('review.drill.used')} />
        <LabelLine kind="missed" labels={turn.missed} title={t('review.drill.missed')} />
        {turn.trainerCorrection && (turn.trainerCorrection.added.length > 0 || turn.trainerCorrection.removed.length > 0) && (
          <p className="hint">
            {t('review.drill.trainerCorrection', {
              added: turn.trainerCorrection.added.map((l) => t(`labels.${l}`)).join(', ') || '—',
              removed: turn.trainerCorrection.removed.map((l) => t(`labels.${l}`)).join(', ') || '—',
            })}
          </p>
        )}
        {turn.changed && (
          <p className="flag-line">
            <span aria-hidden="true">⚑ </span>
            {t('review.drill.turnChanged', { stored: turn.storedLabels.map((l) => t(`labels.${l}`)).join(', ') || t('review.drill.none') })}
          </p>
        )}
      </div>
    </li>
  );
}

/** Why an attempt is flagged, in words: the supervisor sees the mismatch rather than a silently corrected number. */
function FlagExplanations({ rescored }: { rescored: RescoredAttempt }) {
  const { t } = useTranslation();
  if (rescored.flags.length === 0) return <p className="hint">{t('review.drill.noFlags')}</p>;
  return (
    <ul className="flag-list">
      {rescored.flags.map((flag) => (
        <li key={flag} className="flag-line">
          <span aria-hidden="true">⚑ </span>
          <strong>{t(`review.flag.${flag}`)}</strong>{' '}
          {flag === 'scored-differently'
            ? t('review.drill.scoredDifferently', { stored: rescored.storedTotal, now: rescored.total ?? '—', turns: rescored.changedTurns.join(', ') || '—' })
            : rescored.misfit
              ? t(`review.drill.misfit.${rescored.misfit.reason}`, { turn: rescored.misfit.turn ?? '—', detail: rescored.misfit.detail ?? '' })
              : null}
        </li>
      ))}
    </ul>
  );
}

/** One attempt opened from the overview: its annotated transcript, the re-score beside the stored score, its flags, and the audit note. */
export function AttemptDrillDown({
  attempt,
  rescored,
  trainee,
  scenarioTitle,
  callerName,
  note,
  suggestion,
  noteState,
  onNoteChange,
  onClose,
  otherAttempts,
}: {
  attempt: Attempt;
  rescored: RescoredAttempt | undefined;
  trainee: Profile | undefined;
  scenarioTitle: string;
  callerName: string;
  note: AuditNote | undefined;
  suggestion: AuditSuggestion;
  noteState: NoteSaveState;
  onNoteChange: (note: AuditNote) => void;
  onClose: () => void;
  /** The trainee's other calls on this scenario, to switch between them. */
  otherAttempts?: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Opening an attempt moves focus to it, so keyboard users land where the content appeared.
  useEffect(() => headingRef.current?.focus(), [attempt.id]);
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(attempt.startedAt);
  const minutes = Math.max(0, Math.round((attempt.endedAt - attempt.startedAt) / 60_000));

  return (
    <section className="drill-down" aria-labelledby="drill-title">
      <div className="drill-head">
        <h2 id="drill-title" ref={headingRef} tabIndex={-1}>
          {t('review.drill.title', { trainee: trainee?.name ?? attempt.profileId, scenario: scenarioTitle })}
        </h2>
        <button type="button" className="button" onClick={onClose}>
          {t('review.drill.close')}
        </button>
      </div>
      <p className="hint">
        {t('review.drill.meta', { when, minutes, mode: t(`review.mode.${attempt.mode}`), count: attempt.transcript.length })}
      </p>
      <dl className="drill-scores">
        <div>
          <dt>{t('review.drill.rescored')}</dt>
          <dd>{rescored ? (rescored.total ?? t('review.drill.cannotScore')) : t('review.drill.pending')}</dd>
        </div>
        <div>
          <dt>{t('review.drill.stored')}</dt>
          <dd>{attempt.score.total}</dd>
        </div>
      </dl>
      {rescored && <FlagExplanations rescored={rescored} />}
      {rescored?.versionChanged && <p className="hint">{t('review.drill.versionChanged')}</p>}
      {otherAttempts}
      <AuditNoteEditor attemptId={attempt.id} note={note} suggestion={suggestion} saveState={noteState} onChange={onNoteChange} />
      <h3>{t('review.drill.transcript')}</h3>
      {rescored ? (
        <ol className="review-transcript">
          {rescored.turns.map((turn) => (
            <TurnView key={turn.turn} turn={turn} speaker={callerName} />
          ))}
        </ol>
      ) : (
        <p className="hint">{t('review.drill.pending')}</p>
      )}
    </section>
  );
}
