import { z } from "zod";

/** Where a document hints at which of several currencies an ambiguous sign ("$", "manat") means. */
export const CurrencyCuesSchema = z.strictObject({
  /** Host name suffixes of the document URL: ".gov.au", "canada.ca". */
  hosts: z.array(z.string().min(1)).default([]),
  /** Words whose presence in the text points at this currency's country: "Australian". */
  words: z.array(z.string().min(1)).default([]),
});

export const CurrencySchema = z.strictObject({
  code: z.string().regex(/^[A-Z]{3}$/),
  /** Signs written before or after the number, case-sensitive: "US$", "A$", "₸", "Rs". */
  symbols: z.array(z.string().min(1)).default([]),
  /** Whether the bare ISO code is matched ("USD 5 million"); off for codes that are also words ("ALL"). */
  matchCode: z.boolean().default(true),
  /** Names, singular and plural, matched case-insensitively: "tenge", "US dollars", "Kenyan Shillings". */
  names: z.array(z.string().min(1)).default([]),
  /** Names of the minor unit ("cents") and how many make one major unit. */
  minor: z.strictObject({ names: z.array(z.string().min(1)).min(1), per: z.number().int().positive() }).optional(),
  cues: CurrencyCuesSchema.default({ hosts: [], words: [] }),
  /**
   * Symbols, codes or names of this currency (listed above too) that count only in a document
   * whose host or text names its country: "R" is a rand in a South African release and a road
   * number anywhere else, "won" is a verb unless Korea is in the text.
   */
  needsCue: z.array(z.string().min(1)).default([]),
});
export type Currency = z.infer<typeof CurrencySchema>;

export const CurrenciesFileSchema = z.strictObject({
  $schema: z.string().optional(),
  kind: z.literal("currencies"),
  currencies: z.array(CurrencySchema),
  /**
   * The currency an ambiguous surface form means when the document gives no cue:
   * { "$": "USD", "manat": "AZN" }. Every surface claimed by two currencies needs one.
   */
  defaults: z.record(z.string(), z.string().regex(/^[A-Z]{3}$/)).default({}),
  /**
   * Ambiguous forms whose default is used the world over ("$" -> USD): another currency takes
   * them only in a document mainly about its country (named more than any other), not in one
   * that merely names it ("Kyrgyzstan's exports to Canada reached $50 million").
   */
  worldDefaults: z.array(z.string().min(1)).default([]),
});
