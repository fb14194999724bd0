import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditNote } from '../../domain/review/types.ts';
import type { LabelId } from '../../domain/scoring/labels.ts';

export interface AuditSuggestion {
  opportunityRule: LabelId | null;
  strengthRule: LabelId | null;
  opportunity: string;
  strength: string;
}

export type NoteSaveState = 'suggested' | 'saving' | 'saved' | 'failed';

/**
 * The escalation guide's audit: one area of opportunity and one strength.
 * The fields start from the engine's suggestion; every keystroke goes to the
 * parent, which keeps it in memory at once and saves it shortly after.
 */
export function AuditNoteEditor({
  attemptId,
  note,
  suggestion,
  saveState,
  onChange,
}: {
  attemptId: string;
  note: AuditNote | undefined;
  suggestion: AuditSuggestion;
  saveState: NoteSaveState;
  onChange: (note: AuditNote) => void;
}) {
  const { t } = useTranslation();
  const opportunityId = useId();
  const strengthId = useId();
  const opportunity = note?.opportunity ?? suggestion.opportunity;
  const strength = note?.strength ?? suggestion.strength;

  const edit = (field: 'opportunity' | 'strength', value: string) =>
    onChange({
      attemptId,
      opportunity,
      strength,
      opportunityRule: note ? (note.opportunityRule ?? null) : suggestion.opportunityRule,
      strengthRule: note ? (note.strengthRule ?? null) : suggestion.strengthRule,
      [field]: value,
      updatedAt: Date.now(),
    });

  return (
    <section className="audit-note" aria-labelledby={`${opportunityId}-title`}>
      <h3 id={`${opportunityId}-title`}>{t('review.audit.title')}</h3>
      <p className="hint">{t('review.audit.intro')}</p>
      <div className="stack">
        <label htmlFor={opportunityId}>{t('review.audit.opportunity')}</label>
        <textarea id={opportunityId} rows={3} maxLength={4000} value={opportunity} onChange={(e) => edit('opportunity', e.target.value)} />
        <label htmlFor={strengthId}>{t('review.audit.strength')}</label>
        <textarea id={strengthId} rows={3} maxLength={4000} value={strength} onChange={(e) => edit('strength', e.target.value)} />
      </div>
      <p className="note-status" role="status">
        {t(`review.audit.status.${saveState}`)}
      </p>
    </section>
  );
}
