import type { DateValue } from "../../schema/fact.js";
import type { Candidate } from "../../pipeline/types.js";
import { interval } from "./calendar.js";

/** The id every joined range carries: the join is code, not a pattern. */
export const RANGE_RULE = "date.en.range-join";

// what may stand between two dates of one range, and what must come before the first
// "3 December 2007 - 27 June 2013", "from 1995 to 2021", "between March and June"
const DASH = /^[ \u00a0]?[-–—][ \u00a0]?$/u;
const TO = /^[ \u00a0\n]+(?:to|through|till|until|thru)[ \u00a0\n]+$/u;
const AND = /^[ \u00a0\n]+and[ \u00a0\n]+$/u;
const FROM = /(?:^|[^\p{L}])(?:from|From|FROM)[ \u00a0\n]+$/u;
const BETWEEN = /(?:^|[^\p{L}])(?:between|Between|BETWEEN)[ \u00a0\n]+$/u;

/**
 * Joins two adjacent single dates into one range fact. "to"/"through" need a
 * "from" before the first date ("rose 2019 to 2021 levels" is no range), "and"
 * needs "between".
 */
export function joinRanges(text: string, candidates: Candidate<"date">[]): Candidate<"date">[] {
  if (candidates.length < 2) return candidates;
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Candidate<"date">[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i];
    const b = sorted[i + 1];
    if (!a) continue;
    if (b && a.end <= b.start && b.start - a.end <= 12) {
      const joined = join(text, a, b);
      if (joined) {
        out.push(joined);
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

function join(text: string, a: Candidate<"date">, b: Candidate<"date">): Candidate<"date"> | null {
  const vb = single(b.values);
  const va = borrowYear(single(a.values), vb);
  if (!va || !vb || va.grain !== vb.grain) return null;
  const gap = text.slice(a.end, b.start);
  const before = text.slice(Math.max(0, a.start - 10), a.start);
  const ok = DASH.test(gap) || (TO.test(gap) && FROM.test(before)) || (AND.test(gap) && BETWEEN.test(before));
  if (!ok) return null;
  const value = interval(va, vb);
  if (!value || value.start === undefined || value.end === undefined || value.start > value.end) return null;
  return { type: "date", start: a.start, end: b.end, rule: RANGE_RULE, priority: Math.max(a.priority, b.priority), values: [value] };
}

function single(values: readonly DateValue[]): DateValue | null {
  const v = values[0];
  return values.length === 1 && v && v.iso !== null && v.start === undefined ? v : null;
}

/**
 * "between March and June 2023": the first end takes its year from the second,
 * a year earlier when it would otherwise come after it ("December - March 2024").
 */
function borrowYear(a: DateValue | null, b: DateValue | null): DateValue | null {
  if (!a || !b || a.iso === null || b.iso === null || a.grain === "year") return a;
  if (!a.implied?.includes("year") || b.implied?.includes("year")) return a;
  let year = Number(b.iso.slice(0, 4));
  if (a.iso.slice(4) > b.iso.slice(4)) year -= 1;
  const { implied: _implied, relative: _relative, ...stated } = a;
  return { ...stated, iso: String(year).padStart(4, "0") + a.iso.slice(4) };
}
