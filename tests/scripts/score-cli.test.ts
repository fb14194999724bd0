import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const runScore = (stdin: string, ...args: string[]) =>
  spawnSync('node', ['--import', 'tsx', 'scripts/score.ts', ...args], { input: stdin, encoding: 'utf8' });

// Each case starts a Node process; give it room on a busy machine.
describe('score --jsonl', { timeout: 30_000 }, () => {
  it('writes one result per input line, in order, with labels and evidence', () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'We were swamped last night.' }),
      JSON.stringify({ id: 'b', text: 'Thank you for letting us know, Mrs. Jones.', callerName: 'Mrs. Jones', lang: 'en' }),
    ].join('\n');
    const run = runScore(input, '--jsonl', '-');
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', 'b']);
    expect(lines[0].labels).toContain('excuse');
    expect(lines[1].labels).toEqual(expect.arrayContaining(['thank', 'use-name']));
    for (const line of lines) {
      expect(Object.keys(line)).toEqual(['id', 'labels', 'evidence']);
      for (const e of line.evidence) expect(Object.keys(e)).toEqual(['label', 'start', 'end', 'reason']);
    }
  });

  it('reports a malformed line with its number, scores the rest, and exits 1', () => {
    const input = ['{"id":"1","text":"Calm down."}', '{oops', '{"id":"3"}', '{"id":"4","text":"We never lose messages."}'].join('\n');
    const run = runScore(input, '--jsonl', '-');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/:2: not valid JSON/);
    expect(run.stderr).toMatch(/:3: field "text"/);
    expect(run.stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['1', '4']);
  });

  it('names a file it cannot read', () => {
    const run = runScore('', '--jsonl', 'no-such-file.jsonl');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/no-such-file\.jsonl/);
  });
});
