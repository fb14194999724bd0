import { afterEach, beforeEach } from 'vitest';
import { initI18n } from '../../src/i18n/i18n.ts';
import { useFreshStorage } from './fresh-storage.ts';

/**
 * Fresh storage, and every test starts, and leaves the next one, on the home
 * screen in English: for tests that switch the language.
 */
export function useFreshEnglishHome(): void {
  useFreshStorage();
  beforeEach(async () => {
    window.location.hash = '';
    await initI18n('en');
  });
  afterEach(async () => {
    localStorage.clear();
    window.location.hash = '';
    await initI18n('en');
  });
}
