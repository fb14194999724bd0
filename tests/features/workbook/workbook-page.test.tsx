import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

vi.setConfig({ testTimeout: 20_000 });
import { ProfileSwitcher } from '../../../src/components/profile/ProfileSwitcher.tsx';
import { createProfile, type Profile } from '../../../src/domain/profiles/profile.ts';
import { WorkbookPage } from '../../../src/features/workbook/WorkbookPage.tsx';
import { closeAppDb } from '../../../src/storage/db.ts';
import { saveProfile, setCurrentProfile } from '../../../src/storage/profiles-store.ts';
import { useFreshStorage } from '../../support/fresh-storage.ts';

useFreshStorage();

async function useProfile(name: string): Promise<Profile> {
  const p = createProfile({ name });
  await saveProfile(p);
  act(() => setCurrentProfile(p));
  return p;
}

function renderWorkbook() {
  return render(
    <>
      <ProfileSwitcher />
      <WorkbookPage />
    </>,
  );
}

const firstQuestion = 'What can you do to make sure your information is current?';

describe('workbook page', () => {
  it('asks for a trainee profile before showing answer boxes', async () => {
    const user = userEvent.setup();
    renderWorkbook();
    expect(screen.queryByLabelText(firstQuestion)).not.toBeInTheDocument();
    const form = screen.getByRole('region', { name: 'New trainee' });
    await user.type(within(form).getByLabelText('Name'), 'Ana Díaz');
    await user.click(within(form).getByRole('button', { name: 'Add and switch' }));
    expect(await screen.findByLabelText(firstQuestion)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Trainee: Ana Díaz/ })).toBeInTheDocument();
  });

  it('saves an answer as the trainee types, shows "Saved", and finds it again after a reload', async () => {
    const user = userEvent.setup();
    await useProfile('Ana');
    const { unmount } = renderWorkbook();
    await user.type(await screen.findByLabelText(firstQuestion), 'Daily ✅');
    expect(await screen.findByText('Saved', undefined, { timeout: 4000 })).toBeInTheDocument();
    expect(screen.getByText('1 of 49 answered')).toBeInTheDocument();
    unmount();
    await closeAppDb();
    renderWorkbook();
    expect(await screen.findByLabelText(firstQuestion)).toHaveValue('Daily ✅');
  });

  it('keeps each trainee’s answers apart when switching profile on a shared computer', async () => {
    const user = userEvent.setup();
    await useProfile('Ana');
    renderWorkbook();
    await user.type(await screen.findByLabelText(firstQuestion), 'Ana’s answer');
    expect(await screen.findByText('Saved', undefined, { timeout: 4000 })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /Trainee: Ana/ }));
    const panel = screen.getByRole('group', { name: 'Who is training?' });
    await user.type(within(panel).getByLabelText('Name'), 'Ben');
    await user.click(within(panel).getByRole('button', { name: 'Add and switch' }));
    const benBox = await screen.findByLabelText(firstQuestion);
    expect(benBox).toHaveValue('');
    await user.type(benBox, 'Ben’s answer');
    expect(await screen.findByText('Saved', undefined, { timeout: 4000 })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /Trainee: Ben/ }));
    await user.click(screen.getByRole('button', { name: 'Use Ana' }));
    expect(await screen.findByDisplayValue('Ana’s answer')).toBeInTheDocument();
    expect(screen.queryByDisplayValue('Ben’s answer')).not.toBeInTheDocument();
  });

  it('reveals "It’s YOU!" only after the closing question is answered', async () => {
    const user = userEvent.setup();
    await useProfile('Ana');
    renderWorkbook();
    const box = await screen.findByRole('textbox', { name: 'Who is responsible for customer service in your organization?' });
    expect(screen.queryByText(/It’s YOU!/)).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Show the answer' })).not.toBeInTheDocument();
    expect(screen.getByText('Answer the question to see the workbook\'s answer.')).toBeInTheDocument();
    await user.type(box, 'The owner');
    await user.click(screen.getByRole('button', { name: 'Show the answer' }));
    expect(screen.getByText(/It’s YOU!/)).toBeInTheDocument();
  });

  it('warns when the browser cannot store answers, and still lets the trainee type and export', async () => {
    const user = userEvent.setup();
    vi.stubGlobal('indexedDB', undefined);
    act(() => setCurrentProfile(createProfile({ name: 'Private Pat' })));
    renderWorkbook();
    expect(await screen.findByRole('alert')).toHaveTextContent('Your answers cannot be saved in this browser');
    const box = screen.getByLabelText(firstQuestion);
    await user.type(box, 'Still here');
    expect(box).toHaveValue('Still here');
    expect(await screen.findByText('Not saved in this browser', undefined, { timeout: 4000 })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download JSON (for import)' })).toBeEnabled();
  });

  it('links each section to the calls that train it and to its desk card', async () => {
    await useProfile('Ana');
    renderWorkbook();
    const section = await screen.findByRole('region', { name: 'Do not make excuses' });
    expect(within(section).getByRole('link', { name: 'The anniversary doctor' })).toHaveAttribute('href', '#/call/anniversary-doctor');
    expect(within(section).getByRole('link', { name: /desk card: Excuses never to make/ })).toHaveAttribute('href', '#/desk-cards/no-excuses');
  });
});
