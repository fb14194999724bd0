import { z } from 'zod';

/** A trainee using this computer; a later feature hangs scenario attempts on the id. */
export const profileSchema = z.object({
  id: z.string().min(1),
  name: z.string().trim().min(1).max(80),
  employeeId: z.string().trim().max(40).optional(),
  team: z.string().trim().max(80).optional(),
  createdAt: z.number(),
});
export type Profile = z.infer<typeof profileSchema>;

export type ProfileNameProblem = 'empty' | 'too-long' | 'taken';

/** Why a new trainee name cannot be used (empty, too long, or already on this computer), or null. */
export function checkProfileName(name: string, existing: readonly Profile[]): ProfileNameProblem | null {
  const trimmed = name.trim();
  if (trimmed === '') return 'empty';
  if (trimmed.length > 80) return 'too-long';
  // Two "Ana"s on one classroom computer would pick each other's answers.
  if (existing.some((p) => p.name.trim().toLocaleLowerCase() === trimmed.toLocaleLowerCase())) return 'taken';
  return null;
}

/** A new profile with a fresh id; blank optional fields are left out. */
export function createProfile(input: { name: string; employeeId?: string; team?: string }, now = Date.now(), id: string = crypto.randomUUID()): Profile {
  const employeeId = input.employeeId?.trim();
  const team = input.team?.trim();
  return { id, name: input.name.trim(), ...(employeeId ? { employeeId } : {}), ...(team ? { team } : {}), createdAt: now };
}
