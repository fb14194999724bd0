import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canReveal, type Answers } from '../../domain/workbook/answers.ts';
import type { Task } from '../../domain/workbook/types.ts';

type Props = { task: Task; answers: Answers; onChange: (promptId: string, text: string) => void };

/** A workbook task: its heading, an answer box per prompt and, for the closing question, the hidden answer. */
// Re-rendering only the task being typed in keeps typing fluid on a page of 49 answer boxes.
export const TaskCard = memo(TaskCardView, (a, b) => a.task === b.task && a.onChange === b.onChange && a.task.prompts.every((p) => a.answers[p.id] === b.answers[p.id]));

function TaskCardView({ task, answers, onChange }: Props) {
  const { t } = useTranslation();
  const [revealed, setRevealed] = useState(false);
  const headingId = `task-${task.id}`;
  const revealable = canReveal(task, answers);
  return (
    <div className="wb-task" role="group" aria-labelledby={headingId}>
      <h4 className="wb-task-heading">
        <span className="wb-task-tag">{t('workbook.taskLabel')}</span> <span id={headingId}>{task.heading}</span>
      </h4>
      {task.note && <p className="wb-note">{task.note}</p>}
      {task.prompts.map((prompt) => {
        const fieldId = `answer-${prompt.id}`;
        return (
          <div className="wb-prompt" key={prompt.id}>
            {prompt.text !== undefined && (
              <label htmlFor={fieldId} className="wb-prompt-text">
                {prompt.text}
              </label>
            )}
            <textarea
              id={fieldId}
              className="wb-answer"
              rows={3}
              value={answers[prompt.id]?.text ?? ''}
              onChange={(e) => onChange(prompt.id, e.target.value)}
              {...(prompt.text === undefined ? { 'aria-labelledby': headingId } : {})}
              {...(task.prompts.length > 1 && /^\d\)$/.test(prompt.text ?? '') ? { 'aria-describedby': headingId } : {})}
            />
          </div>
        );
      })}
      {task.reveal && (
        <div className="wb-reveal">
          {!revealable ? (
            <p className="hint">{t('workbook.reveal.locked')}</p>
          ) : (
            <>
              <p>{task.reveal.question}</p>
              {!revealed && (
                <button type="button" className="button" onClick={() => setRevealed(true)}>
                  {t('workbook.reveal.show')}
                </button>
              )}
            </>
          )}
          <div aria-live="polite">
            {revealable && revealed && (
              <p className="wb-reveal-answer">
                <strong>{t('workbook.reveal.heading')}: </strong>
                {task.reveal.answer}
              </p>
            )}
          </div>
        </div>
      )}
    </div>
  );
}
