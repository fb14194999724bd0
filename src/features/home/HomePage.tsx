import { useTranslation } from 'react-i18next';
import { ALWAYS_FAULTS, TECHNIQUE_LABELS } from '../../domain/scoring/labels.ts';
import { hrefFor } from '../../app/use-hash-route.ts';

/** The landing screen: what the product is and the rules every answer is scored on. */
export function HomePage() {
  const { t } = useTranslation();
  return (
    <div className="page">
      <h1>{t('home.title')}</h1>
      <p className="lead">{t('home.intro')}</p>
      <p>
        <a className="button primary call-home-cta" href={hrefFor({ name: 'calls' })}>
          {t('call.homeCta')}
        </a>{' '}
        <a className="button" href={hrefFor({ name: 'phrase-check' })}>
          {t('home.phraseCheckCta')}
        </a>
      </p>
      <section aria-labelledby="rules-title">
        <h2 id="rules-title">{t('home.rulesTitle')}</h2>
        <div className="rule-columns">
          <div>
            <h3>{t('home.faults')}</h3>
            <ul className="chips">
              {ALWAYS_FAULTS.map((l) => (
                <li key={l} className="chip fault">
                  {t(`labels.${l}`)}
                </li>
              ))}
            </ul>
          </div>
          <div>
            <h3>{t('home.dependsOnCall')}</h3>
            <ul className="chips">
              <li className="chip neutral">{t('labels.admit-fault')}</li>
            </ul>
            <p className="hint">{t('home.admitFaultHint')}</p>
          </div>
          <div>
            <h3>{t('home.techniques')}</h3>
            <ul className="chips">
              {TECHNIQUE_LABELS.map((l) => (
                <li key={l} className="chip technique">
                  {t(`labels.${l}`)}
                </li>
              ))}
            </ul>
          </div>
        </div>
      </section>
    </div>
  );
}
