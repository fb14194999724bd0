import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App.tsx';
import { createProfile } from '../../src/domain/profiles/profile.ts';
import { isScorerLanguageLoaded } from '../../src/domain/scoring/load-language.ts';
import { LANGUAGE_STORAGE_KEY, initI18n, onLanguageChange, preferredLanguage } from '../../src/i18n/i18n.ts';
import { saveProfile, setCurrentProfile } from '../../src/storage/profiles-store.ts';
import { useFreshEnglishHome } from '../support/english-home.ts';

vi.setConfig({ testTimeout: 20_000 });

useFreshEnglishHome();

/** What main.tsx does when the page loads: start in the saved (or browser's) language. */
async function pageLoad() {
  await i18next.changeLanguage('en'); // a fresh page knows nothing of the last visit's language
  await initI18n(preferredLanguage());
  return render(<App />);
}

describe('language switch', () => {
  it('switches the interface to Spanish live, sets <html lang>, and remembers the choice across a reload', async () => {
    const user = userEvent.setup();
    const heard: string[] = [];
    const unsubscribe = onLanguageChange((lang) => heard.push(lang));
    const { unmount } = render(<App />);
    expect(screen.getByRole('heading', { level: 1, name: 'Practise the calls nobody wants to take' })).toBeInTheDocument();
    const switcher = screen.getByRole('group', { name: 'Language' });
    expect(within(switcher).getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');

    await user.click(within(switcher).getByRole('button', { name: 'Español' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Practique las llamadas que nadie quiere atender' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Principal' })).toHaveTextContent('Cuaderno');
    expect(screen.getByRole('group', { name: 'Idioma' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Español' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Español' })).toHaveAttribute('lang', 'es');
    expect(document.documentElement.lang).toBe('es');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('es');
    expect(heard).toEqual(['es']);
    // The Spanish scorer is ready by the time the interface shows Spanish, so the first typed answer is read in Spanish.
    expect(isScorerLanguageLoaded('es')).toBe(true);
    unsubscribe();

    unmount();
    await pageLoad();
    expect(screen.getByRole('heading', { level: 1, name: 'Practique las llamadas que nadie quiere atender' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('es');

    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Practise the calls nobody wants to take' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
  });

  it('still switches when the browser refuses to store the choice (private mode, full storage)', async () => {
    const user = userEvent.setup();
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    render(<App />);
    await user.click(screen.getByRole('button', { name: 'Español' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Practique las llamadas que nadie quiere atender' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('es');
  });

  it('counts in Spanish plurals, including the "many" form of exact millions', async () => {
    await initI18n('es');
    expect(i18next.t('call.picker.attempts', { count: 1 })).toBe('1 intento');
    expect(i18next.t('call.picker.attempts', { count: 0 })).toBe('0 intentos');
    expect(i18next.t('call.picker.attempts', { count: 1_000_000 })).toBe('1000000 intentos');
    expect(i18next.t('workbook.import.applied', { count: 2 })).toBe('Se importaron 2 respuestas.');
  });

  it('follows a Spanish browser on the first visit, and a saved choice after that', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['es-MX', 'en']);
    expect(preferredLanguage()).toBe('es');
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    expect(preferredLanguage()).toBe('en');
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'klingon');
    expect(preferredLanguage()).toBe('es');
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['fr-FR', 'de']);
    localStorage.clear();
    expect(preferredLanguage()).toBe('en');
  });

  it('keeps a workbook answer when the trainee switches language (answers are kept by question, not by wording)', async () => {
    const user = userEvent.setup();
    const profile = createProfile({ name: 'Lucía' });
    await saveProfile(profile);
    act(() => setCurrentProfile(profile));
    window.location.hash = '#/workbook';
    render(<App />);
    await user.type(await screen.findByLabelText('What can you do to make sure your information is current?'), 'Reviso la cuenta cada día');
    expect(await screen.findByText('Saved', undefined, { timeout: 4000 })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Español' }));

    const box = await screen.findByLabelText('¿Qué puede hacer para asegurarse de que su información esté al día?');
    expect(box).toHaveValue('Reviso la cuenta cada día');
    expect(screen.getByText('1 de 49 respondidas')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Recordatorios importantes para manejar quejas de clientes' })).toBeInTheDocument();
  });

  it('shows the desk cards in Spanish, linked to the Spanish workbook section', async () => {
    await initI18n('es');
    window.location.hash = '#/desk-cards/aer';
    render(<App />);
    const card = await screen.findByRole('article', { name: 'A.E.R.: desde el principio y seguido' });
    expect(within(card).getByText('Empatice')).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: 'Del cuaderno: Recordatorios importantes para manejar quejas de clientes' })).toHaveAttribute('href', '#/workbook/six-reminders');
    expect(screen.getByRole('button', { name: 'Imprimir' })).toBeInTheDocument();
  });
});
