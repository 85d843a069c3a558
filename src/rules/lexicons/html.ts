import { z } from "zod";

/** What a saved article page's reader drops and where it looks for the publication date. */
export const HtmlFileSchema = z.strictObject({
  $schema: z.string().optional(),
  kind: z.literal("html"),
  /** CSS selectors of elements that never hold article text: scripts, menus, forms, hidden blocks. */
  noise: z.array(z.string().min(1)),
  /**
   * Words of class names and ids that mark boilerplate blocks (banners, share bars, related
   * links), matched whole and case-blind against the words of "share-buttons", "read_also".
   */
  boilerplateWords: z.array(z.string().regex(/^[a-z]+$/, "a lower-case word without separators")),
  /** Date meta tags after article:published_time, by name, property or itemprop, most trusted first. */
  dateMeta: z.array(z.string().min(1)),
});
