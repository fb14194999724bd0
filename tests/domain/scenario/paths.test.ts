import { getAdjacencyMap } from '@xstate/graph';
import { describe, expect, it } from 'vitest';
import { createActor, type SnapshotFrom } from 'xstate';
import { compileScenario, type CallEvent, type CallMachine } from '../../../src/domain/scenario/compile.ts';
import { loadScenarioFile, scenarioFiles } from '../../../src/domain/scenario/load.ts';
import { routeSpoken } from '../../../src/domain/scenario/rules.ts';
import { type Scenario } from '../../../src/domain/scenario/schema.ts';
import { scoreCall } from '../../../src/domain/scenario/score.ts';
import { score } from '../../../src/domain/scoring/scorer.ts';
import { FREE_TEXT_PROBES } from './probes.ts';

type Snap = SnapshotFrom<CallMachine>;
type RespondEvent = Extract<CallEvent, { type: 'trainee.respond' }>;

// Every scenario the course ships, plus the engine's own fixture.
const FILES = [...scenarioFiles('scenarios'), ...scenarioFiles('tests/fixtures/scenarios')];

/** Above this many complete paths the walk covers every transition instead of every path. */
const MAX_FULL_PATHS = 2000;
/** Calls that only talk (no silence) have far fewer paths, so all of them are walked up to this many. */
const MAX_SPOKEN_PATHS = 50_000;

// Only what decides where the call can go next: mood and the transcript do not,
// and leaving them out keeps the state graph finite.
const serializeState = (s: Snap) => `${JSON.stringify(s.value)}|${s.context.silenceCount}|${s.context.continued}`;

/**
 * The trainee's possible moves at a step: one answer per rule it can take
 * (an authored choice where one takes it, else a typed probe), and silence.
 * One representative per rule keeps the graph small while every branch,
 * ending and silence count is still reached.
 */
function moves(scenario: Scenario, withSilence: boolean): (s: Snap) => CallEvent[] {
  const cache = new Map<string, CallEvent[]>();
  const silent: CallEvent = { type: 'trainee.staySilent' };
  return (s) => {
    if (s.status === 'done') return [];
    const cached = cache.get(s.context.stepId);
    if (cached) return cached;
    const step = scenario.steps.find((st) => st.id === s.context.stepId)!;
    const candidates: RespondEvent[] = [
      ...step.responses.map((r): RespondEvent => ({ type: 'trainee.respond', text: r.text, source: 'choice', responseId: r.id })),
      ...FREE_TEXT_PROBES.map((p): RespondEvent => ({ type: 'trainee.respond', text: p.replaceAll('{name}', scenario.persona.callerName), source: 'typed' })),
    ];
    const byRule = new Map<string, CallEvent>();
    for (const e of candidates) {
      const rule = String(routeSpoken(step, score({ text: e.text, callerName: scenario.persona.callerName }).labels).rule);
      if (!byRule.has(rule)) byRule.set(rule, e);
    }
    const out = withSilence ? [...byRule.values(), silent] : [...byRule.values()];
    cache.set(step.id, out);
    return out;
  };
}

interface Graph {
  start: string;
  next: Map<string, { event: CallEvent; to: string }[]>;
  done: Set<string>;
}

function buildGraph(machine: CallMachine, scenario: Scenario, withSilence: boolean): Graph {
  const map = getAdjacencyMap(machine, { events: moves(scenario, withSilence), serializeState });
  const next = new Map<string, { event: CallEvent; to: string }[]>();
  const done = new Set<string>();
  for (const { state, transitions } of Object.values(map)) {
    const key = serializeState(state);
    if (state.status === 'done') done.add(key);
    const taken = Object.values(transitions) as { event: CallEvent; state: Snap }[];
    next.set(key, taken.map((t) => ({ event: t.event, to: serializeState(t.state) })));
  }
  return { start: serializeState(createActor(machine).start().getSnapshot()), next, done };
}

/** Shortest event lists from the start to each state, and from each state to an ending. */
function shortestRoutes(g: Graph): { from: Map<string, CallEvent[]>; toEnd: Map<string, CallEvent[]> } {
  const from = new Map<string, CallEvent[]>([[g.start, []]]);
  const queue = [g.start];
  while (queue.length > 0) {
    const at = queue.shift()!;
    for (const { event, to } of g.next.get(at) ?? []) {
      if (!from.has(to)) {
        from.set(to, [...from.get(at)!, event]);
        queue.push(to);
      }
    }
  }
  const toEnd = new Map<string, CallEvent[]>([...g.done].map((k) => [k, []]));
  let grew = true;
  while (grew) {
    grew = false;
    for (const [key, edges] of g.next) {
      if (toEnd.has(key)) continue;
      const best = edges.filter((e) => toEnd.has(e.to)).sort((a, b) => toEnd.get(a.to)!.length - toEnd.get(b.to)!.length)[0];
      if (best) {
        toEnd.set(key, [best.event, ...toEnd.get(best.to)!]);
        grew = true;
      }
    }
  }
  return { from, toEnd };
}

/** Every complete simple path (no state twice), or null when there are more than `cap`. */
function allPaths(g: Graph, cap: number): CallEvent[][] | null {
  const out: CallEvent[][] = [];
  const onPath = new Set<string>();
  const walk = (at: string, events: CallEvent[]): boolean => {
    if (g.done.has(at)) {
      out.push(events);
      return out.length <= cap;
    }
    onPath.add(at);
    for (const { event, to } of g.next.get(at) ?? []) if (!onPath.has(to) && !walk(to, [...events, event])) return false;
    onPath.delete(at);
    return true;
  };
  return walk(g.start, []) ? out : null;
}

/**
 * Plays a path on a fresh call and checks its ending, transcript and score
 * hang together. Returns the ending and what was inconsistent (plain
 * comparisons, since thousands of paths are played).
 */
function playAndCheck(machine: CallMachine, scenario: Scenario, events: CallEvent[]): { ending: string; problems: string[] } {
  const actor = createActor(machine).start();
  for (const e of events) actor.send(e);
  const { context, value, status } = actor.getSnapshot();
  const problems: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) problems.push(what);
  };
  check(status === 'done', `the call did not end (at ${JSON.stringify(value)})`);
  check(context.endingId === value, `endingId ${context.endingId} differs from state ${JSON.stringify(value)}`);

  const t = context.transcript;
  check(t.length === events.length, `${t.length} turns recorded for ${events.length} events`);
  check(t[0]?.stepId === (scenario.start ?? scenario.steps[0]!.id), 'the first turn is not on the start step');
  check(t[0]?.moodBefore === scenario.mood.start, 'the first turn does not start from the starting mood');
  t.forEach((turn, i) => {
    const event = events[i]!;
    check(turn.source === (event.type === 'trainee.respond' ? event.source : 'silent'), `turn ${i + 1}: wrong source`);
    check(turn.text === (event.type === 'trainee.respond' ? event.text : null), `turn ${i + 1}: wrong text`);
    check(turn.faults.every((l) => turn.labels.includes(l)), `turn ${i + 1}: a fault that is not among the labels`);
    const step = scenario.steps.find((s) => s.id === turn.stepId)!;
    check([...turn.met, ...turn.missed].sort().join() === [...step.expects].sort().join(), `turn ${i + 1}: met + missed is not what the step expects`);
    const following = t[i + 1];
    if (following) {
      check(following.moodBefore === turn.moodAfter, `turn ${i + 2}: mood does not continue from turn ${i + 1}`);
      check(following.stepId === turn.next, `turn ${i + 2}: on "${following.stepId}" but turn ${i + 1} led to "${turn.next}"`);
    } else {
      check(turn.next === value, `the last turn led to "${turn.next}", the call ended at ${JSON.stringify(value)}`);
      check(turn.moodAfter === context.mood, 'the final mood differs from the last turn');
    }
  });

  const result = scoreCall(scenario, { transcript: t, endingId: context.endingId, mood: context.mood });
  const sum = result.parts.reduce((s, p) => s + p.points, 0);
  check(result.total === Math.max(0, Math.min(100, sum)) && Number.isInteger(result.total), `score ${result.total} is not the clamped sum ${sum} of its parts`);
  const where = events.map((e) => (e.type === 'trainee.respond' ? (e.responseId ?? JSON.stringify(e.text)) : 'silent')).join(' > ');
  return { ending: String(value), problems: problems.map((p) => `${scenario.id}: ${where}: ${p}`) };
}

describe.each(FILES)('every path through %s', (file) => {
  const loaded = loadScenarioFile(file);

  it('loads without errors', () => {
    expect(loaded.problems.filter((p) => p.severity === 'error').map((p) => `${p.line}: ${p.path}: ${p.message}`)).toEqual([]);
  });
  const scenario = loaded.scenario;
  if (!scenario) return;
  const machine = compileScenario(scenario);
  let graph: Graph | undefined;
  const getGraph = () => (graph ??= buildGraph(machine, scenario, true));

  it('can reach an ending from every state the call can be in', { timeout: 300_000 }, () => {
    const { toEnd } = shortestRoutes(getGraph());
    expect([...getGraph().next.keys()].filter((k) => !toEnd.has(k))).toEqual([]);
  });

  it('ends every walk in an ending with a consistent transcript and score, and reaches every ending', { timeout: 300_000 }, () => {
    const g = getGraph();
    const { from, toEnd } = shortestRoutes(g);
    // Every complete path when there are few enough; otherwise every transition, each inside a complete call.
    const paths =
      allPaths(g, MAX_FULL_PATHS) ??
      [...g.next].flatMap(([key, edges]) => edges.filter((e) => toEnd.has(e.to)).map((e) => [...from.get(key)!, e.event, ...toEnd.get(e.to)!]));
    expect(paths.length).toBeGreaterThan(0);
    const played = paths.map((events) => playAndCheck(machine, scenario, events));
    expect(played.flatMap((p) => p.problems)).toEqual([]);
    const endings = new Set(played.map((p) => p.ending));
    expect([...endings].sort(), `${scenario.id}: endings reached by the walk`).toEqual(scenario.endings.map((e) => e.id).sort());
  });

  it('ends every path of spoken answers (no silence) in an ending with a consistent transcript and score', { timeout: 300_000 }, () => {
    const paths = allPaths(buildGraph(machine, scenario, false), MAX_SPOKEN_PATHS);
    expect(paths, `${scenario.id}: more than ${MAX_SPOKEN_PATHS} spoken paths`).not.toBeNull();
    expect(paths!.length).toBeGreaterThan(0);
    expect(paths!.flatMap((events) => playAndCheck(machine, scenario, events).problems)).toEqual([]);
  });
});
