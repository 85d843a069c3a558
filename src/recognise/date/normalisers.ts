import type { DateGrain, DateValue } from "../../schema/fact.js";
import type { DocContext } from "../../pipeline/types.js";
import type { NumberLexicon } from "../../numbers/lexicon.js";
import type { Groups, Match, Normaliser } from "../patterns.js";
import type { CalendarLexicon } from "./lexicon.js";
import {
  addDays,
  daysBetween,
  interval,
  isoDay,
  isoMonth,
  isoQuarter,
  isoYear,
  isValidDay,
  isoWeekday,
  parseIsoDay,
  shiftMonth,
  weekdayFor,
  yearFor,
  type Tense,
  type Ymd,
} from "./calendar.js";
import { insideName, tenseAround, wordAfter, wordBefore } from "./context.js";
import { sentenceAround } from "../../segment/sentences.js";
import { isBlank } from "../../segment/white-space.js";

type Unit = "day" | "week" | "month" | "quarter" | "year";

/** How many years after publication a fiscal year or a span of years may start and still be Gregorian. */
const FISCAL_REACH = 25;

/** How many days after publication a deadline in a past clause may fall and still be this year's. */
const DEADLINE_REACH = 62;

export interface DateNormaliserDeps {
  readonly lex: CalendarLexicon;
  readonly numbers: NumberLexicon;
  /** True when numeric dates in this document are month-first (7/10/2014 = July 10). */
  readonly usStyle: (doc: DocContext) => boolean;
}

// a day number right after a weekday: "Tuesday, 26 September", "Monday the 3rd"
const DATE_AFTER = /^,?[ \u00a0]*(?:the[ \u00a0]+)?\d/u;

const NO_PUBLISHED = "date: no publication date known, relative dates are left unresolved (iso null)";

const PUBLISHED_MEMO = "date.published";

function publishedOf(doc: DocContext): Ymd | null {
  let pub = doc.memo.get(PUBLISHED_MEMO) as Ymd | null | undefined;
  if (pub === undefined) {
    pub = parseIsoDay(doc.info.published);
    doc.memo.set(PUBLISHED_MEMO, pub);
  }
  if (!pub && !doc.memo.has(NO_PUBLISHED)) {
    doc.memo.set(NO_PUBLISHED, true);
    doc.warnings.push(NO_PUBLISHED);
  }
  return pub;
}

/** A relative value: resolved against publication, or iso null with the offset it states. */
function relative(doc: DocContext, unit: Unit, offset: number, grain: DateGrain, resolve: (pub: Ymd) => string): DateValue {
  const pub = publishedOf(doc);
  if (!pub) return { iso: null, grain, relative: true, offset: { unit, offset } };
  return { iso: resolve(pub), grain, relative: true };
}

/** "2016-17" -> 2017; "2024-27" -> 2027; "2016-2017" -> 2017; other pairs are not year ranges. */
function secondYear(y: number, raw: string): number | null {
  if (raw.length === 2) {
    // a later year of the same decade or the next, by its last two digits: 2016-17, 1999-00, 2024-27
    const y2 = y - (y % 100) + Number(raw) + (Number(raw) <= y % 100 ? 100 : 0);
    return y2 - y <= 10 ? y2 : null;
  }
  const y2 = Number(raw);
  return y2 > y && y2 - y <= 100 ? y2 : null;
}

/** Whether "a/b/y" is the publication date month first (true) or day first (false); undefined when it is not it. */
function orderOfPublished(a: number, b: number, y: number, pub: Ymd | null): boolean | undefined {
  if (pub === null || pub.y !== y) return undefined;
  if (a === pub.d && b === pub.m) return false;
  if (a === pub.m && b === pub.d) return true;
  return undefined;
}

const THIS_YEAR = "date.this-year";

export function dateNormalisers(deps: DateNormaliserDeps): Record<string, Normaliser<"date">> {
  const { lex } = deps;
  const tense = (m: Match, doc: DocContext): Tense | null => {
    // "assisted to return voluntarily since January": the preposition settles it
    const before = wordBefore(doc.text, m.start);
    if (before !== undefined && lex.pastPrepositions.has(lex.key(before))) return "past";
    return tenseAround(doc.text, m.start, m.end, lex);
  };
  const num = (g: Groups, k: string): number | undefined => (g[k] === undefined ? undefined : Number(g[k]));

  /** A stated or implied day; null when the day does not exist. */
  const day = (m: Match, doc: DocContext, month: number, d: number, y: number | undefined): DateValue | null => {
    if (y !== undefined) return isValidDay(y, month, d) ? { iso: isoDay({ y, m: month, d }), grain: "day" } : null;
    if (d < 1 || d > 31) return null;
    const pub = publishedOf(doc);
    const anchor = lex.relOffset(m.groups["yrel"]);
    if (pub && anchor !== undefined) return isValidDay(pub.y + anchor, month, d) ? { iso: isoDay({ y: pub.y + anchor, m: month, d }), grain: "day", relative: true } : null;
    if (!pub) return { iso: null, grain: "day", relative: true, implied: ["year"] };
    let year = weekdayYear(doc.text, m.start, month, d, pub) ?? (saysThisYear(m, doc) ? pub.y : yearFor(month, d, pub, tense(m, doc)));
    // "insisted on its utilisation by March 31", published on 13 March: a deadline weeks away, not a year back
    if (year === pub.y - 1 && isDeadline(doc.text, m.start) && daysBetween(pub, { y: pub.y, m: month, d }) <= DEADLINE_REACH) year = pub.y;
    if (!isValidDay(year, month, d)) return null;
    return { iso: isoDay({ y: year, m: month, d }), grain: "day", relative: true, implied: ["year"] };
  };

  /**
   * "fiscal year 2082/83" in a Nepali release of 2025 counts Bikram Sambat years: no budget or span
   * of years starts decades after publication.
   */
  const beyondFiscalReach = (y: number, doc: DocContext): boolean => {
    const pub = publishedOf(doc);
    return pub !== null && y > pub.y + FISCAL_REACH;
  };

  const isDeadline = (text: string, at: number): boolean => {
    const before = wordBefore(text, at);
    return before !== undefined && lex.deadlineWords.has(lex.key(before));
  };

  const month = (m: Match, doc: DocContext, mo: number, y: number | undefined): DateValue => {
    if (y !== undefined) return { iso: isoMonth(y, mo), grain: "month" };
    const pub = publishedOf(doc);
    const anchor = lex.relOffset(m.groups["yrel"]);
    if (pub && anchor !== undefined) return { iso: isoMonth(pub.y + anchor, mo), grain: "month", relative: true };
    if (!pub) return { iso: null, grain: "month", relative: true, implied: ["year"] };
    const year = saysThisYear(m, doc) ? pub.y : yearFor(mo, undefined, pub, tense(m, doc));
    return { iso: isoMonth(year, mo), grain: "month", relative: true, implied: ["year"] };
  };

  /** "Major festivals this year include ... the Water Festival on 4–6 November": the sentence names the year. */
  const saysThisYear = (m: Match, doc: DocContext): boolean => {
    let at = doc.memo.get(THIS_YEAR) as number[] | undefined;
    if (at === undefined) {
      // one scan per document, however many dates and however long its sentences
      at = [];
      for (const hit of doc.text.matchAll(lex.thisYear)) at.push(hit.index);
      doc.memo.set(THIS_YEAR, at);
    }
    if (at.length === 0) return false;
    const s = sentenceAround(doc.sentences, m);
    return at.some((i) => i >= s.start && i < s.end);
  };

  /** "Monday, November 4": of the years around publication, the one whose 4 November is a Monday. */
  const weekdayYear = (text: string, start: number, month: number, d: number, pub: Ymd): number | undefined => {
    let at = start;
    while (at > 0 && isBlank(text.charCodeAt(at - 1))) at--;
    if (at > 0 && text.charCodeAt(at - 1) === 44 /* , */) at--;
    const weekday = lex.weekday(wordBefore(text, at));
    if (weekday === undefined) return undefined;
    return [pub.y, pub.y - 1, pub.y + 1].find((y) => isValidDay(y, month, d) && isoWeekday({ y, m: month, d }) === weekday);
  };

  /** A small word of a name ("for", "of") right before `at`, itself inside a name. */
  const afterNameJoiner = (text: string, at: number): boolean => {
    const joiner = wordBefore(text, at);
    if (joiner === undefined || !lex.nameJoiners.has(lex.key(joiner))) return false;
    const start = text.lastIndexOf(joiner, at - 1);
    return start > 0 && insideName(text, start);
  };

  const one = (v: DateValue | null): DateValue[] | null => (v ? [v] : null);
  const pair = (a: DateValue | null, b: DateValue | null): DateValue[] | null => {
    if (!a || !b) return null;
    const r = interval(a, b);
    return r ? [r] : [a, b];
  };

  return {
    /** "2022-10-26". */
    "date.ymd": (m) => {
      const [y, mo, d] = [num(m.groups, "y") ?? 0, num(m.groups, "m") ?? 0, num(m.groups, "d") ?? 0];
      return isValidDay(y, mo, d) ? [{ iso: isoDay({ y, m: mo, d }), grain: "day" }] : null;
    },

    /** "30 August 1992", "August 30, 1992", "Aug. 19", "23-26 May 2019", "12/13 July". */
    "date.day": (m, doc) => {
      const mo = lex.month(m.groups["m"]);
      const d = num(m.groups, "d");
      if (mo === undefined || d === undefined) return null;
      const y = num(m.groups, "y");
      const d2 = num(m.groups, "d2");
      if (d2 !== undefined && d2 <= d) return null;
      // both days of a yearless range share one year: the year its start took, or, for what is still
      // to come or going on, its end ("the conference, which runs from 6 to 18 November", on 18 November)
      const last = d2 !== undefined && y === undefined && tense(m, doc) === "future" ? day(m, doc, mo, d2, y) : null;
      const yearOf = (v: DateValue | null): number | undefined => (v?.iso ? Number(v.iso.slice(0, 4)) : undefined);
      const first = day(m, doc, mo, d, y ?? yearOf(last));
      if (d2 === undefined || !first) return one(first);
      const second = last ?? day(m, doc, mo, d2, y ?? yearOf(first));
      const implied = (v: DateValue | null): DateValue | null => (v && y === undefined && m.groups["yrel"] === undefined && v.iso !== null ? { ...v, relative: true, implied: ["year"] } : v);
      return pair(last ? implied(first) : first, implied(second));
    },

    /** "30/08/1992", "15 / 07 / 2015", "7/10/2014" (month first in US documents), "14/05/24". */
    "date.numeric": (m, doc) => {
      const a = num(m.groups, "a") ?? 0;
      const b = num(m.groups, "b") ?? 0;
      const yy = num(m.groups, "yy");
      const y = yy === undefined ? (num(m.groups, "y") ?? 0) : yy < 70 ? 2000 + yy : 1900 + yy;
      // a dateline that is the publication date read one way settles the order ("05/02/2025" in a
      // Kuwaiti release of 5 February); otherwise a day over 12, then the site's country, decide
      const monthFirst = orderOfPublished(a, b, y, publishedOf(doc)) ?? (a <= 12 && (b > 12 || deps.usStyle(doc)));
      const [mo, d] = monthFirst ? [a, b] : [b, a];
      return isValidDay(y, mo, d) ? [{ iso: isoDay({ y, m: mo, d }), grain: "day" }] : null;
    },

    /** "June 2023", "February of 2008", "in October", "January-May 2024". */
    "date.month": (m, doc) => {
      const mo = lex.month(m.groups["m"]);
      if (mo === undefined) return null;
      const y = num(m.groups, "y");
      const m2 = lex.month(m.groups["m2"]);
      if (y === undefined && m2 === undefined) {
        // a lone month name: "May" is also a verb, "Mar" a syllable, any name may be part of a title
        if (!lex.isMonthName(m.groups["m"])) return null;
        const before = wordBefore(doc.text, m.start);
        if (mo === 5 && !(before && lex.monthCues.has(lex.key(before)))) return null;
        if (insideName(doc.text, m.start) && !(before && lex.monthCues.has(lex.key(before)))) return null;
      }
      if (m2 === undefined) return [month(m, doc, mo, y)];
      if (m2 === mo) return null;
      // "January-May": both months in the year the span's end takes ("data for January-February
      // will be published" in late February is this year's); "July–February" runs over the new
      // year, so it starts in the year before
      const second = month(m, doc, m2, y);
      const y2 = y ?? (second.iso === null ? undefined : Number(second.iso.slice(0, 4)));
      const first = month(m, doc, mo, y2 !== undefined && m2 < mo ? y2 - 1 : y2);
      return pair(y === undefined && m.groups["yrel"] === undefined && first.iso !== null ? { ...first, relative: true, implied: ["year"] } : first, second);
    },

    /** A bare year: "in 2021", "2022 was a record year"; not "2000 people", not "about 2000". */
    "date.year": (m, doc) => {
      const before = wordBefore(doc.text, m.start);
      if (before && lex.quantityBefore.has(lex.key(before))) return null;
      const after = wordAfter(doc.text, m.end);
      if (after && lex.countNouns.has(lex.key(after))) return null;
      return [{ iso: isoYear(Number(m.groups["y"])), grain: "year" }];
    },

    /** "2016-17", "2022–23", "2019-2024": both years. */
    "date.year-range": (m, doc) => {
      const y = Number(m.groups["y"]);
      const y2 = secondYear(y, m.groups["y2"] ?? "");
      if (y2 === null) return null;
      // "2016-19 rooms": numbers of things, not years
      const after = wordAfter(doc.text, m.end);
      if (after !== undefined && lex.countNouns.has(lex.key(after))) return null;
      if (beyondFiscalReach(y, doc)) return null;
      return pair({ iso: isoYear(y), grain: "year" }, { iso: isoYear(y2), grain: "year" });
    },

    /** "FY 2007", "Fiscal Year 2019", "FY24", "FY2023-24". */
    "date.fiscal": (m, doc) => {
      const raw = m.groups["y"] ?? "";
      const y = raw.length === 2 ? 2000 + Number(raw) : Number(raw);
      if (beyondFiscalReach(y, doc)) return null;
      const first: DateValue = { iso: isoYear(y), grain: "year" };
      if (m.groups["y2"] === undefined) return [first];
      const y2 = secondYear(y, m.groups["y2"]);
      return y2 === null ? [first] : pair(first, { iso: isoYear(y2), grain: "year" });
    },

    /** "Q2 2023", "2023-Q2", "the second quarter of 2023", "the June quarter 2017", "the March quarter". */
    "date.quarter": (m, doc) => {
      const q =
        num(m.groups, "qn") ??
        lex.ordinal(m.groups["ord"]) ??
        (() => {
          const mo = lex.month(m.groups["qm"]);
          return mo === undefined ? undefined : Math.ceil(mo / 3);
        })();
      if (q === undefined || q < 1 || q > 4) return null;
      const y = num(m.groups, "y");
      // "the last quarter of 2023" is its fourth; "last quarter" alone is the one before this
      if (y === undefined && m.groups["rel"] === undefined && lex.relOffset(m.groups["ord"]) !== undefined) return null;
      if (y !== undefined) return [{ iso: isoQuarter(y, q), grain: "quarter" }];
      const rel = m.groups["rel"];
      if (rel !== undefined) {
        const off = lex.relOffset(rel) ?? 0;
        return [relative(doc, "year", off, "quarter", (pub) => isoQuarter(pub.y + off, q))];
      }
      const pub = publishedOf(doc);
      if (!pub) return [{ iso: null, grain: "quarter", relative: true, implied: ["year"] }];
      // a quarter is "past" once its first month has begun, and still to come until its last has ended;
      // in the month after it ends, its figures are what is still to come ("data for the third
      // quarter will be released next week", early in October)
      const t = tense(m, doc) ?? "past";
      let year: number;
      if (t !== "future") year = yearFor(q * 3 - 2, 1, pub, t);
      else if (pub.m === (q * 3) % 12 + 1) year = q === 4 ? pub.y - 1 : pub.y;
      else year = yearFor(q * 3, undefined, pub, t);
      return [{ iso: isoQuarter(year, q), grain: "quarter", relative: true, implied: ["year"] }];
    },

    /** "last year", "this month", "next week", "the current year", "last quarter". */
    "date.relative-unit": (m, doc) => {
      const relWord = m.groups["rel"] ?? "";
      const off = lex.relOffset(relWord);
      if (off === undefined) return null;
      // "over the last year", "for the past year" are durations
      if (lex.durationAfterThe.has(lex.key(relWord)) && wordBefore(doc.text, m.start)?.toLowerCase() === "the") return null;
      if (relWord.charAt(0) !== relWord.charAt(0).toLowerCase() && insideName(doc.text, m.start)) return null;
      const unit = (m.groups["unit"] ?? "").toLowerCase() as Unit;
      return one(unitValue(doc, unit, off));
    },

    /** "a year earlier", "seven years ago", "two weeks later". */
    "date.ago": (m, doc) => {
      const raw = (m.groups["n"] ?? "").toLowerCase();
      const n = raw === "a" || raw === "an" ? 1 : Number(deps.numbers.toDecimal(raw) ?? NaN);
      const dir = lex.afterOffset(m.groups["after"]);
      if (!Number.isInteger(n) || n <= 0 || n > 100 || dir === undefined) return null;
      const unit = (m.groups["unit"] ?? "").toLowerCase() as Unit;
      return one(unitValue(doc, unit, n * dir));
    },

    /** "today", "yesterday's cut", "tomorrow", "this morning". */
    "date.day-word": (m, doc) => {
      const word = m.groups["w"] ?? "";
      const off = lex.dayOffset(word);
      if (off === undefined) return null;
      // "Parliament Today" is a programme and "Financing Infrastructure for Tomorrow" a motto;
      // "Today, the minister ..." is a date
      if (word.charAt(0) !== word.charAt(0).toLowerCase() && (insideName(doc.text, m.start) || afterNameJoiner(doc.text, m.start))) return null;
      return [relative(doc, "day", off, "day", (pub) => isoDay(addDays(pub, off)))];
    },

    /** "on Monday", "last Friday", "Monday's summit"; not "Fox News Sunday", not "Tuesday, 26 September". */
    /** "the first Tuesday of May", "the second Monday in October 2025": that weekday's nth day of the month. */
    "date.nth-weekday": (m, doc) => {
      const n = lex.ordinal(m.groups["ord"]);
      const wd = lex.weekday(m.groups["wd"]);
      const mo = lex.month(m.groups["m"]);
      if (n === undefined || n < 1 || n > 5 || wd === undefined || mo === undefined) return null;
      const stated = num(m.groups, "y");
      const pub = publishedOf(doc);
      const y = stated ?? (pub ? (saysThisYear(m, doc) ? pub.y : yearFor(mo, undefined, pub, tense(m, doc))) : undefined);
      if (y === undefined) return [{ iso: null, grain: "day", relative: true, implied: ["year"] }];
      const first = isoWeekday({ y, m: mo, d: 1 });
      const d = 1 + ((wd - first + 7) % 7) + (n - 1) * 7;
      if (!isValidDay(y, mo, d)) return null;
      const value: DateValue = { iso: isoDay({ y, m: mo, d }), grain: "day" };
      return [stated === undefined ? { ...value, relative: true, implied: ["year"] } : value];
    },

    "date.weekday": (m, doc) => {
      const wd = lex.weekday(m.groups["wd"]);
      if (wd === undefined) return null;
      const relWord = m.groups["rel"];
      if (relWord === undefined && insideName(doc.text, m.start)) return null;
      // "Tuesday, 26 September 2017": the weekday belongs to the date after it
      if (DATE_AFTER.test(doc.text.slice(m.end, m.end + 12)) || lex.month(wordAfter(doc.text, doc.text.charAt(m.end) === "," ? m.end + 1 : m.end)) !== undefined) return null;
      const off = relWord === undefined ? undefined : lex.relOffset(relWord);
      const t: Tense | null = off === -1 ? "past" : off === 1 ? "future" : tense(m, doc);
      const pub = publishedOf(doc);
      if (!pub) return [{ iso: null, grain: "day", relative: true, ...(off !== undefined ? { offset: { unit: "week", offset: off } } : {}) }];
      const week = m.groups["week"];
      const weekOff = week === undefined ? undefined : lex.relOffset(week);
      // "Tuesday last week": that weekday of the week (Monday to Sunday) before publication's
      let target = weekOff !== undefined ? addDays(pub, weekOff * 7 + wd - isoWeekday(pub)) : weekdayFor(wd, pub, t);
      // "last Friday" said on a Friday is a week back, "next Monday" on a Monday a week ahead
      if (off === -1 && isoDay(target) === isoDay(pub)) target = addDays(pub, -7);
      return [{ iso: isoDay(target), grain: "day", relative: true }];
    },
  };

  function unitValue(doc: DocContext, unit: Unit, off: number): DateValue | null {
    switch (unit) {
      case "year":
        return relative(doc, "year", off, "year", (pub) => isoYear(pub.y + off));
      case "month":
        return relative(doc, "month", off, "month", (pub) => {
          const t = shiftMonth(pub.y, pub.m, off);
          return isoMonth(t.y, t.m);
        });
      case "quarter":
        return relative(doc, "quarter", off, "quarter", (pub) => {
          const t = shiftMonth(pub.y, pub.m, off * 3);
          return isoQuarter(t.y, Math.ceil(t.m / 3));
        });
      case "week":
        // weeks have no value of their own: the year that contains that week
        return relative(doc, "week", off, "year", (pub) => isoYear(addDays(pub, off * 7).y));
      case "day":
        return relative(doc, "day", off, "day", (pub) => isoDay(addDays(pub, off)));
      default:
        return null;
    }
  }
}
