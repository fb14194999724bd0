import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { ExportDocument, ExportLabels } from './export-model.ts';

/** TrueType fonts to embed: the standard PDF fonts have no accents beyond Latin-1 and no emoji. */
export interface PdfFonts {
  regular: Uint8Array;
  bold: Uint8Array;
  /** Fallback for characters the text font lacks (emoji). */
  symbols: Uint8Array;
}

// US Letter: the customer's answering services are North American.
const PAGE = { width: 612, height: 792, margin: 56 };
const FOOTER_Y = 30;
const INK = rgb(0.1, 0.12, 0.14);
const MUTED = rgb(0.33, 0.35, 0.38);

interface FontSet {
  main: PDFFont;
  fallback: PDFFont;
  mainChars: Set<number>;
  fallbackChars: Set<number>;
}
type Run = { text: string; font: PDFFont };

// Characters that never stand alone: they stay in the font of what precedes them.
const JOINERS = new Set([0x200d, 0xfe0e, 0xfe0f]);

function runsOf(text: string, fonts: FontSet): Run[] {
  const runs: Run[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const prev = runs.at(-1);
    let font: PDFFont;
    if (JOINERS.has(cp) && prev) font = prev.font;
    else if (fonts.mainChars.has(cp) || !fonts.fallbackChars.has(cp)) font = fonts.main;
    else font = fonts.fallback;
    if (prev && prev.font === font) prev.text += ch;
    else runs.push({ text: ch, font });
  }
  return runs;
}

function widthOf(text: string, fonts: FontSet, size: number): number {
  return runsOf(text, fonts).reduce((w, r) => w + r.font.widthOfTextAtSize(r.text, size), 0);
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Breaks text into lines that fit `maxWidth`, at spaces where possible and between characters in an over-long word. */
function wrap(text: string, fonts: FontSet, size: number, maxWidth: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const token of paragraph.match(/\s+|\S+/g) ?? ['']) {
      const candidate = line + token;
      if (widthOf(candidate, fonts, size) <= maxWidth) {
        line = candidate;
        continue;
      }
      if (/^\s+$/.test(token)) {
        lines.push(line);
        line = '';
        continue;
      }
      if (line.trim() !== '') lines.push(line.trimEnd());
      line = '';
      if (widthOf(token, fonts, size) <= maxWidth) {
        line = token;
        continue;
      }
      for (const { segment } of graphemes.segment(token)) {
        if (widthOf(line + segment, fonts, size) > maxWidth && line !== '') {
          lines.push(line);
          line = '';
        }
        line += segment;
      }
    }
    lines.push(line.trimEnd());
  }
  return lines;
}

class Writer {
  private page!: PDFPage;
  private y = 0;
  private pageNo = 0;
  constructor(
    private readonly pdf: PDFDocument,
    private readonly footer: (n: number) => string,
    private readonly small: FontSet,
  ) {
    this.newPage();
  }

  private newPage() {
    this.page = this.pdf.addPage([PAGE.width, PAGE.height]);
    this.pageNo += 1;
    this.y = PAGE.height - PAGE.margin;
    this.drawLine(this.footer(this.pageNo), this.small, 8, PAGE.margin, FOOTER_Y, MUTED);
  }

  private drawLine(text: string, fonts: FontSet, size: number, x: number, y: number, color = INK) {
    let cx = x;
    for (const run of runsOf(text, fonts)) {
      this.page.drawText(run.text, { x: cx, y, size, font: run.font, color });
      cx += run.font.widthOfTextAtSize(run.text, size);
    }
  }

  space(points: number) {
    this.y -= points;
  }

  /** Writes a block of text, wrapped, starting a new page whenever the next line would cross the bottom margin. */
  text(text: string, fonts: FontSet, size: number, opts: { indent?: number; color?: ReturnType<typeof rgb>; keepWithNext?: number } = {}) {
    const indent = opts.indent ?? 0;
    const leading = size * 1.4;
    const lines = wrap(text, fonts, size, PAGE.width - 2 * PAGE.margin - indent);
    const needed = leading * Math.min(lines.length, 2) + (opts.keepWithNext ?? 0);
    if (this.y - needed < PAGE.margin) this.newPage();
    for (const line of lines) {
      if (this.y - leading < PAGE.margin) this.newPage();
      this.y -= leading;
      this.drawLine(line, fonts, size, PAGE.margin + indent, this.y + leading * 0.25, opts.color ?? INK);
    }
  }
}

/** The answers as a print-ready PDF with embedded Unicode fonts, so accents and emoji print and copy out exactly. */
export async function toPdf(doc: ExportDocument, labels: ExportLabels, fonts: PdfFonts): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  pdf.setTitle(`${labels.title} - ${doc.meta.traineeName}`);
  pdf.setAuthor(doc.meta.traineeName);
  pdf.setLanguage(doc.lang);
  pdf.setCreationDate(doc.meta.date);
  // Ligatures off: a ligature glyph maps back to no text when copied or searched.
  const features = { liga: false, clig: false, dlig: false };
  // Whole fonts, not subsets: pdf-lib's subsetter garbles Noto Sans' glyphs (the text still
  // extracts, but most letters print blank), as seen rendering the export with pdftoppm.
  const regular = await pdf.embedFont(fonts.regular, { subset: false, features });
  const bold = await pdf.embedFont(fonts.bold, { subset: false, features });
  const symbols = await pdf.embedFont(fonts.symbols, { subset: false, features });
  const symbolChars = new Set(symbols.getCharacterSet());
  const body: FontSet = { main: regular, fallback: symbols, mainChars: new Set(regular.getCharacterSet()), fallbackChars: symbolChars };
  const strong: FontSet = { main: bold, fallback: symbols, mainChars: new Set(bold.getCharacterSet()), fallbackChars: symbolChars };

  const w = new Writer(pdf, (n) => `${doc.meta.traineeName} · ${doc.dateText} · ${labels.page} ${n}`, body);
  w.text(labels.title, strong, 20);
  w.space(6);
  w.text(`${labels.trainee}: ${doc.meta.traineeName}`, body, 11);
  if (doc.meta.employeeId) w.text(`${labels.employeeId}: ${doc.meta.employeeId}`, body, 11);
  if (doc.meta.team) w.text(`${labels.team}: ${doc.meta.team}`, body, 11);
  w.text(`${labels.date}: ${doc.dateText}`, body, 11);
  w.text(`${labels.progress}: ${doc.progressText}`, body, 11);
  for (const part of doc.parts) {
    w.space(14);
    w.text(part.title, strong, 16, { keepWithNext: 60 });
    for (const section of part.sections) {
      w.space(8);
      w.text(section.title, strong, 13, { keepWithNext: 50 });
      for (const task of section.tasks) {
        w.space(6);
        w.text(`${labels.taskPrefix} ${task.heading}`, strong, 11, { keepWithNext: 30 });
        if (task.note) w.text(task.note, body, 10, { color: MUTED });
        for (const p of task.prompts) {
          w.space(4);
          if (p.question !== null) w.text(p.question, strong, 10.5, { indent: 12, keepWithNext: 16 });
          if (p.answer === null) w.text(labels.noAnswer, body, 10.5, { indent: 24, color: MUTED });
          else w.text(p.answer, body, 11, { indent: 24 });
        }
      }
    }
  }
  return pdf.save();
}
