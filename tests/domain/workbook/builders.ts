import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Answer, Answers } from '../../../src/domain/workbook/answers.ts';
import type { ExportLabels, ExportMeta } from '../../../src/domain/workbook/export-model.ts';
import type { PdfFonts } from '../../../src/domain/workbook/export-pdf.ts';

export const labels: ExportLabels = {
  title: 'Workbook answers',
  trainee: 'Trainee',
  employeeId: 'Employee ID',
  team: 'Team',
  date: 'Date',
  progress: 'Answered',
  noAnswer: 'No answer yet',
  taskPrefix: 'Task:',
  page: 'Page',
};

export function buildMeta(overrides: Partial<ExportMeta> = {}): ExportMeta {
  return { traineeName: 'María José Núñez', date: new Date(2026, 10, 23, 10, 0), ...overrides };
}

export function buildAnswers(entries: Record<string, string>, updatedAt = Date.UTC(2026, 10, 23, 9)): Answers {
  return Object.fromEntries(Object.entries(entries).map(([promptId, text]): [string, Answer] => [promptId, { promptId, text, updatedAt }]));
}

/** A realistic 10,000-character answer: words, punctuation and line breaks. */
export function longAnswer(): string {
  const words = 'Listen first, then acknowledge the problem and research it; call back by 3 p.m. as promised. '.split(' ');
  let s = '';
  let i = 0;
  while (s.length < 10_000) {
    s += words[i % words.length] + (i % 97 === 96 ? '\n' : ' ');
    i += 1;
  }
  return s.slice(0, 10_000).trimEnd() + '.';
}

/** Answers that exercise what a naive exporter loses: accents, emoji, curly quotes, a very long answer. */
export const trickyAnswers: Record<string, string> = {
  't01.1': 'Revisamos la información cada mañana: Ñandú, crème brûlée, Zürich, Łódź.',
  't02.2': 'The ring report 📞 and the hold report 😀👍',
  't03.1': 'I said “we never do that” and they said ‘really?’ — I wouldn’t now.',
  't08.1': 'I will call you back by 3 p.m. today.',
  't08.2': 'I am sending a technician out right now.',
  't08.3': 'I have credited your account 🎉 for the missed calls.',
  't12.1': 'Line one\nLine two with "straight quotes" & <angle> brackets',
  't24.1': longAnswer(),
};

const require = createRequire(import.meta.url);
export function loadPdfFonts(): PdfFonts {
  const file = (spec: string) => new Uint8Array(readFileSync(require.resolve(spec)));
  return {
    regular: file('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'),
    bold: file('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'),
    symbols: file('@expo-google-fonts/noto-emoji/400Regular/NotoEmoji_400Regular.ttf'),
  };
}
