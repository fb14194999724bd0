import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { HomePage } from '../features/home/HomePage.tsx';
import { PhraseCheckPage } from '../features/phrase-check/PhraseCheckPage.tsx';
import { hrefFor, useHashRoute, type Route } from './use-hash-route.ts';

const NAV: { route: Route; key: string }[] = [
  { route: { name: 'home' }, key: 'app.nav.home' },
  { route: { name: 'phrase-check' }, key: 'app.nav.phraseCheck' },
];

/** The application frame: skip link, header navigation and the current screen. */
export function App() {
  const { t } = useTranslation();
  const route = useHashRoute();
  const mainRef = useRef<HTMLElement>(null);
  const first = useRef(true);

  // Moving focus to the new screen tells keyboard and screen-reader users the page changed.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    mainRef.current?.focus();
  }, [route.name]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <a className="brand" href={hrefFor({ name: 'home' })}>
          <span className="brand-mark" aria-hidden="true">☎</span>
          {t('app.name')}
        </a>
        <nav aria-label={t('app.nav.label')}>
          <ul>
            {NAV.map((item) => (
              <li key={item.key}>
                <a href={hrefFor(item.route)} aria-current={item.route.name === route.name ? 'page' : undefined}>
                  {t(item.key)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1}>
        {route.name === 'home' && <HomePage />}
        {route.name === 'phrase-check' && <PhraseCheckPage />}
      </main>
    </>
  );
}
