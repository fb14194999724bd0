import { lazy, Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { HomePage } from '../features/home/HomePage.tsx';
import { PhraseCheckPage } from '../features/phrase-check/PhraseCheckPage.tsx';
import { WorkbookPage } from '../features/workbook/WorkbookPage.tsx';
import { DeskCardsPage } from '../features/workbook/DeskCardsPage.tsx';
import { ScenarioPicker } from '../features/call/ScenarioPicker.tsx';
import { CallPage } from '../features/call/CallPage.tsx';
import { ProfileSwitcher } from '../components/profile/ProfileSwitcher.tsx';
import { LanguageSwitcher } from '../components/language/LanguageSwitcher.tsx';
import { hrefFor, useHashRoute, type Route } from './use-hash-route.ts';
import { useDocumentTitle } from './use-document-title.ts';

// The supervisor's dashboard (tables, chart) loads only when opened, so trainees never download it.
const ReviewPage = lazy(() => import('../features/review/ReviewPage.tsx'));
// The trainer's classroom console and the projector view, loaded only when a trainer opens them.
const ClassroomPage = lazy(() => import('../features/classroom/ClassroomPage.tsx'));
const AudiencePage = lazy(() => import('../features/classroom/AudiencePage.tsx'));

const NAV: { route: Route; key: string }[] = [
  { route: { name: 'home' }, key: 'app.nav.home' },
  { route: { name: 'calls' }, key: 'call.nav' },
  { route: { name: 'phrase-check' }, key: 'app.nav.phraseCheck' },
  { route: { name: 'workbook' }, key: 'workbook.nav' },
  { route: { name: 'desk-cards' }, key: 'workbook.deskCards.nav' },
  { route: { name: 'review' }, key: 'review.nav' },
  { route: { name: 'classroom' }, key: 'classroom.nav' },
];

/** The application frame: skip link, header navigation and the current screen. */
export function App() {
  const { t } = useTranslation();
  const route = useHashRoute();
  const mainRef = useRef<HTMLElement>(null);
  const first = useRef(true);
  useDocumentTitle(route, mainRef);

  // Moving focus to the new screen tells keyboard and screen-reader users the page changed.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    mainRef.current?.focus();
  }, [route.name]);

  // The projector shows only the classroom, full screen: no header, no navigation.
  if (route.name === 'audience')
    return (
      <Suspense fallback={null}>
        <AudiencePage />
      </Suspense>
    );

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
                <a href={hrefFor(item.route)} aria-current={item.route.name === route.name || (item.route.name === 'calls' && route.name === 'call') ? 'page' : undefined}>
                  {t(item.key)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        {/* One cluster, so when the header wraps the trainee and language controls move together to the right. */}
        <div className="header-tools">
          <ProfileSwitcher />
          <LanguageSwitcher />
        </div>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1}>
        {route.name === 'home' && <HomePage />}
        {route.name === 'phrase-check' && <PhraseCheckPage />}
        {route.name === 'workbook' && <WorkbookPage sectionId={route.sectionId} />}
        {route.name === 'desk-cards' && <DeskCardsPage cardId={route.cardId} />}
        {route.name === 'calls' && <ScenarioPicker />}
        {route.name === 'review' && (
          <Suspense fallback={<p className="page">{t('review.loading')}</p>}>
            <ReviewPage />
          </Suspense>
        )}
        {route.name === 'classroom' && (
          <Suspense fallback={null}>
            <ClassroomPage />
          </Suspense>
        )}
        {route.name === 'call' && <CallPage key={`${route.scenarioId}/${route.mode}`} scenarioId={route.scenarioId} mode={route.mode} />}
      </main>
    </>
  );
}
