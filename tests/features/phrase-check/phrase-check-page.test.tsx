import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PhraseCheckPage } from '../../../src/features/phrase-check/PhraseCheckPage.tsx';
import { initI18n } from '../../../src/i18n/i18n.ts';

describe('Phrase check', () => {
  it('trainee sees an excuse marked as a fault, with the rule and its reason', async () => {
    const user = userEvent.setup();
    render(<PhraseCheckPage />);
    await user.type(screen.getByLabelText('What you would say'), 'Sorry, we were short-staffed last night.');
    await user.click(screen.getByRole('button', { name: 'Check' }));

    expect(screen.getByText('1 fault')).toBeInTheDocument();
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    const excuse = items.find((li) => li.textContent?.includes('Excuse'));
    expect(excuse).toBeDefined();
    expect(excuse!).toHaveTextContent('Fault:');
    expect(within(excuse!).getByText(/short-staffed/)).toBeInTheDocument();
    // The phrase is marked in the answer itself, not only listed.
    const marked = document.querySelector('mark.ev-fault');
    expect(marked?.textContent).toMatch(/short-staffed/);
  });

  it("counts the caller's name only when the trainee says whose call it is", async () => {
    const user = userEvent.setup();
    render(<PhraseCheckPage />);
    await user.type(screen.getByLabelText('What you would say'), 'Mrs. Jones, thank you for letting us know.');
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(screen.queryByText("Uses the caller's name")).not.toBeInTheDocument();

    await user.type(screen.getByLabelText("Caller's name (optional)"), 'Mrs. Jones');
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(screen.getByText("Uses the caller's name")).toBeInTheDocument();
    expect(screen.getByText('Thanks the caller')).toBeInTheDocument();
  });

  it('says so when an answer carries no rule at all', async () => {
    const user = userEvent.setup();
    render(<PhraseCheckPage />);
    await user.type(screen.getByLabelText('What you would say'), 'Okay.');
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(screen.getByText(/No rule applies to this answer yet/)).toBeInTheDocument();
  });
});

describe('Phrase check in Spanish', () => {
  it('reads the answer with the Spanish detectors and gives their Spanish reasons, and follows a switch back to English', async () => {
    const user = userEvent.setup();
    await initI18n('es');
    try {
      render(<PhraseCheckPage />);
      await user.type(screen.getByLabelText('Lo que usted diría'), 'Perdón que la interrumpa, Sra. Vega: le paso con mi supervisora, o si prefiere lo intento resolver yo.');
      await user.type(screen.getByLabelText('Nombre del cliente (opcional)'), 'Sra. Vega');
      await user.click(screen.getByRole('button', { name: 'Revisar' }));

      const items = await screen.findAllByRole('listitem');
      const text = items.map((li) => li.textContent).join('\n');
      // Labels only the Spanish detectors find in this wording, each with a reason in Spanish.
      expect(text).toMatch(/Usa el nombre del cliente/);
      expect(text).toMatch(/interrump/i);
      expect(text).not.toMatch(/Using the caller's name/);

      await act(async () => {
        await initI18n('en');
      });
      expect(screen.getByText("Uses the caller's name")).toBeInTheDocument();
    } finally {
      await initI18n('en');
    }
  });
});
