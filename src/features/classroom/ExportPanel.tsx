import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportContents } from '../../domain/classroom/export.ts';

interface Props {
  contents: ExportContents;
  state: { count: number } | 'failed' | null;
  onExport: () => void;
}

/**
 * "Export results", available all through the class (a trainer may end it
 * mid-call): it says beforehand what the file will hold, the call in
 * progress included and marked as not finished.
 */
export function ExportPanel({ contents, state, onExport }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const empty = contents.trainees === 0;
  return (
    <section className="classroom-panel export-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('classroom.export.title')}</h2>
      {empty ? (
        <p className="hint">{t('classroom.export.nothing')}</p>
      ) : (
        <>
          <p id={`${id}-what`}>{t('classroom.export.includes', { count: contents.trainees })}</p>
          <ul className="export-contents" aria-labelledby={`${id}-what`}>
            <li>{t('classroom.export.finished', { count: contents.finishedCalls })}</li>
            {contents.unfinishedCalls > 0 && <li>{t('classroom.export.unfinished')}</li>}
          </ul>
          <p className="hint">{t('classroom.export.hint')}</p>
          <button type="button" className="button primary" onClick={onExport}>
            {t('classroom.export.button')}
          </button>
        </>
      )}
      <p role="status">{state === 'failed' ? t('classroom.export.failed') : state ? t('classroom.export.done', { count: state.count }) : ''}</p>
    </section>
  );
}
