import { z } from "zod";

export const MagnitudeSchema = z.strictObject({
  /** Powers of ten: million -> 6, crore -> 7, lakh -> 5. */
  exponent: z.number().int().min(1).max(15),
  /** Words matched case-insensitively with a space or nothing before them: "million", "bn", "crores". */
  words: z.array(z.string().min(1)).default([]),
  /** Abbreviations that count only when attached to the number, case-sensitive: "$5m", "£2.5bn". */
  attached: z.array(z.string().min(1)).default([]),
});

export const MagnitudesFileSchema = z.strictObject({
  $schema: z.string().optional(),
  kind: z.literal("magnitudes"),
  magnitudes: z.array(MagnitudeSchema),
});

export const NumberWordsFileSchema = z.strictObject({
  $schema: z.string().optional(),
  kind: z.literal("number-words"),
  /** "five" -> 5, "twenty" -> 20; compounds such as "twenty-five" are formed from tens and units. */
  units: z.record(z.string(), z.number().int().min(0).max(19)),
  tens: z.record(z.string(), z.number().int().min(20).max(90)),
  /** Vulgar fractions written after or instead of the integer part: "¾" -> 0.75. */
  fractions: z.record(z.string(), z.number().gt(0).lt(1)),
});

export const QualifiersFileSchema = z.strictObject({
  $schema: z.string().optional(),
  kind: z.literal("qualifiers"),
  /** Phrases before an amount mapped to what they say of it: "more than" -> "over". */
  qualifiers: z.record(z.enum(["about", "over", "under", "at-least", "at-most"]), z.array(z.string().min(1))),
});
