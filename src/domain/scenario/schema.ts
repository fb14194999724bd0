import { z } from 'zod';
import { LABELS } from '../scoring/labels.ts';

/**
 * The newest scenario format this code reads. A file with a higher
 * `schemaVersion` was written for a newer app and is refused rather than
 * half-understood.
 */
export const SCHEMA_VERSION = 1;

/** A scenario or translation file's format version: one this app reads, or a clear word that it needs a newer one. */
export const schemaVersionSchema = z
  .number()
  .int()
  .min(1)
  .max(SCHEMA_VERSION, `this file needs a newer version of the app (it reads schemaVersion up to ${SCHEMA_VERSION})`);

/** Ids are how everything is addressed (never array positions), so they must stay stable and readable. */
const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case id like "opening-rant" (lower-case letters, digits, dashes)');

const textSchema = z.string().trim().min(1, 'must not be empty');

export const labelSchema = z.enum(LABELS, {
  error: (issue) => `unknown label ${JSON.stringify(issue.input)}; use a rulebook id such as "acknowledge" or "excuse"`,
});

/** How a caller line is delivered; the call screen shows it beside the line and a voice may use it. */
export const LINE_MOODS = ['furious', 'angry', 'upset', 'impatient', 'worried', 'neutral', 'calmer', 'calm', 'pleased'] as const;

export const callerLineSchema = z.strictObject({
  text: textSchema,
  mood: z.enum(LINE_MOODS).default('neutral'),
  /** A stage direction for the trainee and the voice ("speaking fast, not pausing"). */
  direction: textSchema.optional(),
});

/** A line may be written as a bare string when it needs no mood or direction. */
const lineSchema = z.preprocess((value) => (typeof value === 'string' ? { text: value } : value), callerLineSchema);
const linesSchema = z.array(lineSchema);

export const personaSchema = z.strictObject({
  /** Full name as the account shows it ("Irma Jones"). */
  name: textSchema,
  /** How the agent addresses the caller ("Mrs. Jones"); the scorer needs it to detect `use-name`. */
  callerName: textSchema,
  role: textSchema,
  business: textSchema,
  temperament: textSchema,
});

export const responseSchema = z.strictObject({
  id: idSchema,
  text: textSchema,
  /** The rulebook labels this text carries; `npm run scenarios:check` proves the scorer agrees. */
  labels: z.array(labelSchema),
  /** Shown to the trainee after choosing it (coaching mode) and in the debrief. */
  coaching: textSchema,
  /** Marks the step's model answer for the debrief; without one, the best-scoring response is used. */
  model: z.boolean().optional(),
});

export const conditionSchema = z
  .strictObject({
    /** Every one of these labels is present. */
    all: z.array(labelSchema).optional(),
    /** At least one of these labels is present. */
    any: z.array(labelSchema).optional(),
    /** None of these labels is present. */
    none: z.array(labelSchema).optional(),
  })
  .refine((w) => (w.all?.length ?? 0) + (w.any?.length ?? 0) + (w.none?.length ?? 0) > 0, {
    message: 'a rule needs at least one of all / any / none; use `default` for the catch-all',
  });

export const branchSchema = z.strictObject({
  when: conditionSchema,
  /** A step id or an ending id; the current step's own id keeps the caller on this step. */
  next: idSchema,
  /** Change to the caller's mood (0 furious .. 100 calm), e.g. 10 or -15. */
  mood: z.number().int().min(-100).max(100).default(0),
  /** What the caller says right away in reaction, before the next step's lines. */
  reply: linesSchema.optional(),
});

export const defaultBranchSchema = branchSchema.omit({ when: true });

export const stepSilenceSchema = z.strictObject({
  /** Mood change for each silent turn on this step (venting callers calm down, impatient ones do not). */
  mood: z.number().int().min(-100).max(100).default(0),
  /**
   * Where the call goes when the trainee stays silent after the caller has said
   * all her `continues` lines. Without it the caller stays on this step.
   */
  next: idSchema.optional(),
  /** What the caller says when the silence moves her on (or, without `next`, each time she is left waiting). */
  reply: linesSchema.optional(),
});

export const stepSchema = z.strictObject({
  id: idSchema,
  /** Workbook section this step trains (e.g. "probing-questions"); links the debrief to the workbook. */
  workbookSection: z.string().trim().min(1).optional(),
  /** Overrides the scenario's `factsClear` on this step (facts can come in during the call). */
  factsClear: z.boolean().optional(),
  /** What the caller says when the step begins. */
  caller: linesSchema.min(1, 'a step needs at least one caller line'),
  /** Further lines the caller adds, one per silent turn, for a caller who keeps talking. */
  continues: linesSchema.optional(),
  /** Techniques this step asks for (they earn points and are listed as missed when absent). */
  expects: z.array(labelSchema).default([]),
  /** Labels that are faults on this step in addition to the rulebook's always-faults. */
  punishes: z.array(labelSchema).default([]),
  responses: z.array(responseSchema).min(3, 'a step offers 3 to 4 authored responses').max(4, 'a step offers 3 to 4 authored responses'),
  /** Ordered rules; the first whose `when` matches the trainee's labels decides. */
  branches: z.array(branchSchema).default([]),
  /** Taken when no rule matches a spoken turn. */
  default: defaultBranchSchema,
  silence: stepSilenceSchema.optional(),
});

export const ENDING_KINDS = ['resolved', 'escalated', 'caller-disconnects', 'agent-disconnects'] as const;
export const ENDING_RESULTS = ['success', 'partial', 'failure'] as const;

export const endingSchema = z.strictObject({
  id: idSchema,
  kind: z.enum(ENDING_KINDS),
  /** How well this ending went for the score; defaults by kind (see scenarios/README.md). */
  result: z.enum(ENDING_RESULTS).optional(),
  /** The caller's last words, if any. */
  caller: linesSchema.optional(),
  /** The debrief's outcome summary. */
  outcome: textSchema,
});

export const scenarioSchema = z.strictObject({
  schemaVersion: schemaVersionSchema,
  id: idSchema,
  title: textSchema,
  /** One line for the scenario list. */
  summary: textSchema,
  persona: personaSchema,
  /** What the agent can see on the account before answering. */
  briefing: z.array(textSchema).min(1),
  /** Whether the service's error is already clear (admitting it is expected) or facts are not in (admitting it is a fault). */
  factsClear: z.boolean(),
  mood: z.strictObject({
    /** The caller's mood when the call starts: 0 furious .. 100 calm. */
    start: z.number().int().min(0).max(100),
  }),
  silence: z.strictObject({
    /** Silent turns allowed in the whole call; the next one ends the call at `ending`. */
    limit: z.number().int().min(1),
    ending: idSchema,
  }),
  /** First step; defaults to the first in `steps`. */
  start: idSchema.optional(),
  steps: z.array(stepSchema).min(1),
  endings: z.array(endingSchema).min(1),
});

export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioInput = z.input<typeof scenarioSchema>;
export type Step = Scenario['steps'][number];
export type Ending = Scenario['endings'][number];
export type Branch = Step['branches'][number];
export type Condition = Branch['when'];
export type AuthoredResponse = Step['responses'][number];
export type CallerLine = Step['caller'][number];
export type EndingKind = (typeof ENDING_KINDS)[number];
export type EndingResult = (typeof ENDING_RESULTS)[number];
export type LineMood = (typeof LINE_MOODS)[number];

/** Default score weight of an ending when the author does not set `result`. */
export const DEFAULT_RESULT: Record<EndingKind, EndingResult> = {
  resolved: 'success',
  escalated: 'success',
  'agent-disconnects': 'partial',
  'caller-disconnects': 'failure',
};

/** The result an ending counts as, from its `result` or its kind's default. */
export function endingResult(ending: Ending): EndingResult {
  return ending.result ?? DEFAULT_RESULT[ending.kind];
}

/** The id of the step the call begins on. */
export function startStepId(scenario: Scenario): string {
  return scenario.start ?? scenario.steps[0]!.id;
}
