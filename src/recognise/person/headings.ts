import { isLowerAt, isUpperAt } from "../../segment/letter-case.js";
import { isWhiteSpace } from "../../segment/white-space.js";

/**
 * Title-case lines ("U.S. Secretary of Labor Eugene Scalia Kicks Off Fox News
 * Sunday") capitalise every word, so a run of capitals there says little about
 * where a name ends. A line is a heading when it has at least five words and
 * three in four of them are capitalised, and it does not end a sentence. A line is
 * read on first use only.
 */
export class HeadingLines {
  private readonly cache = new Map<number, boolean>();
  /** Offsets of the line breaks, found on first use: a search per name would be quadratic on one long line. */
  private breaks: number[] | undefined;

  constructor(private readonly text: string) {}

  isHeading(at: number): boolean {
    const text = this.text;
    const breaks = (this.breaks ??= lineBreaks(text));
    let lo = 0;
    let hi = breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((breaks[mid] ?? 0) < at) lo = mid + 1;
      else hi = mid;
    }
    const start = lo > 0 ? (breaks[lo - 1] ?? -1) + 1 : 0;
    const known = this.cache.get(start);
    if (known !== undefined) return known;
    const end = breaks[lo] ?? text.length;
    let words = 0;
    let caps = 0;
    let inWord = false;
    for (let i = start; i < end; i++) {
      const code = text.charCodeAt(i);
      const upper = isUpperAt(text, i);
      const letter = upper || isLowerAt(text, i);
      if (letter && !inWord) {
        words++;
        if (upper) caps++;
      }
      // an apostrophe or hyphen inside a word does not start a new one ("Kassym-Jomart")
      inWord = letter || (inWord && (code === 39 || code === 0x2019 || code === 45 || code === 0x2011));
    }
    // headlines carry no full stop; a line that ends a sentence is prose full of names
    // ("WHO Director-General Dr. Tedros Adhanom Ghebreyesus met ... Mr. Mukhtar Tileuberdi.")
    const heading = words >= 5 && caps * 4 >= words * 3 && !endsSentence(text, start, end);
    this.cache.set(start, heading);
    return heading;
  }
}

function endsSentence(text: string, start: number, end: number): boolean {
  let i = end - 1;
  while (i >= start && isWhiteSpace(text.charCodeAt(i))) i--;
  const c = text.charAt(i);
  return c === "." || c === "!" || c === "?" || c === "…";
}

function lineBreaks(text: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) out.push(i);
  return out;
}
