import type { CalendarLexicon } from "../recognise/date/lexicon.js";
import { isoDay, isValidDay } from "../recognise/date/calendar.js";

/** A publication date read from the text itself, with where it was written. */
export interface DetectedPublished {
  readonly iso: string;
  readonly start: number;
  readonly end: number;
}

/** The compiled head-of-document patterns; build once per extractor. */
export interface PublishedPatterns {
  readonly lex: CalendarLexicon;
  readonly forms: readonly RegExp[];
}

/** Only the top of a release carries its own date; deeper dates are what it reports. */
const HEAD_CHARS = 700;
const HEAD_LINES = 14;

/**
 * Full dates with year, day and month named by groups d1/m1/y1 (day first),
 * m2/d2/y2 (month first) or iso.
 */
function fullDate(months: string): string {
  const sp = "[ \\u00a0]";
  return (
    `(?:(?<d1>\\d{1,2})(?:st|nd|rd|th)?(?:${sp}of)?${sp}(?<m1>${months}),?${sp}(?<y1>\\d{4})` +
    `|(?<m2>${months})${sp}?(?<d2>\\d{1,2})(?:st|nd|rd|th)?,?${sp}(?<y2>\\d{4})` +
    `|(?<iso>\\d{4}-\\d{2}-\\d{2}))(?![\\d\\p{L}])`
  );
}

export function compilePublishedPatterns(lex: CalendarLexicon): PublishedPatterns {
  const date = fullDate(lex.macros["monthAnyCase"] ?? "(?!)");
  const weekday = `(?:${lex.macros["weekday"] ?? "(?!)"},?[ \\u00a0]*)?`;
  // a place before the date: "ASTANA, ", "WASHINGTON — ", "Japan | Brussels, ", "Toronto, Ontario - "
  const place = "(?:\\p{Lu}[\\p{L}.'’ |-]{1,40}(?:,[ \\u00a0]?\\p{Lu}[\\p{L}. ]{1,30})?(?:,|[ \\u00a0]?[-–—|:])[ \\u00a0]*)?";
  // "3 December 2007 - 27 June 2013" is a term of office, not a dateline
  const notRangeStart = "(?![ \\u00a0]*[-–—][ \\u00a0]*\\d)";
  const label = `(?:(?:${lex.published.labels})(?:[ \\u00a0]on)?[ \\u00a0]*:?[ \\u00a0]*)?`;
  return {
    lex,
    forms: [
      // Scoop/Azernews marker: "date 2022-10-26"
      /(?<![\p{L}])[Dd]ate[: \u00a0]+(?<iso>\d{4}-\d{2}-\d{2})(?!\d)/u,
      // a dateline: a line that starts with an optional label or place, then the date
      new RegExp(`^[ \\t•*-]*${label}${place}${weekday}${date}${notRangeStart}`, "mu"),
      // ukpol: "The press release issued by the Foreign Office on 22 September 2022."
      new RegExp(`(?<![\\p{L}])(?:${lex.published.verbs})(?:[ \\u00a0]by[ \\u00a0][^.\\n]{1,80}?)?[ \\u00a0]on[ \\u00a0]${date}`, "u"),
    ],
  };
}

/**
 * The publication date a release states at its top: a "date 2022-10-26" marker,
 * a dateline ("ASTANA, 22 June 2023 —", "WASHINGTON — March 3, 2021") or a
 * "Published: ..." line. The earliest such date in the head wins; null when the
 * head states none.
 */
export function detectPublished(text: string, patterns: PublishedPatterns): DetectedPublished | null {
  let headEnd = Math.min(text.length, HEAD_CHARS);
  let lines = 0;
  for (let i = 0; i < headEnd; i++) {
    if (text.charCodeAt(i) === 10 && ++lines >= HEAD_LINES) {
      headEnd = i;
      break;
    }
  }
  const head = text.slice(0, headEnd);
  let best: DetectedPublished | null = null;
  for (const form of patterns.forms) {
    const m = form.exec(head);
    if (!m || !m.groups) continue;
    const iso = toIso(m.groups, patterns.lex);
    if (!iso) continue;
    if (!best || m.index < best.start) best = { iso, start: m.index, end: m.index + m[0].length };
  }
  return best;
}

function toIso(g: Readonly<Record<string, string | undefined>>, lex: CalendarLexicon): string | null {
  let y: number;
  let mo: number | undefined;
  let d: number;
  if (g["iso"] !== undefined) {
    [y, mo, d] = g["iso"].split("-").map(Number) as [number, number, number];
  } else if (g["m1"] !== undefined) {
    [y, mo, d] = [Number(g["y1"]), lex.month(g["m1"]), Number(g["d1"])];
  } else {
    [y, mo, d] = [Number(g["y2"]), lex.month(g["m2"]), Number(g["d2"])];
  }
  if (mo === undefined || !isValidDay(y, mo, d)) return null;
  return isoDay({ y, m: mo, d });
}
