import { useTranslation } from 'react-i18next';
import type { ClassSummary } from '../../domain/classroom/summary.ts';
import type { LabelId } from '../../domain/scoring/labels.ts';

/** The end-of-call summary: each call's result, each trainee's turns, techniques and faults, and the class's rules. */
export function ClassSummaryView({ summary, headingLevel = 2 }: { summary: ClassSummary; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const H = `h${headingLevel}` as const;
  const S = `h${headingLevel + 1}` as 'h3' | 'h4';
  const names = (labels: readonly LabelId[]) => (labels.length === 0 ? '—' : labels.map((l) => t(`labels.${l}`)).join(', '));
  return (
    <section className="class-summary" aria-labelledby="class-summary-title">
      <H id="class-summary-title">{t('classroom.summary.title')}</H>
      <ul className="summary-calls">
        {summary.calls.map((c) => (
          <li key={c.callId}>
            <strong>{c.title}</strong>:{' '}
            {c.ending
              ? t('classroom.summary.callResult', { score: c.ending.score, result: t(`call.debrief.result.${c.ending.result}`), turns: c.turns })
              : t('classroom.summary.callOpen', { turns: c.turns })}
          </li>
        ))}
      </ul>
      <p className="hint">{t('classroom.summary.scoreMeaning')}</p>
      <S>{t('classroom.summary.perTrainee')}</S>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('classroom.summary.trainee')}</th>
              <th scope="col">{t('classroom.summary.turns')}</th>
              <th scope="col">{t('classroom.summary.techniques')}</th>
              <th scope="col">{t('classroom.summary.faults')}</th>
            </tr>
          </thead>
          <tbody>
            {summary.trainees.map((p) => (
              <tr key={p.id}>
                <th scope="row">{p.name}</th>
                <td>{p.silent > 0 ? t('classroom.summary.turnsSilent', { count: p.turns, silent: p.silent }) : p.turns}</td>
                <td>
                  <span className="count-technique">✓ {p.techniqueUses}</span> {names(p.techniques)}
                </td>
                <td>
                  <span className="count-fault">✗ {p.faultCount}</span> {names(p.faults)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <S>{t('classroom.summary.perRule')}</S>
      {summary.rules.length === 0 ? (
        <p>{t('classroom.summary.noRules')}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('classroom.summary.rule')}</th>
                <th scope="col">{t('classroom.summary.used')}</th>
                <th scope="col">{t('classroom.summary.faultTurns')}</th>
              </tr>
            </thead>
            <tbody>
              {summary.rules.map((r) => (
                <tr key={r.label}>
                  <th scope="row">{t(`labels.${r.label}`)}</th>
                  <td>{r.expected === 0 ? '—' : t('classroom.summary.usedOf', { used: r.used, expected: r.expected })}</td>
                  <td>{r.faults === 0 ? '—' : <span className="count-fault">✗ {r.faults}</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
