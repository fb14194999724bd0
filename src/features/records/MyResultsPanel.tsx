import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { version as appVersion } from '../../../package.json';
import { useCurrentProfile } from '../../components/profile/use-current-profile.ts';
import type { Attempt } from '../../domain/records/attempt.ts';
import { resultsBundleJson, resultsFileName } from '../../domain/records/results-export.ts';
import { toAnswersJson } from '../../domain/workbook/export-json.ts';
import { allPrompts, getWorkbook, promptText } from '../../domain/workbook/workbook.ts';
import { loadAnswers } from '../../storage/answers-store.ts';
import { listAttempts } from '../../storage/attempts-store.ts';
import { downloadFile } from '../../components/download.ts';
import './records.css';

type Loaded = { profileId: string; attempts: Attempt[] } | { profileId: string; failed: true };

/**
 * "My results": the trainee's recorded calls, exported as the results bundle
 * a supervisor imports (optionally with the workbook answers) or as a CSV for
 * a spreadsheet.
 */
export function MyResultsPanel() {
  const { t, i18n } = useTranslation();
  const profile = useCurrentProfile();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [withWorkbook, setWithWorkbook] = useState(true);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const titleId = useId();
  const profileId = profile?.id ?? null;

  useEffect(() => {
    if (!profileId) return;
    let live = true;
    listAttempts(profileId).then(
      (attempts) => live && setLoaded({ profileId, attempts }),
      () => live && setLoaded({ profileId, failed: true }),
    );
    return () => {
      live = false;
    };
  }, [profileId]);

  const current = loaded && loaded.profileId === profileId ? loaded : null;
  const attempts = current && 'attempts' in current ? current.attempts : [];

  async function exportJson() {
    if (!profile) return;
    setBusy(true);
    try {
      // Read again at export time: a call may have finished in another tab since the panel loaded.
      const fresh = await listAttempts(profile.id);
      let workbookJson: string | null = null;
      if (withWorkbook) {
        const workbook = getWorkbook(i18n.language);
        const order = allPrompts(workbook).map(({ task, prompt }) => ({ id: prompt.id, text: promptText(task, prompt) }));
        const meta = { traineeName: profile.name, employeeId: profile.employeeId, team: profile.team, date: new Date() };
        workbookJson = toAnswersJson(await loadAnswers(profile.id), meta, workbook.lang, order);
      }
      const now = new Date();
      const file = resultsFileName('results', profile.name, now, 'json');
      downloadFile(resultsBundleJson({ trainee: profile, attempts: fresh, workbookJson, appVersion, now }), file, 'application/json');
      setStatus(t('records.exported', { file, count: fresh.length }));
    } catch {
      setStatus(t('records.failed'));
    } finally {
      setBusy(false);
    }
  }

  async function exportCsv() {
    if (!profile) return;
    setBusy(true);
    try {
      // The CSV writer loads on demand: most visits to the calls page never export.
      const [fresh, { attemptsCsv }] = await Promise.all([listAttempts(profile.id), import('../../domain/records/attempts-csv.ts')]);
      const headers = t('records.csv', { returnObjects: true }) as Record<string, string>;
      const csv = attemptsCsv(fresh, headers, (m) => t('records.mix', { choices: m.choices, typed: m.typed, silent: m.silent }));
      const file = resultsFileName('attempts', profile.name, new Date(), 'csv');
      // A byte-order mark makes spreadsheet programs read the file as UTF-8 (names with accents).
      downloadFile(`\ufeff${csv}`, file, 'text/csv;charset=utf-8');
      setStatus(t('records.exported', { file, count: fresh.length }));
    } catch {
      setStatus(t('records.failed'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="my-results" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('records.title')}</h2>
      {!profile ? (
        <p className="hint">{t('records.needProfile')}</p>
      ) : (
        <>
          <p>{current && 'failed' in current ? t('records.storageProblem') : t('records.summary', { name: profile.name, count: attempts.length })}</p>
          <p className="hint">{t('records.intro')}</p>
          <label className="my-results-option">
            <input type="checkbox" checked={withWorkbook} onChange={(e) => setWithWorkbook(e.target.checked)} /> {t('records.includeWorkbook')}
          </label>
          <div className="my-results-buttons">
            <button type="button" className="button primary" disabled={busy} onClick={() => void exportJson()}>
              {t('records.exportJson')}
            </button>
            <button type="button" className="button" disabled={busy} onClick={() => void exportCsv()}>
              {t('records.exportCsv')}
            </button>
          </div>
        </>
      )}
      <p role="status" className="my-results-status">
        {status}
      </p>
    </section>
  );
}
