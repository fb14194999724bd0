import { describe, expect, it, vi } from 'vitest';
import { indexScenarios, memoScorer, rescoreAttempt, rescoreAttempts, distinctUtterances } from '../../../src/domain/review/rescore.ts';
import { score } from '../../../src/domain/scoring/scorer.ts';
import type { Attempt } from '../../../src/domain/records/attempt.ts';
import { copy, courseScenarios, courseTranslations, playAttempt, scenarioById, walkthroughAttempt, walkthroughs } from './support.ts';

// Loading the five scenarios and the scorer takes seconds on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

const scenarios = courseScenarios();

function irmaTyped(): Attempt {
  return walkthroughAttempt('irma-resolved-typed.json', 'irma', { id: 'a1', profileId: 'p1' });
}

describe('re-scoring an attempt from its transcript', () => {
  it.each(walkthroughs())('re-scores the untouched $file identically, with no flag', ({ file, scenarioId }) => {
    const attempt = walkthroughAttempt(file, scenarioId, { id: file, profileId: 'p1' });
    const r = rescoreAttempt(attempt, scenarios);
    expect(r.flags).toEqual([]);
    expect(r.total).toBe(attempt.score.total);
    expect(r.endingId).toBe(attempt.endingId);
    expect(r.finalMood).toBe(attempt.finalMood);
    expect(r.score?.rules).toEqual(attempt.score.rules);
    expect(r.turns.map((t) => [t.labels, t.next, t.moodAfter])).toEqual(attempt.transcript.map((t) => [t.labels, t.next, t.moodAfter]));
    expect(r.versionChanged).toBe(false);
  });

  it.each(walkthroughs().filter((w) => w.file.includes('choices') || w.file.includes('silent')))('re-scores $file played in Spanish identically, in Spanish', ({ file, scenarioId }) => {
    const attempt = walkthroughAttempt(file, scenarioId, { id: file, profileId: 'p1', lang: 'es' });
    const r = rescoreAttempt(attempt, indexScenarios(scenarios, courseTranslations()));
    expect(r.flags).toEqual([]);
    expect(r.total).toBe(attempt.score.total);
    expect(r.turns.map((t) => t.text)).toEqual(attempt.transcript.map((t) => t.text));
  });

  it('reads Spanish typed words with the Spanish scorer and the caller\'s Spanish name', () => {
    const irma = scenarioById('irma');
    const attempt = playAttempt(irma, [{ say: 'Entiendo su molestia, Sra. Kowal. Voy a revisar su cuenta ahora mismo.' }, ...Array.from({ length: 8 }, () => ({ silent: true as const }))], { id: 'es1', profileId: 'p1', lang: 'es' });
    const r = rescoreAttempt(attempt, indexScenarios(scenarios, courseTranslations()));
    expect(attempt.transcript[0]!.labels.length).toBeGreaterThan(0);
    expect(r.turns[0]!.labels).toEqual(attempt.transcript[0]!.labels);
    expect(r.flags).toEqual([]);
    // The English detectors and name would read these words differently.
    const english = rescoreAttempt({ ...attempt, lang: 'en' }, indexScenarios(scenarios, courseTranslations()));
    expect(english.turns[0]!.labels).not.toEqual(attempt.transcript[0]!.labels);
  });

  it('flags an attempt whose stored total was edited as scored differently, and shows the re-computed score', () => {
    const attempt = copy(irmaTyped());
    const real = attempt.score.total;
    const edited = real === 100 ? 55 : 100;
    attempt.score.total = edited;
    const r = rescoreAttempt(attempt, scenarios);
    expect(r.flags).toEqual(['scored-differently']);
    expect(r.total).toBe(real);
    expect(r.storedTotal).toBe(edited);
    expect(r.changedTurns).toEqual([]);
  });

  it('flags a turn whose stored labels were edited, naming the turn', () => {
    const attempt = copy(irmaTyped());
    const labels = attempt.transcript[1]!.labels;
    attempt.transcript[1]!.labels = labels.includes('thank') ? labels.filter((l) => l !== 'thank') : [...labels, 'thank'];
    const r = rescoreAttempt(attempt, scenarios);
    expect(r.flags).toContain('scored-differently');
    expect(r.changedTurns).toEqual([2]);
    expect(r.turns[1]!.storedLabels).toEqual(attempt.transcript[1]!.labels);
  });

  it('flags a transcript naming a step the scenario does not have', () => {
    const attempt = copy(irmaTyped());
    attempt.transcript[2]!.stepId = 'no-such-step';
    const r = rescoreAttempt(attempt, scenarios);
    expect(r.flags).toContain('transcript-misfit');
    expect(r.misfit).toMatchObject({ reason: 'unknown-step', turn: 3 });
    expect(r.total).not.toBeNull();
  });

  it('flags a picked response the step does not have', () => {
    const attempt = copy(walkthroughAttempt('irma-resolved-choices.json', 'irma', { id: 'a2', profileId: 'p1' }));
    attempt.transcript[0]!.responseId = 'invented-response';
    const r = rescoreAttempt(attempt, scenarios);
    expect(r.flags).toContain('transcript-misfit');
    expect(r.misfit).toMatchObject({ reason: 'unknown-response', turn: 1 });
  });

  it('flags a path the current scenario would not take (answer changed so the caller reacts differently)', () => {
    const attempt = copy(irmaTyped());
    // The words now carry a hostile dismissal, which no step answers by moving on the way the file says.
    const irma = scenarioById('irma');
    const first = irma.steps.find((s) => s.id === attempt.transcript[0]!.stepId)!;
    attempt.transcript[0]!.text = 'Calm down, that is not my problem. Whatever.';
    const r = rescoreAttempt(attempt, scenarios);
    expect(first.id).toBe(attempt.transcript[0]!.stepId);
    expect(r.flags).toEqual(expect.arrayContaining(['scored-differently', 'transcript-misfit']));
    expect(r.misfit?.reason).toBe('wrong-path');
  });

  it('flags a transcript that goes on after the call ended, and one that stops before its ending', () => {
    const attempt = copy(irmaTyped());
    const longer = copy(attempt);
    longer.transcript.push({ ...copy(attempt.transcript.at(-1)!), turn: attempt.transcript.length + 1 });
    expect(rescoreAttempt(longer, scenarios).misfit?.reason).toBe('too-long');
    const shorter = copy(attempt);
    shorter.transcript.pop();
    expect(rescoreAttempt(shorter, scenarios).misfit?.reason).toBe('wrong-ending');
  });

  it('flags an attempt on a scenario this app does not have, without a score', () => {
    const attempt = copy(irmaTyped());
    attempt.scenarioId = 'retired-call';
    const r = rescoreAttempt(attempt, scenarios);
    expect(r).toMatchObject({ total: null, flags: ['transcript-misfit'], misfit: { reason: 'unknown-scenario' } });
    expect(r.turns).toHaveLength(attempt.transcript.length);
  });

  it('notes an attempt made on an older edit of the scenario without flagging it', () => {
    const attempt = copy(irmaTyped());
    attempt.scenarioVersion = '00000000';
    const r = rescoreAttempt(attempt, scenarios);
    expect(r.versionChanged).toBe(true);
    expect(r.flags).toEqual([]);
  });

  it('treats hostile markup and script links as plain words: kept verbatim, scored, nothing else', () => {
    const hostile = '<img src=x onerror=alert(1)> javascript:alert(document.cookie) I understand, Mrs. Jones.';
    const irma = scenarioById('irma');
    const attempt = playAttempt(irma, [{ say: hostile }, { silent: true }, { silent: true }, { silent: true }, { silent: true }, { silent: true }], { id: 'h1', profileId: 'p1' });
    const r = rescoreAttempt(attempt, scenarios);
    expect(r.turns[0]!.text).toBe(hostile);
    expect(r.flags).toEqual([]);
    for (const e of r.turns[0]!.evidence) expect(e.end).toBeLessThanOrEqual(hostile.length);
  });

  it('keeps a trainer rubric turn\'s labels and applies a trainer\'s correction on top of the scorer', () => {
    const attempt = copy(irmaTyped());
    const t0 = attempt.transcript[0]!;
    const corrected = copy(attempt);
    const extra = t0.labels.includes('thank') ? 'reassure' : 'thank';
    corrected.transcript[0] = { ...t0, trainerCorrection: { added: [extra], removed: [] }, labels: [...t0.labels, extra] };
    const r = rescoreAttempt(corrected, scenarios);
    expect(r.turns[0]!.labels).toContain(extra);
    expect(r.turns[0]!.changed).toBe(false);

    const rubric = copy(attempt);
    rubric.transcript[0] = { ...t0, source: 'rubric', text: null, evidence: [] };
    const rr = rescoreAttempt(rubric, scenarios);
    expect(rr.turns[0]!.labels).toEqual(t0.labels);
    expect(rr.flags).toEqual([]);
  });

  it('scores each distinct utterance once across a batch', () => {
    const a = irmaTyped();
    const b = { ...copy(a), id: 'a-copy' };
    const calls: string[] = [];
    const counting = (u: Parameters<typeof score>[0]) => {
      calls.push(u.text);
      return score(u);
    };
    const results = rescoreAttempts([a, b], indexScenarios(scenarios), { scoreText: counting });
    expect(results.map((r) => r.flags)).toEqual([[], []]);
    const typed = new Set(a.transcript.filter((t) => t.source === 'typed').map((t) => t.text));
    expect(calls.length).toBe(typed.size);
    expect(distinctUtterances([a, b], scenarios)).toHaveLength(typed.size);
    const memo = memoScorer();
    memo({ text: 'Thank you', callerName: 'Mrs. Jones', lang: 'en' });
    memo({ text: 'Thank you', callerName: 'Mrs. Jones', lang: 'en' });
    expect(memo.results.size).toBe(1);
  });
});
