import fc from "fast-check";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { builtinRulesDir, createExtractor, type FactType } from "../src/index.js";
import { gateWindows } from "../src/recognise/gate.js";
import type { DocContext } from "../src/pipeline/types.js";
import { keyOf, WordIndex } from "../src/recognise/word-index.js";
import { RulesError } from "../src/rules/load.js";

const docOf = (text: string): DocContext => ({ text, info: { id: "t" }, sentences: [], warnings: [], memo: new Map() });
const gate = (source: string, before: number, after = before) => ({ key: `test:${before}:${after}:${source}`, regex: new RegExp(source, "gu"), before, after });

describe("gate windows", () => {
  test("a hit widened by the reach, out to white space on both sides", () => {
    const text = "aaaa bbbb cccc $5 dddd eeee ffff";
    const [from, to] = gateWindows(docOf(text), gate("\\$", 8));
    // 8 before "$" falls inside "bbbb": back to the blank before it; 8 after it, inside "eeee": on past the blank after it
    expect(text.slice(from, to)).toBe(" bbbb cccc $5 dddd eeee ");
  });

  test("a reach before and after: the window runs from the hit one way only", () => {
    const text = "aaaa bbbb cccc $5 million dddd eeee";
    const [from, to] = gateWindows(docOf(text), gate("\\$", 0, 12));
    expect(text.slice(from, to)).toBe(" $5 million dddd ");
  });

  test("windows that touch are merged; no hit means no window", () => {
    const text = `$1 ${"x ".repeat(5)}$2 ${"y ".repeat(100)}$3`;
    const w = gateWindows(docOf(text), gate("\\$", 8));
    expect(w).toHaveLength(4);
    expect(text.slice(w[0], w[1])).toContain("$1");
    expect(text.slice(w[0], w[1])).toContain("$2");
    expect(text.slice(w[2], w[3])).toContain("$3");
    expect(gateWindows(docOf("no currency here"), gate("\\$", 8))).toEqual([]);
  });

  test("a text without white space is not cut mid-token beyond the snap limit", () => {
    const text = `${"x".repeat(500)}$5${"y".repeat(500)}`;
    const [from, to] = gateWindows(docOf(text), gate("\\$", 10));
    expect(text.slice(from, to)).toContain("$5");
    expect((to ?? 0) - (from ?? 0)).toBeLessThan(40);
  });
});

describe("word gates", () => {
  test("a literal's key is its last word, or a sign after it; full stops and blanks are skipped", () => {
    expect(["US dollars", "US$", "Rs.", "₸", "so'm", "Kazakh tenge", "U.S. dollar", "..."].map(keyOf)).toEqual(["dollars", "$", "Rs", "₸", "m", "tenge", "dollar", undefined]);
  });

  test("the index finds whole words of each gate, and signs, in one pass", () => {
    const index = new WordIndex();
    const money = index.add(["US dollars", "tenge", "₸", "US$"]);
    const months = index.add(["March", "Sept."]);
    const doc = docOf("Petrodollars are not dollars; ₸5 and 3 tenge in March, not Marching; Sept. 5; US$2");
    const words = (bit: number): string[] => {
      const hits = index.hits(doc, bit);
      return hits.flatMap((_, i) => (i % 2 === 0 ? [doc.text.slice(hits[i], hits[i + 1])] : []));
    };
    expect(words(money)).toEqual(["dollars", "₸", "tenge", "$"]);
    expect(words(months)).toEqual(["March", "Sept"]);
  });

  test("every place a capitalised word can begin is among the capital starts", () => {
    // the person recogniser tries its name sequences only there
    const alphabet = fc.constantFrom(..."aZ Ñé\u0301Жж5-'’.#Ωω\u00a0".split(""), "\u{1d400}", "\u{1d41a}", "Mc", "Al-", "5G");
    fc.assert(
      fc.property(fc.string({ unit: alphabet, maxLength: 60 }), (text) => {
        const index = new WordIndex();
        const starts = new Set(index.capitals(docOf(text)));
        for (const m of text.matchAll(/(?<![\p{L}\p{M}\d])\p{Lu}/gu)) expect(starts.has(m.index)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  test("a gate naming an unknown word list is a rules error naming the list", () => {
    const dir = mkdtempSync(join(tmpdir(), "press-facts-word-gate-"));
    const money = JSON.parse(readFileSync(join(builtinRulesDir(), "patterns", "money.json"), "utf8")) as Record<string, unknown>;
    mkdirSync(join(dir, "patterns"));
    writeFileSync(join(dir, "patterns", "money.json"), JSON.stringify({ ...money, gate: { words: ["currencyNames"], reach: 80 } }));
    expect(() => createExtractor({ types: ["money"], rules: dir })).toThrow(RulesError);
    expect(() => createExtractor({ types: ["money"], rules: dir })).toThrow(/unknown word list "currencyNames" \(known: currencySymbol, currencyCode, currencyName, minorName\)/);
  });
});

/**
 * A gate must never hide a fact: the rules of every gated file must find exactly what
 * the same rules find over the whole text. The ungated rules are the built-in ones
 * re-declared in a user folder whose files have no gates.
 */
describe("gated rules find what ungated rules find", () => {
  const dir = mkdtempSync(join(tmpdir(), "press-facts-ungated-"));
  mkdirSync(join(dir, "patterns"));
  const types: FactType[] = [];
  for (const name of readdirSync(join(builtinRulesDir(), "patterns"))) {
    const file = JSON.parse(readFileSync(join(builtinRulesDir(), "patterns", name), "utf8")) as Record<string, unknown>;
    const rules = file["rules"] as Record<string, unknown>[];
    if (file["gate"] === undefined && rules.every((r) => r["gate"] === undefined)) continue;
    types.push(file["type"] as FactType);
    delete file["gate"];
    delete file["$schema"];
    for (const r of rules) delete r["gate"];
    writeFileSync(join(dir, "patterns", name), JSON.stringify(file));
  }
  const gated = createExtractor({ types });
  const ungated = createExtractor({ types, rules: dir });

  test("the built-in rules have gates to check", () => {
    expect(types.length).toBeGreaterThan(0);
  });

  const texts = readdirSync("fixtures/dev")
    .filter((f) => f.endsWith(".txt"))
    .map((f) => [f, readFileSync(join("fixtures/dev", f), "utf8")] as const);
  const challenge = readFileSync("fixtures/challenge/gold.jsonl", "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { id: string; text: string; url?: string });

  test.each(texts)("%s", (_name, text) => {
    expect(gated.extract(text).facts).toEqual(ungated.extract(text).facts);
  });

  test("the challenge set", () => {
    for (const d of challenge) {
      const meta = { id: d.id, ...(d.url ? { url: d.url } : {}) };
      expect(gated.extract(d.text, meta).facts).toEqual(ungated.extract(d.text, meta).facts);
    }
  });

  test("every rule example still gives its values deep inside a long text", () => {
    const filler = "The committee reviewed the plan and the report in detail. ".repeat(8);
    for (const type of types) {
      for (const { rule } of gated.rules.patterns[type]) {
        for (const ex of rule.examples) {
          for (const phrase of ex.texts) {
            const text = `${filler}${phrase} ${filler}`;
            const meta = { id: "x", ...(ex.url ? { url: ex.url } : {}), ...(ex.published ? { published: ex.published } : {}) };
            expect(gated.extract(text, meta).facts, `${rule.id}: ${phrase}`).toEqual(ungated.extract(text, meta).facts);
          }
        }
      }
    }
  });
});
