import type { z } from "zod";
import type { QualifiersFileSchema } from "../rules/lexicons/numbers.js";
import { alternation } from "../rules/compile.js";
import { caseVariants } from "../numbers/lexicon.js";
import type { Qualifier } from "../schema/fact.js";

type QualifiersFile = z.infer<typeof QualifiersFileSchema>;

/** How far before an amount a qualifier may start: "approximately " is 14 characters. */
const LOOKBACK = 40;

/** Reads "more than", "about", "up to" in front of an amount; compiled once per extractor. */
export class QualifierReader {
  private readonly byPhrase = new Map<string, Qualifier>();
  private readonly regex: RegExp | null;

  constructor(files: readonly QualifiersFile[]) {
    for (const file of files) {
      for (const [kind, phrases] of Object.entries(file.qualifiers) as [Qualifier, string[]][]) {
        for (const p of phrases) this.byPhrase.set(p.toLowerCase(), kind);
      }
    }
    const phrases = [...this.byPhrase.keys()].flatMap(caseVariants);
    // the word-start check follows the phrase, so it runs where a phrase matched, not at every position
    this.regex = phrases.length > 0 ? new RegExp(`(${alternation(phrases)})(?<=(?<![\\p{L}])\\1)[ \\u00a0]+$`, "u") : null;
  }

  /** The qualifier ending right before `start`, if any. */
  before(text: string, start: number): Qualifier | undefined {
    if (!this.regex) return undefined;
    const m = this.regex.exec(text.slice(Math.max(0, start - LOOKBACK), start));
    return m?.[1] ? this.byPhrase.get(m[1].toLowerCase()) : undefined;
  }
}
