import type { HitMap } from './scorer.ts';
import type { Doc } from './text.ts';
import type { Span } from './types.ts';

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/**
 * Applies the rulebook's "Judgement calls" where two labels meet, so each
 * detector can stay about its own label.
 */
export function resolveJudgementCalls(hits: HitMap, doc: Doc): void {
  // 3: the hold-or-callback choice is never offer-options.
  const hold = hits.get('hold-or-callback');
  const options = hits.get('offer-options');
  if (hold && options) {
    const rest = options.filter((o) => !hold.some((h) => overlaps(h, o)));
    if (rest.length === 0) hits.delete('offer-options');
    else hits.set('offer-options', rest);
  }
  // 4: a hold-or-callback question with no time is not vague-timeframe.
  const vague = hits.get('vague-timeframe');
  if (hold && vague) {
    const rest = vague.filter((v) => !hold.some((h) => overlaps(h, v)));
    if (rest.length === 0) hits.delete('vague-timeframe');
    else hits.set('vague-timeframe', rest);
  }
  // 6: "call Thursday to make sure it's working" is follow-up, not callback-time.
  const follow = hits.get('follow-up');
  const callback = hits.get('callback-time');
  if (follow && callback) {
    const rest = callback.filter((c) => !follow.some((f) => overlaps(f, c)));
    if (rest.length === 0) hits.delete('callback-time');
    else hits.set('callback-time', rest);
  }
  // 6 (vague-timeframe): "I'll check back next week to make sure..." is a follow-up, not a vague resolution time.
  const vagueLeft = hits.get('vague-timeframe');
  if (follow && vagueLeft) {
    const rest = vagueLeft.filter((v) => !follow.some((f) => overlaps(f, v)));
    if (rest.length === 0) hits.delete('vague-timeframe');
    else hits.set('vague-timeframe', rest);
  }
  // use-name needs the caller's name in the context.
  if (doc.callerName === undefined) hits.delete('use-name');
}
