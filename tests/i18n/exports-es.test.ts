import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';
import JSZip from 'jszip';
import { PDFDocument, PDFName } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { toDocx } from '../../src/domain/workbook/export-docx.ts';
import { toAnswersJson } from '../../src/domain/workbook/export-json.ts';
import { toMarkdown } from '../../src/domain/workbook/export-markdown.ts';
import { buildExportDocument, type ExportLabels } from '../../src/domain/workbook/export-model.ts';
import { toPdf } from '../../src/domain/workbook/export-pdf.ts';
import { parseAnswersFile } from '../../src/domain/workbook/import-answers.ts';
import type { GuidanceBlock } from '../../src/domain/workbook/types.ts';
import { allPrompts, allSections, getDeskCards, getWorkbook, promptText } from '../../src/domain/workbook/workbook.ts';
import esWorkbookStrings from '../../src/i18n/locales/es/workbook.json';
import { buildAnswers, buildMeta, loadPdfFonts } from '../domain/workbook/builders.ts';
import { docxText, pdfText, squash, unquoteMarkdown } from '../support/read-exports.ts';

// The export's own words come from the Spanish string table, as the export panel passes them.
const labels: ExportLabels = esWorkbookStrings.workbook.export.doc;
const workbook = getWorkbook('es');
const answers = buildAnswers({
  't01.1': '¡Claro! La revisamos cada mañana, ¿no? Año, niño, acción, pingüino.',
  't24.1': '¡USTED!',
});
const meta = buildMeta();
const doc = buildExportDocument(workbook, answers, meta);
const closing = allPrompts(workbook).at(-1)!;
const closingQuestion = `${labels.taskPrefix} ${closing.task.heading}`;

function expectSpanish(text: string) {
  expect(text).toContain(labels.title);
  expect(text).toContain('Parte II');
  expect(text).toContain(closingQuestion);
  expect(text).toContain('¿Qué puede hacer para asegurarse de que su información esté al día?');
  expect(text).toContain(answers['t01.1']!.text);
  expect(text).toContain(labels.noAnswer);
}

describe('workbook exports in Spanish', () => {
  it('Markdown uses the Spanish headings, labels and prompts', () => {
    const md = toMarkdown(doc, labels);
    expectSpanish(unquoteMarkdown(md));
    expect(md).toContain(`#### ${closingQuestion}`);
    expect(md).toContain(`- **${labels.trainee}:** María José Núñez`);
  });

  it('Word declares Spanish and holds the Spanish text', async () => {
    const bytes = await toDocx(doc, labels);
    expectSpanish(await docxText(bytes));
    const styles = await (await JSZip.loadAsync(bytes)).file('word/styles.xml')!.async('string');
    expect(styles).toContain('<w:lang w:val="es"/>');
  });

  it('PDF declares Spanish, and ¿ ¡ ñ and accents extract back exactly', async () => {
    const bytes = await toPdf(doc, labels, loadPdfFonts());
    const { text } = await pdfText(bytes);
    const flat = squash(text);
    for (const s of [labels.title, closingQuestion, '¿Qué puede hacer para asegurarse de que su información esté al día?', answers['t01.1']!.text, 'Parte IV']) expect(flat).toContain(squash(s));
    const loaded = await PDFDocument.load(bytes);
    expect(String(loaded.catalog.lookup(PDFName.of('Lang')))).toBe('(es)');
  }, 60_000);

  it('prints every character of the Spanish workbook with the PDF’s text fonts (no blank or fallback glyph)', () => {
    const require = createRequire(import.meta.url);
    const charsOf = (spec: string) => new Set(fontkit.create(readFileSync(require.resolve(spec))).characterSet);
    const regular = charsOf('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf');
    const bold = charsOf('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf');
    const textOf = (b: GuidanceBlock): string[] =>
      b.type === 'task'
        ? [b.task.heading, b.task.note ?? '', ...b.task.prompts.map((p) => p.text ?? '')]
        : b.type === 'bullets'
          ? b.items
          : b.type === 'numbered'
            ? b.items.flatMap((i) => (typeof i === 'string' ? [i] : [i.text, ...i.sub]))
            : [b.text];
    const all = [
      workbook.title,
      ...Object.values(labels),
      ...allSections(workbook).flatMap((s) => [s.title, ...s.content.flatMap(textOf)]),
      ...getDeskCards('es').flatMap((c) => [c.title, c.intro ?? '', ...c.items.flatMap((i) => [i.title ?? '', i.text, ...(i.sub ?? [])])]),
    ].join('');
    const missing = [...new Set(all)].filter((ch) => /\S/.test(ch) && (!regular.has(ch.codePointAt(0)!) || !bold.has(ch.codePointAt(0)!)));
    expect(missing).toEqual([]);
    expect(all).toMatch(/[¿¡ñáéíóú]/);
  });

  it('JSON says "es", carries the Spanish prompts and imports back by the same ids as English', () => {
    const order = allPrompts(workbook).map(({ task, prompt }) => ({ id: prompt.id, text: promptText(task, prompt) }));
    const json = toAnswersJson(answers, meta, workbook.lang, order);
    const raw = JSON.parse(json) as { lang: string; answers: { promptId: string; prompt: string }[] };
    expect(raw.lang).toBe('es');
    expect(raw.answers.find((a) => a.promptId === 't01.1')?.prompt).toBe('¿Qué puede hacer para asegurarse de que su información esté al día?');
    // A file exported in Spanish imports into the English workbook (and back): the ids are shared.
    const englishIds = new Set(allPrompts(getWorkbook('en')).map((p) => p.prompt.id));
    const back = parseAnswersFile(json, englishIds);
    expect(back.ok && back.answers.map((a) => a.text)).toEqual(['¡Claro! La revisamos cada mañana, ¿no? Año, niño, acción, pingüino.', '¡USTED!']);
  });
});
