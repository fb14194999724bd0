import { moodBand, initialsOf, type MoodBand } from '../../domain/records/scenario-card.ts';

const RING: Record<MoodBand, string> = {
  furious: '#9f1d1d',
  angry: '#b4420f',
  upset: '#8a5a00',
  uneasy: '#5f6b00',
  calmer: '#2f6f3e',
  calm: '#14612f',
};

/**
 * A drawn caller: initials in a ring coloured by mood, with a mouth that turns
 * from a frown to a smile. Decorative: the mood meter beside it carries the meaning in words.
 */
export function CallerPortrait({ name, mood, size = 96 }: { name: string; mood: number; size?: number }) {
  const band = moodBand(mood);
  // Mouth curve: -1 (deep frown) at 0 to +1 (smile) at 100.
  const curve = (Math.max(0, Math.min(100, mood)) - 50) / 50;
  const mouthY = 70;
  const control = mouthY + curve * 10;
  return (
    <svg className="caller-portrait" width={size} height={size} viewBox="0 0 100 100" aria-hidden="true" focusable="false" data-band={band}>
      <circle cx="50" cy="50" r="46" fill="#f3efe6" stroke={RING[band]} strokeWidth="6" />
      <text x="50" y="48" textAnchor="middle" fontSize="26" fontWeight="700" fill="#1b1f24" fontFamily="system-ui, sans-serif">
        {initialsOf(name)}
      </text>
      <path d={`M 34 ${mouthY} Q 50 ${control} 66 ${mouthY}`} fill="none" stroke={RING[band]} strokeWidth="4" strokeLinecap="round" />
    </svg>
  );
}
