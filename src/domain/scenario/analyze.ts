import { isAlwaysFault, type LabelId } from '../scoring/labels.ts';
import { conditionMatches, isFactsClear, routeSpoken, stepWorth } from './rules.ts';
import { startStepId, type Scenario, type Step } from './schema.ts';

export type Severity = 'error' | 'warning';

/** One problem found in a scenario, addressed by its path in the file. */
export interface Finding {
  severity: Severity;
  path: (string | number)[];
  message: string;
}

/** How a move from one node to another can happen. */
export type EdgeMode = 'choice' | 'typed' | 'silence' | 'silence-limit';

export interface Edge {
  from: string;
  to: string;
  mode: EdgeMode;
}

/** Relevant labels above this count make the exact rule-shadowing search too slow; the step is then only warned about. */
const MAX_EXACT_LABELS = 18;

/**
 * Finds a set of labels that makes a step take rule `index` (or the default
 * when `index` is -1), so rules hidden behind earlier ones can be reported.
 * Only labels the step's rules mention matter, so every subset of them is tried.
 */
export function labelsReaching(step: Step, index: number): Set<string> | null | 'too-complex' {
  const relevant = new Set<string>();
  for (const b of step.branches) for (const l of [...(b.when.all ?? []), ...(b.when.any ?? []), ...(b.when.none ?? [])]) relevant.add(l);
  const labels = [...relevant];
  if (labels.length > MAX_EXACT_LABELS) return 'too-complex';
  const target = index < 0 ? step.branches.length : index;
  for (let mask = 0; mask < 1 << labels.length; mask++) {
    const set = new Set(labels.filter((_, i) => (mask & (1 << i)) !== 0));
    const first = step.branches.findIndex((b) => conditionMatches(b.when, set));
    if ((first < 0 ? step.branches.length : first) === target) return set;
  }
  return null;
}

/** Every move the call can make, by how the trainee makes it (choices use their declared labels). */
export function callEdges(scenario: Scenario): Edge[] {
  const edges: Edge[] = [];
  for (const step of scenario.steps) {
    for (const r of step.responses) edges.push({ from: step.id, to: routeSpoken(step, r.labels).next, mode: 'choice' });
    step.branches.forEach((b, i) => {
      const reach = labelsReaching(step, i);
      if (reach !== null) edges.push({ from: step.id, to: b.next, mode: 'typed' });
    });
    if (labelsReaching(step, -1) !== null) edges.push({ from: step.id, to: step.default.next, mode: 'typed' });
    if ((step.continues?.length ?? 0) > 0) edges.push({ from: step.id, to: step.id, mode: 'silence' });
    edges.push({ from: step.id, to: step.silence?.next ?? step.id, mode: 'silence' });
    edges.push({ from: step.id, to: scenario.silence.ending, mode: 'silence-limit' });
  }
  return edges;
}

function reachable(start: string, edges: Edge[], modes: readonly EdgeMode[]): Set<string> {
  const seen = new Set([start]);
  const queue = [start];
  while (queue.length > 0) {
    const at = queue.shift()!;
    for (const e of edges) {
      if (e.from === at && modes.includes(e.mode) && !seen.has(e.to)) {
        seen.add(e.to);
        queue.push(e.to);
      }
    }
  }
  return seen;
}

/** Strongly connected components (Tarjan), to find loops and whether they have a way out. */
function components(nodes: string[], edges: Edge[]): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const out: string[][] = [];
  let counter = 0;
  const visit = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter);
    counter++;
    stack.push(v);
    onStack.add(v);
    for (const e of edges) {
      if (e.from !== v) continue;
      if (!index.has(e.to)) {
        visit(e.to);
        low.set(v, Math.min(low.get(v)!, low.get(e.to)!));
      } else if (onStack.has(e.to)) {
        low.set(v, Math.min(low.get(v)!, index.get(e.to)!));
      }
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      out.push(group);
    }
  };
  for (const n of nodes) if (!index.has(n)) visit(n);
  return out;
}

function checkIds(scenario: Scenario, findings: Finding[]): void {
  const seen = new Map<string, string>();
  scenario.steps.forEach((step, i) => {
    if (seen.has(step.id)) findings.push({ severity: 'error', path: ['steps', i, 'id'], message: `duplicate id "${step.id}" (already used by ${seen.get(step.id)})` });
    else seen.set(step.id, `steps[${i}]`);
    const responses = new Set<string>();
    step.responses.forEach((r, j) => {
      if (responses.has(r.id)) findings.push({ severity: 'error', path: ['steps', i, 'responses', j, 'id'], message: `duplicate response id "${r.id}" on step "${step.id}"` });
      responses.add(r.id);
    });
  });
  scenario.endings.forEach((ending, i) => {
    if (seen.has(ending.id)) findings.push({ severity: 'error', path: ['endings', i, 'id'], message: `duplicate id "${ending.id}" (already used by ${seen.get(ending.id)}); steps and endings share one set of ids` });
    else seen.set(ending.id, `endings[${i}]`);
  });
}

function checkTargets(scenario: Scenario, findings: Finding[]): void {
  const steps = new Set(scenario.steps.map((s) => s.id));
  const endings = new Set(scenario.endings.map((e) => e.id));
  const known = (id: string) => steps.has(id) || endings.has(id);
  const hint = `steps: ${[...steps].join(', ')}; endings: ${[...endings].join(', ')}`;
  if (scenario.start !== undefined && !steps.has(scenario.start)) findings.push({ severity: 'error', path: ['start'], message: `no step has the id "${scenario.start}" (${hint})` });
  if (!endings.has(scenario.silence.ending)) findings.push({ severity: 'error', path: ['silence', 'ending'], message: `no ending has the id "${scenario.silence.ending}" (endings: ${[...endings].join(', ')})` });
  scenario.steps.forEach((step, i) => {
    step.branches.forEach((b, j) => {
      if (!known(b.next)) findings.push({ severity: 'error', path: ['steps', i, 'branches', j, 'next'], message: `no step or ending has the id "${b.next}" (${hint})` });
    });
    if (!known(step.default.next)) findings.push({ severity: 'error', path: ['steps', i, 'default', 'next'], message: `no step or ending has the id "${step.default.next}" (${hint})` });
    const silenceNext = step.silence?.next;
    if (silenceNext !== undefined && !known(silenceNext)) findings.push({ severity: 'error', path: ['steps', i, 'silence', 'next'], message: `no step or ending has the id "${silenceNext}" (${hint})` });
  });
}

function checkWorth(scenario: Scenario, findings: Finding[]): void {
  scenario.steps.forEach((step, i) => {
    step.expects.forEach((label, j) => {
      if (isAlwaysFault(label)) findings.push({ severity: 'error', path: ['steps', i, 'expects', j], message: `"${label}" is a fault everywhere (rulebook); a step cannot expect it` });
      if (label === 'admit-fault' && !isFactsClear(scenario, step)) findings.push({ severity: 'error', path: ['steps', i, 'expects', j], message: '"admit-fault" is expected only where the error is clear; set factsClear: true on the scenario or this step' });
      if (step.punishes.includes(label)) findings.push({ severity: 'error', path: ['steps', i, 'expects', j], message: `"${label}" is both expected and punished on this step` });
    });
    step.punishes.forEach((label, j) => {
      if (isAlwaysFault(label)) findings.push({ severity: 'warning', path: ['steps', i, 'punishes', j], message: `"${label}" is a fault everywhere already; listing it changes nothing` });
      else if (label === 'admit-fault' && !isFactsClear(scenario, step)) findings.push({ severity: 'warning', path: ['steps', i, 'punishes', j], message: '"admit-fault" is already a fault where facts are not clear' });
    });
    step.branches.forEach((b, j) => {
      const none = new Set(b.when.none ?? []);
      for (const l of b.when.all ?? []) if (none.has(l)) findings.push({ severity: 'error', path: ['steps', i, 'branches', j, 'when'], message: `"${l}" is in both all and none, so this rule never matches` });
    });
    const models = step.responses.filter((r) => r.model === true);
    if (models.length > 1) findings.push({ severity: 'error', path: ['steps', i, 'responses'], message: `${models.length} responses are marked model: true; mark at most one` });
    const worth = stepWorth(scenario, step);
    const flawed = (labels: LabelId[]) => labels.some((l) => worth.faults.includes(l)) || worth.expects.some((l) => !labels.includes(l));
    if (step.responses.every((r) => flawed(r.labels))) findings.push({ severity: 'warning', path: ['steps', i, 'responses'], message: `no response is fault-free and uses everything the step expects (${worth.expects.join(', ') || 'nothing'})` });
    if (!step.responses.some((r) => flawed(r.labels))) findings.push({ severity: 'warning', path: ['steps', i, 'responses'], message: 'every response is good; add at least one flawed response to learn from' });
  });
}

function checkRules(scenario: Scenario, findings: Finding[]): void {
  scenario.steps.forEach((step, i) => {
    if (labelsReaching(step, 0) === 'too-complex') {
      findings.push({ severity: 'warning', path: ['steps', i, 'branches'], message: `the rules mention more than ${MAX_EXACT_LABELS} labels; rule order was not checked` });
      return;
    }
    step.branches.forEach((_, j) => {
      if (labelsReaching(step, j) === null) findings.push({ severity: 'error', path: ['steps', i, 'branches', j], message: 'this rule can never be taken: earlier rules match every answer it matches' });
    });
    if (labelsReaching(step, -1) === null) findings.push({ severity: 'warning', path: ['steps', i, 'default'], message: 'the default is never taken: the rules match every possible answer' });
  });
}

function checkPaths(scenario: Scenario, findings: Finding[]): void {
  const stepIds = scenario.steps.map((s) => s.id);
  const stepIndex = new Map(stepIds.map((id, i) => [id, i]));
  const edges = callEdges(scenario);
  const start = startStepId(scenario);
  const all = reachable(start, edges, ['choice', 'typed', 'silence', 'silence-limit']);
  scenario.steps.forEach((step, i) => {
    if (!all.has(step.id)) findings.push({ severity: 'error', path: ['steps', i, 'id'], message: `step "${step.id}" can never be reached from the start ("${start}")` });
  });
  const byChoice = reachable(start, edges, ['choice', 'silence', 'silence-limit']);
  const byTyping = reachable(start, edges, ['typed', 'silence', 'silence-limit']);
  scenario.endings.forEach((ending, i) => {
    if (!all.has(ending.id)) {
      findings.push({ severity: 'error', path: ['endings', i, 'id'], message: `ending "${ending.id}" can never be reached` });
      return;
    }
    if (!byChoice.has(ending.id)) findings.push({ severity: 'error', path: ['endings', i, 'id'], message: `ending "${ending.id}" cannot be reached by picking authored responses (only by typing)` });
    if (!byTyping.has(ending.id)) findings.push({ severity: 'error', path: ['endings', i, 'id'], message: `ending "${ending.id}" cannot be reached by typing (only by picking responses)` });
  });
  // A loop the trainee can only leave by running out the silence limit traps a
  // trainee who keeps talking, so that edge does not count as an exit.
  const spoken = edges.filter((e) => e.mode !== 'silence-limit' && stepIndex.has(e.from) && all.has(e.from));
  for (const group of components(stepIds.filter((id) => all.has(id)), spoken)) {
    const members = new Set(group);
    const exits = spoken.some((e) => members.has(e.from) && !members.has(e.to));
    const loops = group.length > 1 || spoken.some((e) => e.from === group[0] && e.to === group[0]);
    if (!loops || exits) continue;
    const first = Math.min(...group.map((id) => stepIndex.get(id)!));
    const names = group.map((id) => `"${id}"`).join(', ');
    findings.push({ severity: 'error', path: ['steps', first, 'id'], message: `loop without an exit: steps ${names} never lead to an ending (except by running out the silence limit)` });
  }
}

/**
 * Checks a valid-shaped scenario as a whole: ids are unique and resolve,
 * every step can be reached, every ending can be reached by picking and by
 * typing, no loop lacks an exit, no rule is hidden behind another, and
 * labels are worth what the rulebook allows.
 */
export function analyzeScenario(scenario: Scenario): Finding[] {
  const findings: Finding[] = [];
  checkIds(scenario, findings);
  checkTargets(scenario, findings);
  checkWorth(scenario, findings);
  // Paths are only meaningful once every id resolves.
  if (findings.some((f) => f.severity === 'error')) return findings;
  checkRules(scenario, findings);
  checkPaths(scenario, findings);
  return findings;
}
