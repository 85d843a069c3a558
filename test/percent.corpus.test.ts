import { describe, expect, test } from "vitest";
import { createExtractor } from "../src/index.js";

/** Phrase -> expected percent values, beyond the examples each percent rule carries. */
const extractor = createExtractor({ types: ["percent"] });
const percents = (text: string) => extractor.extract(text, { id: "t" }).facts.map((f) => f.value);

describe("a year before the value a figure reached is not a range", () => {
  test.each([
    ["Inflation in Kazakhstan slowed in 2023 to 9.8%.", [9.8]],
    ["Unemployment fell in 2023 to 4.7 per cent.", [4.7]],
    ["Industrial output grew by 3.2% (in 2023 - 4.1%).", [3.2, 4.1]],
    ["GDP grew by 6% (in 2022 – 5.7%).", [6, 5.7]],
    ["to cut poverty from 33% in 2022 to 25% by 2026", [33, 25]],
    ["to raise the share of processed goods by 2030 to 50 percent", [50]],
    // the second year of a fiscal year is no low end either
    ["will narrow from 5 per cent of GDP in 2024/25 to 4.5 per cent of GDP", [5, 4.5]],
  ])("%s", (text, values) => {
    expect(percents(text).map((v) => ("value" in v ? v.value : null))).toEqual(values);
  });
  test("a falling range that does not start at a year stays a range", () => {
    expect(percents("The rate fell from 12 to 9 percent.")).toEqual([
      { value: 12, range: "low" },
      { value: 9, range: "high" },
    ]);
  });
});

describe("hyphenated before a noun, plural, sign first", () => {
  test.each([
    ["a 5-per-cent rise in output", 5],
    ["a 5-percent rise in cotton output", 5],
    ["100-percent gas supply to villages", 100],
    // as translated releases write them
    ["inflation stood at 4,7 percents", 4.7],
    ["the plan was fulfilled by 98,5 per cents", 98.5],
    ["Türkiye's exports rose by %15 in 2024", 15],
  ])("%s", (text, value) => {
    expect(percents(text)).toEqual([{ value }]);
  });
});
