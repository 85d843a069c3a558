import { z } from "zod";

const words = z.array(z.string().min(1)).min(1);
/** "1".."12" -> surface forms; keys are numbers written as strings. */
const numbered = (max: number) =>
  z.record(z.string().regex(/^\d+$/), words).refine(
    (r) => Object.keys(r).every((k) => Number(k) >= 1 && Number(k) <= max),
    `keys are 1..${max}`,
  );
/** "-1", "0", "1" -> the words that shift a unit by that many. */
const offsets = z.record(z.string().regex(/^-?\d+$/), words);

/**
 * The English calendar vocabulary date rules are built from: names, relative
 * words and the cue words the tense and bare-year heuristics read.
 */
export const CalendarFileSchema = z.strictObject({
  $schema: z.string().optional(),
  kind: z.literal("calendar"),
  locale: z.string().min(2),
  /** 1 = January. Full names; abbreviations may end in a full stop. */
  months: numbered(12),
  monthAbbreviations: numbered(12),
  /** ISO numbering: 1 = Monday ... 7 = Sunday. */
  weekdays: numbered(7),
  /** "first" / "1st" -> 1, for quarters and halves. */
  ordinals: numbered(4),
  /** Words naming a day relative to publication: "yesterday" -> -1. */
  dayWords: offsets,
  /** Words before year|month|week|quarter: "last" -> -1, "this" -> 0, "next" -> 1. */
  relativeWords: offsets,
  /** Words after a unit: "a year earlier" -> -1, "a week later" -> 1. */
  relativeAfter: offsets,
  /** Words before a lone month name that make it a date: "in May", "since January" ("May" alone is a verb). */
  monthCues: words,
  /**
   * Words before a day that make it a deadline: "by" ("insisted on its use by March 31"). In a past
   * clause a deadline in the weeks after publication is still this year's.
   */
  deadlineWords: words.default([]),
  /** Words right before a date that put it in the past whatever the clause says: "since" ("assisted to return since January"). */
  pastPrepositions: words.default([]),
  /** Small words inside a name: "Infrastructure for Tomorrow", "Leaders of Today" are names, not dates. */
  nameJoiners: words.default(["for", "of", "and", "the"]),
  /** Relative words that after "the" make a duration: "over the last year" is not a date. */
  durationAfterThe: words,
  /** "FY", "Fiscal Year": a named fiscal year counts as the calendar year it names. */
  fiscalYear: words,
  /**
   * Marks of calendars other than the Gregorian written after a year, exactly as written: "E.C."
   * (Ethiopian, "2016 E.C."), "BS" (Nepal's Bikram Sambat), "AH" (Hijri). Such a year gives no date.
   */
  otherEras: words.default([]),
  /** URL host suffixes whose sites write numeric dates month first (7/10/2014 is 10 July): US federal ".gov", ".mil". */
  monthFirstHosts: words,
  tense: z.strictObject({
    /** Words that put a clause in the past: "said", "was", irregular past forms. */
    past: words,
    /** Words that put it in the future: "will", "upcoming". */
    future: words,
    /** Words ending in "-ed" that are not past verbs: "need", "indeed", "hundred". */
    notPast: words,
    /** Words that end a clause for the tense scan: "that", "which", "but". */
    clauseBreaks: words,
    /**
     * An infinitive ("instructed the ministry to submit proposals by February 1")
     * looks ahead whatever the main verb's tense: the marker, and the words after it
     * that show it is a preposition instead ("grew to 5%", "to the Ministry").
     */
    infinitive: z.strictObject({ markers: words, notVerbs: words }),
  }),
  /** Words before a bare number that make it a quantity, not a year: "about 2000". */
  quantityBefore: words,
  /** Plural nouns after a bare number that make it a count, not a year: "2000 people". */
  countNouns: words,
  /**
   * What joins two dates into one range: "from 1995 to 2021", "between March and June".
   * "to" and "and" join only after "from" and "between"; a dash always joins.
   */
  rangeWords: z.strictObject({ to: words, and: words, from: words, between: words }),
  /** Labels of a release's own date line: "Published: 22 June 2023", "Posted on 01 FEB 2024". */
  publishedLabels: words,
  /** Verbs that state the release's date in its text: "The press release issued by ... on 22 September 2022". */
  publishedVerbs: words,
});
export type CalendarFile = z.infer<typeof CalendarFileSchema>;
