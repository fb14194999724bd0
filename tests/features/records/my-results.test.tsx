import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createProfile, type Profile } from '../../../src/domain/profiles/profile.ts';
import { parseBundleFile } from '../../../src/domain/review/parse.ts';
import { allPrompts, getWorkbook } from '../../../src/domain/workbook/workbook.ts';
import { MyResultsPanel } from '../../../src/features/records/MyResultsPanel.tsx';
import { saveAnswers } from '../../../src/storage/answers-store.ts';
import { saveAttempt } from '../../../src/storage/attempts-store.ts';
import { saveProfile, setCurrentProfile } from '../../../src/storage/profiles-store.ts';
import { walkthroughAttempt } from '../../domain/review/support.ts';
import { useFreshStorage } from '../../support/fresh-storage.ts';

vi.setConfig({ testTimeout: 20_000 });

const downloads: { content: string; fileName: string; mimeType: string }[] = [];
vi.mock('../../../src/components/download.ts', () => ({
  downloadFile: (content: string, fileName: string, mimeType: string) => downloads.push({ content, fileName, mimeType }),
}));

useFreshStorage();
beforeEach(() => {
  downloads.length = 0;
});

async function traineeWithCalls(): Promise<Profile> {
  const p = createProfile({ name: 'Ana Díaz', team: 'North', employeeId: 'E-12' });
  await saveProfile(p);
  await saveAttempt(walkthroughAttempt('irma-resolved-typed.json', 'irma', { id: 'call-1', profileId: p.id, startedAt: Date.UTC(2026, 10, 2, 9) }));
  await saveAttempt(walkthroughAttempt('bob-resolved-choices.json', 'bob', { id: 'call-2', profileId: p.id, startedAt: Date.UTC(2026, 10, 3, 9) }));
  const prompt = allPrompts(getWorkbook('en'))[0]!.prompt;
  await saveAnswers(p.id, [{ promptId: prompt.id, text: 'I check the account notes daily.', updatedAt: Date.UTC(2026, 10, 1) }]);
  act(() => setCurrentProfile(p));
  return p;
}

describe('My results', () => {
  it('asks for a trainee profile before it can export', () => {
    render(<MyResultsPanel />);
    expect(screen.getByRole('region', { name: 'My results' })).toHaveTextContent('Choose your trainee profile');
    expect(screen.queryByRole('button', { name: 'Download results file' })).not.toBeInTheDocument();
  });

  it('exports the results file a supervisor can import, with every call and the workbook answers', async () => {
    const user = userEvent.setup();
    const p = await traineeWithCalls();
    render(<MyResultsPanel />);
    expect(await screen.findByText('Ana Díaz: 2 calls recorded in this browser.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Download results file' }));
    // The status line is always there (a live region); wait for what it announces.
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/Saved results-ana-diaz-\d{4}-\d{2}-\d{2}\.json \(2 calls\)/));
    const [file] = downloads;
    expect(file!.mimeType).toBe('application/json');
    const parsed = parseBundleFile(file!.fileName, file!.content);
    expect(parsed.ok && parsed.kind).toBe('results');
    if (!parsed.ok || parsed.kind !== 'results') return;
    expect(parsed.bundle.trainee).toMatchObject({ id: p.id, name: 'Ana Díaz', team: 'North', employeeId: 'E-12' });
    expect(parsed.bundle.attempts.map((a) => a.id)).toEqual(['call-1', 'call-2']);
    expect(parsed.bundle.workbook?.answers.map((a) => a.text)).toEqual(['I check the account notes daily.']);
  });

  it('leaves the workbook answers out when the trainee unticks them', async () => {
    const user = userEvent.setup();
    await traineeWithCalls();
    render(<MyResultsPanel />);
    await user.click(await screen.findByRole('checkbox', { name: 'Include my workbook answers' }));
    await user.click(screen.getByRole('button', { name: 'Download results file' }));
    await screen.findByText(/Saved results-/);
    const parsed = parseBundleFile('f.json', downloads[0]!.content);
    expect(parsed.ok && parsed.kind === 'results' && parsed.bundle.workbook).toBeUndefined();
  });

  it('exports a spreadsheet with one row per call', async () => {
    const user = userEvent.setup();
    await traineeWithCalls();
    render(<MyResultsPanel />);
    await user.click(await screen.findByRole('button', { name: 'Download spreadsheet (CSV)' }));
    await screen.findByText(/Saved attempts-ana-diaz-.*\.csv/);
    const { content, mimeType } = downloads[0]!;
    expect(mimeType).toBe('text/csv;charset=utf-8');
    const rows = Papa.parse<string[]>(content.replace(/^\ufeff/, '').trim()).data;
    expect(rows[0]).toEqual(['Call', 'Call version', 'Mode', 'How you answered', 'Language', 'Started (UTC)', 'Duration (seconds)', 'Score', 'Outcome']);
    expect(rows.slice(1).map((r) => [r[0], r[4], r[5], r[6]])).toEqual([
      ['irma', 'en', '2026-11-02T09:00:00.000Z', '180'],
      ['bob', 'en', '2026-11-03T09:00:00.000Z', '180'],
    ]);
    expect(rows[2]![3]).toMatch(/^\d+ chosen, 0 typed, 0 silent$/);
  });
});
