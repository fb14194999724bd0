import { useId, useMemo, useState, type FormEvent, type KeyboardEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { scoreAnswer, setDraft, type CaptureInput, type ClassroomSession } from '../../domain/classroom/session.ts';
import type { Scenario, Step } from '../../domain/scenario/schema.ts';
import { FAULT_LABELS, TECHNIQUE_LABELS, type LabelId } from '../../domain/scoring/labels.ts';
import { LabelEditor } from './LabelEditor.tsx';
import type { SessionAction } from './use-classroom-console.ts';

interface Props {
  session: ClassroomSession;
  scenario: Scenario;
  step: Step;
  hotSeatName: string;
  act: (a: SessionAction) => unknown;
  record: (input: CaptureInput) => boolean;
  headingRef?: Ref<HTMLHeadingElement>;
}

/**
 * The three fast ways to capture what the hot seat said: pick the closest
 * authored response (a digit key), type the words (scored live, labels
 * correctable), or tick the rubric labels; or mark a silence.
 */
export function CapturePanel({ session, scenario, step, hotSeatName, act, record, headingRef }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const draft = session.draft;
  const [added, setAdded] = useState<LabelId[]>([]);
  const [removed, setRemoved] = useState<LabelId[]>([]);
  const [ticked, setTicked] = useState<LabelId[]>([]);
  const [emptyError, setEmptyError] = useState(false);
  const found = useMemo(() => scoreAnswer(scenario, draft, session.lang), [scenario, draft, session.lang]);

  const sendTyped = (e?: FormEvent) => {
    e?.preventDefault();
    if (!draft.trim()) {
      setEmptyError(true);
      return;
    }
    setEmptyError(false);
    if (record({ mode: 'typed', text: draft, added, removed })) {
      setAdded([]);
      setRemoved([]);
    }
  };
  const onDraftKey = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) sendTyped(e);
  };
  const sendRubric = () => {
    if (record({ mode: 'rubric', labels: ticked })) setTicked([]);
  };
  const expected = new Set<LabelId>(step.expects);

  return (
    <section className="classroom-panel capture" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={headingRef} tabIndex={-1}>
        {t('classroom.capture.title', { name: hotSeatName })}
      </h2>

      <fieldset className="capture-choices">
        <legend>{t('classroom.capture.choose')}</legend>
        <ol>
          {step.responses.map((r, i) => (
            <li key={r.id}>
              <button type="button" className="button choice" aria-keyshortcuts={String(i + 1)} onClick={() => record({ mode: 'choice', responseId: r.id })}>
                <kbd aria-hidden="true">{i + 1}</kbd> {r.text}
              </button>
              <p className="hint coaching-note">
                <span className="visually-hidden">{t('classroom.capture.coachingFor', { n: i + 1 })} </span>
                {r.coaching}
              </p>
            </li>
          ))}
        </ol>
      </fieldset>

      <form className="capture-typed" onSubmit={sendTyped}>
        <label htmlFor={`${id}-draft`}>{t('classroom.capture.type')}</label>
        <p className="hint" id={`${id}-hint`}>
          {t('classroom.capture.typeHint')}
        </p>
        <textarea
          id={`${id}-draft`}
          rows={3}
          value={draft}
          aria-describedby={emptyError ? `${id}-hint ${id}-empty` : `${id}-hint`}
          aria-invalid={emptyError || undefined}
          onChange={(e) => act((s, now) => setDraft(s, e.target.value, now))}
          onKeyDown={onDraftKey}
        />
        {emptyError && (
          <p className="field-error" id={`${id}-empty`}>
            {t('classroom.capture.empty')}
          </p>
        )}
        {draft.trim() !== '' && (
          <LabelEditor
            found={found.labels}
            added={added}
            removed={removed}
            intro={found.labels.length > 0 ? t('classroom.capture.found') : t('classroom.capture.foundNone')}
            onChange={(c) => {
              setAdded(c.added);
              setRemoved(c.removed);
            }}
          />
        )}
        <button type="submit" className="button primary">
          {t('classroom.capture.record')}
        </button>
      </form>

      <details className="capture-rubric">
        <summary>{t('classroom.capture.rubric')}</summary>
        {[
          { key: 'techniques', labels: TECHNIQUE_LABELS },
          { key: 'faults', labels: FAULT_LABELS },
        ].map((group) => (
          <fieldset key={group.key} className="rubric-group">
            <legend>{t(`classroom.capture.rubricGroup.${group.key}`)}</legend>
            {group.labels.map((l) => (
              <label key={l} className="rubric-option">
                <input
                  type="checkbox"
                  checked={ticked.includes(l)}
                  onChange={(e) => setTicked((tk) => (e.target.checked ? [...tk, l] : tk.filter((x) => x !== l)))}
                />{' '}
                {t(`labels.${l}`)}
                {expected.has(l) && <span className="asked"> ({t('classroom.capture.asked')})</span>}
              </label>
            ))}
          </fieldset>
        ))}
        <button type="button" className="button" onClick={sendRubric}>
          {t('classroom.capture.recordRubric', { count: ticked.length })}
        </button>
      </details>

      <p>
        <button type="button" className="button" aria-keyshortcuts="S" onClick={() => record({ mode: 'silent' })}>
          {t('classroom.capture.silent')}
        </button>{' '}
        <span className="hint">{t('classroom.capture.silenceHint')}</span>
      </p>
    </section>
  );
}
