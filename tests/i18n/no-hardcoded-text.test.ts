import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSync } from 'vite';
import { describe, expect, it } from 'vitest';

/**
 * A static scan of every component for text a user would see that does not go
 * through i18next: JSX text with letters in it, and string literals in the
 * attributes assistive technology reads out or the browser shows.
 */
const SRC = fileURLToPath(new URL('../../src/', import.meta.url));
const VISIBLE_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'aria-placeholder', 'title', 'placeholder', 'alt', 'label']);

/**
 * Literal text that is allowed: symbols with no words (checked by the letter
 * test already) need no entry; a word needs a reason here.
 */
const ALLOWED: Record<string, string> = {};

interface Finding {
  file: string;
  line: number;
  text: string;
}

type Node = { type: string; start: number; [key: string]: unknown };
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && typeof (v as Node).type === 'string';
const hasLetters = (s: string) => /\p{L}/u.test(s);

/** The strings an expression can show as-is: literals, and the branches of `a ? 'x' : 'y'` and `a || 'x'`. */
function literalTexts(expr: unknown): string[] {
  if (!isNode(expr)) return [];
  switch (expr.type) {
    case 'Literal':
      return typeof expr.value === 'string' ? [expr.value] : [];
    case 'TemplateLiteral':
      return [(expr.quasis as { value: { cooked: string | null } }[]).map((q) => q.value.cooked ?? '').join(' ')];
    case 'ConditionalExpression':
      return [...literalTexts(expr.consequent), ...literalTexts(expr.alternate)];
    case 'LogicalExpression':
      return [...literalTexts(expr.left), ...literalTexts(expr.right)];
    case 'ParenthesizedExpression':
    case 'TSAsExpression':
      return literalTexts(expr.expression);
    default:
      return [];
  }
}

/** Every piece of hard-coded visible text in one TSX source. */
function hardcodedText(source: string, file: string): Finding[] {
  const { program, errors } = parseSync(file, source, { lang: 'tsx' });
  if (errors.length > 0) throw new Error(`${file}: ${errors[0]!.message}`);
  const lineOf = (offset: number) => source.slice(0, offset).split('\n').length;
  const found: Finding[] = [];
  const report = (node: Node, text: string) => {
    const t = text.replace(/\s+/g, ' ').trim();
    if (hasLetters(t) && !(t in ALLOWED)) found.push({ file, line: lineOf(node.start), text: t });
  };
  const visit = (node: unknown, parent?: Node): void => {
    if (Array.isArray(node)) return node.forEach((n) => visit(n, parent));
    if (!isNode(node)) return;
    // JSX text arrives with its entities undecoded ("&lt;20%"); an entity alone is a symbol, not a word.
    if (node.type === 'JSXText') report(node, (node.value as string).replace(/&(#x?[0-9a-f]+|[a-z]+\d*);/gi, ' '));
    if (node.type === 'JSXExpressionContainer' && (parent?.type === 'JSXElement' || parent?.type === 'JSXFragment')) for (const t of literalTexts(node.expression)) report(node, t);
    if (node.type === 'JSXAttribute') {
      const name = (node.name as Node & { name?: string }).name;
      if (typeof name === 'string' && VISIBLE_ATTRIBUTES.has(name)) {
        const value = node.value as Node | null;
        const texts = !value ? [] : value.type === 'JSXExpressionContainer' ? literalTexts(value.expression) : literalTexts(value);
        for (const t of texts) report(node, t);
      }
    }
    for (const [key, child] of Object.entries(node)) if (key !== 'type' && typeof child === 'object') visit(child, node);
  };
  visit(program);
  return found;
}

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? tsxFiles(join(dir, d.name)) : d.name.endsWith('.tsx') ? [join(dir, d.name)] : []));
}

describe('no visible string bypasses i18next', () => {
  it('finds hard-coded text in a component (the scan itself works)', () => {
    const sample = [
      'export const A = ({ busy, t }: { busy: boolean; t: (k: string) => string }) => (',
      '  <section aria-label="Main area" title={t("ok")}>',
      '    <h1>Welcome back</h1>',
      '    <span aria-hidden="true">☎ ✓ — 3/4 &lt;20%</span>',
      "    <button>{busy ? 'Saving' : t('save')}</button>",
      '    <img alt={`A caller`} src="x.png" className="big-title" />',
      "    <input placeholder={t('name')} data-testid=\"name\" />",
      '  </section>',
      ');',
    ].join('\n');
    expect(hardcodedText(sample, 'sample.tsx')).toEqual([
      { file: 'sample.tsx', line: 2, text: 'Main area' },
      { file: 'sample.tsx', line: 3, text: 'Welcome back' },
      { file: 'sample.tsx', line: 5, text: 'Saving' },
      { file: 'sample.tsx', line: 6, text: 'A caller' },
    ]);
  });

  it('every component under src/ shows only translated text', () => {
    const files = tsxFiles(SRC);
    expect(files.length).toBeGreaterThan(20);
    const findings = files.flatMap((f) => hardcodedText(readFileSync(f, 'utf8'), relative(SRC, f)));
    expect(findings.map((f) => `src/${f.file}:${f.line}: "${f.text}"`)).toEqual([]);
  });
});
