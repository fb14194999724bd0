import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { ExportDocument, ExportLabels } from './export-model.ts';

function answerParagraphs(text: string): Paragraph[] {
  // One paragraph per typed line keeps the trainee's line breaks in Word.
  return text.split('\n').map((line) => new Paragraph({ children: [new TextRun(line)], indent: { left: 720 }, spacing: { after: 80 } }));
}

/** The answers as a Word document (Office Open XML), built with the docx library. */
export async function toDocx(doc: ExportDocument, labels: ExportLabels): Promise<Uint8Array> {
  const children: Paragraph[] = [
    new Paragraph({ text: labels.title, heading: HeadingLevel.TITLE }),
    new Paragraph({ children: [new TextRun({ text: `${labels.trainee}: `, bold: true }), new TextRun(doc.meta.traineeName)] }),
  ];
  if (doc.meta.employeeId) children.push(new Paragraph({ children: [new TextRun({ text: `${labels.employeeId}: `, bold: true }), new TextRun(doc.meta.employeeId)] }));
  if (doc.meta.team) children.push(new Paragraph({ children: [new TextRun({ text: `${labels.team}: `, bold: true }), new TextRun(doc.meta.team)] }));
  children.push(
    new Paragraph({ children: [new TextRun({ text: `${labels.date}: `, bold: true }), new TextRun(doc.dateText)] }),
    new Paragraph({ children: [new TextRun({ text: `${labels.progress}: `, bold: true }), new TextRun(doc.progressText)] }),
  );
  for (const part of doc.parts) {
    children.push(new Paragraph({ text: part.title, heading: HeadingLevel.HEADING_1 }));
    for (const section of part.sections) {
      children.push(new Paragraph({ text: section.title, heading: HeadingLevel.HEADING_2 }));
      for (const task of section.tasks) {
        children.push(new Paragraph({ text: `${labels.taskPrefix} ${task.heading}`, heading: HeadingLevel.HEADING_3 }));
        if (task.note) children.push(new Paragraph({ children: [new TextRun({ text: task.note, italics: true })] }));
        for (const p of task.prompts) {
          if (p.question !== null) children.push(new Paragraph({ children: [new TextRun({ text: p.question, bold: true })], spacing: { before: 120 } }));
          if (p.answer === null) children.push(new Paragraph({ children: [new TextRun({ text: labels.noAnswer, italics: true, color: '555555' })], indent: { left: 720 } }));
          else children.push(...answerParagraphs(p.answer));
        }
      }
    }
  }
  const document = new Document({
    creator: doc.meta.traineeName,
    title: `${labels.title} - ${doc.meta.traineeName}`,
    // Word spell-checks and hyphenates by this language, and screen readers pronounce by it.
    styles: { default: { document: { run: { language: { value: doc.lang } } } } },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
