import { describe, expect, it, vi } from 'vitest';
import { checkBundleSize, MAX_BUNDLE_BYTES, parseBundleFile } from '../../../src/domain/review/parse.ts';
import { buildReviewBundle } from '../../../src/domain/review/review-bundle.ts';
import { emptyReviewData } from '../../../src/domain/review/types.ts';
import { mergeBundles } from '../../../src/domain/review/merge.ts';
import { bundleOf, profile, walkthroughAttempt } from './support.ts';

// Loading the five scenarios and the scorer takes seconds on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

const ana = profile('p-ana', 'Ana Ruiz', 'North');
const bundle = bundleOf(ana, [walkthroughAttempt('irma-resolved-typed.json', 'irma', { id: 'a1', profileId: ana.id })]);
const text = JSON.stringify(bundle);

describe('reading an imported file', () => {
  it('reads a trainee results bundle', () => {
    const r = parseBundleFile('ana.json', text);
    expect(r.ok && r.kind).toBe('results');
    if (r.ok && r.kind === 'results') expect(r.bundle.attempts[0]!.id).toBe('a1');
  });

  it('reads a review bundle in the same import', () => {
    const review = buildReviewBundle(mergeBundles(emptyReviewData(), [bundle]).state, '0.1.0');
    const r = parseBundleFile('team.json', JSON.stringify(review));
    expect(r.ok && r.kind).toBe('review');
  });

  it.each([
    ['an empty file', '', { code: 'empty' }],
    ['only whitespace', '  \n ', { code: 'empty' }],
    ['text that is not JSON', 'name,score\nAna,80', { code: 'not-json' }],
    ['a file cut short', text.slice(0, Math.floor(text.length / 2)), { code: 'truncated' }],
    ['a file cut inside a string', '{"format":"hold-the-line/results","trainee":{"name":"An', { code: 'truncated' }],
    ['a JSON array', '[1,2]', { code: 'wrong-format', format: null }],
    ['another format', JSON.stringify({ format: 'hold-the-line/workbook-answers', schemaVersion: 1 }), { code: 'wrong-format', format: 'hold-the-line/workbook-answers' }],
    ['a newer version', JSON.stringify({ ...bundle, version: 2 }), { code: 'unknown-version', version: '2' }],
  ])('names the problem with %s', (_what, input, problem) => {
    expect(parseBundleFile('f.json', input)).toEqual({ ok: false, fileName: 'f.json', problem });
  });

  it('names the first field that fails the schema, with its path', () => {
    const broken = structuredClone(bundle) as unknown as { attempts: { transcript: { labels: string[] }[] }[] };
    broken.attempts[0]!.transcript[1]!.labels = ['not-a-rule'];
    const r = parseBundleFile('bad.json', JSON.stringify(broken));
    expect(r).toEqual({ ok: false, fileName: 'bad.json', problem: { code: 'invalid', path: 'attempts[0].transcript[1].labels[0]', issue: 'invalid_value' } });
  });

  it('refuses a file over the size limit before and after reading it', () => {
    expect(checkBundleSize(100 * 1024 * 1024)).toEqual({ code: 'too-large', bytes: 100 * 1024 * 1024, limit: MAX_BUNDLE_BYTES });
    expect(checkBundleSize(0)).toEqual({ code: 'empty' });
    expect(checkBundleSize(2048)).toBeNull();
    const r = parseBundleFile('huge.json', ' '.repeat(MAX_BUNDLE_BYTES + 1));
    expect(!r.ok && r.problem.code).toBe('too-large');
  });

  it('keeps hostile text as plain data and ignores prototype keys', () => {
    const hostile = JSON.parse(text) as { trainee: { name: string } } & Record<string, unknown>;
    hostile.trainee.name = '<img src=x onerror=alert(1)>';
    const r = parseBundleFile('x.json', JSON.stringify(hostile).replace('{', '{"__proto__":{"polluted":true},'));
    expect(r.ok).toBe(true);
    if (r.ok && r.kind === 'results') expect(r.bundle.trainee.name).toBe('<img src=x onerror=alert(1)>');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
