import type { DateValue } from "../../schema/fact.js";

/** A calendar day; month 1-12, day 1-31. */
export interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

export type Tense = "past" | "future";

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

/** "2024-03-12" -> { y: 2024, m: 3, d: 12 }; anything else -> null. */
export function parseIsoDay(iso: string | undefined): Ymd | null {
  const m = iso === undefined ? null : /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isValidDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

export function addDays(day: Ymd, n: number): Ymd {
  const t = new Date(Date.UTC(day.y, day.m - 1, day.d + n));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** Days from `a` to `b` (negative when `b` comes first). */
export function daysBetween(a: Ymd, b: Ymd): number {
  return Math.round((Date.UTC(b.y, b.m - 1, b.d) - Date.UTC(a.y, a.m - 1, a.d)) / 86_400_000);
}

/** ISO weekday: 1 = Monday ... 7 = Sunday. */
export function isoWeekday(day: Ymd): number {
  const w = new Date(Date.UTC(day.y, day.m - 1, day.d)).getUTCDay();
  return w === 0 ? 7 : w;
}

export const isoDay = (d: Ymd): string => `${pad(d.y, 4)}-${pad(d.m)}-${pad(d.d)}`;
export const isoMonth = (y: number, m: number): string => `${pad(y, 4)}-${pad(m)}`;
export const isoQuarter = (y: number, q: number): string => `${pad(y, 4)}-Q${q}`;
export const isoYear = (y: number): string => pad(y, 4);

/** Month arithmetic: (2024, 1) shifted by -1 -> (2023, 12). */
export function shiftMonth(y: number, m: number, n: number): { y: number; m: number } {
  const index = y * 12 + (m - 1) + n;
  return { y: Math.floor(index / 12), m: (index % 12) + 1 };
}

/** Days from publication within which a day is this year's, whatever the tense. */
const SOON = 7;

/**
 * The year of a day or month written without one, relative to publication:
 * past tense takes the latest such date not after publication, future the
 * earliest not before it, no cue the nearest. "on 12 March" (past) in a release
 * of 2 April 2024 -> 2024.
 */
export function yearFor(month: number, day: number | undefined, pub: Ymd, tense: Tense | null): number {
  // compare in "day of year" terms; a month without a day counts as its whole span
  const key = (m: number, d: number) => m * 32 + d;
  const pubKey = key(pub.m, pub.d);
  const lo = key(month, day ?? 1);
  const hi = key(month, day ?? 31);
  // a day a few days ahead (or back) is this year's whatever the verbs say ("the rate set for June
  // 8", published on 7 June): a release rarely means the same day a year away
  if (tense === "past") return lo <= pubKey || (day !== undefined && lo - pubKey <= SOON) ? pub.y : pub.y - 1;
  if (tense === "future") return hi >= pubKey || (day !== undefined && pubKey - hi <= SOON) ? pub.y : pub.y + 1;
  const diff = month - pub.m;
  if (diff > 6) return pub.y - 1;
  if (diff < -6) return pub.y + 1;
  return pub.y;
}

/** The day a weekday name means: past (the default for reports) looks back, future ahead. */
export function weekdayFor(weekday: number, pub: Ymd, tense: Tense | null): Ymd {
  const today = isoWeekday(pub);
  if (tense === "future") return addDays(pub, (weekday - today + 7) % 7 || 7);
  return addDays(pub, -((today - weekday + 7) % 7));
}

/** One fact for a range: an ISO interval with both ends. */
export function interval(a: DateValue, b: DateValue): DateValue | null {
  if (a.iso === null || b.iso === null || a.start || b.start) return null;
  if (a.iso === b.iso) return a;
  const implied = [...new Set([...(a.implied ?? []), ...(b.implied ?? [])])];
  return {
    iso: `${a.iso}/${b.iso}`,
    grain: a.grain,
    start: a.iso,
    end: b.iso,
    ...(a.relative || b.relative ? { relative: true } : {}),
    ...(implied.length > 0 ? { implied } : {}),
  };
}
