import { z } from "zod";

/**
 * The fact record: the single source of truth for every type the library
 * exposes. Types are inferred from these schemas, never written by hand.
 */

export const FACT_TYPES = ["person", "date", "money", "percent"] as const;
export const FactTypeSchema = z.enum(FACT_TYPES);
export type FactType = z.infer<typeof FactTypeSchema>;

/** How an approximate amount was qualified in the text ("more than $200 million" -> "over"). */
export const QualifierSchema = z.enum(["about", "over", "under", "at-least", "at-most"]);
export type Qualifier = z.infer<typeof QualifierSchema>;

/** Which end of a stated range ("$1-2 million", "between 5% and 7%") a value is. */
export const RangeEndSchema = z.enum(["low", "high"]);
export type RangeEnd = z.infer<typeof RangeEndSchema>;

export const MoneyValueSchema = z.strictObject({
  /** Whole currency units: "$460 million" -> 460000000. */
  amount: z.number().finite().nonnegative(),
  /** ISO 4217 code. */
  currency: z.string().regex(/^[A-Z]{3}$/),
  qualifier: QualifierSchema.optional(),
  range: RangeEndSchema.optional(),
});
export type MoneyValue = z.infer<typeof MoneyValueSchema>;

export const PercentValueSchema = z.strictObject({
  /** 40 for "40%", "40 percent", "40 per cent". */
  value: z.number().finite(),
  /** "5 percentage points" -> "points". */
  unit: z.literal("points").optional(),
  qualifier: QualifierSchema.optional(),
  range: RangeEndSchema.optional(),
});
export type PercentValue = z.infer<typeof PercentValueSchema>;

export const DateGrainSchema = z.enum(["day", "month", "quarter", "year"]);
export type DateGrain = z.infer<typeof DateGrainSchema>;

/** An ISO 8601 date at the precision the text states: 2023, 2023-06, 2023-06-22, 2023-Q2. */
export const IsoDateSchema = z.string().regex(/^\d{4}(?:-Q[1-4]|-\d{2}(?:-\d{2})?)?$/);

export const RelativeOffsetSchema = z.strictObject({
  unit: z.enum(["day", "week", "month", "quarter", "year"]),
  offset: z.number().int(),
});

export const DateValueSchema = z.strictObject({
  /** ISO 8601 at the stated precision, an interval "1995/2021" for a range, or null when a relative date has no publication date to resolve against. */
  iso: z.union([IsoDateSchema, z.string().regex(/^[\d-Q]+\/[\d-Q]+$/), z.null()]),
  grain: DateGrainSchema,
  /** Range ends, present when `iso` is an interval. */
  start: IsoDateSchema.optional(),
  end: IsoDateSchema.optional(),
  /** True when the value was resolved against the publication date ("last year", "on Monday"). */
  relative: z.boolean().optional(),
  /** The offset a relative expression states, kept so an unresolved date still says what it means. */
  offset: RelativeOffsetSchema.optional(),
  /** Parts filled in from the publication date rather than stated ("12 March" -> ["year"]). */
  implied: z.array(z.enum(["year", "month", "day"])).optional(),
});
export type DateValue = z.infer<typeof DateValueSchema>;

export const PersonValueSchema = z.strictObject({
  /** The fullest form of the name in the document, without titles or possessives. */
  name: z.string().min(1),
  /** The role the text states for this person, when it states one. */
  title: z.string().min(1).optional(),
});
export type PersonValue = z.infer<typeof PersonValueSchema>;

export const CitationSchema = z.strictObject({
  docId: z.string(),
  url: z.string().optional(),
  /** UTF-16 offsets into the document text, half-open: text === docText.slice(start, end). */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** The sentence (or sentences) the fact was stated in. */
  sentence: z.string(),
});
export type Citation = z.infer<typeof CitationSchema>;

const factBase = {
  /** `<docId>/<type>/<n>`: unique in the document, stable for the same input and rules. */
  id: z.string(),
  /** The exact surface form in the document. */
  text: z.string().min(1),
  citation: CitationSchema,
  /** Id of the rule that produced the fact. */
  rule: z.string(),
};

export const MoneyFactSchema = z.strictObject({ ...factBase, type: z.literal("money"), value: MoneyValueSchema });
export const PercentFactSchema = z.strictObject({ ...factBase, type: z.literal("percent"), value: PercentValueSchema });
export const DateFactSchema = z.strictObject({ ...factBase, type: z.literal("date"), value: DateValueSchema });
export const PersonFactSchema = z.strictObject({ ...factBase, type: z.literal("person"), value: PersonValueSchema });

export const FactSchema = z.discriminatedUnion("type", [
  PersonFactSchema,
  DateFactSchema,
  MoneyFactSchema,
  PercentFactSchema,
]);
export type Fact = z.infer<typeof FactSchema>;
export type MoneyFact = z.infer<typeof MoneyFactSchema>;
export type PercentFact = z.infer<typeof PercentFactSchema>;
export type DateFact = z.infer<typeof DateFactSchema>;
export type PersonFact = z.infer<typeof PersonFactSchema>;

/** The value type carried by each fact type. */
export interface FactValueMap {
  person: PersonValue;
  date: DateValue;
  money: MoneyValue;
  percent: PercentValue;
}

export const DocInfoSchema = z.strictObject({
  id: z.string(),
  url: z.string().optional(),
  title: z.string().optional(),
  /** Publication date, YYYY-MM-DD. */
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  /** Where the publication date came from. */
  publishedFrom: z.enum(["input", "text", "html"]).optional(),
});
export type DocInfo = z.infer<typeof DocInfoSchema>;

export const DocResultSchema = z.strictObject({
  doc: DocInfoSchema,
  facts: z.array(FactSchema),
  warnings: z.array(z.string()),
  /** The document text the citations point into, when asked for. */
  text: z.string().optional(),
});
export type DocResult = z.infer<typeof DocResultSchema>;
