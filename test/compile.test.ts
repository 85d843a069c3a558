import { describe, expect, test } from "vitest";
import { alternation } from "../src/rules/compile.js";

describe("alternation", () => {
  const re = (words: string[]) => new RegExp(`^${alternation(words)}`, "u");
  test("the longest literal wins at a position", () => {
    expect(re(["US", "US$", "USD", "US dollars"]).exec("US dollars")?.[0]).toBe("US dollars");
    expect(re(["US", "US$", "USD"]).exec("US$5")?.[0]).toBe("US$");
    expect(re(["bn", "b", "billion"]).exec("billion")?.[0]).toBe("billion");
  });
  test("matches every word and nothing else", () => {
    const words = ["$", "A$", "₸", "Rs.", "so'm", "(x)", "𝔸"];
    for (const w of words) expect(re(words).exec(w)?.[0]).toBe(w);
    expect(re(words).exec("B$")).toBeNull();
  });
  test("a large list, compiled once, still gives the longest literal in any context", () => {
    // hundreds of words, as in the currency and title lexicons, where the pattern is fenced
    const words = Array.from({ length: 1000 }, (_, i) => `w${i.toString(36)}ord`).concat(["dollar", "dollars", "US dollars"]);
    const after = new RegExp(`(?<n>\\d+)(?: |-)?(?<w>${alternation(words)})(?!\\p{L})`, "gu");
    expect([..."5 US dollars, 7-dollar, 3 dollars, 9 wzzord, 4 w1ord".matchAll(after)].map((m) => m.groups?.["w"])).toEqual([
      "US dollars",
      "dollar",
      "dollars",
      "w1ord",
    ]);
    expect(new RegExp(`${alternation(words)}$`, "u").exec("dollars")?.[0]).toBe("dollars");
  });
  test("an empty list never matches", () => {
    expect(re([]).exec("")).toBeNull();
  });
});
