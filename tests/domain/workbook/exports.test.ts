import { PDFDict, PDFDocument, PDFName, PDFRawStream, type PDFRef } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { toDocx } from '../../../src/domain/workbook/export-docx.ts';
import { toAnswersJson } from '../../../src/domain/workbook/export-json.ts';
import { toMarkdown } from '../../../src/domain/workbook/export-markdown.ts';
import { buildExportDocument, exportFileName } from '../../../src/domain/workbook/export-model.ts';
import { toPdf } from '../../../src/domain/workbook/export-pdf.ts';
import { parseAnswersFile } from '../../../src/domain/workbook/import-answers.ts';
import { allPrompts, getWorkbook, promptText } from '../../../src/domain/workbook/workbook.ts';
import { docxText, pdfText, squash, unquoteMarkdown } from '../../support/read-exports.ts';
import { buildAnswers, buildMeta, labels, loadPdfFonts, trickyAnswers } from './builders.ts';

const workbook = getWorkbook('en');
const answers = buildAnswers(trickyAnswers);
const meta = buildMeta({ employeeId: 'E-042', team: 'Night shift' });
const doc = buildExportDocument(workbook, answers, meta);
const answered = allPrompts(workbook).filter(({ prompt }) => trickyAnswers[prompt.id] !== undefined);

function expectEveryAnswer(text: string, normalize: (s: string) => string = (s) => s) {
  const haystack = normalize(text);
  for (const { task, prompt } of answered) {
    expect(haystack, `question of ${prompt.id}`).toContain(normalize(promptText(task, prompt)));
    expect(haystack, `answer to ${prompt.id}`).toContain(normalize(trickyAnswers[prompt.id]!));
  }
  expect(haystack).toContain(normalize('María José Núñez'));
  expect(haystack).toContain('2026-11-23');
}

describe('workbook exports read back exactly', () => {
  it('Markdown keeps every prompt and every answer, line by line', () => {
    const md = toMarkdown(doc, labels);
    expectEveryAnswer(unquoteMarkdown(md));
    expect(md).toContain('#### Task: Who is responsible for customer service in your organization?');
    expect(md).toContain('_No answer yet_');
  });

  it('JSON round-trips through import with the same text and times', () => {
    const order = allPrompts(workbook).map(({ task, prompt }) => ({ id: prompt.id, text: promptText(task, prompt) }));
    const json = toAnswersJson(answers, meta, 'en', order);
    const raw = JSON.parse(json) as { answers: { promptId: string; prompt: string; text: string }[] };
    for (const { task, prompt } of answered) {
      const entry = raw.answers.find((a) => a.promptId === prompt.id);
      expect(entry).toEqual(expect.objectContaining({ prompt: promptText(task, prompt), text: trickyAnswers[prompt.id] }));
    }
    const back = parseAnswersFile(json, new Set(order.map((o) => o.id)));
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.file.trainee).toEqual({ name: 'María José Núñez', employeeId: 'E-042', team: 'Night shift' });
    expect(Object.fromEntries(back.answers.map((a) => [a.promptId, a.text]))).toEqual(trickyAnswers);
    expect(back.answers.every((a) => a.updatedAt === answers[a.promptId]!.updatedAt)).toBe(true);
  });

  it('DOCX document XML holds every prompt and answer', async () => {
    const bytes = await toDocx(doc, labels);
    expectEveryAnswer(await docxText(bytes));
  });

  it('PDF text, extracted with pdf.js, holds every prompt and answer across pages', async () => {
    const bytes = await toPdf(doc, labels, loadPdfFonts());
    const { text, pages } = await pdfText(bytes);
    expect(pages).toBeGreaterThan(3);
    expectEveryAnswer(text, squash);
    // pdf-lib's font subsets printed most letters blank although their text still extracted,
    // so the export embeds whole fonts: each embedded font file is far larger than a subset.
    const loaded = await PDFDocument.load(bytes);
    const fontFiles = loaded.context
      .enumerateIndirectObjects()
      .flatMap(([, obj]) => (obj instanceof PDFDict && obj.get(PDFName.of('Type')) === PDFName.of('FontDescriptor') ? [loaded.context.lookup(obj.get(PDFName.of('FontFile2')) as PDFRef) as PDFRawStream] : []));
    expect(fontFiles).toHaveLength(3);
    for (const f of fontFiles) expect(f.contents.length).toBeGreaterThan(100_000);
  }, 60_000);

  it('names files after the trainee and the day, without accents or spaces', () => {
    expect(exportFileName('María José Núñez', new Date(2026, 10, 23), 'pdf')).toBe('workbook-maria-jose-nunez-2026-11-23.pdf');
    expect(exportFileName('Zoë Ødegaard', new Date(2026, 0, 5), 'md')).toBe('workbook-zoe-odegaard-2026-01-05.md');
    expect(exportFileName('李', new Date(2026, 0, 5), 'json')).toBe('workbook-trainee-2026-01-05.json');
  });
});
