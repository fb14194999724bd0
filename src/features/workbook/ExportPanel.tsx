import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Profile } from '../../domain/profiles/profile.ts';
import type { Answers } from '../../domain/workbook/answers.ts';
import { toAnswersJson } from '../../domain/workbook/export-json.ts';
import { toMarkdown } from '../../domain/workbook/export-markdown.ts';
import { buildExportDocument, exportFileName, type ExportLabels } from '../../domain/workbook/export-model.ts';
import type { Workbook } from '../../domain/workbook/types.ts';
import { allPrompts, promptText } from '../../domain/workbook/workbook.ts';
import { downloadFile } from '../../components/download.ts';

type Format = 'pdf' | 'docx' | 'markdown' | 'json';
const FORMATS: Format[] = ['pdf', 'docx', 'markdown', 'json'];
const EXTENSION: Record<Format, string> = { pdf: 'pdf', docx: 'docx', markdown: 'md', json: 'json' };
const MIME: Record<Format, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  markdown: 'text/markdown;charset=utf-8',
  json: 'application/json',
};

/** Downloads the trainee's answers as PDF, Word, Markdown or JSON; works from memory even when storage failed. */
export function ExportPanel({ workbook, answers, profile }: { workbook: Workbook; answers: Answers; profile: Profile }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  async function run(format: Format) {
    const name = t(`workbook.export.${format}`);
    setBusy(true);
    setStatus(t('workbook.export.working', { format: name }));
    try {
      const meta = { traineeName: profile.name, employeeId: profile.employeeId, team: profile.team, date: new Date() };
      const labels = t('workbook.export.doc', { returnObjects: true }) as ExportLabels;
      const doc = buildExportDocument(workbook, answers, meta);
      let content: Uint8Array | string;
      // PDF and Word code loads only on demand: it is most of the export weight and most visits never need it.
      if (format === 'pdf') {
        const [{ toPdf }, { loadPdfFonts }] = await Promise.all([import('../../domain/workbook/export-pdf.ts'), import('./pdf-fonts.ts')]);
        content = await toPdf(doc, labels, await loadPdfFonts());
      } else if (format === 'docx') {
        const { toDocx } = await import('../../domain/workbook/export-docx.ts');
        content = await toDocx(doc, labels);
      } else if (format === 'markdown') {
        content = toMarkdown(doc, labels);
      } else {
        const order = allPrompts(workbook).map(({ task, prompt }) => ({ id: prompt.id, text: promptText(task, prompt) }));
        content = toAnswersJson(answers, meta, workbook.lang, order);
      }
      const file = exportFileName(profile.name, meta.date, EXTENSION[format]);
      downloadFile(content, file, MIME[format]);
      setStatus(t('workbook.export.done', { file }));
    } catch (err) {
      setStatus(t('workbook.export.failed', { format: name, reason: err instanceof Error ? err.message : String(err) }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="wb-panel" aria-labelledby="wb-export-title">
      <h2 id="wb-export-title">{t('workbook.export.title')}</h2>
      <p className="hint">{t('workbook.export.intro')}</p>
      <div className="wb-buttons">
        {FORMATS.map((f) => (
          <button key={f} type="button" className={f === 'pdf' ? 'button primary' : 'button'} disabled={busy} onClick={() => void run(f)}>
            {t(`workbook.export.${f}`)}
          </button>
        ))}
      </div>
      <p role="status" className="wb-export-status">
        {status}
      </p>
    </section>
  );
}
