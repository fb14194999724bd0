import { useTranslation } from 'react-i18next';
import { EvidenceList, HighlightedText } from '../../components/ui/HighlightedText.tsx';
import { LabelLine } from '../../components/ui/LabelLine.tsx';
import type { Turn } from '../../domain/scenario/compile.ts';

/** One answer marked up: the words with evidence highlighted, each rule's reason, what the step asked for, and the coach's note. */
export function TurnReview({ turn }: { turn: Turn }) {
  const { t } = useTranslation();
  return (
    <div className="turn-review">
      {turn.text === null ? (
        <p>{t('call.feedback.silent', { before: turn.moodBefore, after: turn.moodAfter })}</p>
      ) : (
        <>
          <p className="answer">
            <HighlightedText text={turn.text} evidence={turn.evidence} />
          </p>
          {turn.evidence.length > 0 ? <EvidenceList text={turn.text} evidence={turn.evidence} /> : <p className="hint">{t('call.feedback.none')}</p>}
          <p className="hint">{t('call.feedback.mood', { before: turn.moodBefore, after: turn.moodAfter })}</p>
        </>
      )}
      <LabelLine kind="fault" labels={turn.faults} title={t('call.feedback.faults')} />
      <LabelLine kind="met" labels={turn.met} title={t('call.feedback.used')} />
      <LabelLine kind="missed" labels={turn.missed} title={t('call.feedback.missed')} />
      {turn.coaching && (
        <p className="coaching-note">
          <strong>{t('call.feedback.coaching')}:</strong> {turn.coaching}
        </p>
      )}
    </div>
  );
}
