import { score as scoreText } from '../scoring/scorer.ts';
import type { Lang, ScoreInput, ScoreResult } from '../scoring/types.ts';
import type { CallEvent, ShownLine, Turn } from './compile.ts';
import type { AuthoredResponse, CallerLine, Scenario } from './schema.ts';

type Scorer = (input: ScoreInput) => ScoreResult;

/**
 * A call's state is language-free (step ids, response ids, line addresses);
 * these helpers put words on it in the language the trainee is reading, and
 * turn what the trainee said into the event the call machine takes.
 */

function linesAt(scenario: Scenario, from: string, list: string[]): readonly CallerLine[] | undefined {
  const ending = scenario.endings.find((e) => e.id === from);
  if (ending) return list.join('/') === 'caller' ? ending.caller : undefined;
  const step = scenario.steps.find((s) => s.id === from);
  if (!step) return undefined;
  const [head, index, tail] = list;
  if (head === 'caller' && list.length === 1) return step.caller;
  if (head === 'continues' && list.length === 1) return step.continues;
  if (head === 'default' && index === 'reply') return step.default.reply;
  if (head === 'silence' && index === 'reply') return step.silence?.reply;
  if (head === 'branches' && tail === 'reply') return step.branches[Number(index)]?.reply;
  return undefined;
}

/** A caller line in the words of `scenario` (any language of it); a line without an address keeps its words. */
export function localizeLine(scenario: Scenario, line: ShownLine): ShownLine {
  if (!line.ref) return line;
  const parts = line.ref.split('/');
  const at = Number(parts.pop());
  const found = linesAt(scenario, line.from, parts)?.[at];
  if (!found) return line;
  const out: ShownLine = { ...line, text: found.text };
  if (found.direction !== undefined) out.direction = found.direction;
  else delete out.direction;
  return out;
}

function responseOf(scenario: Scenario, stepId: string, responseId: string | undefined): AuthoredResponse | undefined {
  if (responseId === undefined) return undefined;
  return scenario.steps.find((s) => s.id === stepId)?.responses.find((r) => r.id === responseId);
}

/** The evidence for an authored response's words, limited to the labels it declares (its labels are the same in every language). */
function choiceEvidence(scenario: Scenario, response: AuthoredResponse, lang: Lang, scorer: Scorer): ScoreResult['evidence'] {
  const declared = new Set<string>(response.labels);
  return scorer({ text: response.text, callerName: scenario.persona.callerName, lang }).evidence.filter((e) => declared.has(e.label));
}

/**
 * A turn in the words of `scenario`: the caller's lines, and for a picked
 * response its words, coaching and evidence (typed words stay as typed).
 */
export function localizeTurn(turn: Turn, scenario: Scenario, lang: Lang, scorer: Scorer = scoreText): Turn {
  const out: Turn = { ...turn, callerLines: turn.callerLines.map((l) => localizeLine(scenario, l)) };
  if (turn.source !== 'choice') return out;
  const response = responseOf(scenario, turn.stepId, turn.responseId);
  if (!response) return out;
  out.coaching = response.coaching;
  if (response.text !== turn.text) {
    out.text = response.text;
    out.evidence = choiceEvidence(scenario, response, lang, scorer);
  }
  return out;
}

/**
 * The event for a picked response: its declared labels (the same in every
 * language, and proven against the scorer by scenarios:check), so a call
 * branches the same way whatever language it is played in.
 */
export function choiceEvent(scenario: Scenario, response: AuthoredResponse, lang: Lang, scorer: Scorer = scoreText): CallEvent {
  return {
    type: 'trainee.respond',
    text: response.text,
    source: 'choice',
    responseId: response.id,
    labels: [...response.labels],
    evidence: choiceEvidence(scenario, response, lang, scorer),
  };
}

/** The event for typed (or spoken) words, scored in the trainee's language with the caller's name as said in it. */
export function typedEvent(scenario: Scenario, text: string, lang: Lang, scorer: Scorer = scoreText): CallEvent {
  const { labels, evidence } = scorer({ text, callerName: scenario.persona.callerName, lang });
  return { type: 'trainee.respond', text, source: 'typed', labels, evidence };
}
