import { useTranslation } from 'react-i18next';
import type { LabelId } from '../../domain/scoring/labels.ts';

const ICON = { met: '✓', fault: '✗', missed: '○' } as const;

/** One line of rule names under an answer ("✗ Faults: Excuse"), marked by icon and title as well as colour. */
export function LabelLine({ kind, labels, title }: { kind: keyof typeof ICON; labels: readonly LabelId[]; title: string }) {
  const { t } = useTranslation();
  if (labels.length === 0) return null;
  return (
    <p className={`turn-labels turn-${kind}`}>
      <span aria-hidden="true">{ICON[kind]} </span>
      <strong>{title}:</strong> {labels.map((l) => t(`labels.${l}`)).join(', ')}
    </p>
  );
}
