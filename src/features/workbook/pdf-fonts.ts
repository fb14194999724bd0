import regularUrl from '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf?url';
import boldUrl from '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf?url';
import emojiUrl from '@expo-google-fonts/noto-emoji/400Regular/NotoEmoji_400Regular.ttf?url';
import type { PdfFonts } from '../../domain/workbook/export-pdf.ts';

async function bytes(url: string): Promise<Uint8Array> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`font ${url}: HTTP ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
}

/** Fetches the fonts the PDF embeds; loaded only when a trainee asks for a PDF. */
export async function loadPdfFonts(): Promise<PdfFonts> {
  const [regular, bold, symbols] = await Promise.all([bytes(regularUrl), bytes(boldUrl), bytes(emojiUrl)]);
  return { regular, bold, symbols };
}
