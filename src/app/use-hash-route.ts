import { useSyncExternalStore } from 'react';

/** The app's screens, addressed by URL hash so the app runs from any folder and offline. */
export type Route =
  | { name: 'home' }
  | { name: 'phrase-check' }
  | { name: 'workbook'; sectionId?: string }
  | { name: 'desk-cards'; cardId?: string }
  | { name: 'calls' }
  | { name: 'call'; scenarioId: string; mode: 'coaching' | 'exam' }
  /** The supervisor's dashboard (issue "supervisor review"). */
  | { name: 'review' }
  /** The trainer's classroom console and the projector's audience view (issue "classroom"). */
  | { name: 'classroom' }
  | { name: 'audience' };

/** Reads a route from a location hash ("#/phrase-check"); unknown hashes go home. */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  switch (path[0]) {
    case 'phrase-check':
      return { name: 'phrase-check' };
    case 'workbook':
      return path[1] ? { name: 'workbook', sectionId: decodeURIComponent(path[1]) } : { name: 'workbook' };
    case 'desk-cards':
      return path[1] ? { name: 'desk-cards', cardId: decodeURIComponent(path[1]) } : { name: 'desk-cards' };
    case 'calls':
      return { name: 'calls' };
    case 'review':
      return { name: 'review' };
    case 'classroom':
      return { name: 'classroom' };
    case 'audience':
      return { name: 'audience' };
    case 'call':
      return path[1] ? { name: 'call', scenarioId: decodeURIComponent(path[1]), mode: path[2] === 'exam' ? 'exam' : 'coaching' } : { name: 'calls' };
    default:
      return { name: 'home' };
  }
}

/** The href for a route. */
export function hrefFor(route: Route): string {
  if (route.name === 'workbook' && route.sectionId) return `#/workbook/${encodeURIComponent(route.sectionId)}`;
  if (route.name === 'desk-cards' && route.cardId) return `#/desk-cards/${encodeURIComponent(route.cardId)}`;
  if (route.name === 'call') return `#/call/${encodeURIComponent(route.scenarioId)}/${route.mode}`;
  return route.name === 'home' ? '#/' : `#/${route.name}`;
}

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

/** The current route, following the hash. */
export function useHashRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash, () => '');
  return parseRoute(hash);
}
