import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type Rollup } from 'vite';
import { describe, expect, it } from 'vitest';
import { scenariosPlugin } from '../../../vite-plugins/scenarios.ts';

/** A throwaway app whose only module prints the virtual scenarios. */
function project(scenarios: Record<string, string>, main = "import { scenarios } from 'virtual:scenarios';\nconsole.log(scenarios);\n"): string {
  const root = mkdtempSync(join(tmpdir(), 'vite-scenarios-'));
  mkdirSync(join(root, 'scenarios'));
  for (const [name, text] of Object.entries(scenarios)) writeFileSync(join(root, 'scenarios', name), text);
  writeFileSync(join(root, 'main.js'), main);
  return root;
}

async function bundle(root: string): Promise<string> {
  const result = await build({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [scenariosPlugin()],
    build: { write: false, minify: false, rollupOptions: { input: join(root, 'main.js') } },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[];
  return outputs.flatMap((o) => o.output).map((c) => ('code' in c ? c.code : '')).join('\n');
}

describe('the scenarios build plugin', () => {
  it('bundles validated scenarios as plain data without the YAML parser', { timeout: 60_000 }, async () => {
    const root = project({});
    copyFileSync('tests/fixtures/scenarios/late-message.yaml', join(root, 'scenarios', 'late-message.yaml'));
    const code = await bundle(root);
    expect(code).toContain('"late-message"');
    expect(code).toContain('Your people sat on my urgent message for two hours last night!');
    expect(code).not.toMatch(/LineCounter|parseDocument/);
  });

  it('serves each scenario\'s translations beside it, and fails on an incomplete one', { timeout: 60_000 }, async () => {
    const main = "import { translations } from 'virtual:scenarios';\nconsole.log(translations);\n";
    const root = project({ 'irma.yaml': readFileSync('scenarios/irma.yaml', 'utf8'), 'irma.es.yaml': readFileSync('scenarios/irma.es.yaml', 'utf8') }, main);
    const code = await bundle(root);
    expect(code).toContain('"Irma la Incansable"');
    writeFileSync(join(root, 'scenarios', 'irma.es.yaml'), readFileSync('scenarios/irma.es.yaml', 'utf8').replace('  wander:', '  wanderr:'));
    await expect(bundle(root)).rejects.toThrow(/irma\.es\.yaml:\d+: steps: missing the text of step "wander"/);
  });

  it('fails the build naming the file, line and field of a broken scenario', { timeout: 60_000 }, async () => {
    const root = project({ 'broken.yaml': 'schemaVersion: 1\nid: broken\ntitle: 7\n' });
    await expect(bundle(root)).rejects.toThrow(/broken\.yaml:3: title: Invalid input: expected string, received number/);
  });
});
