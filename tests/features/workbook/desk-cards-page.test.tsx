import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DeskCardsPage } from '../../../src/features/workbook/DeskCardsPage.tsx';

describe('desk cards page', () => {
  it('shows the four cards the workbook says to post at your desk', () => {
    render(<DeskCardsPage />);
    expect(screen.getAllByRole('article').map((a) => within(a).getByRole('heading').textContent)).toEqual([
      'Six reminders for handling complaints',
      '“High bill” checklist',
      'A.E.R. - early and often',
      'Excuses never to make',
    ]);
  });

  it('prints one card through the browser’s print dialog and links back to its workbook section', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    render(<DeskCardsPage cardId="aer" />);
    const card = screen.getByRole('article', { name: 'A.E.R. - early and often' });
    expect(within(card).getByText('Empathize')).toBeInTheDocument();
    expect(screen.getAllByRole('article')).toHaveLength(1);
    await userEvent.click(screen.getByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalledOnce();
    expect(within(card).getByRole('link', { name: /From the workbook/ })).toHaveAttribute('href', '#/workbook/six-reminders');
  });
});
