import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SPANISH } from './late-message-es.ts';

const TSX = join('node_modules', '.bin', 'tsx');
const FIXTURES = 'tests/fixtures/scenarios';

function run(script: string, args: string[]) {
  const r = spawnSync(TSX, [script, ...args], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function turnsFile(turns: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'play-'));
  const file = join(dir, 'turns.json');
  writeFileSync(file, typeof turns === 'string' ? turns : JSON.stringify(turns));
  return file;
}

describe('npm run play', () => {
  it('plays typed, picked and silent turns and prints the ending, score and each turn', { timeout: 60_000 }, () => {
    const file = turnsFile([{ silent: true }, { say: 'Calm down and let me talk.' }, { choose: 'interrupt-and-ask' }, { choose: 'callback' }]);
    const { status, stdout } = run('scripts/play.ts', ['late-message', file, '--dir', FIXTURES]);
    expect(status).toBe(0);
    const out = JSON.parse(stdout);
    expect(out).toMatchObject({ scenario: 'late-message', ending: 'resolved', kind: 'resolved', outcome: 'Mrs. Jones agreed to wait for a callback at a set time.', mood: 45 });
    expect(out.turns.map((t: { step: string; source: string; mood: number }) => [t.step, t.source, t.mood])).toEqual([
      ['rant', 'silent', 25],
      ['rant', 'typed', 10],
      ['rant', 'choice', 25],
      ['facts', 'choice', 45],
    ]);
    expect(out.turns[1].labels).toEqual(['condescending']);
    expect(out.score).toBe(out.scoreParts.techniques + out.scoreParts.mood + out.scoreParts.outcome + out.scoreParts.faults);
  });

  it('reports an unfinished call with no ending', { timeout: 60_000 }, () => {
    const { status, stdout } = run('scripts/play.ts', ['late-message', turnsFile([{ silent: true }]), '--dir', FIXTURES]);
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ ending: null, outcome: null, turns: [{ step: 'rant', source: 'silent' }] });
  });

  it.each([
    ['a response the step does not offer', [{ choose: 'callback' }], /step "rant" has no response "callback" \(it has interrupt-and-ask, stop-talking, we-never\)/],
    ['a malformed turn', [{ says: 'hi' }], /turns\.json: \[0\]/],
    ['a file that is not JSON', '[{"say": ', /cannot read .*turns\.json/],
  ])('refuses %s with a clear message', { timeout: 60_000 }, (_, turns, message) => {
    const { status, stderr } = run('scripts/play.ts', ['late-message', turnsFile(turns), '--dir', FIXTURES]);
    expect(status).toBe(2);
    expect(stderr).toMatch(message);
  });

  it('names an unknown scenario', { timeout: 60_000 }, () => {
    const { status, stderr } = run('scripts/play.ts', ['nope', turnsFile([]), '--dir', FIXTURES]);
    expect(status).toBe(2);
    expect(stderr).toMatch(/no scenario "nope"/);
  });
});

describe('npm run scenarios:check', () => {
  it('passes a sound scenario folder', { timeout: 60_000 }, () => {
    const { status, stdout } = run('scripts/scenarios-check.ts', [FIXTURES]);
    expect(stdout).toMatch(/^ok {3}tests\/fixtures\/scenarios\/late-message\.yaml: 3 steps, 4 endings, 9 responses; 0 errors, 0 warnings$/m);
    expect(status).toBe(0);
  });

  it('fails with file:line messages for schema errors and label mismatches', { timeout: 60_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'check-'));
    const good = readFileSync(join(FIXTURES, 'late-message.yaml'), 'utf8');
    writeFileSync(join(dir, 'late-message.yaml'), good.replace('labels: [condescending]', 'labels: [condescending, thank]'));
    writeFileSync(join(dir, 'broken.yaml'), 'schemaVersion: 1\nid: broken\n');
    const { status, stdout } = run('scripts/scenarios-check.ts', [dir]);
    expect(status).toBe(1);
    expect(stdout).toContain(`${join(dir, 'broken.yaml')}:1: title: is required (string)`);
    expect(stdout).toMatch(/late-message\.yaml:\d+: steps\[0\]\.responses\[1\]\.labels: response "stop-talking" declares \[condescending, thank\] but the scorer finds \[condescending\]: scorer does not find thank/);
    expect(stdout).toMatch(/2 scenario files: \d+ errors, 0 warnings/);
  });
});

describe('npm run scenarios:check with translations', () => {
  function folderWith(spanish: string): string {
    const dir = mkdtempSync(join(tmpdir(), 'check-es-'));
    writeFileSync(join(dir, 'late-message.yaml'), readFileSync(join(FIXTURES, 'late-message.yaml'), 'utf8'));
    writeFileSync(join(dir, 'late-message.es.yaml'), spanish);
    return dir;
  }

  it('checks a translation for completeness and prints a summary line per language', { timeout: 60_000 }, () => {
    const dir = folderWith(SPANISH.replace('  pause:', '  paws:'));
    const { status, stdout } = run('scripts/scenarios-check.ts', [dir]);
    expect(status).toBe(1);
    expect(stdout).toMatch(/^ok {3}.*late-message\.yaml: 3 steps, 4 endings, 9 responses; 0 errors, 0 warnings$/m);
    expect(stdout).toMatch(/^FAIL .*late-message\.es\.yaml: es text of late-message, incomplete; 2 errors, 0 warnings$/m);
    expect(stdout).toContain(`${join(dir, 'late-message.es.yaml')}:38: steps.paws: the English file has no step "paws"`);
    expect(stdout).toMatch(/^1 scenario file: 0 errors, 0 warnings$/m);
    expect(stdout).toMatch(/^1 es translation: 2 errors, 0 warnings$/m);
  });

  it('reports a translated response that loses its labels, and --lang en leaves translations out', { timeout: 60_000 }, () => {
    const dir = folderWith(SPANISH.replace('text: Nosotros nunca perdemos mensajes.', 'text: Buenos días.'));
    const all = run('scripts/scenarios-check.ts', [dir]);
    expect(all.status).toBe(1);
    expect(all.stdout).toMatch(/late-message\.es\.yaml:\d+: steps\.rant\.responses\.we-never\.text: response "we-never" declares \[we-never\] but the es scorer finds \[.*\]: .*es scorer does not find we-never/);
    expect(all.stdout).toMatch(/^1 es translation: \d+ errors? \(\d+ label disagreements? with the es scorer\), 0 warnings$/m);
    const english = run('scripts/scenarios-check.ts', [dir, '--lang', 'en']);
    expect(english.status).toBe(0);
    expect(english.stdout).not.toContain('late-message.es.yaml');
  });
});

describe('npm run play --lang es', () => {
  it('plays the call in its Spanish text: picked answers keep their labels, the outcome is in Spanish', { timeout: 60_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'play-es-'));
    writeFileSync(join(dir, 'late-message.yaml'), readFileSync(join(FIXTURES, 'late-message.yaml'), 'utf8'));
    writeFileSync(join(dir, 'late-message.es.yaml'), SPANISH);
    const { status, stdout } = run('scripts/play.ts', ['late-message', turnsFile([{ choose: 'interrupt-and-ask' }, { choose: 'callback' }]), '--dir', dir, '--lang', 'es']);
    expect(status).toBe(0);
    const out = JSON.parse(stdout);
    expect(out).toMatchObject({ lang: 'es', ending: 'resolved', outcome: 'La Sra. Jones aceptó esperar una llamada a una hora fija.' });
    expect(out.turns[0].labels).toEqual(['use-name', 'probing-question', 'polite-interrupt']);
  });

  it('refuses a language the scenario has no translation for', { timeout: 60_000 }, () => {
    const { status, stderr } = run('scripts/play.ts', ['late-message', turnsFile([]), '--dir', FIXTURES, '--lang', 'es']);
    expect(status).toBe(2);
    expect(stderr).toMatch(/no complete es translation/);
  });
});
