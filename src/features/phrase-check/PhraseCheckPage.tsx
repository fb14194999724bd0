import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { EvidenceList, HighlightedText } from '../../components/ui/HighlightedText.tsx';
import { severityOf } from '../../components/ui/evidence-severity.ts';
import { isScorerLanguageLoaded, loadScorerLanguage } from '../../domain/scoring/load-language.ts';
import { score } from '../../domain/scoring/scorer.ts';
import type { ScoreInput } from '../../domain/scoring/types.ts';
import { currentLanguage } from '../../i18n/i18n.ts';

/** A sandbox where a trainee types a line and sees which rules it follows or breaks. */
export function PhraseCheckPage() {
  const { t } = useTranslation();
  const ids = { text: useId(), name: useId(), hint: useId() };
  const [text, setText] = useState('');
  const [callerName, setCallerName] = useState('');
  const [checked, setChecked] = useState<ScoreInput | null>(null);
  // Read in the interface's language (useTranslation re-renders on a switch, so a shown result follows it).
  const lang = currentLanguage();
  const result = useMemo(() => (checked ? score({ ...checked, lang }) : null), [checked, lang]);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    // A page opened in Spanish may still be fetching the Spanish detectors; offline, English reads it.
    if (!isScorerLanguageLoaded(lang)) await loadScorerLanguage(lang).catch(() => undefined);
    setChecked(callerName.trim() ? { text, callerName } : { text });
  };

  const counts = { fault: 0, technique: 0, neutral: 0 };
  for (const label of result?.labels ?? []) counts[severityOf(label)]++;
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
        {checked && result && (
          <>
            <h2 id="result-title">{t('phraseCheck.resultTitle')}</h2>
            {result.labels.length === 0 ? (
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
                  <HighlightedText text={checked.text} evidence={result.evidence} />
                </p>
                <EvidenceList text={checked.text} evidence={result.evidence} />
              </>
            )}
          </>
        )}
      </section>
    </div>
  );
}
