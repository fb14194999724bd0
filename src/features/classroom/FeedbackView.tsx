import { useTranslation } from 'react-i18next';
import { EvidenceList, HighlightedText } from '../../components/ui/HighlightedText.tsx';
import type { AudienceFeedback } from '../../domain/classroom/audience.ts';
import type { LabelId } from '../../domain/scoring/labels.ts';

function Labels({ kind, labels, title }: { kind: 'met' | 'missed' | 'fault'; labels: readonly LabelId[]; title: string }) {
  const { t } = useTranslation();
  if (labels.length === 0) return null;
  return (
    <p className={`turn-labels turn-${kind}`}>
      <span aria-hidden="true">{kind === 'met' ? '✓' : kind === 'fault' ? '✗' : '○'} </span>
      <strong>{title}:</strong> {labels.map((l) => t(`labels.${l}`)).join(', ')}
    </p>
  );
}

/** An answer marked up for the class: the words with the phrases highlighted, each rule and its reason, and the model answer. */
export function FeedbackView({ feedback }: { feedback: AudienceFeedback }) {
  const { t } = useTranslation();
  return (
    <div className="classroom-feedback">
      {feedback.text === null ? (
        <p>{feedback.labels.length > 0 ? t('classroom.feedback.rubric', { name: feedback.answeredBy }) : t('classroom.feedback.silent', { name: feedback.answeredBy })}</p>
      ) : (
        <>
          <p className="answer">
            <HighlightedText text={feedback.text} evidence={feedback.evidence} />
          </p>
          {feedback.evidence.length > 0 && <EvidenceList text={feedback.text} evidence={feedback.evidence} />}
        </>
      )}
      <Labels kind="fault" labels={feedback.faults} title={t('classroom.feedback.faults')} />
      <Labels kind="met" labels={feedback.met} title={t('classroom.feedback.used')} />
      <Labels kind="missed" labels={feedback.missed} title={t('classroom.feedback.missed')} />
      <p className="hint">{t('classroom.feedback.mood', { before: feedback.moodBefore, after: feedback.moodAfter })}</p>
      {feedback.modelAnswer && (
        <p className="model-answer">
          <strong>{t('classroom.feedback.model')}</strong> {feedback.modelAnswer}
        </p>
      )}
    </div>
  );
}
