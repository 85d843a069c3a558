import type { CalendarFile } from "../../rules/lexicons/dates.js";
import { alternation } from "../../rules/compile.js";
import { caseVariants } from "../../numbers/lexicon.js";

// most words looked up are plain ("people", "about"): three regex replaces only when needed
const NEEDS_CLEANING = /[.\s’]/u;
const normalise = (word: string): string => {
  const lower = word.toLowerCase();
  return NEEDS_CLEANING.test(lower) ? lower.replace(/\.$/, "").replace(/\s+/g, " ").replace(/’/g, "'") : lower;
};

/** Flags of CalendarLexicon.tenseWords. */
export const TENSE_PAST = 1;
export const TENSE_FUTURE = 2;
/** "-ed" words that are not past tense ("red", "indeed"). */
export const TENSE_NOT_PAST = 4;
export const TENSE_CLAUSE_BREAK = 8;
/** "to": the word after it is an infinitive, which looks ahead. */
export const TENSE_INFINITIVE = 16;
/** Words after "to" that are no verb ("the", "its"). */
export const TENSE_NOT_VERB = 32;
/** Tense words that are also a month's name ("may"): a cue only in lower case. */
export const TENSE_LOWER_CASE_ONLY = 64;

/** Calendar words compiled once per extractor: lookups by surface form and regex macros. */
export class CalendarLexicon {
  // every lexicon form in every case the regexes accept -> its key, so that a lookup
  // of a matched word is one map hit ("MARCH" -> "march")
  private readonly keys = new Map<string, string>();
  private readonly monthByWord = new Map<string, number>();
  private readonly fullMonthNames = new Set<string>();
  private readonly weekdayByWord = new Map<string, number>();
  private readonly ordinalByWord = new Map<string, number>();
  private readonly dayOffsetByWord = new Map<string, number>();
  private readonly relOffsetByWord = new Map<string, number>();
  private readonly afterOffsetByWord = new Map<string, number>();
  /** What each tense word is (TENSE_* flags, several may combine): one look-up per word the tense scan reads. */
  readonly tenseWords = new Map<string, number>();
  readonly monthFirstHosts: string[] = [];
  readonly quantityBefore = new Set<string>();
  readonly countNouns = new Set<string>();
  readonly durationAfterThe = new Set<string>();
  readonly monthCues = new Set<string>();
  readonly deadlineWords = new Set<string>();
  readonly pastPrepositions = new Set<string>();
  readonly nameJoiners = new Set<string>();
  /** Regex sources of the range words, as rangeWords lists them ("from" and "between" in any case). */
  readonly rangeWords: { readonly to: string; readonly and: string; readonly from: string; readonly between: string };
  /** Regex sources of the published-date labels and verbs. */
  readonly published: { readonly labels: string; readonly verbs: string };
  /** Regex sources: {monthName}, {month}, {monthAnyCase}, {weekday}, {ordinal}, {dayWord}, {relWord}, {relAfter}, {fiscal}. */
  readonly macros: Readonly<Record<string, string>>;
  /** The literals behind each lexicon macro, for word gates. */
  readonly wordLists: Readonly<Record<string, readonly string[]>>;
  /** "this year", "the current year": a sentence that says it puts its yearless dates in the year of publication. */
  readonly thisYear: RegExp;

  constructor(files: readonly CalendarFile[]) {
    const key = normalise;
    const names: string[] = [];
    const abbrs: string[] = [];
    const weekdays: string[] = [];
    const ordinals: string[] = [];
    const dayWords: string[] = [];
    const relWords: string[] = [];
    const relAfter: string[] = [];
    const fiscal: string[] = [];
    const fill = (table: Record<string, string[]>, into: Map<string, number>, list: string[]) => {
      for (const [n, ws] of Object.entries(table)) {
        for (const w of ws) {
          into.set(key(w), Number(n));
          list.push(w);
        }
      }
    };
    for (const f of files) {
      fill(f.months, this.monthByWord, names);
      for (const ws of Object.values(f.months)) for (const w of ws) this.fullMonthNames.add(key(w));
      fill(f.monthAbbreviations, this.monthByWord, abbrs);
      fill(f.weekdays, this.weekdayByWord, weekdays);
      fill(f.ordinals, this.ordinalByWord, ordinals);
      fill(f.dayWords, this.dayOffsetByWord, dayWords);
      fill(f.relativeWords, this.relOffsetByWord, relWords);
      fill(f.relativeAfter, this.afterOffsetByWord, relAfter);
      fiscal.push(...f.fiscalYear);
      this.monthFirstHosts.push(...f.monthFirstHosts);
      const tense = (words: readonly string[], flag: number) => {
        for (const w of words) this.tenseWords.set(key(w), (this.tenseWords.get(key(w)) ?? 0) | flag);
      };
      tense(f.tense.past, TENSE_PAST);
      tense(f.tense.future, TENSE_FUTURE);
      tense(f.tense.notPast, TENSE_NOT_PAST);
      tense(f.tense.clauseBreaks, TENSE_CLAUSE_BREAK);
      tense(f.tense.infinitive.markers, TENSE_INFINITIVE);
      tense(f.tense.infinitive.notVerbs, TENSE_NOT_VERB);
      for (const w of Object.values(f.months).flat()) if (this.tenseWords.has(key(w))) tense([w], TENSE_LOWER_CASE_ONLY);
      for (const w of f.quantityBefore) this.quantityBefore.add(key(w));
      for (const w of f.countNouns) this.countNouns.add(key(w));
      for (const w of f.durationAfterThe) this.durationAfterThe.add(key(w));
      for (const w of f.monthCues) this.monthCues.add(key(w));
      for (const w of f.deadlineWords) this.deadlineWords.add(key(w));
      for (const w of f.pastPrepositions) this.pastPrepositions.add(key(w));
      for (const w of f.nameJoiners) this.nameJoiners.add(key(w));
    }
    const range = (k: "to" | "and" | "from" | "between") => files.flatMap((f) => f.rangeWords[k]);
    this.rangeWords = {
      to: alternation(range("to")),
      and: alternation(range("and")),
      from: alternation(range("from").flatMap(caseVariants)),
      between: alternation(range("between").flatMap(caseVariants)),
    };
    this.published = {
      labels: alternation(files.flatMap((f) => f.publishedLabels)),
      verbs: alternation(files.flatMap((f) => f.publishedVerbs)),
    };
    for (const w of [...names, ...abbrs, ...weekdays, ...ordinals, ...dayWords, ...relWords, ...relAfter]) {
      for (const v of caseVariants(w)) this.keys.set(v, normalise(v));
    }
    // names are capitalised in running text, upper-case in headings; never lower-case ("may", "march")
    const proper = (ws: string[]) => ws.flatMap((w) => [w, w.toUpperCase()]);
    const any = (ws: string[]) => ws.flatMap(caseVariants);
    // a bare abbreviation must not run into a word: "Mar" but not "Marsudi"
    const end = "(?![\\p{L}])";
    const lists = {
      monthName: proper(names),
      // "Posted On: 01 FEB 2024": Indian and Central Asian headers write abbreviations in capitals
      month: [...proper(names), ...proper(abbrs)],
      // datelines are sometimes written in lower case: "19 november 2017, 19:23"
      monthAnyCase: [...any(names), ...any(abbrs)],
      weekday: proper(weekdays),
      ordinal: any(ordinals),
      dayWord: any(dayWords),
      relWord: any(relWords),
      relAfter: any(relAfter),
      fiscal,
    };
    this.wordLists = lists;
    const current = files.flatMap((f) => f.relativeWords["0"] ?? []).flatMap(caseVariants);
    this.thisYear = new RegExp(`(?<![\\p{L}])${alternation(current)}[ \\u00a0]+(?:year|Year|YEAR)(?![\\p{L}'’])`, "gu");
    this.macros = {
      monthName: `${alternation(lists.monthName)}${end}`,
      month: `(?:${alternation(proper(names))}|${alternation(proper(abbrs))})${end}`,
      monthAnyCase: `(?:${alternation(any(names))}|${alternation(any(abbrs))})${end}`,
      weekday: `${alternation(lists.weekday)}${end}`,
      ordinal: `${alternation(lists.ordinal)}${end}`,
      dayWord: `${alternation(lists.dayWord)}${end}`,
      relWord: `${alternation(lists.relWord)}${end}`,
      relAfter: `${alternation(lists.relAfter)}${end}`,
      fiscal: alternation(fiscal),
      year: "(?:1[89]|20)\\d\\d(?!\\d)",
      // never empty: an empty alternation would match everywhere
      otherEra: `(?:${alternation(files.flatMap((f) => f.otherEras))}|(?!))(?![\\p{L}])`,
    };
  }

  /** The lookup key of a surface form: lower case, no final full stop, straight apostrophe. */
  key(word: string): string {
    return this.keys.get(word) ?? normalise(word);
  }

  month(word: string | undefined): number | undefined {
    return word === undefined ? undefined : this.monthByWord.get(this.key(word));
  }
  /** True for a full month name ("March"), false for an abbreviation ("Mar"). */
  isMonthName(word: string | undefined): boolean {
    return word !== undefined && this.fullMonthNames.has(this.key(word));
  }
  weekday(word: string | undefined): number | undefined {
    return word === undefined ? undefined : this.weekdayByWord.get(this.key(word));
  }
  ordinal(word: string | undefined): number | undefined {
    return word === undefined ? undefined : this.ordinalByWord.get(this.key(word));
  }
  dayOffset(word: string | undefined): number | undefined {
    return word === undefined ? undefined : this.dayOffsetByWord.get(this.key(word));
  }
  relOffset(word: string | undefined): number | undefined {
    return word === undefined ? undefined : this.relOffsetByWord.get(this.key(word));
  }
  afterOffset(word: string | undefined): number | undefined {
    return word === undefined ? undefined : this.afterOffsetByWord.get(this.key(word));
  }
}
