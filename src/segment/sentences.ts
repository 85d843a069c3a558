import type { z } from "zod";
import type { AbbreviationsFileSchema } from "../rules/lexicons/segmentation.js";
import type { Span } from "../pipeline/types.js";
import { isSpace } from "./white-space.js";

type AbbreviationsFile = z.infer<typeof AbbreviationsFileSchema>;

// A candidate boundary: terminal punctuation (with closing quotes or brackets)
// before white space, or a line break. "said." + " The" is one; "3.5" is not.
const BOUNDARY = /[.!?…]+["'”’»)\]]*(?=\s|$)|\n[ \t]*(?:\n[ \t\n]*)?/g;

/**
 * Rule-based sentence splitter with exact offsets. Measured against wink-nlp and
 * compromise it is the only one fast enough for the whole-pipeline budget, and its
 * abbreviation list is data (rules/lexicon/abbreviations.json).
 */
export class SentenceSplitter {
  private readonly abbreviations: Set<string>;

  constructor(files: readonly AbbreviationsFile[]) {
    this.abbreviations = new Set(files.flatMap((f) => f.abbreviations.map((a) => a.toLowerCase())));
  }

  split(text: string): Span[] {
    const spans: Span[] = [];
    let from = 0;
    // exec, not matchAll, which clones the regex on every call; safe as the loop runs to its end
    BOUNDARY.lastIndex = 0;
    for (let m = BOUNDARY.exec(text); m !== null; m = BOUNDARY.exec(text)) {
      const at = m.index;
      const end = at + m[0].length;
      if (!this.isBoundary(text, m[0], at, end)) continue;
      pushTrimmed(text, from, m[0].startsWith("\n") ? at : end, spans);
      from = end;
    }
    BOUNDARY.lastIndex = 0;
    pushTrimmed(text, from, text.length, spans);
    return spans;
  }

  private isBoundary(text: string, mark: string, at: number, end: number): boolean {
    const next = nextVisible(text, end);
    if (mark.startsWith("\n")) {
      // a blank line always ends a sentence; a single line break does unless the
      // text plainly runs on ("... the\ngovernment said")
      if (/\n[ \t]*\n/.test(mark)) return true;
      return !(next && /\p{Ll}/u.test(next)) || /[.!?:;]$/.test(text.slice(Math.max(0, at - 1), at));
    }
    if (next && /[\p{Ll},;]/u.test(next)) return false;
    if (mark[0] !== ".") return true;
    const word = wordBefore(text, at + 1);
    if (this.abbreviations.has(word.toLowerCase())) return false;
    // an initial ("J. Smith", "Antony J. Blinken") does not end a sentence
    return !/^\p{Lu}\.$/u.test(word);
  }
}

function nextVisible(text: string, from: number): string | undefined {
  for (let i = from; i < text.length; i++) if (!isSpace(text.charCodeAt(i))) return text.charAt(i);
  return undefined;
}

/** "the U.S." -> "U.S.", "(Mr." -> "Mr.": the word a full stop at `end - 1` closes. */
function wordBefore(text: string, end: number): string {
  let i = end - 1;
  while (i > 0 && !opensWord(text.charCodeAt(i - 1))) i--;
  return text.slice(i, end);
}

/** White space or an opening bracket or quote: ( " ' “ ‘ [ */
function opensWord(code: number): boolean {
  return code === 40 || code === 34 || code === 39 || code === 0x201c || code === 0x2018 || code === 91 || isSpace(code);
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  if (e > s) out.push({ start: s, end: e });
}

/** The sentences a span touches, as one span (binary search over sorted sentences). */
export function sentenceAround(sentences: readonly Span[], span: Span): Span {
  let lo = 0;
  let hi = sentences.length - 1;
  let first = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (!s) break;
    if (s.end <= span.start) lo = mid + 1;
    else {
      first = mid;
      hi = mid - 1;
    }
  }
  const a = sentences[first];
  if (!a || a.start > span.start) return span;
  let last = first;
  while (last + 1 < sentences.length && (sentences[last + 1]?.start ?? Infinity) < span.end) last++;
  return { start: a.start, end: Math.max(sentences[last]?.end ?? a.end, span.end) };
}
