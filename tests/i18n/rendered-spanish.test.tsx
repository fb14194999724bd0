import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App.tsx';
import { createProfile } from '../../src/domain/profiles/profile.ts';
import { resources } from '../../src/i18n/i18n.ts';
import { saveProfile, setCurrentProfile } from '../../src/storage/profiles-store.ts';
import { useFreshEnglishHome } from '../support/english-home.ts';

vi.setConfig({ testTimeout: 60_000 });

function flatten(value: unknown, prefix = '', out = new Map<string, string>()): Map<string, string> {
  if (typeof value === 'string') out.set(prefix, value);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  return out;
}
const table = (lang: string) => flatten(resources[lang]?.translation);

/**
 * The English interface phrases that Spanish translates differently: the
 * words around each {{variable}}, when long enough to be unmistakable (a lone
 * word like "Total" may be the same in both languages, or a caller's own word).
 */
const englishPhrases = (() => {
  const en = table('en');
  const es = table('es');
  const phrases = new Set<string>();
  for (const [key, text] of en) {
    if (es.get(key) === text) continue;
    for (const piece of text.split(/\{\{[^}]*\}\}/)) {
      const phrase = piece.replace(/\s+/g, ' ').trim().replace(/[.:,;…]+$/, '');
      const words = (phrase.match(/\p{L}+/gu) ?? []).length;
      // Two short words ("of the") also occur in a caller's English line; a phrase this long does not by chance.
      if ((words >= 3 || (words === 2 && phrase.length >= 12)) && !es.get(key)?.includes(phrase)) phrases.add(phrase);
    }
  }
  return [...phrases];
})();

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every English phrase on the page: in text (visible or not yet revealed) and in the attributes people hear or see. */
function englishOnPage(): string[] {
  const texts: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) texts.push(walker.currentNode.nodeValue ?? '');
  for (const el of document.body.querySelectorAll('*'))
    for (const attr of ['aria-label', 'title', 'placeholder', 'alt', 'aria-valuetext', 'aria-description']) {
      const v = el.getAttribute(attr);
      if (v) texts.push(v);
    }
  for (const input of document.body.querySelectorAll<HTMLInputElement>('input[type=button], input[type=submit]')) texts.push(input.value);
  const page = ` ${texts.join(' \n ')} `.replace(/[ \t]+/g, ' ');
  return englishPhrases.filter((p) => new RegExp(`(?<![\\p{L}])${escape(p)}(?![\\p{L}])`, 'u').test(page));
}

useFreshEnglishHome();

async function go(hash: string) {
  await act(async () => {
    window.location.hash = hash;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });
}

async function switchToSpanish(user: UserEvent) {
  await user.click(screen.getByRole('button', { name: 'Español' }));
  await screen.findByRole('group', { name: 'Idioma' });
}

describe('the interface in Spanish', () => {
  it('knows enough English phrases to catch one', () => {
    expect(englishPhrases.length).toBeGreaterThan(150);
    expect(englishPhrases).toContain('Practise the calls nobody wants to take');
  });

  it('shows no English interface phrase on any screen after switching live', async () => {
    const user = userEvent.setup();
    const profile = createProfile({ name: 'Lucía Pérez' });
    await saveProfile(profile);
    act(() => setCurrentProfile(profile));
    render(<App />);
    // Switched while running, as a trainee would: anything computed once at start-up would stay English.
    await switchToSpanish(user);
    const seen: Record<string, string[]> = {};

    seen.home = englishOnPage();

    await go('#/calls');
    await screen.findByRole('heading', { level: 1, name: 'Atender una llamada' });
    seen.calls = englishOnPage();

    await go('#/phrase-check');
    await user.type(await screen.findByLabelText('Lo que usted diría'), 'Lo siento mucho, Sra. Jiménez. Voy a investigar y le devuelvo la llamada a las 3.');
    await user.click(screen.getByRole('button', { name: 'Revisar' }));
    await screen.findByRole('heading', { name: 'Lo que encontró el evaluador' });
    seen.phraseCheck = englishOnPage();

    await go('#/workbook');
    await screen.findByLabelText('¿Qué puede hacer para asegurarse de que su información esté al día?');
    seen.workbook = englishOnPage();

    await go('#/desk-cards');
    await screen.findByRole('heading', { level: 1, name: 'Tarjetas de escritorio' });
    seen.deskCards = englishOnPage();

    await user.click(screen.getByRole('button', { name: 'Agente: Lucía Pérez' }));
    seen.profilePanel = englishOnPage();

    await go('#/call/irma/coaching');
    const answer = await screen.findByRole('region', { name: 'Su respuesta' });
    seen.call = englishOnPage();
    await user.click(within(answer).getAllByRole('button')[0]!);
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Retroalimentación sobre su respuesta' })).toBeInTheDocument());
    seen.callFeedback = englishOnPage();

    expect(Object.fromEntries(Object.entries(seen).filter(([, found]) => found.length > 0))).toEqual({});
  });
});
