import { z } from 'zod';
import { attemptSchema } from '../records/attempt.ts';
import { profileSchema } from '../profiles/profile.ts';
import { labelSchema } from '../scenario/schema.ts';
import { answersFileSchema } from '../workbook/export-json.ts';
import type { AuditNote, ReviewData } from './types.ts';

/**
 * The whole review as one file another supervisor can import: trainees,
 * attempts, audit notes and the pass mark. Re-scored results are not in it:
 * the importing side re-scores every attempt itself, as it does for trainees' files.
 */
export const REVIEW_BUNDLE_FORMAT = 'hold-the-line/review';
export const REVIEW_BUNDLE_VERSION = 1;

const auditNoteSchema = z.object({
  attemptId: z.string().min(1),
  opportunity: z.string().max(4000),
  strength: z.string().max(4000),
  opportunityRule: labelSchema.nullable().optional(),
  strengthRule: labelSchema.nullable().optional(),
  updatedAt: z.number(),
});

export const reviewBundleSchema = z.object({
  format: z.literal(REVIEW_BUNDLE_FORMAT),
  version: z.literal(REVIEW_BUNDLE_VERSION),
  exportedAt: z.iso.datetime(),
  appVersion: z.string().min(1),
  threshold: z.number().min(0).max(100),
  trainees: z.array(profileSchema),
  attempts: z.array(attemptSchema),
  notes: z.array(auditNoteSchema),
  workbooks: z.array(z.object({ profileId: z.string().min(1), answers: answersFileSchema })).default([]),
});
export type ReviewBundle = z.infer<typeof reviewBundleSchema>;

/** The review as its versioned bundle (attempts oldest first, so two exports of the same data are identical). */
export function buildReviewBundle(data: ReviewData, appVersion: string, now: Date = new Date()): ReviewBundle {
  const notes: AuditNote[] = Object.values(data.notes).toSorted((a, b) => a.attemptId.localeCompare(b.attemptId));
  return {
    format: REVIEW_BUNDLE_FORMAT,
    version: REVIEW_BUNDLE_VERSION,
    exportedAt: now.toISOString(),
    appVersion,
    threshold: data.threshold,
    trainees: Object.values(data.trainees).toSorted((a, b) => a.id.localeCompare(b.id)),
    attempts: Object.values(data.attempts).toSorted((a, b) => a.startedAt - b.startedAt || a.id.localeCompare(b.id)),
    notes,
    workbooks: Object.entries(data.workbooks)
      .toSorted(([a], [b]) => a.localeCompare(b))
      .map(([profileId, answers]) => ({ profileId, answers })),
  };
}

/** The review bundle as the text of a `.json` file. */
export function reviewBundleJson(data: ReviewData, appVersion: string, now?: Date): string {
  return `${JSON.stringify(buildReviewBundle(data, appVersion, now))}\n`;
}
