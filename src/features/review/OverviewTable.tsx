import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  createColumnHelper,
  createSortedRowModel,
  rowSortingFeature,
  sortFn_alphanumeric,
  tableFeatures,
  useTable,
  type SortingState,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';

/** One line of the team overview: a trainee on one scenario. */
export interface OverviewTableRow {
  key: string;
  traineeName: string;
  team: string;
  scenarioTitle: string;
  /** Null while nothing of this row is re-scored (import in progress, or a scenario this app does not have). */
  best: number | null;
  latest: number | null;
  attempts: number;
  passed: boolean | null;
  /** How many of this trainee's attempts on the scenario carry a re-scoring flag. */
  flagged: number;
  /** The attempt the drill-down opens: the latest one. */
  latestAttemptId: string | null;
}

const features = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric },
});

const helper = createColumnHelper<typeof features, OverviewTableRow>();

// Headers are i18n keys; the header cells below translate them.
const columns = helper.columns([
  helper.accessor('traineeName', { id: 'trainee', header: 'review.overview.col.trainee', sortFn: 'alphanumeric' }),
  helper.accessor('team', { id: 'team', header: 'review.overview.col.team', sortFn: 'alphanumeric' }),
  helper.accessor('scenarioTitle', { id: 'scenario', header: 'review.overview.col.scenario', sortFn: 'alphanumeric' }),
  helper.accessor((r) => r.best ?? undefined, { id: 'best', header: 'review.overview.col.best', sortDescFirst: true, sortUndefined: 'last' }),
  helper.accessor((r) => r.latest ?? undefined, { id: 'latest', header: 'review.overview.col.latest', sortDescFirst: true, sortUndefined: 'last' }),
  helper.accessor('attempts', { id: 'attempts', header: 'review.overview.col.attempts', sortDescFirst: true }),
  helper.accessor((r) => (r.passed === null ? undefined : r.passed ? 1 : 0), { id: 'result', header: 'review.overview.col.result', sortUndefined: 'last' }),
  helper.accessor('flagged', { id: 'flags', header: 'review.overview.col.flags', sortDescFirst: true }),
]);

const ROW_HEIGHT = 44;

function NotScored() {
  const { t } = useTranslation();
  return <span className="hint">{t('review.overview.notScored')}</span>;
}

/**
 * The team overview: sortable column headers (state announced through
 * `aria-sort`), and only the rows in view are in the page, so 25,000
 * attempts scroll as smoothly as 25.
 */
export function OverviewTable({ rows, threshold, onOpen }: { rows: readonly OverviewTableRow[]; threshold: number; onOpen: (attemptId: string) => void }) {
  const { t } = useTranslation();
  const [sorting, setSorting] = useState<SortingState>([{ id: 'trainee', desc: false }]);
  const table = useTable({
    features,
    columns,
    data: rows as OverviewTableRow[],
    state: { sorting },
    onSortingChange: setSorting,
    enableSortingRemoval: false,
    getRowId: (row) => row.key,
  });
  const sortedRows = table.getRowModel().rows;
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: sortedRows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (index) => sortedRows[index]!.id,
    overscan: 8,
  });

  return (
    <div
      className="overview-scroll"
      ref={scrollRef}
      tabIndex={0}
      role="region"
      aria-label={t('review.overview.scrollLabel')}
      // A fixed height lets the browser lay the table out on its own (CSS containment) while rows scroll past.
      style={{ height: `min(28rem, ${virtualizer.getTotalSize() + 64}px)` }}
    >
      <table className="overview-table" aria-rowcount={sortedRows.length + 1}>
        <caption className="visually-hidden">{t('review.overview.caption', { count: sortedRows.length, threshold })}</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} aria-rowindex={1}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                return (
                  <th key={header.id} scope="col" aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}>
                    <button type="button" className="sort-button" onClick={header.column.getToggleSortingHandler()}>
                      {t(String(header.column.columnDef.header))}
                      <span aria-hidden="true" className="sort-mark">
                        {sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ' ⇅'}
                      </span>
                    </button>
                  </th>
                );
              })}
              <th scope="col">
                <span className="visually-hidden">{t('review.overview.col.open')}</span>
              </th>
            </tr>
          ))}
        </thead>
        <tbody style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = sortedRows[item.index]!;
            const r = row.original;
            return (
              <tr key={row.id} aria-rowindex={item.index + 2} style={{ transform: `translateY(${item.start}px)` }}>
                <th scope="row">{r.traineeName}</th>
                <td>{r.team || <span className="hint">{t('review.overview.noTeam')}</span>}</td>
                <td>{r.scenarioTitle}</td>
                <td className="num">{r.best ?? <NotScored />}</td>
                <td className="num">{r.latest ?? <NotScored />}</td>
                <td className="num">{r.attempts}</td>
                <td>
                  {/* Icon and word, never colour alone. */}
                  {r.passed === null ? (
                    <NotScored />
                  ) : (
                    <span className={r.passed ? 'result-pass' : 'result-fail'}>
                      <span aria-hidden="true">{r.passed ? '✓ ' : '✗ '}</span>
                      {r.passed ? t('review.overview.pass') : t('review.overview.fail')}
                    </span>
                  )}
                </td>
                <td>{r.flagged > 0 ? <span className="flag-count">{t('review.overview.flagged', { count: r.flagged })}</span> : <span className="hint">{t('review.overview.noFlags')}</span>}</td>
                <td>
                  {r.latestAttemptId !== null && (
                    <button
                      type="button"
                      className="link-button"
                      // The visible words start the name (WCAG 2.5.3); the rest says which row.
                      aria-label={`${t('review.overview.open')} ${t('review.overview.openWho', { trainee: r.traineeName, scenario: r.scenarioTitle })}`}
                      onClick={() => onOpen(r.latestAttemptId!)}
                    >
                      {t('review.overview.open')}
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
