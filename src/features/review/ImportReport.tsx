import { useTranslation } from 'react-i18next';
import type { BundleProblem } from '../../domain/review/parse.ts';

/** What happened to one imported file. */
export type FileReport =
  | { fileName: string; ok: true; kind: 'results' | 'review'; trainee?: string; added: number; duplicates: number }
  | { fileName: string; ok: false; problem: BundleProblem };

const MB = 1024 * 1024;

/** The problem in the supervisor's language, naming the file. */
export function ProblemMessage({ fileName, problem }: { fileName: string; problem: BundleProblem }) {
  const { t } = useTranslation();
  const file = fileName;
  switch (problem.code) {
    case 'too-large':
      return <>{t('review.import.problem.too-large', { file, size: (problem.bytes / MB).toFixed(1), limit: Math.round(problem.limit / MB) })}</>;
    case 'wrong-format':
      return <>{problem.format ? t('review.import.problem.wrong-format-named', { file, format: problem.format }) : t('review.import.problem.wrong-format', { file })}</>;
    case 'unknown-version':
      return <>{t('review.import.problem.unknown-version', { file, version: problem.version })}</>;
    case 'invalid':
      return <>{t('review.import.problem.invalid', { file, path: problem.path })}</>;
    default:
      return <>{t(`review.import.problem.${problem.code}`, { file })}</>;
  }
}

/** One line per file: imported (with counts and duplicates) or refused (with why); icons and words, not colour alone. */
export function ImportReport({ reports }: { reports: readonly FileReport[] }) {
  const { t } = useTranslation();
  if (reports.length === 0) return null;
  const failed = reports.filter((r) => !r.ok).length;
  return (
    <div className="import-report">
      <h3>{t('review.import.reportTitle', { count: reports.length, failed })}</h3>
      <ul>
        {reports.map((r, i) => (
          <li key={`${r.fileName}-${i}`} className={r.ok ? 'report-ok' : 'report-failed'}>
            <span aria-hidden="true" className="report-icon">
              {r.ok ? '✓' : '✗'}
            </span>{' '}
            {r.ok ? (
              <>
                {r.kind === 'review'
                  ? t('review.import.importedReview', { file: r.fileName, count: r.added })
                  : t('review.import.importedResults', { file: r.fileName, trainee: r.trainee ?? '', count: r.added })}
                {r.duplicates > 0 && <> {t('review.import.duplicates', { count: r.duplicates })}</>}
              </>
            ) : (
              <>
                <span className="visually-hidden">{t('review.import.notImported')} </span>
                <ProblemMessage fileName={r.fileName} problem={r.problem} />
              </>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
