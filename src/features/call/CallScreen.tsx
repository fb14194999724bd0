import { useEffect, useId, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMachine } from '@xstate/react';
import { createActor, type Snapshot } from 'xstate';
import { m, useReducedMotion } from 'motion/react';
import { hrefFor } from '../../app/use-hash-route.ts';
import { buildAttempt, newAttemptId, scenarioVersion, type CallMode } from '../../domain/records/attempt.ts';
import { moodBand } from '../../domain/records/scenario-card.ts';
import { compileScenario, type ShownLine, type Turn } from '../../domain/scenario/compile.ts';
import { scoreCall } from '../../domain/scenario/score.ts';
import { choiceEvent, localizeLine, localizeTurn, typedEvent } from '../../domain/scenario/localize-call.ts';
import type { AuthoredResponse, Scenario, Step } from '../../domain/scenario/schema.ts';
import { saveAttempt } from '../../storage/attempts-store.ts';
import { CallerPortrait } from './CallerPortrait.tsx';
import { Debrief, type SaveState } from './Debrief.tsx';
import { MoodMeter } from './MoodMeter.tsx';
import { clearProgress, readProgress, writeProgress } from './saved-progress.ts';
import { SpeechButton } from './SpeechButton.tsx';
import { TurnReview } from './TurnReview.tsx';
import { useScenarioInLanguage } from './use-call-language.ts';

interface Props {
  scenario: Scenario;
  mode: CallMode;
  profileId: string;
  onRetry: () => void;
  /** Put focus on the caller's first words (a retry: the button that started it is gone). */
  focusOnStart?: boolean;
}

// Authors tend to write the model answer first; a fixed shuffle per step keeps it from always sitting on top.
function shuffled(step: Step): AuthoredResponse[] {
  const key = (r: AuthoredResponse) => {
    let h = 7;
    for (const c of `${step.id}/${r.id}`) h = (Math.imul(h, 31) + c.charCodeAt(0)) >>> 0;
    return h;
  };
  return [...step.responses].sort((a, b) => key(a) - key(b));
}

function CallerLines({ lines, name, appear = false }: { lines: readonly ShownLine[]; name: string; appear?: boolean }) {
  const { t } = useTranslation();
  // MotionConfig only stills movement; people who ask for reduced motion get the lines at once, no fade either.
  const still = useReducedMotion() ?? false;
  return lines.map((line, i) => (
    <m.li key={i} className="line line-caller" initial={appear && !still ? { opacity: 0, y: 8 } : false} animate={{ opacity: 1, y: 0 }} transition={{ duration: 0.25, delay: i * 0.15 }}>
      <span className="speaker">{t('call.screen.callerSays', { name })}</span>{' '}
      <span className="line-mood">({t(`call.lineMood.${line.mood}`)})</span>
      {line.direction && <span className="direction"> [{line.direction}]</span>}
      <p className="bubble">{line.text}</p>
    </m.li>
  ));
}

function TraineeLine({ turn }: { turn: Turn }) {
  const { t } = useTranslation();
  return (
    <li className="line line-trainee">
      <span className="speaker">{t('call.screen.youSay')}</span>
      <p className="bubble">{turn.text ?? <em>{t('call.screen.youStaySilent')}</em>}</p>
    </li>
  );
}

/** A call in progress: the caller, her mood, the account briefing, the conversation and the trainee's ways to answer. */
export function CallScreen({ scenario, mode, profileId, onRetry, focusOnStart = false }: Props) {
  const { t, i18n } = useTranslation();
  const machine = useMemo(() => compileScenario(scenario), [scenario]);
  const version = useMemo(() => scenarioVersion(scenario), [scenario]);
  // A reload in the middle of a call resumes it, typed draft included, instead of losing the trainee's words.
  const [resumed] = useState(() => {
    const saved = readProgress(profileId, scenario.id, mode, version);
    if (!saved) return null;
    try {
      const probe = createActor(machine, { snapshot: saved.snapshot as Snapshot<unknown> }).start();
      const ok = probe.getSnapshot().status === 'active';
      probe.stop();
      return ok ? saved : null;
    } catch {
      return null;
    }
  });
  const [snapshot, send, actorRef] = useMachine(machine, resumed ? { snapshot: resumed.snapshot as Snapshot<unknown> } : undefined);
  const { mood, transcript, pending, stepId, endingId, silenceCount } = snapshot.context;
  const done = snapshot.status === 'done';
  // The call's state is language-free; `local` gives it words in the language the trainee reads now.
  const { lang, local } = useScenarioInLanguage(scenario);
  const step = local.steps.find((s) => s.id === stepId)!;
  const name = local.persona.callerName;
  const shownPending = useMemo(() => pending.map((l) => localizeLine(local, l)), [pending, local]);
  const shownTranscript = useMemo(() => transcript.map((turn) => localizeTurn(turn, local, lang)), [transcript, local, lang]);
  const shownLast = shownTranscript.at(-1);

  const [callId] = useState(() => resumed?.callId ?? newAttemptId());
  const [startedAt] = useState(() => resumed?.startedAt ?? Date.now());
  const [draft, setDraft] = useState(resumed?.draft ?? '');
  const [draftError, setDraftError] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [saveState, setSaveState] = useState<SaveState>('saving');
  const latestRef = useRef<HTMLLIElement>(null);
  const transcriptRef = useRef<HTMLOListElement>(null);
  const answerHeadingRef = useRef<HTMLHeadingElement>(null);
  const draftRef = useRef<HTMLTextAreaElement>(null);
  const draftId = useId();
  const hintId = useId();
  const errorId = useId();

  const lastTurn = transcript.at(-1);
  const score = useMemo(() => (done && endingId ? scoreCall(scenario, { transcript, endingId, mood }) : null), [done, endingId, scenario, transcript, mood]);

  // Each answer: announce what the caller says (and the feedback, when coaching), and put focus where the call continues.
  const seen = useRef(transcript.length);
  useEffect(() => {
    if (transcript.length === seen.current) return;
    seen.current = transcript.length;
    const said = shownPending.map((l) => t('call.screen.announceCaller', { name, text: l.text })).join(' ');
    let feedback = '';
    if (mode === 'coaching' && lastTurn && !done) {
      const parts = [
        t('call.feedback.summaryFaults', { count: lastTurn.faults.length }),
        t('call.feedback.summaryMet', { count: lastTurn.met.length }),
        t('call.feedback.summaryMissed', { count: lastTurn.missed.length }),
      ];
      feedback = t('call.feedback.announce', { summary: parts.join(', ') });
    }
    // The mood meter changes silently on screen; its words (and the change) go into the same single message.
    const moodNow = t('call.screen.moodText', { band: t(`call.moodBand.${moodBand(mood)}`), mood });
    const change = lastTurn ? lastTurn.moodAfter - lastTurn.moodBefore : 0;
    const moodSaid = change === 0 ? moodNow : `${moodNow}, ${t('call.screen.moodChange', { delta: change > 0 ? `+${change}` : `−${Math.abs(change)}` })}`;
    setAnnouncement([said, done ? t('call.screen.announceEnded') : feedback, done ? '' : moodSaid].filter(Boolean).join(' '));
    const box = transcriptRef.current;
    if (box) box.scrollTop = box.scrollHeight;
    if (done) return;
    // A trainee answering in their own words keeps the cursor in the box for the next answer (the live region reads the caller);
    // after a choice, whose button is now gone, focus goes to what the caller says next.
    if (draftRef.current && document.activeElement === draftRef.current) return;
    if (latestRef.current) latestRef.current.focus({ preventScroll: true });
    else answerHeadingRef.current?.focus();
  }, [transcript.length, shownPending, lastTurn, mode, done, name, mood, t]);

  useEffect(() => {
    if (focusOnStart) latestRef.current?.focus();
  }, [focusOnStart]);

  useEffect(() => {
    if (done) clearProgress(profileId, scenario.id, mode);
    else if (transcript.length > 0 || draft !== '')
      writeProgress(profileId, scenario.id, mode, { scenarioVersion: version, callId, startedAt, snapshot: actorRef.getPersistedSnapshot(), draft });
  }, [done, transcript.length, draft, profileId, scenario.id, mode, version, callId, startedAt, actorRef]);

  const retry = () => {
    clearProgress(profileId, scenario.id, mode);
    onRetry();
  };

  // A finished call is saved once; the same id makes a repeated save harmless.
  const saved = useRef(false);
  useEffect(() => {
    if (!done || !endingId || !score || saved.current) return;
    saved.current = true;
    let attempt;
    try {
      attempt = buildAttempt(scenario, { id: callId, profileId, mode, startedAt, endedAt: Date.now(), transcript: shownTranscript, endingId, mood, score, lang });
    } catch {
      setSaveState('failed');
      return;
    }
    saveAttempt(attempt).then(
      () => setSaveState('saved'),
      () => setSaveState('failed'),
    );
  }, [done, endingId, score, scenario, callId, profileId, mode, startedAt, shownTranscript, mood, lang]);

  const respondTyped = (e?: FormEvent) => {
    e?.preventDefault();
    const text = draft.trim();
    if (!text) {
      setDraftError(true);
      return;
    }
    setDraftError(false);
    send(typedEvent(local, text, lang));
    setDraft('');
  };

  const onDraftKey = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) respondTyped(e);
  };

  const delta = lastTurn ? lastTurn.moodAfter - lastTurn.moodBefore : null;

  return (
    <div className="page call-page">
      <p className="call-top">
        <a href={hrefFor({ name: 'calls' })}>← {t('call.screen.backToCalls')}</a>
        <span className="mode-badge">{t('call.screen.modeIs', { mode: t(`call.mode.${mode}`) })}</span>
      </p>
      {resumed && <p className="hint resumed-note">{t('call.screen.resumed')}</p>}
      <div className="call-layout">
        <aside className="call-side" aria-label={local.persona.name}>
          <div className="caller-card">
            <CallerPortrait name={local.persona.name} mood={mood} />
            <div>
              <h1 className="caller-name">{local.persona.name}</h1>
              <p className="persona-line">
                {local.persona.role}, {local.persona.business}
              </p>
            </div>
          </div>
          <MoodMeter mood={mood} delta={delta} />
          <section className="briefing" aria-labelledby="briefing-title">
            <h2 id="briefing-title">{t('call.screen.briefing')}</h2>
            <ul>
              {local.briefing.map((b) => (
                <li key={b}>{b}</li>
              ))}
            </ul>
          </section>
        </aside>

        <div className="call-main">
          <section aria-labelledby="transcript-title">
            <h2 id="transcript-title">{t('call.screen.transcript')}</h2>
            {/* Scrolls on its own so the feedback and the answer area stay near; focusable so keyboard users can scroll it. */}
            <ol className="transcript" ref={transcriptRef} tabIndex={0} aria-labelledby="transcript-title">
              {shownTranscript.map((turn) => (
                <TurnLines key={turn.turn} turn={turn} name={name} />
              ))}
              {shownPending.length > 0 && (
                <li className="latest" ref={latestRef} tabIndex={-1}>
                  <ol className="line-group">
                    <CallerLines lines={shownPending} name={name} appear />
                  </ol>
                </li>
              )}
            </ol>
          </section>

          <div className="visually-hidden call-announcer" role="status" aria-live="polite" aria-atomic="true">
            {announcement}
          </div>

          {!done && mode === 'coaching' && shownLast && (
            <section className="call-feedback" aria-labelledby="feedback-title">
              <h2 id="feedback-title">{t('call.feedback.title')}</h2>
              <TurnReview turn={shownLast} />
            </section>
          )}
          {!done && mode === 'exam' && lastTurn && <p className="hint">{t('call.feedback.examHeld')}</p>}

          {!done && (
            <section className="answer-area" aria-labelledby="answer-title">
              <h2 id="answer-title" ref={answerHeadingRef} tabIndex={-1}>
                {t('call.screen.answerTitle')}
              </h2>
              <fieldset className="choices">
                <legend>{t('call.screen.choose')}</legend>
                {shuffled(step).map((r) => (
                    <button
                      key={`${step.id}/${r.id}`}
                      type="button"
                      className="button choice"
                      onClick={() => send(choiceEvent(local, r, lang))}
                    >
                      {r.text}
                    </button>
                ))}
              </fieldset>
              <form className="typed-answer" onSubmit={respondTyped}>
                <label htmlFor={draftId}>{t('call.screen.typeLabel')}</label>
                <p className="hint" id={hintId}>
                  {t('call.screen.typeHint')}
                </p>
                <textarea
                  ref={draftRef}
                  id={draftId}
                  rows={3}
                  value={draft}
                  aria-describedby={draftError ? `${hintId} ${errorId}` : hintId}
                  aria-invalid={draftError || undefined}
                  onChange={(e) => setDraft(e.target.value)}
                  onKeyDown={onDraftKey}
                />
                {draftError && (
                  <p className="field-error" id={errorId}>
                    {t('call.screen.emptyAnswer')}
                  </p>
                )}
                <div className="typed-actions">
                  <button type="submit" className="button primary">
                    {t('call.screen.send')}
                  </button>
                  <SpeechButton
                    lang={i18n.language}
                    onText={(text) => setDraft((d) => (d.trim() ? `${d.trimEnd()} ${text}` : text))}
                    onStatus={setAnnouncement}
                  />
                </div>
              </form>
              <div className="silence">
                <button type="button" className="button" onClick={() => send({ type: 'trainee.staySilent' })}>
                  {t('call.screen.staySilent')}
                </button>
                <p className="hint">{t('call.screen.silenceHint', { used: silenceCount, limit: scenario.silence.limit })}</p>
              </div>
            </section>
          )}
        </div>
      </div>
      {done && endingId && score && (
        <Debrief scenario={local} mode={mode} transcript={shownTranscript} endingId={endingId} score={score} saveState={saveState} onRetry={retry} />
      )}
    </div>
  );
}

function TurnLines({ turn, name }: { turn: Turn; name: string }) {
  return (
    <>
      {turn.callerLines.length > 0 && (
        <li>
          <ol className="line-group">
            <CallerLines lines={turn.callerLines} name={name} />
          </ol>
        </li>
      )}
      <TraineeLine turn={turn} />
    </>
  );
}
