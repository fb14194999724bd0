import { scenarioVersion, type Attempt } from '../../src/domain/records/attempt.ts';
import { buildResultsBundle, type ResultsBundle } from '../../src/domain/records/results-bundle.ts';
import type { Profile } from '../../src/domain/profiles/profile.ts';
import type { Turn } from '../../src/domain/scenario/compile.ts';
import { clampMood, routeSilence, routeSpoken, stepWorth } from '../../src/domain/scenario/rules.ts';
import { modelAnswers, scoreCall } from '../../src/domain/scenario/score.ts';
import { endingResult, startStepId, type Scenario } from '../../src/domain/scenario/schema.ts';
import { LABELS, type LabelId } from '../../src/domain/scoring/labels.ts';
import { score } from '../../src/domain/scoring/scorer.ts';

/**
 * Synthetic trainee results for `npm run bench:dashboard`: calls played on
 * the real scenarios with a mix of picked responses, silences and typed
 * answers. Typed answers are recombined from agent phrases (good and bad) so
 * the scorer does its real work, with details (order numbers, times, amounts)
 * that make most of them distinct. Calls run about ten answers (the course's
 * calls take 7-11 when answered as the model does): trainees let a venting
 * caller finish within the scenario's silence limit, pause now and then, and
 * prefer answers that keep the call going, taking the scenario's detours.
 */

/** A seeded generator (mulberry32), so every run measures the same data. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FRAGMENTS = [
  // acknowledging, empathy, reassurance
  'I hear you, {name}.',
  'I understand this has been going on for far too long.',
  "You're right to call us about this.",
  'I can see why that would upset you.',
  "I'm so sorry you've had to deal with this.",
  'That sounds really frustrating, especially on a busy day.',
  'I would be upset too if this happened to me.',
  "I'm going to make sure this gets sorted out today.",
  "You won't have to explain this again, I promise.",
  // actions, research, questions
  'Let me pull up your account right now.',
  "I'm going to check the notes on order {num} while we talk.",
  'Let me look into what happened with ticket {num}.',
  'Can you tell me when you first noticed the problem?',
  'What time did the technician arrive on Tuesday?',
  'May I ask which message was missed?',
  'Could you spell the last name on the account for me?',
  // hold, callback, verification
  'Would you prefer to hold while I check, or should I call you back?',
  'I will call you back by {time} today with an answer.',
  'Is {phone} still the best number to reach you?',
  'I can have a supervisor call you at {time}.',
  // recap, confirmation, thanks, options
  "So what I'm hearing is that the delivery never arrived.",
  'To recap, the bill went up by ${amt} and nobody told you why.',
  "I'll send you an email confirming everything we agreed on.",
  'Thank you for your patience, {name}.',
  'Thanks for bearing with me.',
  'I can either credit ${amt} to your account or send a replacement; which would you like?',
  'If you would like, I can transfer you to my supervisor.',
  'I want to help you, but I need you to stop using that language.',
  'Excuse me for interrupting, {name}, may I ask one quick question?',
  "I'll follow up next week to make sure everything is working.",
  'We could meet halfway and waive the late fee this month.',
  'Switching to the basic plan would save you about ${amt} a month.',
  'For your privacy I can only discuss this with the account holder.',
] as const;

/** Phrases that break a rule; a trainee slips into one now and then. */
const FAULT_FRAGMENTS = [
  "Our system was down, so it's not really our fault.",
  'We never make mistakes like that.',
  'Your SLA ticket is in the queue for tier two escalation.',
  "That's not what I said.",
  "As I already explained, it's very simple.",
  "There's nothing I can do about that.",
  "If you keep yelling at me I'm going to hang up.",
  'Someone will get back to you at some point.',
  'Yes, that was our mistake, we messed up.',
  'Calm down, it is just a few dollars.',
  'Well, the driver was new, so that happens.',
] as const;

const ALL_FRAGMENTS = [...FRAGMENTS, ...FAULT_FRAGMENTS];

/** Details agents add that carry no rule of their own; they make typed answers as varied as real ones. */
const DETAILS = [
  'Your reference number is {num}.',
  'I have the invoice from {day} in front of me.',
  'The order {num} shows as shipped on {day}.',
  'I see a note from {day} about the ${amt} charge.',
  'That was the visit on {day}, correct?',
  'The account ending in {num} is the one I have open.',
  'I have your message from {day} at {time} here.',
] as const;

const OPENERS = ['', '', '', 'Okay, ', 'Alright, ', 'Well, ', 'Sure, ', 'Right, ', 'I see. ', 'Oh no. '] as const;

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'the 3rd', 'the 12th', 'the 21st', 'last week'];

function fill(fragment: string, name: string, r: () => number): string {
  const hour = 1 + Math.floor(r() * 11);
  const minute = String(Math.floor(r() * 12) * 5).padStart(2, '0');
  return fragment
    .replaceAll('{name}', name)
    .replaceAll('{day}', DAYS[Math.floor(r() * DAYS.length)]!)
    .replaceAll('{num}', String(10000 + Math.floor(r() * 89999)))
    .replaceAll('{time}', `${hour}:${minute} ${r() < 0.5 ? 'a.m.' : 'p.m.'}`)
    .replaceAll('{amt}', `${5 + Math.floor(r() * 95)}.${String(Math.floor(r() * 100)).padStart(2, '0')}`)
    .replaceAll('{phone}', `555-${String(100 + Math.floor(r() * 899))}-${String(1000 + Math.floor(r() * 8999))}`);
}

/** A copy in a seeded random order. */
function shuffled<T>(items: readonly T[], r: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Labels of each fragment per scenario (scored once, with one filling): the stored labels of a typed answer are their union. */
function fragmentLabels(scenario: Scenario): LabelId[][] {
  const r = rng(7);
  return [...ALL_FRAGMENTS, ...DETAILS].map((f) => score({ text: fill(f, scenario.persona.callerName, r), callerName: scenario.persona.callerName }).labels);
}

export interface GeneratedData {
  bundles: ResultsBundle[];
  attempts: number;
  turns: number;
  typedTurns: number;
  /** Authored responses picked, and silences (the caller kept talking or waited). */
  choiceTurns: number;
  silentTurns: number;
  distinctTyped: number;
}

const TEAMS = ['North', 'South', 'East', 'West', 'Nights', 'Weekend', 'Spanish line', 'Billing', 'Medical', 'Overflow'];
const FIRST = ['Ana', 'Ben', 'Carla', 'Dev', 'Elena', 'Femi', 'Grace', 'Hugo', 'Ines', 'Jamal', 'Kim', 'Luis', 'Maya', 'Noah', 'Olga', 'Priya', 'Quinn', 'Rosa', 'Sam', 'Tomas'];
const LAST = ['Ruiz', 'Okafor', 'Nguyen', 'Smith', 'Kowalski', 'Haddad', 'Silva', 'Brown', 'Ito', 'Mensah', 'Garcia', 'Novak', 'Patel', 'Rossi', 'Dubois'];

/**
 * How many more answers a call takes from each step when the trainee gives
 * the model answer from there on: a trainee who keeps the call going avoids
 * answers that lead where the call is about to end.
 */
function modelTurnsLeft(scenario: Scenario, authored: Map<string, LabelId[]>): Map<string, number> {
  const stepById = new Map(scenario.steps.map((s) => [s.id, s]));
  const models = modelAnswers(scenario);
  const left = new Map<string, number>();
  for (const start of scenario.steps) {
    let count = 0;
    const seen = new Set<string>();
    for (let step = stepById.get(start.id); step && !seen.has(step.id); step = stepById.get(routeSpoken(step, authored.get(`${step.id}/${models[step.id]!.id}`)!).next)) {
      seen.add(step.id);
      count++;
    }
    left.set(start.id, count);
  }
  return left;
}

/** One answer a trainee might give, and how long the call would go on after it. */
interface Candidate {
  score: number;
  source: Turn['source'];
  text: string;
  labels: LabelId[];
  responseId?: string;
  route: ReturnType<typeof routeSpoken>;
}

/** Answers after which a synthetic call stops being played. */
const MAX_TURNS = 16;

/** Plays one synthetic call on a scenario the way the compiled machine would (branch rules, silences, moods). */
function playCall(scenario: Scenario, labelsOfFragment: LabelId[][], authored: Map<string, LabelId[]>, left: Map<string, number>, r: () => number, typedShare: number, seen: Set<string>, counts: { typed: number }): { transcript: Turn[]; endingId: string; mood: number } {
  const stepById = new Map(scenario.steps.map((s) => [s.id, s]));
  const endingIds = new Set(scenario.endings.map((e) => e.id));
  const failures = new Set(scenario.endings.filter((e) => endingResult(e) === 'failure').map((e) => e.id));
  const byLabel = (wanted: readonly LabelId[]) => labelsOfFragment.flatMap((ls, i) => (ls.some((l) => wanted.includes(l)) ? [i] : []));
  const partials = new Set(scenario.endings.filter((e) => endingResult(e) === 'partial').map((e) => e.id));
  let stepId = startStepId(scenario);
  let mood = clampMood(scenario.mood.start);
  let silenceCount = 0;
  let continued = 0;
  const transcript: Turn[] = [];
  // How long this trainee keeps the call going: most calls run 9-14 answers, as far as the scenario's paths allow.
  const minTurns = 9 + Math.floor(r() * 6);
  /** Answers the call can still take after moving to `next` (0 for an ending). */
  const room = (next: string) => (endingIds.has(next) ? 0 : (left.get(next) ?? 0));
  const models = modelAnswers(scenario);
  for (let n = 1; n <= MAX_TURNS; n++) {
    const step = stepById.get(stepId)!;
    const worth = stepWorth(scenario, step);
    const roll = r();
    let source: Turn['source'];
    let text: string | null = null;
    let labels: LabelId[] = [];
    let responseId: string | undefined;
    let next: string;
    let delta: number;
    // Trainees let a venting caller finish (her `continues` lines), sometimes pause elsewhere, and rarely stay silent past the point where she hangs up.
    const continuesLeft = continued < (step.continues?.length ?? 0);
    // A silence that stays on the step (the caller keeps talking, or waits) only adds a turn; one that moves the call on where it would end sooner is usually avoided.
    const silenceMoves = !continuesLeft && step.silence?.next !== undefined;
    const silenceCutsShort = silenceMoves && room(step.silence!.next!) < room(step.id) - 1;
    const silenceChance = silenceCount >= scenario.silence.limit ? 0.01 : continuesLeft ? 0.7 : silenceCutsShort ? 0.04 : 0.2;
    if (roll < silenceChance) {
      source = 'silent';
      const route = routeSilence(scenario, step, { silenceCount, continued });
      ({ next, mood: delta } = route);
      ({ silenceCount, continued } = route.state);
    } else {
      // Most trainees recover rather than lose the caller: an answer that would end the call in failure, or end it
      // early, is usually rethought; after a dozen tries the answer that keeps the call going longest is given.
      let best: Candidate | null = null;
      for (let attempt = 0; attempt < 12; attempt++) {
        let candidate: Candidate;
        if (r() < typedShare) {
          const parts: string[] = [];
          const set = new Set<LabelId>();
          const k = 1 + Math.floor(r() * 2);
          // Trainees mostly say what the model answer does, in their own words: a phrase for each of its labels.
          const model = authored.get(`${step.id}/${models[step.id]!.id}`)!;
          const wanted = attempt < 6 && r() < 0.8 ? shuffled(model.filter((l) => !worth.faults.includes(l)), r) : [];
          for (let i = 0; i < Math.max(k, Math.min(r() < 0.5 ? 3 : 2, wanted.length)); i++) {
            const fitting = i < wanted.length ? byLabel([wanted[i]!]) : [];
            const f =
              fitting.length > 0
                ? fitting[Math.floor(r() * fitting.length)]!
                : r() < 0.12
                  ? FRAGMENTS.length + Math.floor(r() * FAULT_FRAGMENTS.length)
                  : Math.floor(r() * FRAGMENTS.length);
            parts.push(fill(ALL_FRAGMENTS[f]!, scenario.persona.callerName, r));
            for (const l of labelsOfFragment[f]!) set.add(l);
          }
          if (r() < 0.72) {
            const d = Math.floor(r() * DETAILS.length);
            parts.splice(Math.floor(r() * (parts.length + 1)), 0, fill(DETAILS[d]!, scenario.persona.callerName, r));
            for (const l of labelsOfFragment[ALL_FRAGMENTS.length + d]!) set.add(l);
          }
          const typedLabels = LABELS.filter((l) => set.has(l));
          candidate = { score: 0, source: 'typed', text: OPENERS[Math.floor(r() * OPENERS.length)] + parts.join(' '), labels: typedLabels, route: routeSpoken(step, typedLabels) };
        } else {
          const response = r() < 0.6 ? models[step.id]! : step.responses[Math.floor(r() * step.responses.length)]!;
          const picked = authored.get(`${step.id}/${response.id}`)!;
          candidate = { score: 0, source: 'choice', text: response.text, labels: picked, responseId: response.id, route: routeSpoken(step, picked) };
        }
        const next = candidate.route.next;
        candidate.score = n + room(next) - (failures.has(next) ? 3 : 0);
        if (!best || candidate.score > best.score) best = candidate;
        // Calls in training run their course: an ending before the trainee has answered much is usually avoided.
        // Below the trainee's call length, an answer that cuts the call shorter than the model answer would is usually rethought.
        const short = n + room(next) < minTurns && room(next) < room(step.id) - 1 ? 0.9 : 0;
        const early = Math.max(short, failures.has(next) ? 0.9 : partials.has(next) ? 0.6 : 0);
        if (r() >= early) {
          best = candidate;
          break;
        }
      }
      source = best!.source;
      text = best!.text;
      labels = best!.labels;
      responseId = best!.responseId;
      if (source === 'typed') {
        counts.typed++;
        seen.add(text);
      }
      next = best!.route.next;
      delta = best!.route.mood;
    }
    const moodBefore = mood;
    mood = clampMood(mood + delta);
    transcript.push({
      turn: n,
      stepId: step.id,
      callerLines: [],
      source,
      ...(responseId !== undefined ? { responseId } : {}),
      text,
      labels,
      evidence: [],
      met: worth.expects.filter((l) => labels.includes(l)),
      missed: worth.expects.filter((l) => !labels.includes(l)),
      faults: labels.filter((l) => worth.faults.includes(l)),
      moodBefore,
      moodAfter: mood,
      next,
    });
    if (endingIds.has(next)) return { transcript, endingId: next, mood };
    if (next !== step.id) {
      stepId = next;
      continued = 0;
    }
  }
  // A call still going after MAX_TURNS answers: the caller gives up (the silence ending).
  return { transcript, endingId: scenario.silence.ending, mood };
}

/** Generates `trainees` bundles of `perTrainee` attempts each on the given scenarios. */
export function generateBundles(scenarios: readonly Scenario[], trainees: number, perTrainee: number, seed = 42): GeneratedData {
  const r = rng(seed);
  const prepared = scenarios.map((s) => {
    const authored = new Map<string, LabelId[]>();
    // A picked response carries its declared labels, as the call screen sends them.
    for (const step of s.steps) for (const resp of step.responses) authored.set(`${step.id}/${resp.id}`, LABELS.filter((l) => resp.labels.includes(l)));
    return { scenario: s, version: scenarioVersion(s), fragments: fragmentLabels(s), authored, left: modelTurnsLeft(s, authored) };
  });
  const seen = new Set<string>();
  const counts = { typed: 0 };
  let choiceTurns = 0;
  let silentTurns = 0;
  let turns = 0;
  const bundles: ResultsBundle[] = [];
  const day0 = Date.UTC(2026, 8, 1);
  for (let t = 0; t < trainees; t++) {
    const trainee: Profile = {
      id: `trainee-${t}`,
      name: `${FIRST[t % FIRST.length]} ${LAST[Math.floor(t / FIRST.length) % LAST.length]} ${t}`,
      employeeId: `E${String(1000 + t)}`,
      team: TEAMS[t % TEAMS.length]!,
      createdAt: day0,
    };
    // Each trainee types a different share of answers, as real trainees do.
    const typedShare = 0.6 + r() * 0.35;
    const attempts: Attempt[] = [];
    for (let a = 0; a < perTrainee; a++) {
      const p = prepared[Math.floor(r() * prepared.length)]!;
      const call = playCall(p.scenario, p.fragments, p.authored, p.left, r, typedShare, seen, counts);
      turns += call.transcript.length;
      for (const turn of call.transcript) {
        if (turn.source === 'choice') choiceTurns++;
        else if (turn.source === 'silent') silentTurns++;
      }
      const startedAt = day0 + Math.floor(r() * 60 * 86_400_000);
      const ending = p.scenario.endings.find((e) => e.id === call.endingId)!;
      attempts.push({
        id: `att-${t}-${a}`,
        profileId: trainee.id,
        scenarioId: p.scenario.id,
        scenarioVersion: p.version,
        mode: r() < 0.6 ? 'coaching' : 'exam',
        lang: 'en',
        inputMix: {
          choices: call.transcript.filter((x) => x.source === 'choice').length,
          typed: call.transcript.filter((x) => x.source === 'typed').length,
          silent: call.transcript.filter((x) => x.source === 'silent').length,
        },
        startedAt,
        endedAt: startedAt + 60_000 + Math.floor(r() * 600_000),
        transcript: call.transcript,
        finalMood: call.mood,
        score: scoreCall(p.scenario, { transcript: call.transcript, endingId: call.endingId, mood: call.mood }),
        endingId: call.endingId,
        outcome: { kind: ending.kind, result: endingResult(ending) },
      });
    }
    bundles.push(buildResultsBundle({ trainee, attempts, appVersion: 'bench', now: new Date(day0 + 90 * 86_400_000) }));
  }
  return { bundles, attempts: trainees * perTrainee, turns, typedTurns: counts.typed, choiceTurns, silentTurns, distinctTyped: seen.size };
}
