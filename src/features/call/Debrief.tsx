import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefFor } from '../../app/use-hash-route.ts';
import { inputMix, type CallMode } from '../../domain/records/attempt.ts';
import type { Turn } from '../../domain/scenario/compile.ts';
import { modelAnswers, SCORE_WEIGHTS, type CallScore, type ScorePart } from '../../domain/scenario/score.ts';
import { endingResult, type Scenario } from '../../domain/scenario/schema.ts';
import { getWorkbook, sectionById, sectionForLabel, sectionHref } from '../../domain/workbook/workbook.ts';
import { TurnReview } from './TurnReview.tsx';

export type SaveState = 'saving' | 'saved' | 'failed';

interface Props {
  scenario: Scenario;
  mode: CallMode;
  transcript: readonly Turn[];
  endingId: string;
  score: CallScore;
  saveState: SaveState;
  onRetry: () => void;
}

function PartHow({ part }: { part: ScorePart }) {
  const { t } = useTranslation();
  const d = part.detail;
  switch (part.id) {
    case 'techniques':
      return d.expected === 0 ? t('call.debrief.partHow.techniquesNone', { max: part.max }) : t('call.debrief.partHow.techniques', { used: d.used, expected: d.expected, max: part.max });
    case 'mood':
      return t('call.debrief.partHow.mood', { mood: d.mood, max: part.max });
    case 'outcome':
      return d.result === null
        ? t('call.debrief.partHow.outcomeNone')
        : t('call.debrief.partHow.outcome', {
            result: t(`call.debrief.result.${String(d.result)}`),
            success: SCORE_WEIGHTS.outcome.success,
            partial: SCORE_WEIGHTS.outcome.partial,
          });
    case 'faults':
      return t('call.debrief.partHow.faults', { count: Number(d.faults), perFault: d.perFault, cap: d.cap });
  }
}

/** The end of a call: outcome, the score and how it was reached, each rule, the annotated call, model answers, and retry. */
export function Debrief({ scenario, mode, transcript, endingId, score, saveState, onRetry }: Props) {
  const { t, i18n } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const ending = scenario.endings.find((e) => e.id === endingId)!;
  const result = endingResult(ending);
  const reached = [...new Set(transcript.map((turn) => turn.stepId))];
  const unreached = scenario.steps.map((s) => s.id).filter((id) => !reached.includes(id));
  const mix = inputMix(transcript);
  const name = scenario.persona.callerName;

  // The debrief replaces the answer area, so focus goes to its heading instead of being lost.
  useEffect(() => headingRef.current?.focus(), []);

  return (
    <section className="debrief" aria-labelledby="debrief-title">
      <h2 id="debrief-title" ref={headingRef} tabIndex={-1}>
        {t('call.debrief.title', { title: scenario.title })}
      </h2>
      <div className="debrief-summary">
        <div>
          <h3>{t('call.debrief.outcome')}</h3>
          <p className={`outcome outcome-${result}`}>
            <strong>{t('call.debrief.outcomeLine', { ending: t(`call.debrief.ending.${ending.kind}`), result: t(`call.debrief.result.${result}`) })}</strong>
          </p>
          <p>{ending.outcome}</p>
          <p className="hint">
            {t('call.screen.modeIs', { mode: t(`call.mode.${mode}`) })} · {t('call.debrief.inputMix', mix)}
          </p>
        </div>
        <div className="score-box">
          <h3>{t('call.debrief.score')}</h3>
          <p className="score-total">{t('call.debrief.scoreValue', { score: score.total })}</p>
        </div>
      </div>
      <p className="hint" role="status">
        {saveState === 'saved' && t('call.debrief.saved')}
        {saveState === 'failed' && t('call.debrief.saveFailed')}
      </p>
      <div className="debrief-actions">
        <button type="button" className="button primary" onClick={onRetry}>
          {t('call.debrief.retry')}
        </button>
        <a className="button" href={hrefFor({ name: 'calls' })}>
          {t('call.screen.backToCalls')}
        </a>
      </div>

      <h3>{t('call.debrief.formulaTitle')}</h3>
      <p>{t('call.debrief.formula')}</p>
      <table className="score-table">
        <thead>
          <tr>
            <th scope="col">{t('call.debrief.part')}</th>
            <th scope="col">{t('call.debrief.how')}</th>
            <th scope="col">{t('call.debrief.points')}</th>
          </tr>
        </thead>
        <tbody>
          {score.parts.map((p) => (
            <tr key={p.id}>
              <th scope="row">{t(`call.debrief.partName.${p.id}`)}</th>
              <td>
                <PartHow part={p} />
              </td>
              <td className="num">{p.id === 'faults' ? p.points : `${p.points} / ${p.max}`}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('call.debrief.total')}</th>
            <td />
            <td className="num">{score.total}</td>
          </tr>
        </tfoot>
      </table>

      <h3>{t('call.debrief.rulesTitle')}</h3>
      {score.rules.length === 0 ? (
        <p>{t('call.debrief.noRules')}</p>
      ) : (
        <table className="rules-table">
          <thead>
            <tr>
              <th scope="col">{t('call.debrief.rule')}</th>
              <th scope="col">{t('call.debrief.expected')}</th>
              <th scope="col">{t('call.debrief.usedOn')}</th>
              <th scope="col">{t('call.debrief.faultTurns')}</th>
              <th scope="col">{t('call.debrief.points')}</th>
              <th scope="col">{t('call.debrief.learn')}</th>
            </tr>
          </thead>
          <tbody>
            {score.rules.map((r) => {
              const section = sectionForLabel(r.label, getWorkbook(i18n.language));
              return (
                <tr key={r.label} className={r.faultTurns > 0 ? 'rule-fault' : r.usedOn < r.expectedOn ? 'rule-missed' : 'rule-met'}>
                  <th scope="row">
                    <span aria-hidden="true">{r.faultTurns > 0 ? '✗ ' : r.usedOn < r.expectedOn ? '○ ' : '✓ '}</span>
                    {t(`labels.${r.label}`)}
                  </th>
                  <td className="num">{t('call.debrief.steps', { count: r.expectedOn })}</td>
                  <td className="num">{t('call.debrief.steps', { count: r.usedOn })}</td>
                  <td className="num">{t('call.debrief.turns', { count: r.faultTurns })}</td>
                  <td className="num">{r.points}</td>
                  <td>{section && <a href={sectionHref(section.id)}>{t('call.debrief.workbookLink', { title: section.title })}</a>}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}

      <h3>{t('call.debrief.transcriptTitle')}</h3>
      <ol className="annotated">
        {transcript.map((turn) => (
          <li key={turn.turn}>
            <h4>{t('call.debrief.turn', { n: turn.turn })}</h4>
            {turn.callerLines.map((l, i) => (
              <p key={i} className="bubble caller-quote">
                <span className="speaker">{t('call.screen.callerSays', { name })}:</span> {l.text}
              </p>
            ))}
            <TurnReview turn={turn} />
          </li>
        ))}
      </ol>

      <h3>{t('call.debrief.modelTitle')}</h3>
      <p className="hint">{t('call.debrief.modelIntro')}</p>
      <ModelAnswers scenario={scenario} stepIds={reached} transcript={transcript} />
      {unreached.length > 0 && (
        <details className="more-models">
          <summary>{t('call.debrief.modelUnreached', { count: unreached.length })}</summary>
          <ModelAnswers scenario={scenario} stepIds={unreached} transcript={transcript} />
        </details>
      )}
    </section>
  );
}

function ModelAnswers({ scenario, stepIds, transcript }: { scenario: Scenario; stepIds: readonly string[]; transcript: readonly Turn[] }) {
  const { t, i18n } = useTranslation();
  const models = modelAnswers(scenario);
  const name = scenario.persona.callerName;
  return (
    <ol className="model-answers">
      {stepIds.map((id) => {
        const step = scenario.steps.find((s) => s.id === id);
        const model = models[id];
        if (!step || !model) return null;
        const section = step.workbookSection ? sectionById(step.workbookSection, getWorkbook(i18n.language)) : undefined;
        const yours = transcript.filter((turn) => turn.stepId === id && turn.text !== null).map((turn) => turn.text);
        return (
          <li key={id} className="model-answer">
            <p>
              <strong>{t('call.debrief.modelStep', { name })}:</strong> <q>{step.caller[0]!.text}</q>
            </p>
            {yours.length > 0 && (
              <p>
                <strong>{t('call.debrief.yourAnswers')}:</strong>{' '}
                {yours.map((y, i) => (
                  <q key={i} className="your-answer">
                    {y}
                  </q>
                ))}
              </p>
            )}
            <p>
              <strong>{t('call.debrief.modelAnswer')}:</strong> <q className="model-text">{model.text}</q>
            </p>
            <p className="hint">{model.coaching}</p>
            {section && (
              <p>
                <a href={sectionHref(section.id)}>{t('call.debrief.stepWorkbook', { title: section.title })}</a>
              </p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
