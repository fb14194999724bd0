import { useCallback, useDeferredValue, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import scenarios, { translations } from 'virtual:scenarios';
import { version as appVersion } from '../../../package.json';
import { getOwn } from '../../domain/review/own.ts';
import { overviewRows, reviewTeams, ruleHeatMap, traineeAttempts, traineeTrend, type OverviewRow } from '../../domain/review/aggregates.ts';
import { suggestAudit } from '../../domain/review/audit.ts';
import { teamCsv } from '../../domain/review/csv.ts';
import { indexScenarios } from '../../domain/review/rescore.ts';
import { rescoreInPool } from '../../domain/review/rescore-pool.ts';
import { reviewBundleJson } from '../../domain/review/review-bundle.ts';
import type { AuditNote } from '../../domain/review/types.ts';
import { scenarioIn } from '../../domain/scenario/translation.ts';
import { currentLanguage } from '../../i18n/i18n.ts';
import { createRescoreWorker } from '../../workers/create-rescore-worker.ts';
import { downloadFile } from '../../components/download.ts';
import { AttemptDrillDown } from './AttemptDrillDown.tsx';
import type { AuditSuggestion } from './AuditNoteEditor.tsx';
import { FileDropZone } from './FileDropZone.tsx';
import { HeatMap } from './HeatMap.tsx';
import { ImportReport } from './ImportReport.tsx';
import { OverviewTable, type OverviewTableRow } from './OverviewTable.tsx';
import { reviewPersistence } from './review-persistence.ts';
import { TrendChart } from './TrendChart.tsx';
import { useReview, type ImportProgress, type Rescorer } from './use-review.ts';
import './review.css';

const scenarioIndex = indexScenarios(scenarios, translations);

const defaultRescorer: Rescorer = (attempts, onProgress) =>
  rescoreInPool(attempts, scenarioIndex, {
    createWorker: createRescoreWorker,
    onProgress: (p) => onProgress(p.phase, p.done, p.total),
  });

const ALL_TEAMS = '\u0000all';
const NO_TEAM = '\u0000none';

function ProgressView({ progress }: { progress: ImportProgress }) {
  const { t } = useTranslation();
  const labelId = useId();
  return (
    <div className="import-progress">
      <span id={labelId}>{t(`review.import.progress.${progress.phase}`, { done: progress.done, total: progress.total })}</span>
      <progress aria-labelledby={labelId} max={Math.max(1, progress.total)} value={progress.done} />
    </div>
  );
}

interface Props {
  /** Tests pass their own storage and scorer; the app uses IndexedDB and the worker pool. */
  persistence?: typeof reviewPersistence;
  rescore?: Rescorer;
}

/** The supervisor's dashboard: import trainees' results, see the team, drill into any call, write the audit, export. */
export default function ReviewPage({ persistence = reviewPersistence, rescore = defaultRescorer }: Props) {
  const { t, i18n } = useTranslation();
  const review = useReview(persistence, rescore);
  const { data } = review;
  const [team, setTeam] = useState(ALL_TEAMS);
  const [search, setSearch] = useState('');
  const deferredSearch = useDeferredValue(search);
  const [openAttemptId, setOpenAttemptId] = useState<string | null>(null);
  const [trendTrainee, setTrendTrainee] = useState<string | null>(null);
  // The typed pass mark, kept as text so the field can be cleared and retyped; applied when it is a number 0-100.
  const [thresholdText, setThresholdText] = useState<string | null>(null);
  const teamFilterId = useId();
  const searchId = useId();
  const thresholdId = useId();
  const trendSelectId = useId();
  const lang = currentLanguage();

  const scenarioTitle = useCallback(
    (id: string) => {
      const s = scenarios.find((x) => x.id === id);
      return s ? scenarioIn(s, lang, translations).title : id;
    },
    [lang],
  );

  const filter = useMemo(() => (team === ALL_TEAMS ? {} : { team: team === NO_TEAM ? '' : team }), [team]);
  // Recomputed only when the imported data, the pass mark or the filter change; typing a note does not redo them.
  const scoringData = useMemo(
    () => ({ ...data, notes: {} }),
    [data.attempts, data.rescored, data.trainees, data.threshold],
  );
  const rows = useMemo(() => overviewRows(scoringData, filter), [scoringData, filter]);
  const visibleRows = useMemo(() => {
    const needle = deferredSearch.trim().toLocaleLowerCase(i18n.language);
    if (!needle) return rows;
    return rows.filter((r) =>
      [r.name, r.employeeId ?? '', r.team ?? '', scenarioTitle(r.scenarioId)].some((v) => v.toLocaleLowerCase(i18n.language).includes(needle)),
    );
  }, [rows, deferredSearch, i18n.language, scenarioTitle]);
  const tableRows = useMemo<OverviewTableRow[]>(
    () =>
      visibleRows.map((r: OverviewRow) => ({
        key: r.key,
        traineeName: r.name,
        team: r.team ?? '',
        scenarioTitle: scenarioTitle(r.scenarioId),
        best: r.best,
        latest: r.latest,
        attempts: r.attempts,
        passed: r.passed,
        flagged: r.flaggedAttempts,
        latestAttemptId: r.latestAttemptId ?? r.attemptIds[r.attemptIds.length - 1] ?? null,
      })),
    [visibleRows, scenarioTitle],
  );
  const heat = useMemo(() => ruleHeatMap(scoringData, filter), [scoringData, filter]);
  const teams = useMemo(() => reviewTeams(scoringData), [scoringData]);
  const trainees = useMemo(() => heat.rows.map((r) => ({ id: r.traineeId, name: r.name })), [heat]);
  const trendId = trendTrainee && trainees.some((x) => x.id === trendTrainee) ? trendTrainee : (trainees[0]?.id ?? null);
  const trend = useMemo(
    () => (trendId ? traineeTrend(scoringData, trendId).map((s) => ({ label: scenarioTitle(s.scenarioId), points: s.points.map((p) => ({ at: p.at, score: p.total })) })) : []),
    [scoringData, trendId, scenarioTitle],
  );

  const openAttempt = openAttemptId ? getOwn(data.attempts, openAttemptId) : undefined;
  const openRescored = openAttemptId ? getOwn(data.rescored, openAttemptId) : undefined;
  const suggestion = useMemo<AuditSuggestion>(() => {
    if (!openRescored) return { opportunityRule: null, strengthRule: null, opportunity: '', strength: '' };
    const s = suggestAudit(openRescored);
    const words = (p: typeof s.opportunity) => t(p.key, { ...p.params, ...(p.rule ? { rule: t(`labels.${p.rule}`) } : {}) });
    return { opportunityRule: s.opportunity.rule, strengthRule: s.strength.rule, opportunity: words(s.opportunity), strength: words(s.strength) };
  }, [openRescored, t]);
  const openOwner = openAttempt?.profileId;
  const openScenario = openAttempt?.scenarioId;
  const siblings = useMemo(
    () => (openOwner && openScenario ? traineeAttempts(scoringData, openOwner, openScenario) : []),
    [scoringData, openOwner, openScenario],
  );

  const exportCsv = () => {
    const csv = teamCsv(visibleRows, data.notes, {
      headers: {
        trainee: t('review.csv.trainee'),
        employeeId: t('review.csv.employeeId'),
        team: t('review.csv.team'),
        scenario: t('review.csv.scenario'),
        attempts: t('review.csv.attempts'),
        best: t('review.csv.best'),
        latest: t('review.csv.latest'),
        latestAt: t('review.csv.latestAt'),
        passed: t('review.csv.passed'),
        flagged: t('review.csv.flagged'),
        opportunity: t('review.csv.opportunity'),
        strength: t('review.csv.strength'),
      },
      passedText: (p) => (p ? t('review.overview.pass') : t('review.overview.fail')),
    });
    downloadFile(csv, 'team-review.csv', 'text/csv;charset=utf-8');
  };
  const exportBundle = () => downloadFile(reviewBundleJson(data, appVersion), 'review-bundle.json', 'application/json');

  const hasData = Object.keys(data.attempts).length > 0;
  const busy = review.progress !== null;

  return (
    <div className="page review-page">
      <h1>{t('review.title')}</h1>
      <p className="lead">{t('review.intro')}</p>

      <section aria-labelledby="review-import-title" className="review-panel">
        <h2 id="review-import-title">{t('review.import.title')}</h2>
        <FileDropZone onFiles={(files) => void review.importFiles(files)} disabled={busy} />
        <div aria-live="polite">{review.progress && <ProgressView progress={review.progress} />}</div>
        {/* Always in the page so screen readers announce the summary when an import finishes; the list itself is read on demand. */}
        <p className="visually-hidden" role="status">
          {review.reports.length > 0 && t('review.import.reportTitle', { count: review.reports.length, failed: review.reports.filter((r) => !r.ok).length })}
        </p>
        <ImportReport reports={review.reports} />
        {review.saveFailed && <p role="alert">{t('review.saveFailed')}</p>}
        {review.loadState === 'failed' && <p role="alert">{t('review.loadFailed')}</p>}
      </section>

      {!hasData ? (
        review.loadState !== 'loading' && <p className="hint review-empty">{t('review.empty')}</p>
      ) : (
        <>
          <section aria-labelledby="review-overview-title">
            <h2 id="review-overview-title">{t('review.overview.title')}</h2>
            <div className="review-controls">
              <div>
                <label htmlFor={teamFilterId}>{t('review.overview.team')}</label>
                <select id={teamFilterId} value={team} onChange={(e) => setTeam(e.target.value)}>
                  <option value={ALL_TEAMS}>{t('review.overview.allTeams')}</option>
                  {teams.map((name) => (
                    <option key={name} value={name}>
                      {name}
                    </option>
                  ))}
                  <option value={NO_TEAM}>{t('review.overview.noTeam')}</option>
                </select>
              </div>
              <div>
                <label htmlFor={searchId}>{t('review.overview.search')}</label>
                <input id={searchId} type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
              </div>
              <div>
                <label htmlFor={thresholdId}>{t('review.overview.threshold')}</label>
                <input
                  id={thresholdId}
                  type="number"
                  min={0}
                  max={100}
                  step={1}
                  value={thresholdText ?? String(data.threshold)}
                  onChange={(e) => {
                    setThresholdText(e.target.value);
                    const n = e.target.valueAsNumber;
                    if (Number.isFinite(n) && n >= 0 && n <= 100) review.setThreshold(Math.round(n));
                  }}
                  onBlur={() => setThresholdText(null)}
                />
              </div>
            </div>
            <p className="hint" role="status">
              {t('review.overview.summary', {
                count: visibleRows.length,
                passed: visibleRows.filter((r) => r.passed === true).length,
                threshold: data.threshold,
              })}
            </p>
            <OverviewTable
              rows={tableRows}
              threshold={data.threshold}
              onOpen={(id) => {
                setOpenAttemptId(id);
                // The trend follows the trainee being looked at.
                const owner = getOwn(data.attempts, id)?.profileId;
                if (owner) setTrendTrainee(owner);
              }}
            />
            <div className="review-actions">
              <button type="button" className="button" onClick={exportCsv}>
                {t('review.export.csv')}
              </button>
              <button type="button" className="button" onClick={exportBundle}>
                {t('review.export.bundle')}
              </button>
            </div>
          </section>

          {openAttempt && (
            <>
              <AttemptDrillDown
                attempt={openAttempt}
                rescored={openRescored}
                trainee={getOwn(data.trainees, openAttempt.profileId)}
                scenarioTitle={scenarioTitle(openAttempt.scenarioId)}
                callerName={(() => {
                  const s = scenarios.find((x) => x.id === openAttempt.scenarioId);
                  return s ? scenarioIn(s, lang, translations).persona.callerName : t('review.drill.caller');
                })()}
                note={getOwn(data.notes, openAttempt.id)}
                suggestion={suggestion}
                noteState={review.noteStates[openAttempt.id] ?? (getOwn(data.notes, openAttempt.id) ? 'saved' : 'suggested')}
                onNoteChange={(note: AuditNote) => review.setNote(note)}
                onClose={() => setOpenAttemptId(null)}
                otherAttempts={
                  siblings.length > 1 && (
                    <nav aria-label={t('review.drill.otherAttempts')} className="review-siblings">
                      <h3>{t('review.drill.otherAttempts')}</h3>
                      <ul className="attempt-chips">
                        {siblings.map(({ attempt, rescored }) => (
                          <li key={attempt.id}>
                            <button
                              type="button"
                              className="attempt-chip"
                              aria-current={attempt.id === openAttempt.id ? 'true' : undefined}
                              onClick={() => setOpenAttemptId(attempt.id)}
                            >
                              {t('review.drill.attemptChip', {
                                when: new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'short' }).format(attempt.endedAt),
                                score: rescored?.total ?? '—',
                              })}
                            </button>
                          </li>
                        ))}
                      </ul>
                    </nav>
                  )
                }
              />
            </>
          )}

          <section aria-labelledby="review-heat-title">
            <h2 id="review-heat-title">{t('review.heat.title')}</h2>
            <p className="hint">{t('review.heat.intro')}</p>
            <HeatMap map={heat} />
          </section>

          <section aria-labelledby="review-trend-title">
            <h2 id="review-trend-title">{t('review.trend.title')}</h2>
            {trainees.length === 0 ? (
              <p className="hint">{t('review.trend.empty')}</p>
            ) : (
              <>
                <div className="review-controls">
                  <div>
                    <label htmlFor={trendSelectId}>{t('review.trend.trainee')}</label>
                    <select id={trendSelectId} value={trendId ?? ''} onChange={(e) => setTrendTrainee(e.target.value)}>
                      {trainees.map((x) => (
                        <option key={x.id} value={x.id}>
                          {x.name}
                        </option>
                      ))}
                    </select>
                  </div>
                </div>
                <TrendChart title={t('review.trend.chartTitle', { trainee: trainees.find((x) => x.id === trendId)?.name ?? '' })} series={trend} />
              </>
            )}
          </section>
        </>
      )}
    </div>
  );
}
