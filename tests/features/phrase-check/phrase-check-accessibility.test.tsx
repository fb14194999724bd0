import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PhraseCheckPage } from '../../../src/features/phrase-check/PhraseCheckPage.tsx';

describe('Phrase check for screen-reader users', () => {
  it('announces each check as one short status message; the result region is named once there is a result', async () => {
    const user = userEvent.setup();
    render(<PhraseCheckPage />);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    expect(screen.queryByRole('region', { name: 'What the scorer found' })).not.toBeInTheDocument();
    await user.type(screen.getByLabelText('What you would say'), 'Sorry, we were short-staffed last night.');
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(screen.getByRole('status')).toHaveTextContent(/^1 fault · \d+ techniques?$/);
    expect(screen.getByRole('region', { name: 'What the scorer found' })).toBeInTheDocument();
  });
});
