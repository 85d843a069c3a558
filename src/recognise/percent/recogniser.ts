import type { PercentValue } from "../../schema/fact.js";
import type { RuleSet } from "../../rules/load.js";
import { compilePatterns } from "../../rules/compile.js";
import type { NumberLexicon } from "../../numbers/lexicon.js";
import type { Candidate, Recogniser } from "../../pipeline/types.js";
import { runPatterns, type Normaliser } from "../patterns.js";
import type { QualifierReader } from "../qualifier.js";
import { isYearBeforeValue } from "../../numbers/range.js";

export interface PercentDeps {
  readonly rules: RuleSet;
  readonly numbers: NumberLexicon;
  readonly qualifiers: QualifierReader;
  readonly sharedMacros: Readonly<Record<string, string>>;
}

/**
 * Percentages and percentage points. Named groups: num (and num2 for the other end
 * of a range), sign (a minus before the number), points (present when the match
 * states percentage points). Rule params: { "unit": "points" }, { "pair": true } (two figures, no range).
 */
export function createPercentRecogniser(deps: PercentDeps): Recogniser<"percent"> {
  const { numbers, qualifiers } = deps;
  const valueOf = (raw: string | undefined, sign: string | undefined): number | null => {
    if (!raw) return null;
    const decimal = numbers.toDecimal(raw);
    if (decimal === null) return null;
    const v = Number(decimal);
    return sign ? -v : v;
  };

  const normalisers: Record<string, Normaliser<"percent">> = {
    /** "40%", "40 per cent", "1¾ per cent", "5-7%", "between 5% and 7%". */
    "percent.value": (m, doc, params) => {
      // a rule states points for all its matches (params.unit) or per match (a "points" group)
      const unit = params["unit"] === "points" || m.groups["points"] !== undefined ? ({ unit: "points" } as const) : {};
      const first = valueOf(m.groups["num"], m.groups["sign"]);
      if (first === null) return null;
      const qualifier = qualifiers.before(doc.text, m.start);
      const q = qualifier ? { qualifier } : {};
      if (m.groups["num2"] === undefined) return [{ value: first, ...unit, ...q }];
      const second = valueOf(m.groups["num2"], m.groups["sign2"]);
      if (second === null || isYearBeforeValue(m.groups["num"], first, second)) return null;
      // "101.3 and 103.7 percent" (a rule's params.pair) are two figures, not the ends of a range
      if (params["pair"] === true) return [{ value: first, ...unit, ...q }, { value: second, ...unit }];
      const values: PercentValue[] = [
        { value: first, ...unit, ...q, range: "low" },
        { value: second, ...unit, range: "high" },
      ];
      return values;
    },
  };

  const macros = { ...deps.sharedMacros, ...numbers.macros };
  const compiled = compilePatterns(deps.rules.patterns.percent, macros, new Set(Object.keys(normalisers)));
  return {
    type: "percent",
    recognise: (doc): Candidate<"percent">[] => runPatterns("percent", compiled, normalisers, doc),
  };
}
