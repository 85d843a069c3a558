import type { MoneyValue } from "../../schema/fact.js";
import type { CompiledRule } from "../../rules/compile.js";
import type { Candidate, DocContext } from "../../pipeline/types.js";
import type { NumberLexicon } from "../../numbers/lexicon.js";
import { shiftDecimal } from "../../numbers/decimal.js";
import { usesDecimalComma } from "../../numbers/style.js";
import type { CurrencyTable } from "./currency-table.js";
import { gateWindows } from "../gate.js";

const UNIT_WORD = /\S+/gu;

/**
 * Tables that state their currency once, in the header: "Key figures of the 2026 state budget
 * (EUR million)" over "Revenue 17 912", "Expenditure 19 604". The `header` rule matches the
 * unit (group `unit` in brackets, `unitAfterComma` after a comma) that ends the header's line; every line under it that the `row`
 * rule matches whole (its number in group `num`), down to the first that it does not, is an
 * amount in that unit.
 */
export function readTables(header: CompiledRule, row: CompiledRule, doc: DocContext, table: CurrencyTable, numbers: NumberLexicon): Candidate<"money">[] {
  const text = doc.text;
  const out: Candidate<"money">[] = [];
  const re = header.regex;
  // a header stands over a row, a line that ends in a number: it is looked for only before one
  const windows = header.gate ? gateWindows(doc, header.gate) : [0, text.length];
  for (let w = 0; w < windows.length; w += 2) {
    const base = windows[w] as number;
    const part = text.slice(base, windows[w + 1] as number);
    re.lastIndex = 0;
    for (let m = re.exec(part); m !== null; m = re.exec(part)) {
      const unit = unitOf(m.groups?.["unit"] ?? m.groups?.["unitAfterComma"] ?? "", doc, table, numbers);
      if (unit) readRows(text, base + m.index + m[0].length, unit, row, doc, numbers, out);
    }
  }
  re.lastIndex = 0;
  return out;
}

/** The rows under a header that ends at `headerEnd`, as amounts in its unit. */
function readRows(
  text: string,
  headerEnd: number,
  unit: { currency: string; exponent: number },
  row: CompiledRule,
  doc: DocContext,
  numbers: NumberLexicon,
  out: Candidate<"money">[],
): void {
  for (let lineStart = text.indexOf("\n", headerEnd) + 1; lineStart > 0; ) {
    const next = text.indexOf("\n", lineStart);
    const lineEnd = next < 0 ? text.length : next;
    row.regex.lastIndex = lineStart;
    const r = row.regex.exec(text);
    const num = r?.groups?.["num"];
    const decimal = r && r.index === lineStart && r.index + r[0].length === lineEnd && num ? numbers.toDecimal(num, usesDecimalComma(doc)) : null;
    if (!r || num === undefined || decimal === null) break;
    const start = lineStart + r[0].lastIndexOf(num);
    const value: MoneyValue = { amount: shiftDecimal(decimal, unit.exponent), currency: unit.currency };
    out.push({ type: "money", start, end: start + num.length, rule: row.id, priority: row.priority, values: [value] });
    lineStart = next + 1;
  }
}

/**
 * "EUR million", "billion tenge", "€ bn": one currency and perhaps a magnitude, nothing else, before
 * any comma ("billion soums, at current prices").
 */
function unitOf(raw: string, doc: DocContext, table: CurrencyTable, numbers: NumberLexicon): { currency: string; exponent: number } | null {
  let currency: string | null = null;
  let exponent = 0;
  const comma = raw.indexOf(",");
  for (const [word] of (comma < 0 ? raw : raw.slice(0, comma)).matchAll(UNIT_WORD)) {
    const e = numbers.exponent(word);
    if (e > 0 && exponent === 0) {
      exponent = e;
      continue;
    }
    const c = table.resolve("code", word, doc) ?? table.resolve("symbol", word, doc) ?? table.resolve("name", word, doc);
    if (c === null || currency !== null) return null;
    currency = c;
  }
  return currency === null ? null : { currency, exponent };
}
