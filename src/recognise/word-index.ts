import type { DocContext } from "../pipeline/types.js";

const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
// 0: not yet known, 1: letter or mark, 2: anything else; filled lazily, the same for every extractor
const letterClass = new Uint8Array(0x10000);

function isLetter(c: number): boolean {
  // ASCII: folded to lower case, a letter is one of 26 codes from "a"
  if (c < 0x80) return ((c | 0x20) - 0x61) >>> 0 < 26;
  const k = letterClass[c] as number;
  return k === 0 ? classify(c) : k === 1;
}

function classify(c: number): boolean {
  // a surrogate half counts as a letter, so an astral word stays one token
  const letter = (c >= 0xd800 && c <= 0xdfff) || LETTER_OR_MARK.test(String.fromCharCode(c));
  letterClass[c] = letter ? 1 : 2;
  return letter;
}

/**
 * The word of a literal a document must contain wherever the literal occurs: its last run of
 * letters ("US dollars" -> "dollars"), or its last other visible character when that comes
 * later ("US$" -> "$"). Full stops, commas and apostrophes are skipped: "Rs." -> "Rs".
 */
export function keyOf(literal: string): string | undefined {
  let end = literal.length;
  while (end > 0) {
    const c = literal.charCodeAt(end - 1);
    if (isLetter(c)) {
      let start = end - 1;
      while (start > 0 && isLetter(literal.charCodeAt(start - 1))) start--;
      return literal.slice(start, end);
    }
    if (!isSkipped(c)) return literal.slice(end - 1, end);
    end--;
  }
  return undefined;
}

function isSkipped(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 46 || c === 44 || c === 39 || c === 0x2019 || c === 45 || (c >= 0x30 && c <= 0x39);
}

// one index per extractor, and a document is only ever seen by one extractor
const MEMO = "word-index";

/**
 * Where the words of gated rules occur in a document, found in one pass over its text for
 * all of an extractor's word gates: each gate registers its words and gets a bit, and a
 * document is read once, however many gates and fact types ask. A hash lookup per word is far
 * cheaper than scanning the text with an alternation of every currency name in the lexicon.
 */
export class WordIndex {
  private readonly words = new Map<string, number>();
  /** Bits of the gates whose key is this (non-letter) character. */
  private readonly chars = new Uint32Array(0x10000);
  private gates = 0;
  /** The words as an open-addressing table of their hashes: a document's words are looked up without a string each. */
  private table: { mask: number; hashes: Int32Array; slots: Int32Array; keys: string[]; bits: number[] } | undefined;

  /** Registers a gate's literals; returns its bit. */
  add(literals: Iterable<string>): number {
    if (this.gates === 31) throw new Error("at most 31 word gates per extractor");
    const bit = 1 << this.gates++;
    for (const literal of literals) {
      const key = keyOf(literal);
      if (key === undefined) continue;
      if (key.length === 1 && !isLetter(key.charCodeAt(0))) {
        this.chars[key.charCodeAt(0)] = (this.chars[key.charCodeAt(0)] as number) | bit;
        continue;
      }
      this.words.set(key, (this.words.get(key) ?? 0) | bit);
    }
    this.table = undefined;
    return bit;
  }

  /** [start, end, start, end, ...] of the words of the gate with this bit. */
  hits(doc: DocContext, bit: number): number[] {
    const all = this.scan(doc).words;
    const out: number[] = [];
    for (let i = 0; i < all.length; i += 3) if (((all[i + 2] as number) & bit) !== 0) out.push(all[i] as number, all[i + 1] as number);
    return out;
  }

  private build(): NonNullable<WordIndex["table"]> {
    let size = 16;
    while (size < this.words.size * 4) size *= 2;
    const mask = size - 1;
    const hashes = new Int32Array(size);
    const slots = new Int32Array(size).fill(-1);
    const keys = [...this.words.keys()];
    const bits = keys.map((k) => this.words.get(k) ?? 0);
    keys.forEach((k, i) => {
      const h = hashOf(k, 0, k.length);
      let slot = h & mask;
      while ((slots[slot] as number) !== -1) slot = (slot + 1) & mask;
      hashes[slot] = h;
      slots[slot] = i;
    });
    return { mask, hashes, slots, keys, bits };
  }

  /**
   * Where the words that do not begin in an ASCII lower-case letter start, in order: every
   * place a capitalised word can begin. The person recogniser tries its name sequence only
   * there instead of scanning the text with it, since this pass reads every word anyway.
   */
  capitals(doc: DocContext): readonly number[] {
    return this.scan(doc).capitals;
  }

  /** Every registered word of the document ([start, end, bits, ...]) and every capital start, once per document. */
  private scan(doc: DocContext): DocWords {
    const known = doc.memo.get(MEMO);
    if (known !== undefined) return known as DocWords;
    const { mask, hashes, slots, keys, bits } = (this.table ??= this.build());
    const chars = this.chars;
    const text = doc.text;
    const n = text.length;
    const out: number[] = [];
    const capitals: number[] = [];
    for (let i = 0; i < n; ) {
      let c = text.charCodeAt(i);
      if (!isLetter(c)) {
        const b = chars[c] as number;
        if (b !== 0) out.push(i, i + 1, b);
        i++;
        continue;
      }
      const start = i;
      if (c < 0x61 || c > 0x7a) capitals.push(start);
      let h = 0;
      do {
        h = (Math.imul(h, 31) + c) | 0;
        c = ++i < n ? text.charCodeAt(i) : 0;
      } while (i < n && isLetter(c));
      for (let slot = h & mask; (slots[slot] as number) !== -1; slot = (slot + 1) & mask) {
        if (hashes[slot] !== h) continue;
        const k = slots[slot] as number;
        const key = keys[k] as string;
        if (key.length === i - start && text.startsWith(key, start)) {
          out.push(start, i, bits[k] as number);
          break;
        }
      }
    }
    const words: DocWords = { words: out, capitals };
    doc.memo.set(MEMO, words);
    return words;
  }
}

interface DocWords {
  readonly words: readonly number[];
  readonly capitals: readonly number[];
}

function hashOf(s: string, start: number, end: number): number {
  let h = 0;
  for (let i = start; i < end; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}
