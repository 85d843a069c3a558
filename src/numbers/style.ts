import type { DocContext } from "../pipeline/types.js";

// a comma or point followed by one or two digits, in no longer run of digits and separators: a
// decimal mark for sure ("9,5 percent", "2.25"), unlike "24.379" or "1,200", which may group thousands
const COMMA_DECIMAL = /(?<![\d.,])\d+,\d{1,2}(?![\d.,])/u;
const POINT_DECIMAL = /(?<![\d.,])\d+\.\d{1,2}(?![\d.,])/u;
const MEMO = "numbers.decimalComma";

/**
 * Whether the document writes decimals with a comma and never with a point ("25,6 billion denars",
 * "9,5 percent"), as much of Europe does: then "24.379 denars" groups thousands.
 */
export function usesDecimalComma(doc: DocContext): boolean {
  const known = doc.memo.get(MEMO);
  if (typeof known === "boolean") return known;
  const comma = COMMA_DECIMAL.test(doc.text) && !POINT_DECIMAL.test(doc.text);
  doc.memo.set(MEMO, comma);
  return comma;
}
