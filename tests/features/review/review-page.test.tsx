import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_BUNDLE_BYTES } from '../../../src/domain/review/parse.ts';
import ReviewPage from '../../../src/features/review/ReviewPage.tsx';
import { bundleOf, copy, giveElementsHeight, inlineRescorer, jsonFile, memoryPersistence, profile, walkthroughAttempt } from './support.ts';

const ana = profile('p-ana', 'Ana Ruiz', 'North');
const ben = profile('p-ben', 'Ben Ode', 'South');
const anaBundle = bundleOf(ana, [
  walkthroughAttempt('irma-resolved-choices.json', 'irma', { id: 'a-1', profileId: ana.id, startedAt: Date.UTC(2026, 10, 2, 9) }),
  walkthroughAttempt('bob-cancels-typed.json', 'bob', { id: 'a-2', profileId: ana.id, startedAt: Date.UTC(2026, 10, 3, 9) }),
]);
const benBundle = bundleOf(ben, [walkthroughAttempt('irma-hangs-up-typed.json', 'irma', { id: 'b-1', profileId: ben.id, startedAt: Date.UTC(2026, 10, 4, 9) })]);

async function renderWith(files: File[]) {
  const persistence = memoryPersistence();
  const user = userEvent.setup();
  render(<ReviewPage persistence={persistence} rescore={inlineRescorer} />);
  await screen.findByText(/No results yet/);
  await user.upload(screen.getByLabelText('Choose results files'), files);
  return { user, persistence };
}

beforeEach(() => giveElementsHeight());

// Each test imports and re-scores real calls on this thread; on a busy 2-core machine that can pass 5 s.
const SLOW = 30_000;

describe('supervisor dashboard: import', () => {
  it('imports the valid files and tells, file by file, why the others were refused', async () => {
    const oversized = jsonFile('huge.json', '{}');
    Object.defineProperty(oversized, 'size', { value: MAX_BUNDLE_BYTES + 1 });
    const future = { ...copy(benBundle), version: 9 };
    const text = JSON.stringify(anaBundle);
    await renderWith([
      jsonFile('ana.json', anaBundle),
      jsonFile('notes.txt', 'call Ana back on Monday'),
      jsonFile('cut.json', text.slice(0, text.length / 2)),
      jsonFile('future.json', future),
      jsonFile('answers.json', { format: 'hold-the-line/workbook-answers', version: 1 }),
      jsonFile('bad-field.json', { ...copy(benBundle), trainee: { ...ben, name: '' } }),
      oversized,
      jsonFile('ana-again.json', anaBundle),
    ]);
    const report = await screen.findByRole('heading', { name: /8 files read, 6 not imported/ });
    const items = within(report.parentElement!).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([
      expect.stringContaining('ana.json: Ana Ruiz, 2 new calls imported.'),
      expect.stringContaining('notes.txt is not a results file: its contents are not JSON.'),
      expect.stringContaining('cut.json is cut short'),
      expect.stringContaining('future.json was written in format version 9'),
      expect.stringContaining('answers.json is a “hold-the-line/workbook-answers” file'),
      expect.stringContaining('bad-field.json has a field that is wrong or missing: trainee.name.'),
      expect.stringMatching(/huge\.json is 96\.0 MB, more than the 96 MB/),
      expect.stringContaining('ana-again.json: Ana Ruiz, 0 new calls imported. 2 calls were already here and were skipped.'),
    ]);
    // The valid file is in the overview.
    expect(within(await screen.findByRole('table', { name: /Team overview/ })).getAllByRole('rowheader', { name: 'Ana Ruiz' })).toHaveLength(2);
  }, SLOW);
});

describe('supervisor dashboard: team overview', () => {
  it('sorts by a column, filters by team and text, and judges pass or fail against the pass mark', async () => {
    const { user } = await renderWith([jsonFile('ana.json', anaBundle), jsonFile('ben.json', benBundle)]);
    const table = await screen.findByRole('table', { name: /Team overview/ });
    const traineeColumn = () => within(table).getAllByRole('rowheader').map((c) => c.textContent);
    expect(traineeColumn()).toEqual(['Ana Ruiz', 'Ana Ruiz', 'Ben Ode']);

    const best = within(table).getByRole('columnheader', { name: /Best/ });
    expect(best).toHaveAttribute('aria-sort', 'none');
    await user.click(within(best).getByRole('button'));
    expect(best).toHaveAttribute('aria-sort', 'descending');
    const bestScores = () => within(table).getAllByRole('row').slice(1).map((r) => Number(within(r).getAllByRole('cell')[2]!.textContent));
    const sorted = bestScores();
    expect(sorted).toEqual([...sorted].sort((a, b) => b - a));
    await user.click(within(best).getByRole('button'));
    expect(best).toHaveAttribute('aria-sort', 'ascending');

    // Pass/fail is words and an icon, never colour alone; it follows the pass mark.
    const threshold = screen.getByLabelText('Pass mark (0-100)');
    await user.clear(threshold);
    await user.type(threshold, '0');
    await waitFor(() => expect(within(table).queryAllByText('Fail')).toHaveLength(0));
    expect(within(table).getAllByText('Pass')).toHaveLength(3);
    await user.clear(threshold);
    await user.type(threshold, '100');
    await waitFor(() => expect(within(table).getAllByText('Fail').length).toBeGreaterThan(0));

    await user.selectOptions(screen.getByLabelText('Team'), 'South');
    await waitFor(() => expect(traineeColumn()).toEqual(['Ben Ode']));
    await user.selectOptions(screen.getByLabelText('Team'), 'All teams');
    await user.type(screen.getByLabelText('Find trainee or scenario'), 'bullying');
    await waitFor(() => expect(traineeColumn()).toEqual(['Ana Ruiz']));
  }, SLOW);
});

describe('supervisor dashboard: drill-down and audit', () => {
  it('opens a call with its transcript as text, its flags explained, and an editable audit note that is saved and exported', async () => {
    const tampered = copy(benBundle);
    tampered.attempts[0]!.score.total = 97;
    tampered.attempts[0]!.transcript[0]!.text = 'Hi <img src=x onerror=alert(1)> see javascript:alert(1)';
    tampered.attempts[0]!.transcript[0]!.evidence = [];
    const { user, persistence } = await renderWith([jsonFile('ben.json', tampered)]);
    await screen.findByRole('table', { name: /Team overview/ });
    await user.click(await screen.findByRole('button', { name: /Open latest call of Ben Ode/ }));

    const drill = screen.getByRole('region', { name: /Ben Ode — / });
    // Focus follows the opened call so keyboard users land on it.
    expect(within(drill).getByRole('heading', { level: 2 })).toHaveFocus();
    expect(within(drill).getByText('Scored differently by this version')).toBeInTheDocument();
    expect(within(drill).getByText(/The file says 97, this version scores \d+/)).toBeInTheDocument();
    // The trainee's markup is shown literally, never run.
    expect(within(drill).getByText(/Hi <img src=x onerror=alert\(1\)> see javascript:alert\(1\)/)).toBeInTheDocument();
    expect(drill.querySelector('img')).toBeNull();
    expect(within(drill).queryByRole('link')).toBeNull();

    const opportunity = within(drill).getByLabelText('Area of opportunity');
    expect((opportunity as HTMLTextAreaElement).value).toMatch(/^Work on /);
    expect(within(drill).getByRole('status')).toHaveTextContent('Suggested');
    await user.clear(opportunity);
    await user.type(opportunity, 'Let the caller finish before answering.');
    await waitFor(() => expect(within(drill).getByRole('status')).toHaveTextContent('Saved'));
    expect(persistence.notes.at(-1)).toMatchObject({ attemptId: 'b-1', opportunity: 'Let the caller finish before answering.' });

    // The CSV export carries the note.
    let csv = '';
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      void (blob as Blob).text().then((text) => (csv = text));
      return 'blob:csv';
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    await user.click(screen.getByRole('button', { name: 'Export team table (CSV)' }));
    await waitFor(() => expect(csv).toContain('Let the caller finish before answering.'));
    expect(csv.split('\n')[0]).toContain('area of opportunity');
  }, SLOW);
});

describe('supervisor dashboard: Spanish', () => {
  it('shows every dashboard string in Spanish, with no key left untranslated', async () => {
    const { default: i18next } = await import('i18next');
    await i18next.changeLanguage('es');
    try {
      const persistence = memoryPersistence();
      const user = userEvent.setup();
      render(<ReviewPage persistence={persistence} rescore={inlineRescorer} />);
      await screen.findByText(/Todavía no hay resultados/);
      await user.upload(screen.getByLabelText('Elegir archivos de resultados'), [jsonFile('ana.json', anaBundle), jsonFile('x.txt', 'hola')]);
      await user.click((await screen.findAllByRole('button', { name: /Abrir la última llamada de Ana Ruiz en/ }))[0]!);
      await screen.findByText('Transcripción comentada');
      expect(screen.getByText(/x\.txt no es un archivo de resultados/)).toBeInTheDocument();
      expect(document.body.textContent).not.toMatch(/review\.[a-z]/);
    } finally {
      await i18next.changeLanguage('en');
    }
  }, SLOW);
});
