import type { RuleSet } from "../../rules/load.js";
import { compilePatterns, expandMacros } from "../../rules/compile.js";
import type { WordIndex } from "../word-index.js";
import type { NumberLexicon } from "../../numbers/lexicon.js";
import type { Candidate, DocContext, Recogniser } from "../../pipeline/types.js";
import { CalendarLexicon } from "./lexicon.js";
import { dateNormalisers } from "./normalisers.js";
import { compileRangeConnectors, joinRanges } from "./ranges.js";
import { normaliseMatch, scanPatterns } from "../patterns.js";
import { docHost, hostMatches } from "../../pipeline/host.js";
import { settleThen } from "../../resolve/overlaps.js";

export interface DateDeps {
  readonly rules: RuleSet;
  readonly numbers: NumberLexicon;
  readonly sharedMacros: Readonly<Record<string, string>>;
  readonly words: WordIndex;
  readonly calendar: CalendarLexicon;
}

const US_STYLE_MEMO = "date.usStyle";

/**
 * Dates: absolute, ranges and relative expressions, resolved against the
 * publication date. Named groups are documented on each normaliser; adjacent
 * dates joined by a dash, "from ... to" or "between ... and" become one range.
 */
export function createDateRecogniser(deps: DateDeps): Recogniser<"date"> {
  const lex = deps.calendar;
  const macros = { ...deps.sharedMacros, ...deps.numbers.macros, ...lex.macros };
  // "August 30, 1992" written anywhere makes 7/10/2014 month-first; "30 August 1992" day-first
  const where = { file: "<date recogniser>", path: [] };
  const monthDayYear = new RegExp(expandMacros("{monthName}[ \\u00a0]\\d{1,2},[ \\u00a0]{year}", macros, where), "u");
  const dayMonthYear = new RegExp(expandMacros("\\d{1,2}[ \\u00a0]{monthName}[ \\u00a0]{year}", macros, where), "u");
  const usStyle = (doc: DocContext): boolean => {
    const known = doc.memo.get(US_STYLE_MEMO);
    if (typeof known === "boolean") return known;
    const us = hostMatches(docHost(doc), lex.monthFirstHosts) ? true : monthDayYear.test(doc.text) && !dayMonthYear.test(doc.text);
    doc.memo.set(US_STYLE_MEMO, us);
    return us;
  };
  const normalisers = dateNormalisers({ lex, numbers: deps.numbers, usStyle });
  const joins = compileRangeConnectors(lex);
  const compiled = compilePatterns(deps.rules.patterns.date, macros, new Set(Object.keys(normalisers)), { lists: lex.wordLists, index: deps.words });
  return {
    type: "date",
    recognise(doc): Candidate<"date">[] {
      // settle overlaps among dates first, so that ranges join whole dates ("3 December 2007 - 27 June 2013");
      // a match is normalised only once no better one overlaps it: "30 August 1992" is also "August 1992" and "1992"
      const settled = settleThen(scanPatterns(compiled, doc), (m) => normaliseMatch("date", m, normalisers, doc));
      return joinRanges(doc.text, settled, joins);
    },
  };
}

export { CalendarLexicon };
