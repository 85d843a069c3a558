import { z } from "zod";

/** Named sub-patterns shared by every pattern file: {number}, {sep}, ... */
export const MacrosFileSchema = z.strictObject({
  $schema: z.string().optional(),
  kind: z.literal("macros"),
  macros: z.record(z.string().regex(/^[a-zA-Z][\w-]*$/), z.string()),
});
