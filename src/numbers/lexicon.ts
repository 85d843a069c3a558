import type { z } from "zod";
import type { MagnitudesFileSchema, NumberWordsFileSchema } from "../rules/lexicons/numbers.js";
import { alternation } from "../rules/compile.js";
import { addFraction, numeralToDecimal } from "./decimal.js";
import { isWhiteSpace } from "../segment/white-space.js";

type MagnitudesFile = z.infer<typeof MagnitudesFileSchema>;
type NumberWordsFile = z.infer<typeof NumberWordsFileSchema>;

/** "Kazakh tenge" -> also "kazakh tenge", "Kazakh Tenge", "KAZAKH TENGE": the case variants a press release writes. */
export function caseVariants(word: string): string[] {
  const lower = word.toLowerCase();
  const sentence = word.charAt(0).toUpperCase() + word.slice(1);
  // "US dollars" -> "US Dollars": capitals the lexicon wrote stay
  return [...new Set([word, lower, wordsCapitalised(lower), sentence, wordsCapitalised(word), word.toUpperCase()])];
}

/**
 * The first letter of each word (after a blank or a hyphen) in capitals. A loop, not a
 * replace with a callback: this runs on every lexicon word at start-up, where the replace
 * cost 9 ms.
 */
function wordsCapitalised(s: string): string {
  let out = "";
  let start = true;
  for (const ch of s) {
    out += start ? ch.toUpperCase() : ch;
    start = ch === "-" || isWhiteSpace(ch.charCodeAt(0));
  }
  return out;
}

/** Number words, fractions and magnitudes compiled once per extractor. */
export class NumberLexicon {
  private readonly magnitudes = new Map<string, number>();
  private readonly attached = new Map<string, number>();
  private readonly units = new Map<string, number>();
  private readonly tens = new Map<string, number>();
  private readonly fractions = new Map<string, number>();

  /** Regex sources for the built-in macros. */
  readonly macros: Readonly<Record<string, string>>;

  constructor(magnitudeFiles: readonly MagnitudesFile[], wordFiles: readonly NumberWordsFile[]) {
    for (const file of magnitudeFiles) {
      for (const m of file.magnitudes) {
        for (const w of m.words) this.magnitudes.set(w.toLowerCase(), m.exponent);
        for (const w of m.attached) this.attached.set(w, m.exponent);
      }
    }
    for (const file of wordFiles) {
      for (const [w, v] of Object.entries(file.units)) this.units.set(w.toLowerCase(), v);
      for (const [w, v] of Object.entries(file.tens)) this.tens.set(w.toLowerCase(), v);
      for (const [w, v] of Object.entries(file.fractions)) this.fractions.set(w, v);
    }
    const variants = (words: Iterable<string>) => [...words].flatMap(caseVariants);
    const tens = alternation(variants(this.tens.keys()));
    const units = alternation(variants(this.units.keys()));
    this.macros = {
      magnitudeWord: `${alternation(variants(this.magnitudes.keys()))}(?![\\p{L}\\d])`,
      // attached abbreviations only count right after a digit ("$5m", not "5 m") or its hyphen ("PHP10-B")
      magnitudeAttached: `(?<=\\d-?)${alternation(this.attached.keys())}(?![\\p{L}\\d])`,
      // \\b first, not a lookbehind: a leading lookbehind stops the engine from
      // skipping ahead and costs ~5x on long texts
      wordNumber: `\\b(?:${tens}(?:[- ]${units})?|${units})(?![\\p{L}-])`,
      fraction: alternation(this.fractions.keys()),
    };
  }

  /** Power of ten of a magnitude word or abbreviation (or two in a row), 0 when absent. */
  exponent(word: string | undefined): number {
    // the group may carry the blank or hyphen before the word: " million", "-billion"
    const w = word?.trim().replace(/^-/u, "");
    if (!w) return 0;
    // "lakh crore" is a lakh of crores: 10^5 * 10^7
    let sum = 0;
    for (const part of w.split(/\s+/u)) sum += this.attached.get(part) ?? this.magnitudes.get(part.toLowerCase()) ?? 0;
    return sum;
  }

  /**
   * A numeral, a numeral with a vulgar fraction ("1¾"), a lone fraction ("½") or
   * a number word ("twenty-five") as an exact decimal string.
   */
  toDecimal(raw: string, decimalComma = false): string | null {
    const text = raw.trim();
    const last = text.slice(-1);
    const fraction = this.fractions.get(last);
    if (fraction !== undefined) {
      const head = text.slice(0, -1).trim();
      if (head === "") return String(fraction);
      const whole = numeralToDecimal(head, decimalComma);
      return whole === null ? null : addFraction(whole, fraction);
    }
    if (/^\d/.test(text)) return numeralToDecimal(text, decimalComma);
    const words = text.toLowerCase().split(/[- ]+/);
    if (words.length === 1) {
      const w = words[0] ?? "";
      const v = this.units.get(w) ?? this.tens.get(w);
      return v === undefined ? null : String(v);
    }
    const ten = this.tens.get(words[0] ?? "");
    const unit = this.units.get(words[1] ?? "");
    return ten !== undefined && unit !== undefined && unit < 10 ? String(ten + unit) : null;
  }
}
