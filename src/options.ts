import { z } from "zod";
import { FactTypeSchema } from "./schema/fact.js";
import { isValidDay, parseIsoDay } from "./recognise/date/calendar.js";

/** A bad option or document field given by the caller; `field` names it. */
export class PressFactsInputError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
    this.name = "PressFactsInputError";
  }
}

/** "2023-06-22" or an ISO date-time whose date part is used ("2023-06-22T09:00:00Z"). */
const PublishedSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/, "expected YYYY-MM-DD")
  .transform((s) => s.slice(0, 10))
  // arithmetic, not Date parsing: this runs for every document and parsing a date string cost 4% of a release
  .refine((d) => {
    const day = parseIsoDay(d);
    return day !== null && isValidDay(day.y, day.m, day.d);
  }, "not a calendar date");

export const DocMetaSchema = z.strictObject({
  /** Document id used in fact ids and citations; "doc" when not given. */
  id: z.string().min(1).optional(),
  /** Publication date: relative dates resolve against it. */
  published: PublishedSchema.optional(),
  url: z.string().optional(),
  title: z.string().optional(),
});
export type DocMeta = z.input<typeof DocMetaSchema>;

export const ExtractorOptionsSchema = z.strictObject({
  /** Extra rule folders layered over the built-in rules, later ones winning. */
  rules: z.union([z.string(), z.array(z.string())]).optional(),
  /** Fact types to produce; all by default. */
  types: z.array(FactTypeSchema).min(1).optional(),
  /** Include the document text in each result, so every citation can be checked. */
  includeText: z.boolean().optional(),
});
export type ExtractorOptions = z.input<typeof ExtractorOptionsSchema>;

/** Parses with a schema, turning the first zod issue into a PressFactsInputError naming the field. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const field = [what, ...(issue?.path ?? []).map(String)].join(".");
  throw new PressFactsInputError(field, issue?.message ?? "invalid");
}
