import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { runCli as run } from "./cli.helpers.js";
import { builtinRulesDir, createExtractor } from "../src/index.js";
import { checkFixture, runSuite } from "../src/regress/run.js";
import { discoverFixtures, loadFixture } from "../src/regress/fixtures.js";
import { HtmlReader } from "../src/ingest/html.js";
import { formatFixture } from "../src/regress/format.js";
import { applyChanges, changeTouchesRule, diffFacts } from "../src/regress/diff.js";
import type { GoldenFact } from "../src/regress/golden.js";

/**
 * The project's fixture suite: every document under these folders must give exactly the
 * facts of its golden file. On a difference the test fails with the same report as
 * `press-facts test`; run `press-facts test --update` once the change is intended.
 */
const FIXTURE_DIRS = ["fixtures/dev", "fixtures/seeds", "fixtures/html"];

const extractor = createExtractor();
const html = new HtmlReader(extractor.rules.lexicons.html);
const fixtures = discoverFixtures(FIXTURE_DIRS);

describe("fixture suite", () => {
  test("finds the development set and the seeds", () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(42);
  });

  test.each(fixtures.map((f) => [f.path, f] as const))("%s", (_name, fixture) => {
    const report = checkFixture(fixture, extractor);
    const text = formatFixture(report);
    if (text) throw new Error(`fixture differs from its golden file:\n${text}`);
  });

  test.each(fixtures.map((f) => [f.path, f] as const))("citations are exact: %s", (_name, fixture) => {
    const loaded = loadFixture(fixture, html);
    expect(loaded.errors).toEqual([]);
    for (const doc of loaded.docs) {
      for (const fact of extractor.extract(doc.text, doc.meta).facts) {
        expect(doc.text.slice(fact.citation.start, fact.citation.end), `${fact.id} (${fact.rule})`).toBe(fact.text);
      }
    }
  });
});


/** Copies of a few real fixtures into a fresh folder, with golden files made by today's rules. */
function tempSuite(ids: readonly string[]): string {
  const dir = mkdtempSync(join(tmpdir(), "pf-fixtures-"));
  for (const id of ids) {
    for (const ext of [".txt", ".meta.json"]) cpSync(join("fixtures/dev", id + ext), join(dir, id + ext));
  }
  runSuite([dir], extractor, { update: true });
  return dir;
}

const readGoldens = (dir: string): Map<string, string> =>
  new Map(readdirSync(dir).filter((n) => n.endsWith(".facts.json")).map((n) => [n, readFileSync(join(dir, n), "utf8")]));

describe("a lexicon change shows up as exactly the facts it affects", () => {
  const KENYA = "us-usaid-2020-07-01-kenya";
  const IDS = [KENYA, "au-finance-2017-09-26-fbo", "uk-fcdo-2023-09-03-bangladesh"];

  /** A user's rules folder that redefines the Kenyan shilling without its "KSH" sign. */
  function userRules(): string {
    const rules = mkdtempSync(join(tmpdir(), "pf-rules-"));
    const builtin = JSON.parse(readFileSync(join(builtinRulesDir(), "lexicon", "currencies.json"), "utf8")) as {
      currencies: { code: string; symbols: string[] }[];
    };
    const kes = builtin.currencies.find((c) => c.code === "KES");
    if (!kes) throw new Error("the built-in currencies no longer list KES");
    mkdirSync(join(rules, "lexicon"));
    writeFileSync(
      join(rules, "lexicon", "currencies.json"),
      JSON.stringify({ kind: "currencies", currencies: [{ ...kes, symbols: kes.symbols.filter((s) => s !== "KSH") }] }),
    );
    return rules;
  }

  test("test names the fact and document, --update rewrites only that fact", async () => {
    const dir = tempSuite(IDS);
    const before = readGoldens(dir);
    expect((await run(["test", dir])).code).toBe(0);

    const rules = userRules();
    const report = await run(["test", dir, "--rules", rules, "--json"]);
    expect(report.code).toBe(1);
    const data = JSON.parse(report.out) as { fixtures: { docs: { id: string; changes: { kind: string; fact: { text: string; rule: string } }[] }[] }[] };
    const changed = data.fixtures.flatMap((f) => f.docs).filter((d) => d.changes.length > 0);
    expect(changed.map((d) => d.id)).toEqual([KENYA]);
    expect(changed[0]?.changes).toEqual([
      expect.objectContaining({ kind: "disappeared", fact: expect.objectContaining({ text: "KSH 5 Billion", rule: "money.symbol-number-magnitude" }) }),
    ]);

    const readable = await run(["test", dir, "--rules", rules]);
    expect(readable.out).toContain(`[${KENYA}]: 1 disappeared`);
    expect(readable.out).toMatch(/^ {2}- money +"KSH 5 Billion" @\d+-\d+ money\.symbol-number-magnitude \{"amount":5000000000,"currency":"KES"\}$/m);
    expect(readable.out).toMatch(/^3 fixtures, 3 documents: 1 changed \(0 appeared, 1 disappeared, 0 changed\)$/m);

    expect((await run(["test", dir, "--rules", rules, "--update"])).code).toBe(0);
    expect((await run(["test", dir, "--rules", rules])).code).toBe(0);

    const after = readGoldens(dir);
    for (const [name, text] of before) {
      if (!name.startsWith(KENYA)) {
        expect(after.get(name), name).toBe(text);
        continue;
      }
      const oldLines = text.split("\n");
      const newLines = after.get(name)?.split("\n") ?? [];
      const removed = oldLines.filter((l) => !newLines.includes(l));
      const added = newLines.filter((l) => !oldLines.includes(l));
      expect(removed).toHaveLength(1);
      expect(removed[0]).toContain('"text": "KSH 5 Billion"');
      // the line before it loses nothing but (at most) its trailing comma
      expect(added.every((l) => removed.some((r) => r.startsWith(l.replace(/,$/, ""))) || oldLines.includes(`${l},`))).toBe(true);
    }
  });

  test("--rule restricts the report, and --update --rule rewrites only that rule's facts", async () => {
    const dir = tempSuite([KENYA]);
    const rules = userRules();
    const other = await run(["test", dir, "--rules", rules, "--rule", "money.number-magnitude-name"]);
    expect(other.code).toBe(0);
    expect(other.out).toContain("(rule money.number-magnitude-name only)");
    const same = await run(["test", dir, "--rules", rules, "--rule", "money.symbol-number-magnitude"]);
    expect(same.code).toBe(1);
    expect(same.out).toContain('- money   "KSH 5 Billion"');
    expect((await run(["test", dir, "--rules", rules, "--rule", "money.symbol-number-magnitude", "--update"])).code).toBe(0);
    expect((await run(["test", dir, "--rules", rules])).code).toBe(0);
  });
});

describe("fixture formats", () => {
  test("a fixture without a golden file fails until --update writes one", async () => {
    const dir = mkdtempSync(join(tmpdir(), "pf-new-"));
    writeFileSync(join(dir, "note.txt"), "Turnover grew by 40% to $460 million.");
    writeFileSync(join(dir, "note.meta.json"), JSON.stringify({ published: "2023-06-22", url: "https://primeminister.kz/en/news/x" }));
    const first = await run(["test", dir]);
    expect(first.code).toBe(1);
    expect(first.out).toContain("no golden file");
    expect(first.out).toContain('+ percent "40%"');
    expect((await run(["test", dir, "--update"])).code).toBe(0);
    const golden = readFileSync(join(dir, "note.facts.json"), "utf8");
    expect(golden).toContain('"published": "2023-06-22"');
    expect(golden).not.toMatch(/"sentence"|"docId"|"note\/money\/1"/);
    const again = await run(["test", dir, "--update"]);
    expect(again.out).toContain("0 golden files updated");
  });

  test("JSONL fixtures hold one document per line; gold.jsonl files are skipped", async () => {
    const dir = mkdtempSync(join(tmpdir(), "pf-jsonl-"));
    const lines = [
      { id: "b", text: "Prices rose 2.5% in 2023.", published: "2024-01-10" },
      { id: "a", text: "A grant of £3.5 million.", published: "2024-01-11", url: "https://www.gov.uk/x" },
    ];
    writeFileSync(join(dir, "batch.jsonl"), lines.map((l) => JSON.stringify(l)).join("\n") + "\n");
    writeFileSync(join(dir, "gold.jsonl"), JSON.stringify({ ...lines[0], facts: {} }) + "\n");
    expect(discoverFixtures([dir]).map((f) => f.path.split(/[\\/]/).pop())).toEqual(["batch.jsonl"]);
    expect((await run(["test", dir, "--update"])).code).toBe(0);
    const golden = JSON.parse(readFileSync(join(dir, "batch.facts.json"), "utf8")) as { documents: { id: string; facts: { text: string }[] }[] };
    expect(golden.documents.map((d) => d.id)).toEqual(["a", "b"]);
    expect(golden.documents[0]?.facts.map((f) => f.text)).toContain("£3.5 million");
    writeFileSync(join(dir, "batch.jsonl"), JSON.stringify(lines[0]) + "\n{broken\n");
    const broken = await run(["test", dir]);
    expect(broken.code).toBe(1);
    expect(broken.out).toMatch(/batch\.jsonl:2: invalid JSON/);
  });

  test("HTML fixtures are read with the page's own metadata", async () => {
    const dir = mkdtempSync(join(tmpdir(), "pf-html-"));
    writeFileSync(
      join(dir, "page.html"),
      `<html><head><title>Grant</title><meta property="article:published_time" content="2023-06-22T10:00:00Z"></head>
       <body><nav>Home | News</nav><article><h1>Trade to reach $1 billion</h1><p>Trade grew by 40% last year.</p></article></body></html>`,
    );
    const [fixture] = discoverFixtures([dir]);
    if (!fixture) throw new Error("no fixture found");
    const doc = loadFixture(fixture, html).docs[0];
    expect(doc?.meta).toMatchObject({ id: "page", published: "2023-06-22" });
    expect(doc?.text).not.toContain("Home | News");
    expect((await run(["test", dir, "--update"])).code).toBe(0);
    const golden = readFileSync(join(dir, "page.facts.json"), "utf8");
    expect(golden).toContain('"text": "$1 billion"');
    expect(golden).toContain('"text": "40%"');
  });
});

test("a folder that does not exist is a usage error", async () => {
  const r = await run(["test", "no-such-fixtures-folder"]);
  expect(r.code).toBe(2);
  expect(r.err).toContain("no such file or folder: no-such-fixtures-folder");
});

describe("diffFacts", () => {
  const fact = (start: number, text: string, rule: string, value: Record<string, unknown>): GoldenFact => ({
    type: "money", start, end: start + text.length, text, rule, value,
  });
  const a = fact(0, "$5", "money.a", { amount: 5, currency: "USD" });
  const b = fact(10, "$7", "money.a", { amount: 7, currency: "USD" });
  const c = fact(20, "€9", "money.b", { amount: 9, currency: "EUR" });

  test("names appeared, disappeared and changed facts, in document order", () => {
    const b2 = { ...b, value: { amount: 7, currency: "AUD" } };
    const d = fact(30, "£1", "money.b", { amount: 1, currency: "GBP" });
    const changes = diffFacts([a, b, c], [d, b2, a]);
    expect(changes.map((ch) => [ch.kind, ch.fact.start])).toEqual([["changed", 10], ["disappeared", 20], ["appeared", 30]]);
  });

  test("identical facts over one span (a range's two ends) pair up before changes", () => {
    const lo = fact(0, "$1-2", "money.range", { amount: 1, currency: "USD", range: "low" });
    const hi = fact(0, "$1-2", "money.range", { amount: 2, currency: "USD", range: "high" });
    expect(diffFacts([lo, hi], [hi, lo])).toEqual([]);
  });

  test("applying the changes of one rule leaves the other rules' facts as they were", () => {
    const moved = { ...c, rule: "money.a" };
    const changes = diffFacts([a, b, c], [a, moved]).filter((ch) => changeTouchesRule(ch, "money.b"));
    expect(changes.map((ch) => ch.kind)).toEqual(["changed"]);
    // b disappeared too, but it belongs to money.a: still in the golden file
    expect(applyChanges([a, b, c], changes)).toEqual([a, b, moved]);
  });
});
