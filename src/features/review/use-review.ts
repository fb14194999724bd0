import { useCallback, useEffect, useRef, useState } from 'react';
import type { Attempt } from '../../domain/records/attempt.ts';
import { mergeBundles, withRescored } from '../../domain/review/merge.ts';
import { checkBundleSize, parseBundleFile } from '../../domain/review/parse.ts';
import type { AuditNote, RescoredAttempt, ReviewData } from '../../domain/review/types.ts';
import { emptyReviewData } from '../../domain/review/types.ts';
import { unscoredAttemptIds } from '../../domain/review/rescore.ts';
import { getOwn } from '../../domain/review/own.ts';
import type { FileReport } from './ImportReport.tsx';

export type RescorePhase = 'scoring' | 'replaying';

/** Re-scores attempts off the page's critical path, reporting progress: distinct answers scored, then calls replayed. */
export type Rescorer = (attempts: readonly Attempt[], onProgress: (phase: RescorePhase, done: number, total: number) => void) => Promise<RescoredAttempt[]>;

/** What a save has to write: attempts just imported, and attempts already stored that were re-scored. */
export interface ReviewChange {
  added: readonly string[];
  rescored: readonly string[];
}

/** Where the review is kept between visits. */
export interface ReviewPersistence {
  load(): Promise<ReviewData | undefined>;
  /** The review after an import or a re-score: `change` names the attempts new to storage and those only re-scored. */
  save(data: ReviewData, change: ReviewChange, onProgress?: (done: number, total: number) => void): Promise<void>;
  saveNote(note: AuditNote): Promise<void>;
  saveThreshold(threshold: number): Promise<void>;
}

export type ImportProgress = { phase: 'reading' | RescorePhase | 'saving'; done: number; total: number };

export type LoadState = 'loading' | 'ready' | 'failed';
export type NoteState = 'saving' | 'saved' | 'failed';

/** Lets the browser paint and handle input between chunks of work. */
const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

// Audit notes are saved this long after the last keystroke; the text is in memory at once.
const NOTE_SAVE_DELAY_MS = 400;

/**
 * The dashboard's state: the imported review, the import in progress and
 * its per-file report, and the supervisor's edits (pass mark, audit notes),
 * each kept in memory at once and saved to the browser.
 */
export function useReview(persistence: ReviewPersistence, rescore: Rescorer) {
  const [data, setData] = useState<ReviewData>(() => emptyReviewData());
  const [loadState, setLoadState] = useState<LoadState>('loading');
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [reports, setReports] = useState<FileReport[]>([]);
  const [noteStates, setNoteStates] = useState<Record<string, NoteState>>({});
  const [saveFailed, setSaveFailed] = useState(false);
  const dataRef = useRef(data);
  dataRef.current = data;
  const pendingNotes = useRef(new Map<string, { note: AuditNote; timer: ReturnType<typeof setTimeout> }>());

  useEffect(() => {
    let live = true;
    void (async () => {
      let saved: ReviewData | undefined;
      try {
        saved = await persistence.load();
      } catch {
        if (live) setLoadState('failed');
        return;
      }
      if (!live) return;
      if (saved) setData(saved);
      setLoadState('ready');
      // Results computed by another build (or an interrupted import) are computed again, with progress shown.
      const missing = saved ? unscoredAttemptIds(saved) : [];
      if (!saved || missing.length === 0) return;
      setProgress({ phase: 'replaying', done: 0, total: missing.length });
      const results = await rescore(
        missing.map((id) => getOwn(saved.attempts, id)!),
        (phase, done, total) => live && setProgress({ phase, done, total }),
      );
      if (!live) return;
      const next = withRescored(dataRef.current, results);
      setData(next);
      try {
        await persistence.save(next, { added: [], rescored: missing }, (done, total) => live && setProgress({ phase: 'saving', done, total }));
      } catch {
        setSaveFailed(true);
      }
      if (live) setProgress(null);
    })();
    return () => {
      live = false;
    };
  }, [persistence, rescore]);

  const importFiles = useCallback(
    async (files: readonly File[]) => {
      const fileReports: FileReport[] = [];
      let state = dataRef.current;
      const newIds: string[] = [];
      setReports([]);
      setProgress({ phase: 'reading', done: 0, total: files.length });
      for (const [i, file] of files.entries()) {
        // A 100 MB file is refused on its size alone, before anything reads it into memory.
        const tooBig = checkBundleSize(file.size);
        if (tooBig) fileReports.push({ fileName: file.name, ok: false, problem: tooBig });
        else {
          let text: string | null = null;
          try {
            text = await file.text();
          } catch {
            fileReports.push({ fileName: file.name, ok: false, problem: { code: 'truncated' } });
          }
          if (text !== null) {
            const parsed = parseBundleFile(file.name, text);
            if (!parsed.ok) fileReports.push({ fileName: file.name, ok: false, problem: parsed.problem });
            else {
              // Merged one file at a time so each file's report counts its own new and repeated attempts.
              const merged = mergeBundles(state, [parsed.bundle]);
              state = merged.state;
              newIds.push(...merged.report.newAttemptIds);
              fileReports.push({
                fileName: file.name,
                ok: true,
                kind: parsed.kind,
                ...(parsed.kind === 'results' ? { trainee: parsed.bundle.trainee.name } : {}),
                added: merged.report.added,
                duplicates: merged.report.duplicates,
              });
            }
          }
        }
        setProgress({ phase: 'reading', done: i + 1, total: files.length });
        await yieldToPage();
      }
      setReports(fileReports);
      if (newIds.length > 0) {
        const attempts = newIds.map((id) => getOwn(state.attempts, id)!);
        setProgress({ phase: 'scoring', done: 0, total: attempts.length });
        const results = await rescore(attempts, (phase, done, total) => setProgress({ phase, done, total }));
        state = withRescored(state, results);
        // Notes typed while the import ran are newer than the snapshot taken at its start.
        state = { ...state, notes: { ...state.notes, ...dataRef.current.notes }, threshold: dataRef.current.threshold };
        setData(state);
        try {
          await persistence.save(state, { added: newIds, rescored: [] }, (done, total) => setProgress({ phase: 'saving', done, total }));
          setSaveFailed(false);
        } catch {
          setSaveFailed(true);
        }
      }
      setProgress(null);
      return fileReports;
    },
    [persistence, rescore],
  );

  const setThreshold = useCallback(
    (threshold: number) => {
      setData((d) => ({ ...d, threshold }));
      persistence.saveThreshold(threshold).then(
        () => setSaveFailed(false),
        () => setSaveFailed(true),
      );
    },
    [persistence],
  );

  const flushNote = useCallback(
    (attemptId: string) => {
      const pending = pendingNotes.current.get(attemptId);
      if (!pending) return;
      clearTimeout(pending.timer);
      pendingNotes.current.delete(attemptId);
      persistence.saveNote(pending.note).then(
        () => setNoteStates((s) => (pendingNotes.current.has(attemptId) ? s : { ...s, [attemptId]: 'saved' })),
        () => setNoteStates((s) => ({ ...s, [attemptId]: 'failed' })),
      );
    },
    [persistence],
  );

  const setNote = useCallback(
    (note: AuditNote) => {
      setData((d) => ({ ...d, notes: { ...d.notes, [note.attemptId]: note } }));
      setNoteStates((s) => ({ ...s, [note.attemptId]: 'saving' }));
      const pending = pendingNotes.current.get(note.attemptId);
      if (pending) clearTimeout(pending.timer);
      pendingNotes.current.set(note.attemptId, { note, timer: setTimeout(() => flushNote(note.attemptId), NOTE_SAVE_DELAY_MS) });
    },
    [flushNote],
  );

  // Leaving the dashboard (or closing the tab) saves what is still waiting.
  useEffect(() => {
    const flushAll = () => {
      for (const id of [...pendingNotes.current.keys()]) flushNote(id);
    };
    window.addEventListener('pagehide', flushAll);
    return () => {
      window.removeEventListener('pagehide', flushAll);
      flushAll();
    };
  }, [flushNote]);

  return { data, loadState, progress, reports, noteStates, saveFailed, importFiles, setThreshold, setNote };
}
