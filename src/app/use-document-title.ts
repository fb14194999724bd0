import { useEffect, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefFor, type Route } from './use-hash-route.ts';

/** Each screen's name, for the browser tab and the window list screen readers offer. */
const TITLE_KEYS: Partial<Record<Route['name'], string>> = {
  'phrase-check': 'phraseCheck.title',
  workbook: 'workbook.title',
  'desk-cards': 'workbook.deskCards.title',
  calls: 'call.picker.title',
  review: 'review.title',
  classroom: 'classroom.title',
};

/**
 * Names the document after the current screen, in the interface's language
 * (WCAG 2.4.2: a tab called "Hold the Line" on every screen tells no one
 * where they are). A call is named after its caller, read from the screen's
 * heading; the audience view names itself after the call it shows.
 */
export function useDocumentTitle(route: Route, main: RefObject<HTMLElement | null>): void {
  const { t, i18n } = useTranslation();
  const where = hrefFor(route);
  useEffect(() => {
    if (route.name === 'audience') return;
    const key = TITLE_KEYS[route.name];
    const screen = route.name === 'call' ? main.current?.querySelector('h1')?.textContent : key ? t(key) : undefined;
    document.title = screen ? `${screen} — ${t('app.name')}` : t('app.name');
    // `where` stands for the route; the language is a dependency so a switch renames the tab.
  }, [where, t, i18n.language]);
}
