import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type uPlot from 'uplot';

export interface TrendSeries {
  /** What the line is (a scenario's title), shown in the legend and the table. */
  label: string;
  points: readonly { at: number; score: number }[];
}

// Colour plus a distinct dash per line, so lines differ without colour (WCAG 1.4.1).
const STROKES = ['#0f5f8a', '#9f1d1d', '#14612f', '#6b4a00', '#5b21b6', '#1b1f24'];
const DASHES: number[][] = [[], [8, 4], [2, 3], [12, 3, 3, 3], [4, 4], [1, 6]];

/** Aligns every series on the union of their timestamps (uPlot's data shape), seconds on x. */
function alignedData(series: readonly TrendSeries[]): uPlot.AlignedData {
  const xs = [...new Set(series.flatMap((s) => s.points.map((p) => Math.round(p.at / 1000))))].sort((a, b) => a - b);
  const index = new Map(xs.map((x, i) => [x, i]));
  const ys = series.map((s) => {
    const column: (number | null)[] = xs.map(() => null);
    for (const p of s.points) column[index.get(Math.round(p.at / 1000))!] = p.score;
    return column;
  });
  return [xs, ...ys];
}

/**
 * A trainee's score over time, one line per scenario. The chart is drawn with
 * uPlot (canvas, so invisible to screen readers); the table under it carries
 * the same numbers as text and is the accessible version.
 */
export function TrendChart({ title, series }: { title: string; series: readonly TrendSeries[] }) {
  const { t, i18n } = useTranslation();
  const holder = useRef<HTMLDivElement>(null);
  const tableId = useId();

  useEffect(() => {
    const el = holder.current;
    // jsdom and very old browsers have no matchMedia, which uPlot needs at load; the table still shows the data.
    if (!el || typeof window.matchMedia !== 'function' || series.length === 0) return;
    let chart: uPlot | undefined;
    let cancelled = false;
    const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    void Promise.all([import('uplot'), import('uplot/dist/uPlot.min.css')]).then(([{ default: UPlot }]) => {
      if (cancelled) return;
      const width = Math.max(280, el.clientWidth || 640);
      chart = new UPlot(
        {
          width,
          height: 260,
          scales: { x: { time: true }, y: { range: [0, 100] } },
          axes: [{}, { label: t('review.trend.scoreAxis') }],
          cursor: { drag: { x: !reducedMotion, y: false } },
          series: [
            { label: t('review.trend.date') },
            ...series.map((s, i) => ({
              label: s.label,
              stroke: STROKES[i % STROKES.length],
              dash: DASHES[i % DASHES.length],
              width: 2,
              spanGaps: true,
              points: { show: true, size: 7 },
            })),
          ],
        },
        alignedData(series),
        el,
      );
    });
    return () => {
      cancelled = true;
      chart?.destroy();
    };
  }, [series, t]);

  const dateFormat = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const rows = series.flatMap((s) => s.points.map((p) => ({ label: s.label, ...p }))).sort((a, b) => a.at - b.at);

  return (
    <figure className="trend">
      <figcaption>{title}</figcaption>
      {/* The canvas chart is a picture of the table below; hidden from screen readers, which read the table. */}
      <div ref={holder} className="trend-chart" aria-hidden="true" />
      <details className="trend-table">
        <summary>{t('review.trend.showTable')}</summary>
        <table aria-describedby={tableId}>
          <caption id={tableId}>{t('review.trend.tableCaption', { title })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('review.trend.date')}</th>
              <th scope="col">{t('review.trend.scenario')}</th>
              <th scope="col">{t('review.trend.score')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={`${r.label}-${r.at}-${i}`}>
                <td>{dateFormat.format(r.at)}</td>
                <td>{r.label}</td>
                <td>{r.score}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
