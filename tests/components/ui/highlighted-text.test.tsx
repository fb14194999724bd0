import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HighlightedText } from '../../../src/components/ui/HighlightedText.tsx';
import type { Evidence } from '../../../src/domain/scoring/types.ts';

const text = 'Mrs. Jones, we were swamped last night.';
const ev = (label: Evidence['label'], phrase: string): Evidence => {
  const start = text.indexOf(phrase);
  return { label, start, end: start + phrase.length, reason: 'why' };
};

describe('marked phrases', () => {
  it('differ by sign as well as colour: ✗ before a fault, ✓ before a technique, hidden from screen readers', () => {
    const { container } = render(<HighlightedText text={text} evidence={[ev('use-name', 'Mrs. Jones'), ev('excuse', 'we were swamped')]} />);
    const marks = [...container.querySelectorAll('mark')];
    expect(marks.map((m) => m.className)).toEqual(['ev ev-technique', 'ev ev-fault']);
    expect(marks.map((m) => m.querySelector('.ev-icon')?.textContent)).toEqual(['✓', '✗']);
    for (const m of marks) expect(m.querySelector('.ev-icon')).toHaveAttribute('aria-hidden', 'true');
    // The trainee's words themselves are untouched around the signs.
    expect(container.textContent!.replace(/[✓✗]/g, '')).toBe(text);
  });

  it('puts one sign on a run of overlapping phrases of the same kind', () => {
    const { container } = render(<HighlightedText text={text} evidence={[ev('excuse', 'we were swamped'), ev('defensive', 'swamped last night')]} />);
    expect(container.querySelectorAll('.ev-icon')).toHaveLength(1);
  });
});
