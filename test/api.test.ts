import { describe, expect, expectTypeOf, test } from "vitest";
import {
  createExtractor,
  extract,
  DocResultSchema,
  PressFactsInputError,
  RulesError,
  type DocResult,
  type Fact,
  type MoneyValue,
} from "../src/index.js";

const SAMPLE = "Last year, the bilateral trade turnover grew by 40% and exceeded $460 million.";

describe("extract()", () => {
  test("returns a schema-valid document result with exact citations", () => {
    const result = extract(SAMPLE, { id: "seed-000", url: "https://primeminister.kz/en/news/x", published: "2023-06-22" });
    expect(DocResultSchema.parse(result)).toEqual(result);
    expect(result.doc).toMatchObject({ id: "seed-000", published: "2023-06-22", publishedFrom: "input" });
    const money = result.facts.find((f) => f.type === "money");
    expect(money).toMatchObject({
      id: "seed-000/money/1",
      text: "$460 million",
      value: { amount: 460_000_000, currency: "USD", qualifier: "over" },
      rule: "money.symbol-number-magnitude",
      citation: { docId: "seed-000", url: "https://primeminister.kz/en/news/x", sentence: SAMPLE },
    });
    for (const f of result.facts) expect(SAMPLE.slice(f.citation.start, f.citation.end)).toBe(f.text);
  });

  test("ids are stable for the same input and unique within the document", () => {
    const a = extract(SAMPLE + " " + SAMPLE, { id: "d" });
    const b = extract(SAMPLE + " " + SAMPLE, { id: "d" });
    expect(a).toEqual(b);
    expect(new Set(a.facts.map((f) => f.id)).size).toBe(a.facts.length);
  });

  test("a date-time publication date is reduced to its date", () => {
    expect(extract("x", { published: "2023-06-22T09:30:00+05:00" }).doc.published).toBe("2023-06-22");
  });

  test.each(["2023-13-45", "22/06/2023", "2023-02-30", "yesterday"])("published %s is a typed error naming the field", (published) => {
    expect(() => extract(SAMPLE, { published })).toThrow(PressFactsInputError);
    try {
      extract(SAMPLE, { published });
    } catch (err) {
      expect((err as PressFactsInputError).field).toBe("meta.published");
    }
  });

  test.each([
    ["empty", ""],
    ["white space", "  \n\n\t "],
    ["binary-looking", "\u0000\u0001\u0002PK\u0003\u0004\ufffd\ufffd$5 million\u0000"],
    ["mixed scripts", "Қазақстан 5 млрд теңге; 北京 $3 million; القاهرة 20%"],
  ])("never throws on %s text, and says so in warnings", (_name, text) => {
    const result = extract(text, { id: "odd" });
    expect(Array.isArray(result.warnings)).toBe(true);
    for (const f of result.facts) expect(text.slice(f.citation.start, f.citation.end)).toBe(f.text);
  });

  test("empty and binary text are reported in warnings", () => {
    expect(extract("").warnings.join()).toMatch(/empty/);
    expect(extract("\u0000\u0001\u0002\u0003 abc").warnings.join()).toMatch(/binary/);
  });
});

describe("createExtractor()", () => {
  test("types limits the fact types produced", () => {
    const e = createExtractor({ types: ["percent"] });
    expect(e.extract(SAMPLE).facts.map((f) => f.type)).toEqual(["percent"]);
  });

  test("includeText puts the document text in the result", () => {
    expect(createExtractor({ includeText: true }).extract(SAMPLE).text).toBe(SAMPLE);
  });

  test("unknown options are a typed error naming the option", () => {
    expect(() => createExtractor({ typo: true } as never)).toThrow(PressFactsInputError);
    expect(() => createExtractor({ types: ["weather"] } as never)).toThrow(/options\.types/);
  });

  test("a missing rules folder is a RulesError naming it", () => {
    expect(() => createExtractor({ rules: "/nonexistent/rules" })).toThrow(RulesError);
  });

  test("extractors share no mutable state", () => {
    const a = createExtractor();
    const b = createExtractor({ types: ["money"] });
    const before = a.extract(SAMPLE, { id: "x" });
    b.extract("$1 billion", { id: "y", url: "https://www.canada.ca/x" });
    expect(a.extract(SAMPLE, { id: "x" })).toEqual(before);
  });
});

test("public types narrow on the fact type", () => {
  expectTypeOf(extract).returns.toEqualTypeOf<DocResult>();
  const f = {} as Fact;
  if (f.type === "money") expectTypeOf(f.value).toEqualTypeOf<MoneyValue>();
});
