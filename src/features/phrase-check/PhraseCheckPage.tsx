import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { EvidenceList, HighlightedText } from '../../components/ui/HighlightedText.tsx';
import { severityOf } from '../../components/ui/evidence-severity.ts';
import { score } from '../../domain/scoring/scorer.ts';
import type { ScoreResult } from '../../domain/scoring/types.ts';

/** A sandbox where a trainee types a line and sees which rules it follows or breaks. */
export function PhraseCheckPage() {
  const { t } = useTranslation();
  const ids = { text: useId(), name: useId(), hint: useId() };
  const [text, setText] = useState('');
  const [callerName, setCallerName] = useState('');
  const [checked, setChecked] = useState<{ text: string; result: ScoreResult } | null>(null);

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const input = callerName.trim() ? { text, callerName } : { text };
    setChecked({ text, result: score(input) });
  };

  const counts = { fault: 0, technique: 0, neutral: 0 };
  for (const label of checked?.result.labels ?? []) counts[severityOf(label)]++;
  const summary = [
    t('phraseCheck.faultsFound', { count: counts.fault }),
    t('phraseCheck.techniquesFound', { count: counts.technique }),
    ...(counts.neutral > 0 ? [t('phraseCheck.neutralFound', { count: counts.neutral })] : []),
  ].join(' · ');

  return (
    <div className="page">
      <h1>{t('phraseCheck.title')}</h1>
      <p className="lead">{t('phraseCheck.intro')}</p>
      <form className="stack" onSubmit={onSubmit}>
        <label htmlFor={ids.text}>{t('phraseCheck.utterance')}</label>
        <textarea id={ids.text} rows={4} value={text} onChange={(e) => setText(e.target.value)} />
        <label htmlFor={ids.name}>{t('phraseCheck.callerName')}</label>
        <input id={ids.name} aria-describedby={ids.hint} value={callerName} onChange={(e) => setCallerName(e.target.value)} />
        <p id={ids.hint} className="hint">
          {t('phraseCheck.callerNameHint')}
        </p>
        <div>
          <button type="submit" className="button primary">
            {t('phraseCheck.check')}
          </button>
        </div>
      </form>
      {/* One short message per check; the full result below is read at the reader's own pace rather than all at once. */}
      <p className="visually-hidden" role="status">
        {checked && summary}
      </p>
      <section aria-labelledby={checked ? 'result-title' : undefined} className="result">
        {checked && (
          <>
            <h2 id="result-title">{t('phraseCheck.resultTitle')}</h2>
            {checked.result.labels.length === 0 ? (
              <p>{t('phraseCheck.nothingFound')}</p>
            ) : (
              <>
                <p className="counts">
                  <span className="count-fault">{t('phraseCheck.faultsFound', { count: counts.fault })}</span>
                  {' · '}
                  <span className="count-technique">{t('phraseCheck.techniquesFound', { count: counts.technique })}</span>
                  {counts.neutral > 0 && (
                    <>
                      {' · '}
                      <span>{t('phraseCheck.neutralFound', { count: counts.neutral })}</span>
                    </>
                  )}
                </p>
                <h3>{t('phraseCheck.highlightedAnswer')}</h3>
                <p className="answer">
                  <HighlightedText text={checked.text} evidence={checked.result.evidence} />
                </p>
                <EvidenceList text={checked.text} evidence={checked.result.evidence} />
              </>
            )}
          </>
        )}
      </section>
    </div>
  );
}
