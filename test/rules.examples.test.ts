import { describe, expect, test } from "vitest";
import { createExtractor, type FactType } from "../src/index.js";

/**
 * Every pattern rule carries examples (phrase -> values) and negatives (phrases
 * the rule must not turn into a fact). This runs them all, titled by rule id.
 */
const extractor = createExtractor();
const byType = new Map<FactType, ReturnType<typeof createExtractor>>();
const extractorFor = (type: FactType) => {
  let e = byType.get(type);
  if (!e) byType.set(type, (e = createExtractor({ types: [type] })));
  return e;
};

const cases = (Object.entries(extractor.rules.patterns) as [FactType, (typeof extractor.rules.patterns)[FactType]][]).flatMap(
  ([type, patterns]) => patterns.map((p) => ({ type, rule: p.rule })),
);

describe.each(cases)("$rule.id", ({ type, rule }) => {
  const examples = rule.examples.flatMap((ex) => ex.texts.map((text) => ({ text, ex })));
  test.each(examples)("example: $text", ({ text, ex }) => {
    const result = extractorFor(type).extract(text, {
      id: "example",
      ...(ex.published ? { published: ex.published } : {}),
      ...(ex.url ? { url: ex.url } : {}),
    });
    const values = result.facts.filter((f) => f.type === type).map((f) => f.value);
    expect(values).toHaveLength(ex.value.length);
    ex.value.forEach((expected, i) => expect(values[i]).toMatchObject(expected));
    for (const f of result.facts) expect(text.slice(f.citation.start, f.citation.end)).toBe(f.text);
  });
  // a negative is a phrase this rule must not turn into a fact; other rules may read it
  // ("$5 million and 3 million euros" is two amounts, not one compound amount)
  test.each(rule.negatives)("negative: %s", (text) => {
    const facts = extractorFor(type).extract(text, { id: "negative", published: "2024-04-02" }).facts;
    expect(facts.filter((f) => f.rule === rule.id)).toEqual([]);
  });
});
