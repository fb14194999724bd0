import { useSyncExternalStore } from 'react';

/** The app's screens, addressed by URL hash so the app runs from any folder and offline. */
export type Route = { name: 'home' } | { name: 'phrase-check' };

/** Reads a route from a location hash ("#/phrase-check"); unknown hashes go home. */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  switch (path[0]) {
    case 'phrase-check':
      return { name: 'phrase-check' };
    default:
      return { name: 'home' };
  }
}

/** The href for a route. */
export function hrefFor(route: Route): string {
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
