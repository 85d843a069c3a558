import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { runCli as run } from "./cli.helpers.js";
import { createExtractor } from "../src/index.js";
import { evaluateDocs, extractorPredictor } from "../src/eval/evaluate.js";
import { parseGold } from "../src/eval/gold.js";
import { scoreDocument, totals, type Counts, type FactSets, type PredictedSets } from "../src/eval/score.js";
import { FACT_TYPES, type FactType } from "../src/schema/fact.js";

/**
 * An independent scorer, written from GUIDELINES.md rather than from src/eval: exhaustive
 * search for the largest one-to-one matching instead of augmenting paths.
 */
function naiveCounts(type: FactType, gold: readonly unknown[], pred: readonly unknown[]): Counts {
  const key = (v: unknown): string | null => {
    if (type === "person") return typeof v === "string" && v.trim() ? v.trim().split(/\s+/).join(" ").toLowerCase() : null;
    if (type === "date") return typeof v === "string" && v.trim() ? v.trim() : null;
    if (type === "percent") return typeof v === "number" || (typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v))) ? String(Number(v)) : null;
    const m = v as { amount?: unknown; currency?: unknown } | null;
    if (!m || typeof m !== "object" || typeof m.currency !== "string" || !m.currency.trim()) return null;
    const a = Number(m.amount);
    return m.amount !== null && m.amount !== "" && Number.isFinite(a) ? `${m.currency.trim().toUpperCase()}|${a}` : null;
  };
  const uniq = (vs: readonly unknown[]): { keys: string[]; invalid: number } => {
    const keys: string[] = [];
    let invalid = 0;
    for (const v of vs) {
      const k = key(v);
      if (k === null) invalid++;
      else if (!keys.includes(k)) keys.push(k);
    }
    return { keys, invalid };
  };
  const g = uniq(gold).keys;
  const p = uniq(pred);
  const same = (a: string, b: string): boolean => {
    if (type === "person" || type === "date") return a === b;
    if (type === "percent") return Math.abs(Number(a) - Number(b)) < 1e-6;
    const [ca, xa] = a.split("|");
    const [cb, xb] = b.split("|");
    const x = Number(xa), y = Number(xb);
    return ca === cb && Math.abs(x - y) <= 0.005 * Math.max(Math.abs(x), Math.abs(y));
  };
  const best = (i: number, used: ReadonlySet<number>): number => {
    if (i === g.length) return 0;
    let top = best(i + 1, used);
    p.keys.forEach((pk, j) => {
      if (!used.has(j) && same(g[i] ?? "", pk)) top = Math.max(top, 1 + best(i + 1, new Set([...used, j])));
    });
    return top;
  };
  const tp = best(0, new Set());
  return { tp, fp: p.keys.length - tp + p.invalid, fn: g.length - tp };
}

const EMPTY: FactSets = { person: [], date: [], money: [], percent: [] };
const facts = (f: Partial<Record<FactType, unknown[]>>): FactSets => ({ ...EMPTY, ...f });
const pred = (f: Partial<Record<FactType, unknown[]>>): PredictedSets =>
  Object.fromEntries(FACT_TYPES.map((t) => [t, (f[t] ?? []).map((value) => ({ value }))])) as unknown as PredictedSets;

const CASES: { name: string; gold: FactSets; pred: Partial<Record<FactType, unknown[]>>; type: FactType; expected: Counts }[] = [
  {
    name: "names are case-folded and whitespace-collapsed; a surname alone is a different value",
    type: "person",
    gold: facts({ person: ["Ilham Aliyev", "Heydar Aliyev"] }),
    pred: { person: ["ilham  ALIYEV", "Aliyev", "Ilham Aliyev"] },
    expected: { tp: 1, fp: 1, fn: 1 },
  },
  {
    name: "dates are exact strings, duplicates count once, an interval's ends are separate values",
    type: "date",
    gold: facts({ date: ["1995", "2021", "2023-06"] }),
    pred: { date: ["1995", "2021", "2021", " 2023-06 ", "2023-Q2"] },
    expected: { tp: 3, fp: 1, fn: 0 },
  },
  {
    name: "money matches within 0.5% in the same currency only",
    type: "money",
    gold: facts({ money: [{ amount: 460_000_000, currency: "USD" }, { amount: 5, currency: "AUD" }] }),
    pred: { money: [{ amount: 461_000_000, currency: "usd" }, { amount: 5, currency: "USD" }] },
    expected: { tp: 1, fp: 1, fn: 1 },
  },
  {
    name: "money matching is one-to-one and maximal (a greedy pairing would find only one)",
    type: "money",
    gold: facts({ money: [{ amount: 1000, currency: "USD" }, { amount: 1008, currency: "USD" }] }),
    pred: { money: [{ amount: 1004, currency: "USD" }, { amount: 999, currency: "USD" }] },
    expected: { tp: 2, fp: 0, fn: 0 },
  },
  {
    name: "one prediction never satisfies two gold values",
    type: "money",
    gold: facts({ money: [{ amount: 100, currency: "GBP" }, { amount: 100.4, currency: "GBP" }] }),
    pred: { money: [{ amount: 100.2, currency: "GBP" }] },
    expected: { tp: 1, fp: 0, fn: 1 },
  },
  {
    name: "percentages within 1e-6; a malformed prediction is a false positive",
    type: "percent",
    gold: facts({ percent: [1.75, 40] }),
    pred: { percent: [1.7500000001, "40", "forty"] },
    expected: { tp: 2, fp: 1, fn: 0 },
  },
];

describe("scorer: hand-computed cases agree with an independent scorer", () => {
  test.each(CASES)("$name", ({ gold, pred: p, type, expected }) => {
    const doc = scoreDocument("d", gold, pred(p));
    expect(doc.counts[type]).toEqual(expected);
    expect(naiveCounts(type, gold[type], p[type] ?? [])).toEqual(expected);
  });

  test("micro average sums counts over documents before dividing", () => {
    const a = scoreDocument("a", facts({ percent: [1, 2] }), pred({ percent: [1, 2] }));
    const b = scoreDocument("b", facts({ percent: [3, 4, 5, 6] }), pred({ percent: [9] }));
    const t = totals([a, b]);
    expect(t.percent).toMatchObject({ tp: 2, fp: 1, fn: 4 });
    expect(t.percent.precision).toBeCloseTo(2 / 3);
    expect(t.percent.recall).toBeCloseTo(2 / 6);
    expect(t.percent.f1).toBeCloseTo(4 / 9);
    expect(t.person).toMatchObject({ tp: 0, fp: 0, fn: 0, precision: null, recall: null, f1: null });
    expect(t.overall).toMatchObject({ tp: 2, fp: 1, fn: 4 });
  });

  test("a document missing from the predictions counts all its gold values as false negatives", () => {
    expect(scoreDocument("x", facts({ person: ["A B"], date: ["2020"] }), undefined).counts).toMatchObject({
      person: { tp: 0, fp: 0, fn: 1 },
      date: { tp: 0, fp: 0, fn: 1 },
    });
  });
});


const DEV = "fixtures/dev/gold.jsonl";

describe("press-facts eval on the development set", () => {
  const extractor = createExtractor();
  const gold = parseGold(readFileSync(DEV, "utf8"));

  test("prints the same figures as the independent scorer", async () => {
    expect(gold.problems).toEqual([]);
    expect(gold.docs).toHaveLength(40);
    const predict = extractorPredictor(extractor);
    const expected = Object.fromEntries(FACT_TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }])) as Record<FactType, Counts>;
    for (const doc of gold.docs) {
      const p = predict(doc);
      for (const t of FACT_TYPES) {
        const c = naiveCounts(t, doc.facts[t], p[t].map((x) => x.value));
        expected[t].tp += c.tp;
        expected[t].fp += c.fp;
        expected[t].fn += c.fn;
      }
    }
    const { code, out } = await run(["eval", DEV, "--json"]);
    expect(code).toBe(0);
    const printed = JSON.parse(out) as Record<string, Counts & { precision: number | null; recall: number | null; f1: number | null }>;
    expect(Object.keys(printed).sort()).toEqual([...FACT_TYPES, "overall"].sort());
    for (const t of FACT_TYPES) {
      expect(printed[t], t).toMatchObject(expected[t]);
      const { tp, fp, fn } = expected[t];
      expect(printed[t]?.f1 ?? null).toBe(2 * tp + fp + fn > 0 ? (2 * tp) / (2 * tp + fp + fn) : null);
    }
    const table = await run(["eval", DEV]);
    const tp = FACT_TYPES.reduce((n, t) => n + expected[t].tp, 0);
    expect(table.out).toMatch(new RegExp(`^overall +${tp} `, "m"));
  });

  test("--errors names the text and rule behind each false positive", async () => {
    const report = evaluateDocs(gold.docs, extractorPredictor(extractor));
    const withFp = report.documents.find((d) => FACT_TYPES.some((t) => (d.errors[t]?.fp.length ?? 0) > 0));
    const { out } = await run(["eval", DEV, "--errors"]);
    expect(out).toContain("errors per document:");
    if (withFp) {
      const t = FACT_TYPES.find((x) => (withFp.errors[x]?.fp.length ?? 0) > 0) ?? "person";
      const fp = withFp.errors[t]?.fp[0];
      expect(out).toContain(`== ${withFp.id}`);
      expect(out).toContain(`FP ${JSON.stringify(fp?.show)} <- ${JSON.stringify(fp?.texts[0])}`);
    }
  });
});

describe("malformed gold lines", () => {
  test("each bad line is named, and the rest of the file is still scored", async () => {
    const dir = mkdtempSync(join(tmpdir(), "pf-eval-"));
    const file = join(dir, "gold.jsonl");
    const good = (id: string, text: string, f: object): string => JSON.stringify({ id, text, published: "2023-06-22", facts: f });
    writeFileSync(
      file,
      [
        good("a", "Trade grew by 40% to $460 million.", { money: [{ amount: 460e6, currency: "USD" }], percent: [40] }),
        '{"id": "b", "text": "broken',
        good("c", "Inflation was 2.5%.", { percent: [2.5] }),
        good("d", "x", { money: [{ amount: "lots" }] }),
        good("a", "again", {}),
        JSON.stringify({ id: "e", facts: {} }),
        good("f", "It fell 3%.", { percent: "3" }),
      ].join("\n") + "\n",
    );
    const { code, out, err } = await run(["eval", file, "--json"]);
    expect(code).toBe(1);
    expect(err).toContain(`${file}:2: invalid JSON`);
    expect(err).toMatch(new RegExp(`${file}:4: document "d": invalid gold value`));
    expect(err).toContain(`${file}:5: duplicate id "a" (first on line 1)`);
    expect(err).toContain(`${file}:6: document "e": missing "text"`);
    expect(err).toContain(`${file}:7: document "f": facts.percent is not an array`);
    const scores = JSON.parse(out) as Record<string, Counts>;
    expect(scores.percent).toMatchObject({ tp: 2, fp: 0, fn: 0 });
    expect(scores.money).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });
});
