import { z } from 'zod';
import { profileSchema, type Profile } from '../profiles/profile.ts';
import { answersFileSchema, type AnswersFile } from '../workbook/export-json.ts';
import { attemptSchema, type Attempt } from './attempt.ts';

/**
 * The file a trainee (or a trainer, for a classroom session) exports and a
 * supervisor imports: one trainee, their attempts, and optionally their
 * workbook answers. The supervisor re-scores every attempt from its
 * transcript, so the stored scores are a record of what the trainee saw, not
 * something the dashboard trusts.
 */
export const RESULTS_BUNDLE_FORMAT = 'hold-the-line/results';
export const RESULTS_BUNDLE_VERSION = 1;

export const resultsBundleSchema = z.object({
  format: z.literal(RESULTS_BUNDLE_FORMAT),
  version: z.literal(RESULTS_BUNDLE_VERSION),
  exportedAt: z.iso.datetime(),
  /** The app version that wrote the file, for a human tracing a mismatch. */
  appVersion: z.string().min(1),
  /** Who exported it: the trainee's own computer, or a trainer's classroom console. */
  source: z.enum(['trainee', 'classroom']),
  trainee: profileSchema,
  attempts: z.array(attemptSchema),
  workbook: answersFileSchema.optional(),
});
export type ResultsBundle = z.infer<typeof resultsBundleSchema>;

export interface ResultsBundleInput {
  trainee: Profile;
  attempts: readonly Attempt[];
  workbook?: AnswersFile;
  source?: ResultsBundle['source'];
  appVersion: string;
  now?: Date;
}

/** One trainee's results as the versioned bundle; only that trainee's attempts go in, oldest first. */
export function buildResultsBundle(input: ResultsBundleInput): ResultsBundle {
  const attempts = input.attempts
    .filter((a) => a.profileId === input.trainee.id || a.transcript.some((t) => t.answeredBy === input.trainee.id))
    .toSorted((a, b) => a.startedAt - b.startedAt);
  return resultsBundleSchema.parse({
    format: RESULTS_BUNDLE_FORMAT,
    version: RESULTS_BUNDLE_VERSION,
    exportedAt: (input.now ?? new Date()).toISOString(),
    appVersion: input.appVersion,
    source: input.source ?? 'trainee',
    trainee: input.trainee,
    attempts,
    ...(input.workbook ? { workbook: input.workbook } : {}),
  });
}
