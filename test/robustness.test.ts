import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { createExtractor } from "../src/index.js";

const extractor = createExtractor();

describe("robustness", () => {
  test("random strings: extraction never throws and every citation is exact", () => {
    const alphabet = fc.constantFrom(
      ..."0123456789 ,.-–$£€₸₼%¾\nMrDrJanuaryMayof the Ms. H.E. Smailov said million bn crore per cent 2023 Q2 FY".split(""),
      "$",
      " million",
      " per cent",
      " January",
      " 2021",
      " President ",
      " Aliyev",
      "\n\n",
    );
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.string({ unit: alphabet, maxLength: 400 })), (text) => {
        const result = extractor.extract(text, { id: "p", published: "2024-04-02" });
        for (const f of result.facts) {
          expect(text.slice(f.citation.start, f.citation.end)).toBe(f.text);
          expect(f.citation.sentence).toContain(f.text);
        }
      }),
      { numRuns: 400 },
    );
  });

  // The one timed assertion allowed: a generous bound that only catastrophic
  // backtracking in some rule would break.
  test("1 MB of adversarial text finishes within 2 seconds", () => {
    const pieces = [
      "1".repeat(5000),
      "1,".repeat(3000),
      "1 000 ".repeat(1500),
      "$".repeat(3000),
      "$1-".repeat(1500),
      "Mr Ms Dr ".repeat(800),
      "Aaaa Bbbb Cccc Dddd ".repeat(600),
      " ".repeat(5000),
      "between 1 and ".repeat(500),
      "1.1.1.".repeat(1000),
      "January 1, ".repeat(600),
      "per cent per ".repeat(500),
    ];
    let text = "";
    for (let i = 0; text.length < 1_000_000; i++) text += pieces[i % pieces.length];
    const started = performance.now();
    const result = extractor.extract(text, { id: "adversarial", published: "2024-04-02" });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(Array.isArray(result.facts)).toBe(true);
  });
});
