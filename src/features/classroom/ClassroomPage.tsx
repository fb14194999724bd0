import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import scenarios, { translations } from 'virtual:scenarios';
import { audienceSnapshot } from '../../domain/classroom/audience.ts';
import { bundleFileName, classroomBundles, exportContents } from '../../domain/classroom/export.ts';
import {
  capture,
  correctLastAnswer,
  uncorrectedLabels,
  currentCall,
  nextInRotation,
  nextTrainee,
  nextTurn,
  playedScenario,
  replayCall,
  setTrainer,
  startCall,
  toggleFeedback,
  toggleLine,
  togglePause,
  type CaptureInput,
  type SessionProblem,
} from '../../domain/classroom/session.ts';
import { classSummary } from '../../domain/classroom/summary.ts';
import { newAttemptId } from '../../domain/records/attempt.ts';
import { stepWorth } from '../../domain/scenario/rules.ts';
import { scenarioIn } from '../../domain/scenario/translation.ts';
import { getWorkbook, sectionById } from '../../domain/workbook/workbook.ts';
import type { Lang } from '../../domain/scoring/types.ts';
import { downloadFile } from '../../components/download.ts';
import { version as appVersion } from '../../../package.json';
import { CapturePanel } from './CapturePanel.tsx';
import { ClassSummaryView } from './ClassSummaryView.tsx';
import { ExportPanel } from './ExportPanel.tsx';
import { FeedbackView } from './FeedbackView.tsx';
import { LabelEditor } from './LabelEditor.tsx';
import { RosterPanel } from './RosterPanel.tsx';
import { TurnTimer } from './TurnTimer.tsx';
import { useClassroomConsole, type SessionAction } from './use-classroom-console.ts';
import './classroom.css';

/** The single-key shortcuts a trainer standing at the front uses; digits pick authored responses. */
const SHORTCUTS = [
  { key: 'N', id: 'next' },
  { key: 'R', id: 'reveal' },
  { key: 'L', id: 'line' },
  { key: 'P', id: 'pause' },
  { key: 'T', id: 'trainee' },
  { key: 'S', id: 'silent' },
  { key: '1–4', id: 'pick' },
] as const;

/** Where the trainer's choice to turn single-key shortcuts off is kept (WCAG 2.1.4: such shortcuts must be able to be turned off). */
const SHORTCUTS_KEY = 'hold-the-line:classroom-shortcuts';

function shortcutsWanted(): boolean {
  try {
    return localStorage.getItem(SHORTCUTS_KEY) !== 'off';
  } catch {
    return true;
  }
}

/** True when a key press is meant for a text field, so a shortcut must not fire. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT' || (target.tagName === 'INPUT' && !['checkbox', 'radio', 'button', 'submit'].includes((target as HTMLInputElement).type));
}

/** `#/classroom`: the trainer's console for a classroom role-play, driving the projector window. */
export default function ClassroomPage() {
  const { t, i18n } = useTranslation();
  const lang: Lang = i18n.resolvedLanguage === 'es' ? 'es' : 'en';
  const { session, act, reset, saveFailed, damaged, resumed, role, takeOver, followers } = useClassroomConsole(scenarios, translations, lang);
  const inCharge = role.role === 'in-charge';
  const [announcement, setAnnouncement] = useState('');
  const [problem, setProblem] = useState<SessionProblem | null>(null);
  const [scenarioId, setScenarioId] = useState(scenarios[0]?.id ?? '');
  const [confirmReset, setConfirmReset] = useState(false);
  const [exportState, setExportState] = useState<{ count: number } | 'failed' | null>(null);
  const id = useId();
  const [shortcutsOn, setShortcutsOn] = useState(shortcutsWanted);
  const toggleShortcuts = (on: boolean) => {
    setShortcutsOn(on);
    try {
      localStorage.setItem(SHORTCUTS_KEY, on ? 'on' : 'off');
    } catch {
      // Storage blocked: the choice still holds for this visit.
    }
  };

  const call = currentCall(session);
  const english = call ? scenarios.find((s) => s.id === call.scenarioId) : undefined;
  // The call's words in the language it was started in (the structure, and so the branching, is the English file's).
  const scenario = useMemo(() => (call && english ? playedScenario(english, call, translations) : undefined), [call, english]);
  const replay = useMemo(() => (call && scenario ? replayCall(scenario, call) : null), [call, scenario]);
  const step = replay && scenario ? scenario.steps.find((s) => s.id === replay.context.stepId) : undefined;
  const live = Boolean(replay && !replay.done);
  const nameOf = (pid: string | null | undefined) => session.roster.find((p) => p.id === pid)?.name ?? t('classroom.roster.nobody');
  const hotSeatName = nameOf(session.hotSeat);
  const lastTurn = replay?.turns.at(-1);
  const lastAnswer = call?.answers.at(-1);
  const consoleFeedback = useMemo(() => (session.stage === 'discussing' ? audienceSnapshot({ ...session, feedbackShown: true }, scenarios, translations).feedback : null), [session]);
  const summary = useMemo(() => (replay?.done ? classSummary(session, scenarios, translations) : null), [replay?.done, session]);

  const run = (action: SessionAction, said?: string) => {
    const p = act(action);
    setProblem(p);
    if (p) setAnnouncement(t(`classroom.problem.${p}`));
    else if (said) setAnnouncement(said);
    return p === null;
  };

  const record = (input: CaptureInput): boolean => {
    if (!scenario) return false;
    if (session.roster.length === 0 || !session.hotSeat) {
      setProblem('no-hot-seat');
      setAnnouncement(t('classroom.problem.no-hot-seat'));
      return false;
    }
    return run((s, now) => capture(s, scenario, input, now), t('classroom.announce.recorded', { name: hotSeatName }));
  };

  const controls = {
    next: () => run((s, now) => nextTurn(s, now), t('classroom.announce.nextTurn')),
    reveal: () => run((s, now) => toggleFeedback(s, now), session.feedbackShown ? t('classroom.announce.feedbackHidden') : t('classroom.announce.feedbackShown')),
    line: () => run((s, now) => toggleLine(s, now), session.lineShown ? t('classroom.announce.lineHidden') : t('classroom.announce.lineShown')),
    pause: () => run((s, now) => togglePause(s, now), session.paused ? t('classroom.announce.resumed') : t('classroom.announce.paused')),
    trainee: () => run((s, now) => nextTrainee(s, now)),
  };

  // Announce who is on after any change of hot seat, however it happened.
  const seat = useRef(session.hotSeat);
  useEffect(() => {
    if (seat.current === session.hotSeat) return;
    seat.current = session.hotSeat;
    if (session.hotSeat) setAnnouncement(t('classroom.announce.onSeat', { name: hotSeatName }));
  }, [session.hotSeat, hotSeatName, t]);

  // Say when this window stops or starts being the one in charge; focus leaves controls that just went out of use.
  const pageHeading = useRef<HTMLHeadingElement>(null);
  const noticeHeading = useRef<HTMLHeadingElement>(null);
  const shownRole = useRef(role);
  useEffect(() => {
    const before = shownRole.current;
    shownRole.current = role;
    if (before === role) return;
    if (role.role === 'read-only') {
      if (before.role === 'read-only' && before.reason === role.reason) return;
      setAnnouncement(t(`classroom.console.announce.${role.reason}`));
      // Focus moves once React has finished this update: the blur it causes would otherwise re-enter it mid-commit.
      if (before.role === 'in-charge') setTimeout(() => noticeHeading.current?.focus(), 0);
    } else if (before.role === 'read-only') {
      setAnnouncement(t('classroom.console.announce.inCharge'));
      setTimeout(() => {
        if (document.activeElement === document.body || !document.activeElement) pageHeading.current?.focus();
      }, 0);
    }
  }, [role, t]);

  // The console in charge hears of a read-only window opening beside it.
  const hadFollowers = useRef(followers > 0);
  useEffect(() => {
    const has = followers > 0;
    if (has && !hadFollowers.current && inCharge) setAnnouncement(t('classroom.console.announce.followed'));
    hadFollowers.current = has;
  }, [followers, inCharge, t]);

  // When an answer is recorded or the next turn begins, focus follows to the panel that replaced the one in use.
  const captureHeading = useRef<HTMLHeadingElement>(null);
  const discussHeading = useRef<HTMLHeadingElement>(null);
  const shownStage = useRef(`${session.stage}/${call?.answers.length ?? 0}`);
  useEffect(() => {
    const now = `${session.stage}/${call?.answers.length ?? 0}`;
    if (shownStage.current === now) return;
    shownStage.current = now;
    // A read-only console follows another window's changes; its focus stays where the reader left it.
    if (!inCharge) return;
    (session.stage === 'discussing' ? discussHeading : captureHeading).current?.focus();
  }, [session.stage, call?.answers.length, inCharge]);

  const keys = useRef({ controls, record, live, step, session, shortcutsOn, inCharge });
  keys.current = { controls, record, live, step, session, shortcutsOn, inCharge };
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented || e.repeat || isTyping(e.target)) return;
      const k = keys.current;
      if (!k.shortcutsOn || !k.inCharge) return;
      const key = e.key.toLowerCase();
      // After the last answer only the reveal still applies (the class discusses the final turn).
      if (!k.live && !(key === 'r' && k.session.stage === 'discussing')) return;
      const digit = Number(key);
      let handled = true;
      if (key === 'n') k.controls.next();
      else if (key === 'r') k.controls.reveal();
      else if (key === 'l') k.controls.line();
      else if (key === 'p') k.controls.pause();
      else if (key === 't') k.controls.trainee();
      else if (key === 's' && k.session.stage === 'answering') k.record({ mode: 'silent' });
      else if (digit >= 1 && digit <= 4 && k.step && k.session.stage === 'answering') {
        const r = k.step.responses[digit - 1];
        if (r) k.record({ mode: 'choice', responseId: r.id });
      } else handled = false;
      if (handled) e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const exportBundles = async () => {
    try {
      const bundles = classroomBundles(session, scenarios, appVersion, new Date(), translations);
      const { default: JSZip } = await import('jszip');
      const zip = new JSZip();
      for (const b of bundles) zip.file(bundleFileName(b), JSON.stringify(b, null, 2));
      downloadFile(await zip.generateAsync({ type: 'uint8array' }), `classroom-results-${new Date().toISOString().slice(0, 10)}.zip`, 'application/zip');
      setExportState({ count: bundles.length });
    } catch {
      setExportState('failed');
    }
  };

  const openProjector = () => {
    window.open(`${window.location.pathname}${window.location.search}#/audience`, 'hold-the-line-audience', 'popup');
  };

  const worth = step && scenario ? stepWorth(scenario, step) : null;
  const contents = useMemo(() => exportContents(session), [session]);

  return (
    <div className="page classroom-page">
      <h1 ref={pageHeading} tabIndex={-1}>
        {t('classroom.title')}
      </h1>
      <p className="lead">{t('classroom.intro')}</p>
      <p className="projector-row">
        <button type="button" className="button" onClick={openProjector}>
          {t('classroom.openProjector')}
        </button>{' '}
        <span className="hint">{t('classroom.projectorHint')}</span>
      </p>
      {role.role === 'read-only' && (
        <section className="console-notice" aria-labelledby={`${id}-readonly`}>
          <h2 id={`${id}-readonly`} ref={noticeHeading} tabIndex={-1}>
            {t('classroom.console.readOnly')}
          </h2>
          <p>{t(`classroom.console.reason.${role.reason}`)}</p>
          <p className="hint">{t('classroom.console.nothingLost')}</p>
          <button type="button" className="button primary" onClick={takeOver}>
            {t('classroom.console.takeOver')}
          </button>
        </section>
      )}
      {inCharge && followers > 0 && <p className="hint followed-note">{t('classroom.console.followed')}</p>}
      {resumed && session.calls.length > 0 && <p className="hint resumed-note">{t('classroom.resumed')}</p>}
      {damaged && (
        <p className="field-error" role="alert">
          {t('classroom.damaged', { problem: damaged })}
        </p>
      )}
      {saveFailed && (
        <p className="field-error" role="alert">
          {t('classroom.saveFailed')}
        </p>
      )}
      <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>

      {/* A console that is not in charge shows everything and changes nothing: every control in here is disabled. */}
      <fieldset className="classroom-layout" disabled={!inCharge}>
        <div className="classroom-main">
          {live && scenario && replay && step && worth && (
            <>
              <section className="classroom-panel call-status" aria-labelledby={`${id}-status`}>
                <h2 id={`${id}-status`}>
                  {scenario.title}: {t('classroom.live.turn', { n: replay.turns.length + (session.stage === 'answering' ? 1 : 0) })}
                </h2>
                <p className="hot-seat-line">
                  {t('classroom.live.hotSeat')}: <strong>{hotSeatName}</strong>
                </p>
                <TurnTimer timer={session.timer} paused={session.paused} />
                <p className="hint">{t('classroom.live.mood', { mood: replay.context.mood })}</p>
                <div className="control-row">
                  <button type="button" className="button" aria-keyshortcuts="P" aria-pressed={session.paused} onClick={controls.pause}>
                    {t('classroom.live.pause')}
                  </button>
                  <button type="button" className="button" aria-keyshortcuts="L" aria-pressed={session.lineShown} onClick={controls.line}>
                    {t('classroom.live.showLine')}
                  </button>
                  <button type="button" className="button" aria-keyshortcuts="T" onClick={controls.trainee}>
                    {t('classroom.live.nextTrainee')}
                  </button>
                </div>
                {problem && <p className="field-error">{t(`classroom.problem.${problem}`)}</p>}
              </section>

              <section className="classroom-panel caller-script" aria-labelledby={`${id}-caller`}>
                <h2 id={`${id}-caller`}>{session.stage === 'answering' ? t('classroom.live.callerSays', { name: scenario.persona.callerName }) : t('classroom.live.callerNext', { name: scenario.persona.callerName })}</h2>
                <ol className="script-lines">
                  {replay.context.pending.map((line, i) => (
                    <li key={i}>
                      <span className="line-mood">({t(`call.lineMood.${line.mood}`)})</span>
                      {line.direction && <span className="direction"> [{line.direction}]</span>}
                      <p className="bubble">{line.text}</p>
                    </li>
                  ))}
                </ol>
                <p className="hint">{session.lineShown ? t('classroom.live.lineIsShown') : t('classroom.live.lineIsHidden')}</p>
                <h3>{t('classroom.live.tests')}</h3>
                <ul className="step-tests">
                  <li>
                    <strong>{t('classroom.live.expects')}:</strong> {worth.expects.length ? worth.expects.map((l) => t(`labels.${l}`)).join(', ') : '—'}
                  </li>
                  {step.punishes.length > 0 && (
                    <li>
                      <strong>{t('classroom.live.punishes')}:</strong> {step.punishes.map((l) => t(`labels.${l}`)).join(', ')}
                    </li>
                  )}
                  {step.workbookSection && (
                    <li>
                      <strong>{t('classroom.live.workbook')}:</strong> {sectionById(step.workbookSection, getWorkbook(lang))?.title ?? step.workbookSection}
                    </li>
                  )}
                </ul>
              </section>

              {session.stage === 'answering' && (
                <CapturePanel key={`${call!.id}/${replay.turns.length}`} session={session} scenario={scenario} step={step} hotSeatName={hotSeatName} act={act} record={record} headingRef={captureHeading} />
              )}
            </>
          )}

          {/* The last answer stays up for discussion after the call ends too. */}
          {session.stage === 'discussing' && lastTurn && (
            <section className="classroom-panel discussion" aria-labelledby={`${id}-discuss`}>
              <h2 id={`${id}-discuss`} ref={discussHeading} tabIndex={-1}>
                {t('classroom.discuss.title', { name: nameOf(lastTurn.answeredBy) })}
              </h2>
              {consoleFeedback && <FeedbackView feedback={consoleFeedback} />}
              {scenario && lastAnswer && lastAnswer.source !== 'silent' && (
                <details className="correct-last">
                  <summary>{t('classroom.discuss.correct')}</summary>
                  <LabelEditor
                    found={uncorrectedLabels(scenario, lastAnswer, call!.lang)}
                    added={lastAnswer.source === 'rubric' ? [] : (lastAnswer.correction?.added ?? [])}
                    removed={lastAnswer.source === 'rubric' ? [] : (lastAnswer.correction?.removed ?? [])}
                    intro={t('classroom.discuss.correctIntro')}
                    onChange={(c) => run((s, now) => correctLastAnswer(s, scenario, c, now), t('classroom.announce.corrected'))}
                  />
                </details>
              )}
              {lastTurn.trainerCorrection && (
                <p className="hint">
                  {t('classroom.discuss.correction', {
                    added: lastTurn.trainerCorrection.added.map((l) => t(`labels.${l}`)).join(', ') || '—',
                    removed: lastTurn.trainerCorrection.removed.map((l) => t(`labels.${l}`)).join(', ') || '—',
                  })}
                </p>
              )}
              {lastTurn.coaching && (
                <p className="coaching-note">
                  <strong>{t('classroom.discuss.coaching')}:</strong> {lastTurn.coaching}
                </p>
              )}
              <div className="control-row">
                <button type="button" className="button" aria-keyshortcuts="R" aria-pressed={session.feedbackShown} onClick={controls.reveal}>
                  {t('classroom.discuss.reveal')}
                </button>
                {live && (
                  <button type="button" className="button primary" aria-keyshortcuts="N" onClick={controls.next}>
                    {t('classroom.discuss.next', { name: nameOf(nextInRotation(session, lastTurn.answeredBy)) })}
                  </button>
                )}
              </div>
            </section>
          )}

          {replay?.done && scenario && (
            <section className="classroom-panel call-ended" aria-labelledby={`${id}-ended`}>
              <h2 id={`${id}-ended`}>{t('classroom.ended.title', { title: scenario.title })}</h2>
              {replay.context.pending.length > 0 && (
                <ol className="script-lines">
                  {replay.context.pending.map((line, i) => (
                    <li key={i}>
                      <p className="bubble">{line.text}</p>
                    </li>
                  ))}
                </ol>
              )}
              {summary && <ClassSummaryView summary={summary} headingLevel={3} />}
            </section>
          )}

          {!live && (
            <section className="classroom-panel setup" aria-labelledby={`${id}-setup`}>
              <h2 id={`${id}-setup`}>{call ? t('classroom.setup.another') : t('classroom.setup.title')}</h2>
              <label htmlFor={`${id}-scenario`}>{t('classroom.setup.scenario')}</label>{' '}
              <select id={`${id}-scenario`} value={scenarioId} onChange={(e) => setScenarioId(e.target.value)}>
                {scenarios.map((english) => {
                  const s = scenarioIn(english, lang, translations);
                  return (
                    <option key={s.id} value={s.id}>
                      {s.title} — {s.persona.name}
                    </option>
                  );
                })}
              </select>{' '}
              <button
                type="button"
                className="button primary"
                onClick={() => {
                  if (session.roster.length === 0) {
                    setProblem('no-hot-seat');
                    return;
                  }
                  setExportState(null);
                  run((s, now) => startCall(s, scenarioId, newAttemptId(), now, lang), t('classroom.announce.started'));
                }}
              >
                {t('classroom.setup.start')}
              </button>
              {session.roster.length === 0 && <p className="hint">{t('classroom.setup.needTrainees')}</p>}
              {problem === 'no-hot-seat' && session.roster.length === 0 && <p className="field-error">{t('classroom.problem.no-hot-seat')}</p>}
            </section>
          )}
        </div>

        <div className="classroom-side">
          <RosterPanel session={session} act={act} />
          <ExportPanel contents={contents} state={exportState} onExport={() => void exportBundles()} />
          <section className="classroom-panel shortcuts" aria-labelledby={`${id}-keys`}>
            <h2 id={`${id}-keys`}>{t('classroom.shortcuts.title')}</h2>
            <dl>
              {SHORTCUTS.map((s) => (
                <div key={s.id}>
                  <dt>
                    <kbd>{s.key}</kbd>
                  </dt>
                  <dd>{t(`classroom.shortcuts.${s.id}`)}</dd>
                </div>
              ))}
            </dl>
            <p className="hint">{t('classroom.shortcuts.hint')}</p>
            <div className="field checkbox-field">
              <input type="checkbox" id={`${id}-keys-on`} checked={shortcutsOn} onChange={(e) => toggleShortcuts(e.target.checked)} />
              <label htmlFor={`${id}-keys-on`}>{t('classroom.shortcuts.enabled')}</label>
            </div>
          </section>
          <section className="classroom-panel" aria-labelledby={`${id}-session`}>
            <h2 id={`${id}-session`}>{t('classroom.session.title')}</h2>
            <div className="field trainer-field">
              <label htmlFor={`${id}-trainer`}>{t('classroom.session.trainer')}</label>
              {/* Saved as typed, so a takeover from another window finds it; a read-only console shows the stored name as it changes. */}
              <input
                key={inCharge ? session.id : `${session.id}:${session.trainer ?? ''}`}
                id={`${id}-trainer`}
                autoComplete="name"
                defaultValue={session.trainer ?? ''}
                onChange={(e) => act((s, now) => setTrainer(s, e.target.value, now))}
              />
            </div>
            {!confirmReset ? (
              <button type="button" className="button quiet" onClick={() => setConfirmReset(true)}>
                {t('classroom.session.new')}
              </button>
            ) : (
              <div role="group" aria-labelledby={`${id}-confirm`}>
                <p id={`${id}-confirm`}>{t('classroom.session.confirm')}</p>
                <button
                  type="button"
                  className="button"
                  onClick={() => {
                    reset();
                    setConfirmReset(false);
                    setExportState(null);
                    setProblem(null);
                  }}
                >
                  {t('classroom.session.clear')}
                </button>{' '}
                <button type="button" className="button quiet" onClick={() => setConfirmReset(false)}>
                  {t('classroom.session.keep')}
                </button>
              </div>
            )}
          </section>
        </div>
      </fieldset>
    </div>
  );
}
