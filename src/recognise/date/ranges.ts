import type { DateValue } from "../../schema/fact.js";
import type { Candidate } from "../../pipeline/types.js";
import { interval } from "./calendar.js";
import type { CalendarLexicon } from "./lexicon.js";

/** The id every joined range carries: the join is code, not a pattern. */
export const RANGE_RULE = "date.en.range-join";

/** What may stand between two dates of one range, and what must come before the first. */
export interface RangeConnectors {
  readonly dash: RegExp;
  readonly to: RegExp;
  readonly and: RegExp;
  readonly from: RegExp;
  readonly between: RegExp;
}

/** "3 December 2007 - 27 June 2013", "from 1995 to 2021", "between March and June": built from the calendar's range words. */
export function compileRangeConnectors(lex: CalendarLexicon): RangeConnectors {
  const gap = (words: string) => new RegExp(`^[ \\u00a0\\n]+(?:${words})[ \\u00a0\\n]+$`, "u");
  const lead = (words: string) => new RegExp(`(?:^|[^\\p{L}])(?:${words})[ \\u00a0\\n]+$`, "u");
  return {
    dash: /^[ \u00a0]?[-–—][ \u00a0]?$/u,
    to: gap(lex.rangeWords.to),
    and: gap(lex.rangeWords.and),
    from: lead(lex.rangeWords.from),
    between: lead(lex.rangeWords.between),
  };
}

/**
 * Joins two adjacent single dates into one range fact. "to"/"through" need a
 * "from" before the first date ("rose 2019 to 2021 levels" is no range), "and"
 * needs "between".
 */
export function joinRanges(text: string, candidates: Candidate<"date">[], joins: RangeConnectors): Candidate<"date">[] {
  if (candidates.length < 2) return candidates;
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Candidate<"date">[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i];
    const b = sorted[i + 1];
    if (!a) continue;
    if (b && a.end <= b.start && b.start - a.end <= 12) {
      const joined = join(text, a, b, joins);
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

function join(text: string, a: Candidate<"date">, b: Candidate<"date">, joins: RangeConnectors): Candidate<"date"> | null {
  const vb = single(b.values);
  const va = borrowYear(single(a.values), vb);
  if (!va || !vb || va.grain !== vb.grain) return null;
  const gap = text.slice(a.end, b.start);
  const before = text.slice(Math.max(0, a.start - 10), a.start);
  const ok = joins.dash.test(gap) || (joins.to.test(gap) && joins.from.test(before)) || (joins.and.test(gap) && joins.between.test(before));
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
 * So does a yearless first end that each end's own reading put after the second
 * ("from 1 January to 31 December", planned in January).
 */
function borrowYear(a: DateValue | null, b: DateValue | null): DateValue | null {
  if (!a || !b || a.iso === null || b.iso === null || a.grain === "year") return a;
  if (!a.implied?.includes("year") || (b.implied?.includes("year") && a.iso <= b.iso)) return a;
  let year = Number(b.iso.slice(0, 4));
  if (a.iso.slice(4) > b.iso.slice(4)) year -= 1;
  const { implied: _implied, relative: _relative, ...stated } = a;
  return { ...stated, iso: String(year).padStart(4, "0") + a.iso.slice(4) };
}
