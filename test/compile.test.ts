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
  test("an empty list never matches", () => {
    expect(re([]).exec("")).toBeNull();
  });
});
