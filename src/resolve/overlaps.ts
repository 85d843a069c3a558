import type { Candidate, Resolver } from "../pipeline/types.js";

/** Longer first, then higher rule priority, then earlier, then rule id: a total order, so rule order never matters. */
function rank(a: Candidate, b: Candidate): number {
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
export function settleOverlaps<C extends Candidate>(candidates: readonly C[]): C[] {
  if (candidates.length < 2) return [...candidates];
  const ranked = [...candidates].sort(rank);
  const kept: C[] = [];
  if (ranked.length <= PAIRWISE_LIMIT) {
    for (const c of ranked) if (!kept.some((k) => k.start < c.end && c.start < k.end)) kept.push(c);
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
      taken.fill(1, from, to);
      kept.push(c);
    }
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

export const resolveOverlaps: Resolver = {
  name: "overlaps",
  resolve: (_doc, candidates) => settleOverlaps(candidates),
};
