import { TENSE_CLAUSE_BREAK, TENSE_FUTURE, TENSE_INFINITIVE, TENSE_LOWER_CASE_ONLY, TENSE_NOT_PAST, TENSE_NOT_VERB, TENSE_PAST, type CalendarLexicon } from "./lexicon.js";
import type { Tense } from "./calendar.js";
import { isUpperAt } from "../../segment/letter-case.js";
import { isBlank, isWhiteSpace } from "../../segment/white-space.js";

// letters, apostrophes and a final full stop ("No.") make a word; checked per UTF-16 unit
const LETTER = /[\p{L}’'.]/u;
const isWordChar = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return true;
  if (c < 128) return c === 39 || c === 46;
  return LETTER.test(text.charAt(i));
};

/** The word just before `at` ("about 2000" -> "about"), across spaces only. */
export function wordBefore(text: string, at: number): string | undefined {
  let i = at;
  while (i > 0 && at - i < 4 && isWhiteSpace(text.charCodeAt(i - 1))) i--;
  const end = i;
  while (i > 0 && end - i < 30 && isWordChar(text, i - 1)) i--;
  return i < end ? text.slice(i, end) : undefined;
}

/** The word just after `at` ("2000 people" -> "people"), without a trailing full stop. */
export function wordAfter(text: string, at: number): string | undefined {
  let i = at;
  while (i < text.length && i - at < 4 && isWhiteSpace(text.charCodeAt(i))) i++;
  const start = i;
  while (i < text.length && i - start < 30 && isWordChar(text, i) && text.charCodeAt(i) !== 46) i++;
  return i > start ? text.slice(start, i) : undefined;
}

/**
 * True when a capitalised word that does not start a sentence or line sits right
 * before, so the match is part of a name: "Fox News Sunday", "| Parliament Today",
 * but not "Following Monday's summit" or ". Today". Read backwards from `at`, at most
 * 40 characters: the capital that opens the word, and the character before it and
 * its blanks, which must not end a sentence or line.
 */
export function insideName(text: string, at: number): boolean {
  const floor = Math.max(0, at - 40);
  if (at - 1 < floor || !isBlank(text.charCodeAt(at - 1))) return false;
  let ws = at - 1;
  while (ws > floor && isNameChar(text, ws - 1)) ws--;
  // the first capital of the word: "McKinsey", or inside it ("eGov")
  let u = ws;
  while (u < at - 1 && !isUpperAt(text, u)) u++;
  if (u === at - 1) return false;
  if (u > ws) return true;
  // the word opens the 40 characters read: nothing before it is known to continue a name
  if (ws === floor) return false;
  let lead = ws - 1;
  while (lead >= floor && isBlank(text.charCodeAt(lead))) lead--;
  if (lead < floor) {
    // nothing but blanks back to the limit: a later capital inside the word may still follow a letter
    for (let v = u + 1; v < at - 1; v++) if (isUpperAt(text, v)) return true;
    return false;
  }
  return !SENTENCE_LEAD.test(text.charAt(lead));
}

const NAME_LETTER = /\p{L}/u;
// a name's word: letters, apostrophes, hyphens; ASCII tested first
function isNameChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c === 45;
  return c === 0x2019 || NAME_LETTER.test(text.charAt(i));
}
const SENTENCE_LEAD = /[.!?:;"“‘(\n\t•–—]/u;

// clause punctuation the tense scan stops at: . ; : ! ? , “ ” " ( ) newline – —
const CLAUSE_END = new Set([...".;:!?,“”\"()\n–—"].map((ch) => ch.charCodeAt(0)));
// a fronted or parenthetical date ("On Friday, the minister will ...", "will, on Friday, visit")
// takes the tense of its sentence when its own clause has none
const SENTENCE_END = new Set([...".;:!?\n"].map((ch) => ch.charCodeAt(0)));
// digits too: "rose to 5pc in March" must read "to 5pc", not the infinitive "to pc"
const WORD_CHAR = /^[\p{L}\p{N}]$/u;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** True when the code point at `i` belongs to a word: letters, digits, apostrophes. ASCII is tested first. */
function isTenseWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || isDigit(c) || c === 39;
  if (c === 0x2019) return true;
  // a surrogate half answers for the code point it is part of
  if (c >= 0xdc00 && c <= 0xdfff && i > 0) return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(i - 1) ?? c));
  return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(i) ?? c));
}

/** A clause mark at `i`, but not the point or comma inside a number ("0.3 per cent", "1,200"). */
function endsClause(text: string, i: number, marks: ReadonlySet<number>): boolean {
  const c = text.charCodeAt(i);
  if (!marks.has(c)) return false;
  return !((c === 46 || c === 44) && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1)));
}

/** "Oil and Gas", "Trade and Industry": a linking word between two capitalised words joins a name, not two clauses. */
function insideTitle(text: string, start: number, end: number): boolean {
  if (!isUpperAt(text, end + 1) || start < 2) return false;
  let i = start - 2;
  while (i > 0 && isTenseWordChar(text, i - 1)) i--;
  return isUpperAt(text, i);
}

/** The tense a word signals, if any; `w` is lower case, `flags` its TENSE_* flags. */
function cueOf(w: string, flags: number): Tense | null {
  if (flags & TENSE_FUTURE) return "future";
  if (flags & TENSE_PAST) return "past";
  if (w.length > 4 && w.endsWith("ed") && !(flags & TENSE_NOT_PAST)) return "past";
  return null;
}

const PLURAL_NOUN = /[^siu]s$/u;

const lower = (word: string): string => {
  const w = word.toLowerCase();
  return w.includes("’") ? w.replace(/’/g, "'") : w;
};

/** "submit" in "to submit", not "the" in "to the Ministry" nor "Astana" in "to Astana". */
function isVerbAfterMarker(next: string | undefined, lex: CalendarLexicon): boolean {
  if (next === undefined || !/^\p{Ll}/u.test(next)) return false;
  // a verb after "to" is bare: "to reporters", "to investors" are nouns ("to address", "to focus" are not)
  if (PLURAL_NOUN.test(next)) return false;
  return !((lex.tenseWords.get(lower(next)) ?? 0) & TENSE_NOT_VERB);
}

/**
 * A cheap tense reading of the clause around a date: the nearest past or future
 * cue word ("said", "-ed", "was" vs "will", "upcoming") in the same clause wins,
 * the words before the date first. "reiterated the announcement on Monday that
 * USAID will ..." -> past: the scan after the date stops at "that". Words are read
 * in place, nearest first, so the scan usually stops after a few of them.
 */
export function tenseAround(text: string, start: number, end: number, lex: CalendarLexicon): Tense | null {
  return tenseWithin(text, start, end, lex, CLAUSE_END) ?? tenseWithin(text, start, end, lex, SENTENCE_END);
}

/**
 * The cue of a word, read in the clause (`marks` = CLAUSE_END) or in the whole sentence. Read
 * sentence-wide, a participle ("commencing at 3:15 p.m.", "starting") describes the date's
 * phrase, not the tense of the sentence, and is passed over.
 */
function cueIn(w: string, flags: number, marks: ReadonlySet<number>): Tense | null {
  if (marks === SENTENCE_END && w.endsWith("ing")) return null;
  return cueOf(w, flags);
}

/** The TENSE_* flags of the word `w` (lower case) written at `at`: "May" the month is no modal. */
function flagsOf(lex: CalendarLexicon, w: string, text: string, at: number): number {
  const flags = lex.tenseWords.get(w) ?? 0;
  return flags & TENSE_LOWER_CASE_ONLY && isUpperAt(text, at) ? 0 : flags;
}

function tenseWithin(text: string, start: number, end: number, lex: CalendarLexicon, marks: ReadonlySet<number>): Tense | null {
  let from = start;
  const lo = Math.max(0, start - 160);
  while (from > lo && !endsClause(text, from - 1, marks)) from--;
  let seen: Tense | null = null;
  let next: string | undefined;
  for (let i = start; i > from; ) {
    if (!isTenseWordChar(text, i - 1)) {
      i--;
      continue;
    }
    const wordEnd = i;
    while (i > from && isTenseWordChar(text, i - 1)) i--;
    const word = text.slice(i, wordEnd);
    const w = lower(word);
    const flags = flagsOf(lex, w, text, i);
    if (flags & TENSE_CLAUSE_BREAK && !insideTitle(text, i, wordEnd)) break;
    if ((flags & TENSE_INFINITIVE) !== 0 && isVerbAfterMarker(next, lex)) return "future";
    const cue = cueIn(w, flags, marks);
    // a future auxiliary anywhere before outranks a participle: "will be held on"
    if (cue === "future") return cue;
    seen ??= cue;
    next = word;
  }
  if (seen) return seen;
  let to = end;
  const hi = Math.min(text.length, end + 160);
  while (to < hi && !endsClause(text, to, marks)) to++;
  for (let i = end; i < to; ) {
    if (!isTenseWordChar(text, i)) {
      i++;
      continue;
    }
    const wordStart = i;
    while (i < to && isTenseWordChar(text, i)) i++;
    const w = lower(text.slice(wordStart, i));
    const flags = flagsOf(lex, w, text, wordStart);
    if (flags & TENSE_CLAUSE_BREAK && !insideTitle(text, wordStart, i)) break;
    const cue = cueIn(w, flags, marks);
    if (cue) return cue;
  }
  return null;
}
