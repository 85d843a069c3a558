import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { jsonLines, runCli } from "./cli.helpers.js";

const dir = mkdtempSync(path.join(os.tmpdir(), "press-facts-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: string | Buffer): string => {
  const p = path.join(dir, name);
  mkdirSync(path.dirname(p), { recursive: true });
  writeFileSync(p, content);
  return p;
};

const TEXT = "Last year, the bilateral trade turnover grew by 40% and exceeded $460 million.";

describe("press-facts extract", () => {
  test("a .txt file: one result named by its base name", async () => {
    const txt = file("release-1.txt", TEXT);
    const r = await runCli(["extract", txt, "--published", "2023-06-22"]);
    expect(r.code).toBe(0);
    const [res, ...rest] = jsonLines(r.out);
    expect(rest).toEqual([]);
    expect(res?.doc).toEqual({ id: "release-1", published: "2023-06-22", publishedFrom: "input" });
    expect(res?.facts.filter((f) => f.type === "money" || f.type === "percent").map((f) => f.text)).toEqual(["40%", "$460 million"]);
    expect(r.err).toMatch(/1 documents; facts: .*money 1, percent 1; 0 errors/);
  });

  test("a .meta.json beside a text file gives its id, URL, title and publication date", async () => {
    const txt = file("side/kz-1.txt", "Last year, trade grew by 40% to $460 million.");
    file("side/kz-1.meta.json", JSON.stringify({ id: "kz-1", url: "https://primeminister.kz/en/news/1", published: "2023-06-22", licence: "x" }));
    const r = await runCli(["extract", path.dirname(txt), "--workers", "0"]);
    expect(r.code).toBe(0);
    const [res] = jsonLines(r.out);
    expect(res?.doc).toEqual({ id: "kz-1", url: "https://primeminister.kz/en/news/1", published: "2023-06-22", publishedFrom: "input" });
    expect(res?.facts.find((f) => f.text === "Last year")).toMatchObject({ value: { iso: "2022" } });
  });

  test("an unusable .meta.json is an error for its document, the others still run", async () => {
    file("badside/a.txt", TEXT);
    file("badside/a.meta.json", "{ not json");
    file("badside/b.txt", TEXT);
    const r = await runCli(["extract", path.join(dir, "badside"), "--workers", "0"]);
    expect(r.code).toBe(1);
    expect(jsonLines(r.out).map((x) => x.doc.id)).toEqual(["b.txt"]);
    expect(r.err).toMatch(/a\.meta\.json is not valid JSON/);
  });

  test("--id names the document of a single file", async () => {
    const txt = file("named.txt", TEXT);
    const r = await runCli(["extract", txt, "--id", "kz-2023-001"]);
    expect(jsonLines(r.out)[0]?.doc.id).toBe("kz-2023-001");
  });

  test("a .jsonl file: one result per line in order; a line without id is named <file>:<line>", async () => {
    const jsonl = file("dump.jsonl", [
      JSON.stringify({ id: "a", text: TEXT, published: "2023-06-22", url: "https://gov.example/a", title: "A" }),
      "",
      JSON.stringify({ text: "Inflation slowed to 9.8% in May." }),
    ].join("\n") + "\n");
    const r = await runCli(["extract", jsonl, "--workers", "1"]);
    expect(r.code).toBe(0);
    const res = jsonLines(r.out);
    expect(res.map((x) => x.doc.id)).toEqual(["a", "dump.jsonl:3"]);
    expect(res[0]?.doc).toEqual({ id: "a", url: "https://gov.example/a", title: "A", published: "2023-06-22", publishedFrom: "input" });
  });

  test("stdin (no input or -) is read as JSONL", async () => {
    const input = `${JSON.stringify({ id: "s1", text: TEXT })}\n${JSON.stringify({ id: "s2", text: "Costs rose 3%." })}\n`;
    for (const argv of [["extract", "--workers", "0"], ["extract", "-", "--workers", "0"]]) {
      const r = await runCli(argv, input);
      expect(r.code).toBe(0);
      expect(jsonLines(r.out).map((x) => x.doc.id)).toEqual(["s1", "s2"]);
    }
  });

  test("--out writes the file atomically: nothing partial is left, an old file is replaced whole", async () => {
    const txt = file("out-src/a.txt", TEXT);
    file("out-src/b.txt", "Exports grew 12%.");
    const out = file("results/out.jsonl", "old content that must disappear\n");
    const r = await runCli(["extract", path.dirname(txt), "--out", out, "--workers", "1"]);
    expect(r.code).toBe(0);
    expect(r.out).toBe("");
    expect(readdirSync(path.dirname(out))).toEqual(["out.jsonl"]);
    const res = jsonLines(readFileSync(out, "utf8"));
    expect(res.map((x) => x.doc.id)).toEqual(["a.txt", "b.txt"]);
    expect(readFileSync(out, "utf8").endsWith("\n")).toBe(true);
  });

  test("--pretty prints indented JSON", async () => {
    const txt = file("pretty.txt", TEXT);
    const r = await runCli(["extract", txt, "--pretty"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('\n  "doc": {\n    "id": "pretty"');
    expect((JSON.parse(r.out) as { facts: { type: string }[] }).facts.filter((f) => f.type === "money")).toHaveLength(1);
  });

  test("--types limits the fact types", async () => {
    const txt = file("types.txt", TEXT);
    const [res] = jsonLines((await runCli(["extract", txt, "--types", "money"])).out);
    expect(res?.facts.map((f) => f.type)).toEqual(["money"]);
  });

  test("--include-text adds the text the citations point into", async () => {
    const txt = file("with-text.txt", TEXT);
    const [res] = jsonLines((await runCli(["extract", txt, "--include-text"])).out);
    expect(res?.text).toBe(TEXT);
    for (const f of res?.facts ?? []) expect(TEXT.slice(f.citation.start, f.citation.end)).toBe(f.text);
  });

  test.each([
    [["--published", "2023-13-45"]],
    [["--published", "22.06.2023"]],
    [["--workers", "two"]],
    [["--max-bytes", "lots"]],
    [["--resume"]],
    [["--unknown-flag"]],
    [["--types", "money,weather"]],
  ])("usage error %j exits with 2", async (flags) => {
    const txt = file("usage.txt", TEXT);
    const r = await runCli(["extract", txt, ...flags]);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err.length).toBeGreaterThan(0);
  });

  test("an unreadable file exits with 1, names the file, and the other documents are still output", async () => {
    const good = file("mixed/good.txt", TEXT);
    const missing = path.join(dir, "mixed/missing.txt");
    // inside a walked directory: a link to nowhere
    const walked = path.join(dir, "walked");
    file("walked/a.txt", TEXT);
    symlinkSync(path.join(dir, "nowhere.txt"), path.join(walked, "b.txt"));
    const dangling = path.join(walked, "b.txt");
    const jsonl = file("mixed/lines.jsonl", `${JSON.stringify({ id: "ok", text: TEXT })}\n{"id": "broken", "text": \n`);
    const errors = path.join(dir, "mixed-errors.jsonl");
    const r = await runCli(["extract", missing, good, walked, jsonl, "--errors", errors, "--workers", "1"]);
    expect(r.code).toBe(1);
    expect(jsonLines(r.out).map((x) => x.doc.id)).toEqual(["good", "a.txt", "ok"]);
    expect(r.err).toContain(`${missing}: cannot read: ENOENT`);
    expect(r.err).toContain(`${dangling}: cannot read: ENOENT`);
    expect(r.err).toContain(`${jsonl}:2: malformed JSON`);
    const records = readFileSync(errors, "utf8").trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(records).toEqual([
      { source: missing, reason: "cannot read: ENOENT" },
      { source: dangling, id: "b.txt", reason: "cannot read: ENOENT" },
      expect.objectContaining({ source: jsonl, line: 2, reason: expect.stringMatching(/^malformed JSON/) }),
    ]);
  });

  test("--help documents inputs, options, ids, errors and exit statuses", async () => {
    const r = await runCli(["extract", "--help"]);
    expect(r.code).toBe(0);
    for (const s of ["--out", "--errors", "--published", "--id", "--pretty", "--include-text", "--types", "--workers", "--max-bytes", "--resume", ".jsonl", ".html", "<file>:<line>", "Exit status"]) {
      expect(r.out).toContain(s);
    }
  });

  test("a missing --out directory is reported, not thrown past the CLI", async () => {
    const txt = file("nodir.txt", TEXT);
    const r = await runCli(["extract", txt, "--out", path.join(dir, "no/such/dir/out.jsonl")]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/ENOENT/);
    expect(existsSync(path.join(dir, "no"))).toBe(false);
  });
});
