import { stepWorth } from '../scenario/rules.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { LabelId } from '../scoring/labels.ts';

export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

/**
 * How hard a call is, from what the trainee feels first: a caller who starts
 * near furious, or who hangs up after very little silence, is hard; one who
 * starts merely upset is easier.
 */
export function difficultyOf(scenario: Scenario): Difficulty {
  if (scenario.mood.start < 20 || scenario.silence.limit <= 2) return 'hard';
  if (scenario.mood.start < 40) return 'medium';
  return 'easy';
}

/** The techniques a call trains, most asked-for first (ties in rulebook order of first appearance). */
export function trainedLabels(scenario: Scenario): LabelId[] {
  const counts = new Map<LabelId, number>();
  for (const step of scenario.steps) for (const l of stepWorth(scenario, step).expects) counts.set(l, (counts.get(l) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([l]) => l);
}

/** The mood words the meter uses, from furious (0) to calm (100). */
export const MOOD_BANDS = ['furious', 'angry', 'upset', 'uneasy', 'calmer', 'calm'] as const;
export type MoodBand = (typeof MOOD_BANDS)[number];

/** The word for a mood on the 0-100 meter, so the meter never relies on colour alone. */
export function moodBand(mood: number): MoodBand {
  if (mood < 15) return 'furious';
  if (mood < 30) return 'angry';
  if (mood < 45) return 'upset';
  if (mood < 60) return 'uneasy';
  if (mood < 80) return 'calmer';
  return 'calm';
}

/** Up to two initials of a person's name, for the caller's portrait. */
export function initialsOf(name: string): string {
  const all = name.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  // Titles and middle initials ("Dr.", "R.") are not what people recognise a face by.
  const named = all.filter((w) => !w.endsWith('.'));
  const words = named.length > 0 ? named : all;
  const first = words[0]?.[0] ?? '';
  const last = words.length > 1 ? (words[words.length - 1]![0] ?? '') : '';
  return (first + last).toLocaleUpperCase();
}
