import { describe, expect, test } from "vitest";
import { createExtractor } from "../src/index.js";

/**
 * Every surface form in the currency and magnitude lexicons is reachable: a phrase
 * built from it yields the currency it names (ambiguous forms are read in a
 * document whose URL points at that currency's country, as are forms that need their
 * country named) and the right amount.
 */
const extractor = createExtractor({ types: ["money"] });
const currencies = extractor.rules.lexicons.currencies.flatMap((f) => f.currencies);
const magnitudes = extractor.rules.lexicons.magnitudes.flatMap((f) => f.magnitudes);

const claims = new Map<string, number>();
for (const c of currencies) for (const s of [...c.symbols, ...c.names.map((n) => n.toLowerCase())]) claims.set(s, (claims.get(s) ?? 0) + 1);

const cases = currencies.flatMap((c) => {
  const host = c.cues.hosts.find((h) => h.startsWith("."));
  const url = host ? `https://www.example${host}/news` : undefined;
  const ambiguous = (s: string) => (claims.get(s) ?? 0) > 1 || c.needsCue.some((n) => n.toLowerCase() === s.toLowerCase());
  const phrases = [
    ...c.symbols.map((s) => ({ phrase: `${s}25 million`, ambiguous: ambiguous(s) })),
    ...c.names.map((n) => ({ phrase: `25 million ${n}`, ambiguous: ambiguous(n.toLowerCase()) })),
    ...(c.matchCode ? [{ phrase: `${c.code} 25 million`, ambiguous: c.needsCue.includes(c.code) }] : []),
  ];
  return phrases.map((p) => ({ code: c.code, ...p, url }));
});

describe("every currency surface form", () => {
  test.each(cases.filter((c) => !c.ambiguous || c.url))("$phrase -> $code", ({ phrase, code, url, ambiguous }) => {
    const facts = extractor.extract(`Officials announced ${phrase} for the programme.`, {
      id: "lexicon",
      ...(ambiguous && url ? { url } : {}),
    }).facts;
    expect(facts.map((f) => f.value)).toEqual([{ amount: 25_000_000, currency: code }]);
  });
});

describe("a form that needs its country named", () => {
  const cued = currencies.flatMap((c) => c.needsCue.map((s) => ({ code: c.code, phrase: c.symbols.includes(s) ? `${s}25 million` : `25 million ${s}` })));
  test("the lexicon has some", () => expect(cued.length).toBeGreaterThan(0));
  test.each(cued)("$phrase is not money in a text that never names the $code country", ({ phrase }) => {
    expect(extractor.extract(`Officials announced ${phrase} for the programme.`, { id: "cue" }).facts).toEqual([]);
  });
});

describe("every magnitude", () => {
  const forms = magnitudes.flatMap((m) => [
    ...m.words.map((w) => ({ phrase: `$3 ${w}`, exponent: m.exponent })),
    ...m.attached.map((w) => ({ phrase: `$3${w}`, exponent: m.exponent })),
  ]);
  test.each(forms)("$phrase", ({ phrase, exponent }) => {
    const facts = extractor.extract(`It cost ${phrase} last year.`).facts;
    expect(facts.map((f) => f.value)).toEqual([{ amount: 3 * 10 ** exponent, currency: "USD" }]);
  });
});
