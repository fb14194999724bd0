/**
 * Validates every call scenario and its translations, and proves its paths and labels.
 *
 *   npm run scenarios:check [-- FILE_OR_DIR ...] [--lang en|es]     (default: scenarios/, every language)
 *
 * Prints each file's findings as `file:line: path: message`, then a summary
 * line per language (English scenarios, then each translation language, so
 * one language's state can be read apart from the other's), and exits 1 when
 * any file has an error (warnings only inform). `--lang` reports one language
 * only (translations still need their English file to load).
 */
import { existsSync, statSync } from 'node:fs';
import { checkDeclaredLabels } from '../src/domain/scenario/check-labels.ts';
import { allSections } from '../src/domain/workbook/workbook.ts';
import { formatProblem, loadScenarioFile, scenarioFiles, strayTranslations, translationName, type LoadedScenario, type ScenarioProblem } from '../src/domain/scenario/load.ts';
import { TRANSLATION_LANGS, type TranslationLang } from '../src/domain/scenario/translation.ts';
import { detectorsFor } from '../src/domain/scoring/languages.ts';
import { loadScorerLanguage } from '../src/domain/scoring/load-language.ts';
import { score } from '../src/domain/scoring/scorer.ts';

const argv = process.argv.slice(2);
const langAt = argv.indexOf('--lang');
const onlyLang = langAt >= 0 ? argv[langAt + 1] : undefined;
if (langAt >= 0 && onlyLang !== 'en' && !TRANSLATION_LANGS.includes(onlyLang as TranslationLang)) {
  process.stderr.write(`scenarios:check: --lang takes en or ${TRANSLATION_LANGS.join(', ')}\n`);
  process.exit(2);
}
const args = argv.filter((_, i) => langAt < 0 || (i !== langAt && i !== langAt + 1));
const targets = args.length > 0 ? args : ['scenarios'];
const files: string[] = [];
const strays: ScenarioProblem[] = [];
for (const t of targets) {
  let isDir = false;
  try {
    isDir = statSync(t).isDirectory();
  } catch {
    // A missing path is reported by the loader as an unreadable file.
  }
  if (isDir) {
    files.push(...scenarioFiles(t));
    strays.push(...strayTranslations(t));
  } else {
    // A translation named on its own is checked through its English file.
    const tr = translationName(t);
    const english = tr ? t.replace(/\.[a-z]{2,3}(\.ya?ml)$/, '$1') : t;
    if (!files.includes(english)) files.push(tr && !existsSync(english) ? t : english);
  }
}

// Each translation language's scorer is a pack loaded on demand; without it the label check would read Spanish with English rules.
const scorerReady = new Map<TranslationLang, boolean>();
for (const lang of TRANSLATION_LANGS) {
  if (onlyLang === 'en') break;
  try {
    await loadScorerLanguage(lang);
  } catch {
    // Reported below as the language's scorer being unavailable.
  }
  scorerReady.set(lang, detectorsFor(lang) !== undefined);
}

const sections = allSections().map((s) => s.id);
const results: LoadedScenario[] = files.map((f) =>
  loadScenarioFile(f, {
    checkLabels: checkDeclaredLabels,
    workbookSections: sections,
    checkTranslationLabels: (localized, lang) => (scorerReady.get(lang) ? checkDeclaredLabels(localized, score, lang) : []),
  }),
);
const owner = new Map<string, string>();
for (const r of results) {
  if (!r.scenario) continue;
  const first = owner.get(r.scenario.id);
  if (first) r.problems.push({ severity: 'error', file: r.file, line: null, path: 'id', message: `scenario id "${r.scenario.id}" is already used by ${first}` });
  else owner.set(r.scenario.id, r.file);
}

interface Tally {
  files: number;
  errors: number;
  warnings: number;
  labelErrors: number;
}
const tally = (): Tally => ({ files: 0, errors: 0, warnings: 0, labelErrors: 0 });
const totals = new Map<string, Tally>([['en', tally()]]);
for (const lang of TRANSLATION_LANGS) totals.set(lang, tally());

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const isLabelProblem = (p: ScenarioProblem) => / declares \[.*\] but the .*scorer finds /.test(p.message);
const out: string[] = [];

function report(file: string, lang: string, problems: ScenarioProblem[], size: string): void {
  const t = totals.get(lang)!;
  const e = problems.filter((p) => p.severity === 'error').length;
  const w = problems.length - e;
  t.files++;
  t.errors += e;
  t.warnings += w;
  t.labelErrors += problems.filter((p) => p.severity === 'error' && isLabelProblem(p)).length;
  out.push(`${e > 0 ? 'FAIL' : 'ok  '} ${file}: ${size}; ${plural(e, 'error')}, ${plural(w, 'warning')}`);
  const sorted = [...problems].sort((a, b) => (a.severity === b.severity ? (a.line ?? 0) - (b.line ?? 0) : a.severity === 'error' ? -1 : 1));
  for (const p of sorted) out.push(`  ${formatProblem(p)}`);
}

for (const r of results) {
  const s = r.scenario;
  if (onlyLang === undefined || onlyLang === 'en') {
    const size = s ? `${s.steps.length} steps, ${s.endings.length} endings, ${s.steps.reduce((n, st) => n + st.responses.length, 0)} responses` : 'not loaded';
    report(r.file, 'en', r.problems.filter((p) => p.file === r.file), size);
  }
  for (const lang of TRANSLATION_LANGS) {
    const file = r.translationFiles[lang];
    if (!file || (onlyLang !== undefined && onlyLang !== lang)) continue;
    const problems = r.problems.filter((p) => p.file === file);
    if (!s) problems.push({ severity: 'error', file, line: null, path: '(file)', message: `not checked: ${r.file} does not load` });
    else if (r.translations[lang] && !scorerReady.get(lang)) {
      problems.push({ severity: 'error', file, line: null, path: '(file)', message: `labels not checked: no ${lang} scorer is registered (src/domain/scoring/load-language.ts loadScorerLanguage('${lang}'))` });
    }
    const size = r.translations[lang] ? `${lang} text of ${s!.id}, all translated` : s ? `${lang} text of ${s.id}, incomplete` : 'not checked';
    report(file, lang, problems, size);
  }
}
for (const p of strays) {
  const lang = translationName(p.file)?.lang ?? 'en';
  if (onlyLang !== undefined && onlyLang !== lang) continue;
  report(p.file, totals.has(lang) ? lang : 'en', [p], 'stray translation');
}

if (files.length === 0) out.push(`no scenario files in ${targets.join(', ')}`);
const en = totals.get('en')!;
if (onlyLang === undefined || onlyLang === 'en') out.push(`${plural(en.files, 'scenario file')}: ${plural(en.errors, 'error')}, ${plural(en.warnings, 'warning')}`);
for (const lang of TRANSLATION_LANGS) {
  const t = totals.get(lang)!;
  if (onlyLang !== undefined && onlyLang !== lang) continue;
  if (t.files === 0 && onlyLang === undefined) continue;
  const detail = t.labelErrors > 0 ? ` (${plural(t.labelErrors, 'label disagreement')} with the ${lang} scorer)` : '';
  out.push(`${plural(t.files, `${lang} translation`)}: ${plural(t.errors, 'error')}${detail}, ${plural(t.warnings, 'warning')}`);
}
process.stdout.write(out.join('\n') + '\n');
const errors = [...totals.values()].reduce((n, t) => n + t.errors, 0);
process.exitCode = errors > 0 ? 1 : 0;
