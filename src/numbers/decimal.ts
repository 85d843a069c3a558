/**
 * Numerals as written in press releases, read into exact decimal strings first so
 * that scaling never multiplies a parsed float (2.01 * 1e6 === 2009999.9999999998).
 */

const SPACES = /[ \u00a0\u202f\u2009]/g;

/**
 * "1,234.5" -> "1234.5", "15 000" -> "15000", "1.234.567,8" -> "1234567.8",
 * "11,11,111" -> "1111111" (Indian grouping), "2,5" -> "2.5" (a comma followed by other than three
 * digits is a decimal comma). With `decimalComma` (the document writes its decimals with a comma),
 * "24.379" is 24379.
 * Returns null for anything that is not a plain numeral.
 */
export function numeralToDecimal(raw: string, decimalComma = false): string | null {
  const s = raw.replace(SPACES, "");
  if (!/^\d[\d.,]*$/.test(s)) return null;
  const lastComma = s.lastIndexOf(",");
  const lastDot = s.lastIndexOf(".");
  if (lastComma >= 0 && lastDot >= 0) {
    const decimalSep = lastComma > lastDot ? "," : ".";
    const thousandsSep = decimalSep === "," ? "." : ",";
    const [intPart = "", fracPart = ""] = s.split(decimalSep);
    return `${intPart.split(thousandsSep).join("")}.${fracPart}`;
  }
  if (lastComma >= 0) {
    const groups = s.split(",");
    // western thousands (1,234,567) or Indian lakh grouping (12,34,567)
    const thousands =
      groups.slice(1).every((g) => g.length === 3) ||
      (groups.length > 2 && groups.at(-1)?.length === 3 && groups.slice(1, -1).every((g) => g.length === 2));
    return thousands ? groups.join("") : groups.length === 2 ? `${groups[0]}.${groups[1]}` : null;
  }
  if (lastDot >= 0) {
    const groups = s.split(".");
    // "24.379 denars" in a document that writes "25,6 billion": the point groups thousands
    if (groups.length === 2) return decimalComma && groups[1]?.length === 3 ? groups.join("") : s;
    return groups.slice(1).every((g) => g.length === 3) ? groups.join("") : null;
  }
  return s;
}

/** Exact decimal-point shift: shiftDecimal("2.01", 6) === 2010000. */
export function shiftDecimal(decimal: string, exponent: number): number {
  const [intPart = "0", fracPart = ""] = decimal.split(".");
  if (exponent <= 0) return Number(decimal);
  const padded = fracPart.padEnd(exponent, "0");
  return Number(`${intPart}${padded.slice(0, exponent)}.${padded.slice(exponent) || "0"}`);
}

/** Adds a fraction such as 0.75 to a decimal string without float noise: ("1", 0.75) -> "1.75". */
export function addFraction(decimal: string, fraction: number): string {
  const sum = Number(decimal) + fraction;
  return String(Number(sum.toPrecision(12)));
}
