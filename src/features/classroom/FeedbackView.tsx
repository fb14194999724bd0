import { useTranslation } from 'react-i18next';
import { EvidenceList, HighlightedText } from '../../components/ui/HighlightedText.tsx';
import { LabelLine } from '../../components/ui/LabelLine.tsx';
import type { AudienceFeedback } from '../../domain/classroom/audience.ts';

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
      <LabelLine kind="fault" labels={feedback.faults} title={t('classroom.feedback.faults')} />
      <LabelLine kind="met" labels={feedback.met} title={t('classroom.feedback.used')} />
      <LabelLine kind="missed" labels={feedback.missed} title={t('classroom.feedback.missed')} />
      <p className="hint">{t('classroom.feedback.mood', { before: feedback.moodBefore, after: feedback.moodAfter })}</p>
      {feedback.modelAnswer && (
        <p className="model-answer">
          <strong>{t('classroom.feedback.model')}</strong> {feedback.modelAnswer}
        </p>
      )}
    </div>
  );
}
