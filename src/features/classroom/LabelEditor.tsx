import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { severityOf } from '../../components/ui/evidence-severity.ts';
import { LABELS, type LabelId } from '../../domain/scoring/labels.ts';

interface Props {
  /** The labels before the trainer's correction. */
  found: readonly LabelId[];
  added: readonly LabelId[];
  removed: readonly LabelId[];
  onChange: (correction: { added: LabelId[]; removed: LabelId[] }) => void;
  /** The sentence above the chips. */
  intro: string;
}

/** The labels an answer carries as toggle chips (press to drop a wrong one) and a list to add one the scorer missed. */
export function LabelEditor({ found, added, removed, onChange, intro }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const kept = (l: LabelId) => !removed.includes(l);
  const current = [...found.filter(kept), ...added];
  const addable = LABELS.filter((l) => !current.includes(l));
  const toggle = (l: LabelId) => onChange({ added: [...added], removed: kept(l) ? [...removed, l] : removed.filter((x) => x !== l) });
  return (
    <div className="live-labels">
      <p id={`${id}-intro`}>{intro}</p>
      <ul className="chips" aria-labelledby={`${id}-intro`}>
        {found.map((l) => (
          <li key={l}>
            <button type="button" className={`chip chip-toggle ${severityOf(l)}${kept(l) ? '' : ' chip-off'}`} aria-pressed={kept(l)} onClick={() => toggle(l)}>
              <span aria-hidden="true">{kept(l) ? (severityOf(l) === 'fault' ? '✗ ' : '✓ ') : '⊘ '}</span>
              {t(`labels.${l}`)}
            </button>
          </li>
        ))}
        {added.map((l) => (
          <li key={l}>
            <button type="button" className={`chip chip-toggle ${severityOf(l)}`} aria-pressed="true" onClick={() => onChange({ added: added.filter((x) => x !== l), removed: [...removed] })}>
              <span aria-hidden="true">+ </span>
              {t('classroom.capture.addedLabel', { label: t(`labels.${l}`) })}
            </button>
          </li>
        ))}
      </ul>
      <label htmlFor={`${id}-add`}>{t('classroom.capture.add')}</label>
      <select
        id={`${id}-add`}
        value=""
        onChange={(e) => {
          const label = e.target.value as LabelId;
          if (!label) return;
          if (removed.includes(label)) onChange({ added: [...added], removed: removed.filter((x) => x !== label) });
          else onChange({ added: [...added, label], removed: [...removed] });
        }}
      >
        <option value="">{t('classroom.capture.addNone')}</option>
        {addable.map((l) => (
          <option key={l} value={l}>
            {t(`labels.${l}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
