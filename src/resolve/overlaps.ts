import type { Resolver, Span } from "../pipeline/types.js";

/** What overlap resolution ranks: a span found by a rule. */
export interface Ranked extends Span {
  readonly rule: string;
  readonly priority: number;
}

/** Longer first, then higher rule priority, then earlier, then rule id: a total order, so rule order never matters. */
function rank(a: Ranked, b: Ranked): number {
  return (
    b.end - b.start - (a.end - a.start) ||
    b.priority - a.priority ||
    a.start - b.start ||
    (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0)
  );
}

// a release has a few dozen candidates: pairwise checks beat marking characters there
const PAIRWISE_LIMIT = 64;

/**
 * One conflict policy for all fact types: of overlapping candidates the best
 * ranked wins ("$1-2 million" beats "$1" and "2 million"). Linear in the text
 * covered: a kept candidate marks its characters, a later one must find its
 * span unmarked, so a page of thousands of candidates costs no more than it reads.
 */
export function settleOverlaps<C extends Ranked>(candidates: readonly C[]): C[] {
  return settleThen(candidates, (c) => c);
}

/**
 * settleOverlaps over items that are not candidates yet: `accept` is asked, best
 * ranked first, only for an item no accepted one overlaps, and may still refuse it.
 * The outcome is the same as accepting every item first and settling afterwards;
 * what the overlaps discard is never normalised.
 */
export function settleThen<T extends Ranked, R extends Span>(items: readonly T[], accept: (item: T) => R | null): R[] {
  const kept: R[] = [];
  if (items.length === 0) return kept;
  const ranked = items.length < 2 ? [...items] : [...items].sort(rank);
  if (ranked.length <= PAIRWISE_LIMIT) {
    for (const c of ranked) {
      if (kept.some((k) => k.start < c.end && c.start < k.end)) continue;
      const r = accept(c);
      if (r) kept.push(r);
    }
  } else {
    let lo = Infinity;
    let hi = 0;
    for (const c of ranked) {
      lo = Math.min(lo, c.start);
      hi = Math.max(hi, c.end);
    }
    const taken = new Uint8Array(hi - lo);
    for (const c of ranked) {
      const from = c.start - lo;
      const to = c.end - lo;
      let free = true;
      for (let i = from; i < to && free; i++) free = taken[i] === 0;
      if (!free) continue;
      const r = accept(c);
      if (!r) continue;
      taken.fill(1, r.start - lo, r.end - lo);
      kept.push(r);
    }
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

export const resolveOverlaps: Resolver = {
  name: "overlaps",
  resolve: (_doc, candidates) => settleOverlaps(candidates),
};
