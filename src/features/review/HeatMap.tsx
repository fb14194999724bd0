import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RuleCell, RuleHeatMap } from '../../domain/review/aggregates.ts';
import { isAlwaysFault, type LabelId } from '../../domain/scoring/labels.ts';

// Beyond this many trainees the map asks before drawing every row (each row is ~30 cells).
const FIRST_ROWS = 60;

/** A rule's trouble rate: how often a fault was made, or how often a technique the call asked for was left out. */
function troubleRate(label: LabelId, cell: RuleCell): number {
  return isAlwaysFault(label) || label === 'admit-fault' ? cell.brokenRate : Math.max(cell.forgotRate, cell.brokenRate);
}

function heatClass(rate: number): string {
  if (rate <= 0) return 'heat-0';
  if (rate < 0.2) return 'heat-1';
  if (rate < 0.4) return 'heat-2';
  if (rate < 0.7) return 'heat-3';
  return 'heat-4';
}

const percent = (rate: number) => `${Math.round(rate * 100)}%`;

/**
 * Trainees × rules: each cell prints how often the trainee broke the rule
 * (faults) or forgot it when the call asked for it (techniques); the colour
 * repeats the number, and the tooltip gives the counts behind it.
 */
export const HeatMap = memo(function HeatMap({ map }: { map: RuleHeatMap }) {
  const { t } = useTranslation();
  const [showAll, setShowAll] = useState(false);
  if (map.rows.length === 0) return <p className="hint">{t('review.heat.empty')}</p>;
  const rows = showAll ? map.rows : map.rows.slice(0, FIRST_ROWS);
  const kindOf = (label: LabelId) => (isAlwaysFault(label) || label === 'admit-fault' ? 'broken' : 'forgot');

  const describe = (label: LabelId, cell: RuleCell) =>
    [
      cell.broken > 0 || kindOf(label) === 'broken' ? t('review.heat.brokenDetail', { count: cell.broken, turns: cell.turns }) : null,
      cell.expected > 0 ? t('review.heat.forgotDetail', { count: cell.forgot, expected: cell.expected }) : null,
    ]
      .filter(Boolean)
      .join(' · ');

  return (
    <>
      <h3>{t('review.heat.weakestTitle')}</h3>
      {map.weakest.length === 0 ? (
        <p className="hint">{t('review.heat.noWeakest')}</p>
      ) : (
        <ol className="weakest-rules">
          {map.weakest.slice(0, 5).map((cell) => (
            <li key={cell.label}>
              <strong>{t(`labels.${cell.label}`)}</strong> — {describe(cell.label, cell)}
            </li>
          ))}
        </ol>
      )}
      <p className="hint">{t('review.heat.kindLegend')}</p>
      <p className="heat-legend" aria-hidden="true">
        {t('review.heat.legend')} <span className="heat-0">0%</span>
        <span className="heat-1">&lt;20%</span>
        <span className="heat-2">&lt;40%</span>
        <span className="heat-3">&lt;70%</span>
        <span className="heat-4">≥70%</span>
      </p>
      <div className="heatmap-scroll" tabIndex={0} role="region" aria-label={t('review.heat.scrollLabel')}>
        <table className="heatmap">
          <caption className="visually-hidden">{t('review.heat.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('review.heat.trainee')}</th>
              {map.labels.map((label) => (
                <th key={label} scope="col" className="rule-head">
                  <span aria-hidden="true">{kindOf(label) === 'broken' ? '✗ ' : '○ '}</span>
                  {t(`labels.${label}`)}
                  <span className="visually-hidden"> {t(`review.heat.kind.${kindOf(label)}`)}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.traineeId}>
                <th scope="row">{row.name}</th>
                {map.labels.map((label) => {
                  const cell = row.cells[label];
                  if (!cell) {
                    return (
                      <td key={label} className="heat-none">
                        <span aria-hidden="true">·</span>
                        <span className="visually-hidden">{t('review.heat.notSeen')}</span>
                      </td>
                    );
                  }
                  const rate = troubleRate(label, cell);
                  return (
                    <td key={label} className={heatClass(rate)} title={`${t(`labels.${label}`)}: ${describe(label, cell)}`}>
                      {percent(rate)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length < map.rows.length && (
        <button type="button" className="button" onClick={() => setShowAll(true)}>
          {t('review.heat.showAll', { count: map.rows.length })}
        </button>
      )}
    </>
  );
});
