import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { createExtractor, type Fact } from "../src/index.js";

/**
 * A user extends the built-in rules with a folder of their own, without forking:
 * createExtractor({ rules: DIR }) layers DIR over the built-in rules.
 */
function userRules(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), "pf-user-rules-"));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), JSON.stringify(content, null, 1));
  }
  return dir;
}

const META = { id: "t", published: "2023-06-25" };
const summary = (facts: readonly Fact[]) => facts.map((f) => ({ type: f.type, text: f.text, rule: f.rule, value: f.value }));

describe("a user's rules folder layered over the built-in rules", () => {
  test("adds a currency: the Croatian kuna, retired in 2023 but in every archive before, by sign and by name", () => {
    const dir = userRules({
      "lexicon/currencies.hr.json": {
        kind: "currencies",
        currencies: [{ code: "HRK", symbols: ["kn"], names: ["kuna", "kunas"], cues: { hosts: [".hr"], words: ["Croatia"] } }],
      },
    });
    const texts = ["Croatia will receive a grant of 120 million kn.", "The bridge cost 15 million kunas."];
    const builtin = createExtractor();
    const user = createExtractor({ rules: dir });
    for (const t of texts) expect(builtin.extract(t, META).facts.filter((f) => f.type === "money")).toEqual([]);
    expect(summary(user.extract(texts[0] ?? "", META).facts)).toEqual([
      expect.objectContaining({ type: "money", text: "120 million kn", value: expect.objectContaining({ amount: 120_000_000, currency: "HRK" }) }),
    ]);
    expect(summary(user.extract(texts[1] ?? "", META).facts)).toEqual([
      expect.objectContaining({ type: "money", text: "15 million kunas", value: expect.objectContaining({ amount: 15_000_000, currency: "HRK" }) }),
    ]);
    // the built-in currencies are all still there
    expect(user.extract("It cost $5 million. The loan is 20 billion tenge.", META).facts.map((f) => f.type === "money" && f.value.currency)).toEqual(["USD", "KZT"]);
  });

  test("adds a title: a Polish voivode (provincial governor) before a name", () => {
    const dir = userRules({ "lexicon/people.titles.pl.json": { kind: "people", titles: ["Voivode"] } });
    const text = "The talks were opened by Voivode Xanthe Quill. Voivode Quill said the plan was ready.";
    const titled = (facts: readonly Fact[]) => facts.filter((f) => f.type === "person" && f.value.title === "Voivode");
    expect(titled(createExtractor().extract(text, META).facts)).toEqual([]);
    const people = createExtractor({ rules: dir }).extract(text, META).facts.filter((f) => f.type === "person");
    expect(people.map((f) => f.value)).toContainEqual({ name: "Xanthe Quill", title: "Voivode" });
    expect(people.map((f) => f.text)).not.toContain("Voivode Quill");
  });

  test("adds a date form: Chinese year-month-day with the built-in day normaliser", () => {
    const rule = {
      id: "date.zh.ymd",
      description: "Chinese year, month and day: 2023年6月22日",
      pattern: "(?<y>\\d{4})年(?<m>\\d{1,2})月(?<d>\\d{1,2})日",
      normaliser: "date.ymd",
      examples: [{ texts: ["2023年6月22日", "2023年06月22日"], value: [{ iso: "2023-06-22", grain: "day" }] }],
      negatives: ["2023年"],
    };
    const dir = userRules({ "patterns/date.zh.json": { kind: "patterns", type: "date", rules: [rule] } });
    const text = "双方于2023年6月22日在阿斯塔纳签署协议。";
    expect(createExtractor().extract(text, META).facts).toEqual([]);
    const user = createExtractor({ rules: dir });
    expect(summary(user.extract(text, META).facts)).toEqual([
      { type: "date", text: "2023年6月22日", rule: "date.zh.ymd", value: expect.objectContaining({ iso: "2023-06-22", grain: "day" }) },
    ]);
    // the user's rule keeps its own examples and negatives, like the built-in ones
    for (const example of rule.examples) {
      for (const t of example.texts) expect(user.extract(t, META).facts.map((f) => f.value)).toMatchObject(example.value);
    }
    for (const t of rule.negatives) expect(user.extract(t, META).facts.filter((f) => f.rule === rule.id)).toEqual([]);
  });
});
