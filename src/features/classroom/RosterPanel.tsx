import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { addTrainee, removeTrainee, setHotSeat, type ClassroomSession } from '../../domain/classroom/session.ts';
import { checkProfileName, createProfile, type ProfileNameProblem } from '../../domain/profiles/profile.ts';
import { newAttemptId } from '../../domain/records/attempt.ts';
import type { SessionAction } from './use-classroom-console.ts';

/** Who is present: add names as people arrive, put anyone in the hot seat, see how many turns each has had. */
export function RosterPanel({ session, act }: { session: ClassroomSession; act: (a: SessionAction) => unknown }) {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState('');
  const [employeeId, setEmployeeId] = useState('');
  const [problem, setProblem] = useState<ProfileNameProblem | null>(null);
  const turns = new Map<string, number>();
  for (const c of session.calls) for (const a of c.answers) turns.set(a.answeredBy, (turns.get(a.answeredBy) ?? 0) + 1);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const p = checkProfileName(name, session.roster);
    setProblem(p);
    if (p) return;
    const profile = createProfile({ name, employeeId }, Date.now(), newAttemptId());
    act((s, now) => addTrainee(s, profile, now));
    setName('');
    setEmployeeId('');
  };

  return (
    <section className="classroom-panel roster" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('classroom.roster.title')}</h2>
      {session.roster.length === 0 ? (
        <p className="hint">{t('classroom.roster.empty')}</p>
      ) : (
        <ol className="roster-list">
          {session.roster.map((p) => {
            const on = p.id === session.hotSeat;
            return (
              <li key={p.id} className={on ? 'on-seat' : undefined} aria-current={on ? 'true' : undefined}>
                <span className="roster-name">
                  {on && <span aria-hidden="true">▶ </span>}
                  {p.name}
                  {on && <span className="seat-tag"> ({t('classroom.roster.onSeat')})</span>}
                </span>
                <span className="hint">{t('classroom.roster.turns', { count: turns.get(p.id) ?? 0 })}</span>
                <span className="roster-actions">
                  {!on && (
                    <button type="button" className="button small" onClick={() => act((s, now) => setHotSeat(s, p.id, now))}>
                      {t('classroom.roster.seat', { name: p.name })}
                    </button>
                  )}
                  <button type="button" className="button small quiet" onClick={() => act((s, now) => removeTrainee(s, p.id, now))}>
                    {t('classroom.roster.remove', { name: p.name })}
                  </button>
                </span>
              </li>
            );
          })}
        </ol>
      )}
      <form className="roster-form" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('classroom.roster.name')}</label>
          <input
            id={`${id}-name`}
            value={name}
            autoComplete="off"
            onChange={(e) => setName(e.target.value)}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? `${id}-problem` : undefined}
          />
          {problem && (
            <p id={`${id}-problem`} className="field-error" role="alert">
              {t(`classroom.roster.problem.${problem}`)}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor={`${id}-emp`}>{t('classroom.roster.employeeId')}</label>
          <input id={`${id}-emp`} value={employeeId} autoComplete="off" onChange={(e) => setEmployeeId(e.target.value)} />
        </div>
        <button type="submit" className="button">
          {t('classroom.roster.add')}
        </button>
      </form>
    </section>
  );
}
