import type { AnyCandidate, Resolver } from "../pipeline/types.js";

/**
 * One conflict policy for all fact types: of overlapping candidates the longer
 * wins, then the higher rule priority, then the earlier. This makes the output
 * independent of rule order ("$1-2 million" beats "$1" and "2 million").
 */
export const resolveOverlaps: Resolver = {
  name: "overlaps",
  resolve(_doc, candidates) {
    const ranked = [...candidates].sort(
      (a, b) =>
        b.end - b.start - (a.end - a.start) ||
        b.priority - a.priority ||
        a.start - b.start ||
        (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0),
    );
    const kept: AnyCandidate[] = [];
    for (const c of ranked) {
      if (!kept.some((k) => k.start < c.end && c.start < k.end)) kept.push(c);
    }
    return kept.sort((a, b) => a.start - b.start || a.end - b.end);
  },
};
