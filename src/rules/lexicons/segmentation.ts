import { z } from "zod";

export const AbbreviationsFileSchema = z.strictObject({
  $schema: z.string().optional(),
  kind: z.literal("abbreviations"),
  /** Words ending in a full stop that do not end a sentence: "Mr.", "Jan.", "U.S.". */
  abbreviations: z.array(z.string().regex(/\.$/, "an abbreviation ends with a full stop")),
});
