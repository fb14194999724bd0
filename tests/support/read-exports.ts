import JSZip from 'jszip';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A PDF's text as pdf.js extracts it, page after page, leaving out the running footer below the bottom margin. */
export async function pdfText(bytes: Uint8Array): Promise<{ text: string; pages: number }> {
  const pdf = await getDocument({ data: bytes.slice(), useSystemFonts: false, disableFontFace: true }).promise;
  let text = '';
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    for (const item of content.items) {
      if (!('str' in item)) continue;
      if (item.transform[5] < 45) continue;
      text += item.str + (item.hasEOL ? '\n' : '');
    }
    text += '\n';
  }
  return { text, pages: pdf.numPages };
}

/** A Word file's paragraphs, read from word/document.xml, one per line. */
export async function docxText(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => [...p[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => decode(m[1]!)).join('')).join('\n');
}

/** Markdown with the answer quoting ("> ") taken off, so answers read back as typed. */
export function unquoteMarkdown(md: string): string {
  return md
    .split('\n')
    .map((l) => (l === '>' ? '' : l.replace(/^> /, '')))
    .join('\n');
}

/** Whitespace folded to single spaces: how text compares once a PDF has wrapped it into lines. */
export const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
