import { describe, expect, test } from "vitest";
import { numeralToDecimal, shiftDecimal } from "../src/numbers/decimal.js";

describe("numeralToDecimal", () => {
  test.each([
    ["1,234.5", "1234.5"],
    ["15 000", "15000"],
    ["15\u00a0000\u00a0000", "15000000"],
    ["1.234.567,8", "1234567.8"],
    ["1,234,567", "1234567"],
    ["2,5", "2.5"],
    ["3.75", "3.75"],
    ["460", "460"],
  ])("%s -> %s", (raw, decimal) => expect(numeralToDecimal(raw)).toBe(decimal));
  test.each(["abc", "1,2,3", "1.2.3"])("%s is not a numeral", (raw) => expect(numeralToDecimal(raw)).toBeNull());
});

describe("shiftDecimal never multiplies floats", () => {
  test.each([
    ["2.01", 6, 2_010_000],
    ["437.8", 6, 437_800_000],
    ["0.46", 9, 460_000_000],
    ["1.1", 12, 1_100_000_000_000],
    ["7.25", 0, 7.25],
    ["135.7", 6, 135_700_000],
  ])("%s e%i", (decimal, exp, expected) => expect(shiftDecimal(decimal, exp)).toBe(expected));
});

describe("Indian digit grouping", () => {
  test.each([
    ["1,00,000", "100000"],
    ["11,11,111", "1111111"],
    ["2,66,000.50", "266000.50"],
  ])("%s -> %s", (raw, decimal) => expect(numeralToDecimal(raw)).toBe(decimal));
});
