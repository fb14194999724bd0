import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Profile } from '../../domain/profiles/profile.ts';
import type { Answer, Answers } from '../../domain/workbook/answers.ts';
import { diffImport, parseAnswersFile, resolveImport, type ImportDiff, type ImportProblem } from '../../domain/workbook/import-answers.ts';
import type { Workbook } from '../../domain/workbook/types.ts';
import { allPrompts, promptText } from '../../domain/workbook/workbook.ts';

type Pending = { file: string; owner: string; diff: ImportDiff; choices: Record<string, 'current' | 'incoming'> };

/** Imports an exported JSON file; differing answers are shown side by side and the trainee chooses. */
export function ImportPanel({ workbook, answers, profile, onImport }: { workbook: Workbook; answers: Answers; profile: Profile; onImport: (answers: Answer[]) => Promise<void> }) {
  const { t, i18n } = useTranslation();
  const inputId = useId();
  const [refused, setRefused] = useState<{ file: string; problems: ImportProblem[] } | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [status, setStatus] = useState('');
  const prompts = allPrompts(workbook);
  const questionOf = (id: string) => {
    const found = prompts.find((p) => p.prompt.id === id);
    return found ? promptText(found.task, found.prompt) : id;
  };
  const when = (ms: number) => new Date(ms).toLocaleString(i18n.language);

  function describe(p: ImportProblem): string {
    switch (p.code) {
      case 'not-json':
        return p.line !== undefined ? t('workbook.import.problem.not-json-at', { line: p.line, column: p.column }) : t('workbook.import.problem.not-json', { detail: p.detail });
      case 'newer-version':
        return t('workbook.import.problem.newer-version', { version: p.version });
      case 'invalid-field':
        return t('workbook.import.problem.invalid-field', { path: p.path, detail: p.detail });
      case 'unknown-prompts':
        return t('workbook.import.problem.unknown-prompts', { ids: p.promptIds.join(', ') });
      case 'duplicate-prompt':
        return t('workbook.import.problem.duplicate-prompt', { id: p.promptId });
      case 'foreign-file':
        return t('workbook.import.problem.foreign-file');
    }
  }

  async function apply(diff: ImportDiff, choices: Pending['choices']) {
    const chosen = resolveImport(diff, choices);
    await onImport(chosen);
    setPending(null);
    setStatus(chosen.length === 0 ? t('workbook.import.nothing') : t('workbook.import.applied', { count: chosen.length }));
  }

  async function onFile(e: ChangeEvent<HTMLInputElement>) {
    const input = e.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setRefused(null);
    setPending(null);
    setStatus('');
    const result = parseAnswersFile(await file.text(), new Set(prompts.map((p) => p.prompt.id)));
    input.value = '';
    if (!result.ok) {
      setRefused({ file: file.name, problems: result.problems });
      return;
    }
    const diff = diffImport(answers, result.answers);
    if (diff.conflicts.length === 0) {
      await apply(diff, {});
      return;
    }
    setPending({ file: file.name, owner: result.file.trainee.name, diff, choices: Object.fromEntries(diff.conflicts.map((c) => [c.promptId, c.newer])) });
  }

  return (
    <section className="wb-panel" aria-labelledby="wb-import-title">
      <h2 id="wb-import-title">{t('workbook.import.title')}</h2>
      <p className="hint">{t('workbook.import.intro')}</p>
      <div className="field">
        <label htmlFor={inputId}>{t('workbook.import.file')}</label>
        <input id={inputId} type="file" accept="application/json,.json" onChange={(e) => void onFile(e)} />
      </div>
      {refused && (
        <div role="alert" className="wb-alert">
          <p>{t('workbook.import.refused', { file: refused.file })}</p>
          <ul>
            {refused.problems.map((p, i) => (
              <li key={i}>{describe(p)}</li>
            ))}
          </ul>
        </div>
      )}
      {pending && (
        <form
          className="wb-conflicts"
          onSubmit={(e) => {
            e.preventDefault();
            void apply(pending.diff, pending.choices);
          }}
        >
          <h3>{t('workbook.import.conflictsTitle')}</h3>
          {pending.owner !== profile.name && <p>{t('workbook.import.fromOther', { name: pending.owner, current: profile.name })}</p>}
          <p>{t('workbook.import.summary', { added: pending.diff.added.length, unchanged: pending.diff.unchanged, conflicts: pending.diff.conflicts.length })}</p>
          <p className="hint">{t('workbook.import.conflictsIntro')}</p>
          {pending.diff.conflicts.map((c) => (
            <fieldset key={c.promptId} className="wb-conflict">
              <legend>{questionOf(c.promptId)}</legend>
              {(['current', 'incoming'] as const).map((side) => {
                const a = side === 'current' ? c.current : c.incoming;
                return (
                  <label key={side} className="wb-choice">
                    <input
                      type="radio"
                      name={`choice-${c.promptId}`}
                      checked={pending.choices[c.promptId] === side}
                      onChange={() => setPending({ ...pending, choices: { ...pending.choices, [c.promptId]: side } })}
                    />
                    <span>
                      <strong>
                        {t(side === 'current' ? 'workbook.import.keepMine' : 'workbook.import.useTheirs', { when: when(a.updatedAt) })}
                        {c.newer === side && ` (${t('workbook.import.newer')})`}
                      </strong>
                      <span className="wb-choice-text">{a.text}</span>
                    </span>
                  </label>
                );
              })}
            </fieldset>
          ))}
          <div className="wb-buttons">
            <button type="submit" className="button primary">
              {t('workbook.import.apply')}
            </button>
            <button type="button" className="button subtle" onClick={() => setPending(null)}>
              {t('workbook.import.cancel')}
            </button>
          </div>
        </form>
      )}
      <p role="status">{status}</p>
    </section>
  );
}
