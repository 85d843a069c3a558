import type { MoneyValue } from "../../schema/fact.js";
import type { RuleSet } from "../../rules/load.js";
import { compilePatterns } from "../../rules/compile.js";
import type { WordIndex } from "../word-index.js";
import { shiftDecimal } from "../../numbers/decimal.js";
import { usesDecimalComma } from "../../numbers/style.js";
import { readTables } from "./table.js";
import { isYearBeforeValue, isYearShaped } from "../../numbers/range.js";
import type { NumberLexicon } from "../../numbers/lexicon.js";
import type { Candidate, DocContext, Recogniser } from "../../pipeline/types.js";
import { runPatterns, type Groups, type Match, type Normaliser } from "../patterns.js";
import type { QualifierReader } from "../qualifier.js";
import { CurrencyTable } from "./currency-table.js";
import { sentenceAround } from "../../segment/sentences.js";
import { addWindow } from "../gate.js";

export interface MoneyDeps {
  readonly rules: RuleSet;
  readonly numbers: NumberLexicon;
  readonly qualifiers: QualifierReader;
  readonly sharedMacros: Readonly<Record<string, string>>;
  readonly words: WordIndex;
}

const ONE_LETTER = /^\p{L}$/u;
const AMOUNT_SHAPED = /\d{3}|\d[.,]\d/;

/**
 * A one-letter sign ("R", "N", "P"), or any sign that counts only where the text names its
 * country, makes money only of an amount that reads as one ("R350", "N28.7 trillion", "COP 523
 * trillion"): "R21" is a road, "N95" a mask and "COP 28" a conference even in a South African,
 * Nigerian or Colombian release.
 */
function looksLikeAmount(g: Groups, table: CurrencyTable): boolean {
  const sym = g["sym"];
  if (sym === undefined || (!ONE_LETTER.test(sym) && !table.needsCue("symbol", sym))) return true;
  // a price per unit ("P49 per kilo") is money however short
  return g["mag"] !== undefined || g["price"] !== undefined || AMOUNT_SHAPED.test(g["num"] ?? "");
}

/**
 * Money: amounts with a currency sign, code or name, in whole units of an ISO 4217
 * currency. Named groups the rules use: sym | code | name | minor (the currency),
 * num + mag (number and magnitude), num2 + mag2 (the other end of a range, or the
 * second part of a compound amount), sym2 | code2 | name2 (its own currency, if stated).
 */
export function createMoneyRecogniser(deps: MoneyDeps): Recogniser<"money"> {
  const table = new CurrencyTable(deps.rules.lexicons.currencies);
  const { numbers, qualifiers } = deps;

  const currencyOf = (g: Groups, doc: DocContext, suffix = ""): string | null => {
    const sym = g[`sym${suffix}`];
    if (sym) return table.resolve("symbol", sym, doc);
    const code = g[`code${suffix}`];
    if (code) return table.resolve("code", code, doc);
    const name = g[`name${suffix}`];
    if (name) return table.resolve("name", name, doc);
    return null;
  };

  // only "24.379" can read either way: the document's decimal mark is looked up for it alone
  const decimalOf = (num: string, doc: DocContext): string | null => numbers.toDecimal(num, AMBIGUOUS_POINT.test(num) && usesDecimalComma(doc));

  const amountOf = (num: string | undefined, mag: string | undefined, doc: DocContext): number | null => {
    if (!num) return null;
    const decimal = decimalOf(num, doc);
    if (decimal === null) return null;
    const value = shiftDecimal(decimal, numbers.exponent(mag));
    return Number.isFinite(value) ? value : null;
  };

  const listsOn = (gap: string): boolean =>
    gap.length <= LIST_REACH &&
    gap
      .split(LIST_SEPARATOR)
      .every((w) => w === "" || w === "and" || LIST_NAME.test(w) || (LIST_NUMBER.test(w) && !isYearShaped(w)) || numbers.exponent(w) > 0);

  const withQualifier = (m: Match, doc: DocContext, v: MoneyValue): MoneyValue => {
    const q = qualifiers.before(doc.text, m.start);
    return q ? { ...v, qualifier: q } : v;
  };

  const normalisers: Record<string, Normaliser<"money">> = {
    /** "$460 million", "15 billion tenge", "$1-2 million", "£5m to £10m". */
    "money.amount": (m, doc) => {
      const g = m.groups;
      // "between 5 and $7 million": the currency may be stated only at the second end
      const currency = currencyOf(g, doc) ?? currencyOf(g, doc, "2");
      if (!currency) return null;
      if (g["num2"] === undefined) {
        if (!looksLikeAmount(g, table)) return null;
        const amount = amountOf(g["num"], g["mag"], doc);
        return amount === null ? null : [withQualifier(m, doc, { amount, currency })];
      }
      // "$1-2 million": a magnitude stated only after the second number covers both, unless the
      // first is already the larger number ("between Rs600,000 and Rs1.2 million")
      const high = amountOf(g["num2"], g["mag2"], doc);
      const bare = amountOf(g["num"], g["mag"], doc);
      const shared = g["mag"] === undefined ? amountOf(g["num"], g["mag2"], doc) : bare;
      if (shared === null || high === null || isYearBeforeValue(g["num"], shared, high)) return null;
      const low = shared > high && bare !== null && bare <= high ? bare : shared;
      // "₦32.9 billion to 8,300 centres": a count after "to", not the range's other end
      if (low > high) return null;
      const currency2 = currencyOf(g, doc, "2") ?? currency;
      return [
        withQualifier(m, doc, { amount: low, currency, range: "low" }),
        { amount: high, currency: currency2, range: "high" },
      ];
    },
    /** "9 cents": the minor unit of the currency its name implies. */
    "money.minor": (m, doc) => {
      const minor = m.groups["minor"];
      const num = m.groups["num"];
      const decimal = num ? decimalOf(num, doc) : null;
      if (!minor || decimal === null) return null;
      const currency = table.resolve("minor", minor, doc);
      if (!currency) return null;
      const amount = Number((Number(decimal) / table.minorUnits(currency)).toPrecision(12));
      return [withQualifier(m, doc, { amount, currency })];
    },
    /** "6 Crores and 90 Lacs Taka": one amount stated in two parts. */
    "money.compound": (m, doc) => {
      // "6 crore and 90 lakh" descends; "5 million and 3 million euros" is two amounts
      if (numbers.exponent(m.groups["mag2"]) >= numbers.exponent(m.groups["mag"])) return null;
      const currency = currencyOf(m.groups, doc);
      const a = amountOf(m.groups["num"], m.groups["mag"], doc);
      const b = amountOf(m.groups["num2"], m.groups["mag2"], doc);
      if (!currency || a === null || b === null) return null;
      return [withQualifier(m, doc, { amount: a + b, currency })];
    },
  };

  /**
   * "AMD 198 billion for schools and 147 billion for roads": an amount's currency is the nearest
   * earlier amount's of the same sentence and scale (within a factor of 1,000), so "$5 billion ...
   * 1.4 million in 2024" does not make visitors into dollars; with none earlier, the nearest later
   * one's, as a list states it once at its end ("6.2 billion, 4.8 billion and 3.9 billion tenge").
   */
  const carriedCurrency =
    (stated: readonly Candidate<"money">[]): Normaliser<"money"> =>
    (m, doc) => {
      const amount = amountOf(m.groups["num"], m.groups["mag"], doc);
      if (amount === null || amount <= 0 || stated.some((c) => c.start < m.end && m.start < c.end)) return null;
      const sentence = sentenceAround(doc.sentences, m);
      let before: { end: number; currency: string } | undefined;
      let after: { start: number; currency: string } | undefined;
      for (const c of stated) {
        const v = c.values[c.values.length - 1];
        if (v === undefined || c.start < sentence.start || c.end > sentence.end) continue;
        if (Math.max(v.amount, amount) >= Math.min(v.amount, amount) * SAME_SCALE) continue;
        if (c.end <= m.start && (before === undefined || c.end > before.end)) before = { end: c.end, currency: v.currency };
        if (c.start >= m.end && (after === undefined || c.start < after.start)) after = { start: c.start, currency: v.currency };
      }
      // a list reaches its stated amount through names, amounts and "and" alone: not "4.1 million,
      // generating revenue of US$ 1.1 billion", nor "in 2024 and $5 million"
      const currency = before?.currency ?? (after !== undefined && listsOn(doc.text.slice(m.end, after.start)) ? after.currency : undefined);
      return currency === undefined ? null : [withQualifier(m, doc, { amount, currency })];
    };

  const macros = { ...deps.sharedMacros, ...numbers.macros, ...table.macros };
  const known = new Set([...Object.keys(normalisers), ELIDED, TABLE_HEADER, TABLE_ROW]);
  const compiled = compilePatterns(deps.rules.patterns.money, macros, known, { lists: table.wordLists, index: deps.words });
  // amounts that leave their currency to an earlier one are read once the others are known
  const statedRules = compiled.filter((r) => r.normaliser !== ELIDED && r.normaliser !== TABLE_HEADER && r.normaliser !== TABLE_ROW);
  const elidedRules = compiled.filter((r) => r.normaliser === ELIDED);
  const tableHeader = compiled.find((r) => r.normaliser === TABLE_HEADER);
  const tableRow = compiled.find((r) => r.normaliser === TABLE_ROW);
  return {
    type: "money",
    recognise: (doc): Candidate<"money">[] => {
      const rows = tableHeader && tableRow ? readTables(tableHeader, tableRow, doc, table, numbers) : [];
      const stated = runPatterns("money", statedRules, normalisers, doc).concat(rows);
      if (elidedRules.length === 0 || stated.length === 0) return stated;
      return stated.concat(runPatterns("money", elidedRules, { [ELIDED]: carriedCurrency(stated) }, doc, withStated(stated, doc)));
    },
  };
}

/** Where an amount may leave its currency to another: the sentences that state an amount. */
function withStated(stated: readonly Candidate<"money">[], doc: DocContext): number[] {
  const out: number[] = [];
  for (const s of stated.map((c) => sentenceAround(doc.sentences, c)).sort((a, b) => a.start - b.start)) addWindow(out, s.start, s.end);
  return out;
}

const ELIDED = "money.elided";
// a point followed by three digits, and no other separator: thousands or decimals, by the document
const AMBIGUOUS_POINT = /^\d{1,3}\.\d{3}$/;
const TABLE_HEADER = "money.table-header";
const TABLE_ROW = "money.table-row";
const LIST_REACH = 60;
const LIST_SEPARATOR = /[\s,;]+/u;
const LIST_NAME = /^\p{Lu}[\p{L}'’-]*$/u;
const LIST_NUMBER = /^\d[\d.,]*$/;
const SAME_SCALE = 1000;
