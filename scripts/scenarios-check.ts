/**
 * Validates every call scenario and proves its paths and labels.
 *
 *   npm run scenarios:check [-- FILE_OR_DIR ...]     (default: scenarios/)
 *
 * Prints each file's findings as `file:line: path: message` and exits 1 when
 * any file has an error (warnings only inform).
 */
import { statSync } from 'node:fs';
import { checkDeclaredLabels } from '../src/domain/scenario/check-labels.ts';
import { allSections } from '../src/domain/workbook/workbook.ts';
import { formatProblem, loadScenarioFile, scenarioFiles, type LoadedScenario } from '../src/domain/scenario/load.ts';

const args = process.argv.slice(2);
const targets = args.length > 0 ? args : ['scenarios'];
const files: string[] = [];
for (const t of targets) {
  let isDir = false;
  try {
    isDir = statSync(t).isDirectory();
  } catch {
    // A missing path is reported by the loader as an unreadable file.
  }
  files.push(...(isDir ? scenarioFiles(t) : [t]));
}

const results: LoadedScenario[] = files.map((f) => loadScenarioFile(f, { checkLabels: checkDeclaredLabels, workbookSections: allSections().map((s) => s.id) }));
const owner = new Map<string, string>();
for (const r of results) {
  if (!r.scenario) continue;
  const first = owner.get(r.scenario.id);
  if (first) r.problems.push({ severity: 'error', file: r.file, line: null, path: 'id', message: `scenario id "${r.scenario.id}" is already used by ${first}` });
  else owner.set(r.scenario.id, r.file);
}

let errors = 0;
let warnings = 0;
const out: string[] = [];
for (const r of results) {
  const e = r.problems.filter((p) => p.severity === 'error').length;
  const w = r.problems.length - e;
  errors += e;
  warnings += w;
  const s = r.scenario;
  const size = s ? `${s.steps.length} steps, ${s.endings.length} endings, ${s.steps.reduce((n, st) => n + st.responses.length, 0)} responses` : 'not loaded';
  out.push(`${e > 0 ? 'FAIL' : 'ok  '} ${r.file}: ${size}; ${e} error${e === 1 ? '' : 's'}, ${w} warning${w === 1 ? '' : 's'}`);
  const sorted = [...r.problems].sort((a, b) => (a.severity === b.severity ? (a.line ?? 0) - (b.line ?? 0) : a.severity === 'error' ? -1 : 1));
  for (const p of sorted) out.push(`  ${formatProblem(p)}`);
}
if (files.length === 0) out.push(`no scenario files in ${targets.join(', ')}`);
out.push(`${files.length} scenario file${files.length === 1 ? '' : 's'}: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`);
process.stdout.write(out.join('\n') + '\n');
process.exitCode = errors > 0 ? 1 : 0;
