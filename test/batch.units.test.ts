import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import { afterAll, describe, expect, test } from "vitest";
import { compileGlob } from "../src/batch/glob.js";
import { expandInputs } from "../src/batch/inputs.js";
import { splitLines, type RawLine } from "../src/batch/lines.js";
import { decodeText } from "../src/batch/decode.js";
import { runBatch } from "../src/batch/run.js";

const dir = mkdtempSync(path.join(os.tmpdir(), "press-facts-units-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function lines(chunks: string[], max = 1000): Promise<(string | number)[]> {
  const out: RawLine[] = [];
  async function* source(): AsyncGenerator<Buffer> {
    for (const c of chunks) yield Buffer.from(c);
  }
  for await (const l of splitLines(source(), max)) out.push(l);
  return out.map((l) => ("bytes" in l ? l.bytes.toString() : -l.tooLong));
}

describe("splitLines", () => {
  test("lines across chunk boundaries, CRLF, and a last line without newline", async () => {
    expect(await lines(["ab", "c\r\nd", "e\n\nf"])).toEqual(["abc", "de", "", "f"]);
  });
  test("a line over the limit is reported by size and skipped as it streams past", async () => {
    expect(await lines(["ok\n", "x".repeat(6), "x".repeat(6), "xx\nnext\n"], 10)).toEqual(["ok", -14, "next"]);
  });
});

describe("decodeText", () => {
  test("reports empty, binary and invalid UTF-8 input", () => {
    expect(decodeText(Buffer.alloc(0))).toEqual({ reason: "empty document" });
    expect(decodeText(Buffer.from("ab\0c"))).toEqual({ reason: "binary data (NUL byte at offset 2)" });
    expect(decodeText(Buffer.from([0x61, 0x62, 0xff, 0x63]))).toEqual({ reason: expect.stringMatching(/^invalid UTF-8 near byte [0-2]$/) });
    expect(decodeText(Buffer.from("\ufeffÅland €5"))).toEqual({ text: "Åland €5" });
  });
});

describe("inputs", () => {
  test("glob patterns: ** crosses directories, * does not, braces list alternatives", () => {
    const g = compileGlob("archive/**/*.{html,htm}");
    expect(g.base).toBe("archive");
    expect(["a.html", "x/y/b.htm", "x/c.txt"].filter(g.match)).toEqual(["a.html", "x/y/b.htm"]);
    const s = compileGlob("data/*.txt");
    expect(["a.txt", "x/a.txt"].filter(s.match)).toEqual(["a.txt"]);
  });

  test("a glob expands to its files sorted by path, named relative to its base", async () => {
    for (const f of ["g/b.txt", "g/a.txt", "g/sub/c.txt", "g/sub/d.html"]) {
      mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
      writeFileSync(path.join(dir, f), "x");
    }
    const found = [];
    for await (const f of expandInputs([path.join(dir, "g/**/*.txt")])) found.push("id" in f ? f.id : f.reason);
    expect(found).toEqual(["a.txt", "b.txt", "sub/c.txt"]);
    const none = [];
    for await (const f of expandInputs([path.join(dir, "g/*.pdf")])) none.push("reason" in f ? f.reason : f.id);
    expect(none).toEqual(["no file matches this pattern"]);
  });
});

describe("progress and summary", () => {
  const input = path.join(dir, "p.jsonl");
  writeFileSync(input, Array.from({ length: 50 }, (_, i) => JSON.stringify({ id: `p${i}`, text: `Exports grew by ${i}% to $${i + 1} million.` })).join("\n"));

  test("a progress bar is drawn when stderr is a TTY", async () => {
    const stderr = Object.assign(new PassThrough(), { isTTY: true, columns: 120, cursorTo: () => true, clearLine: () => true, moveCursor: () => true });
    let err = "";
    stderr.on("data", (d: Buffer) => (err += d.toString()));
    const stdout = new PassThrough().resume();
    await runBatch({ inputs: [input], workers: 0, stdout, stderr });
    expect(err).toMatch(/\d+ docs \| \d+ docs\/s \| 0 errors/);
    expect(err).toMatch(/50 documents; facts: person \d+, date \d+, money 50, percent 50; 0 errors/);
  });

  test("otherwise only the summary line is written", async () => {
    const stderr = new PassThrough();
    let err = "";
    stderr.on("data", (d: Buffer) => (err += d.toString()));
    const summary = await runBatch({ inputs: [input], workers: 0, stdout: new PassThrough().resume(), stderr });
    expect(err.trimEnd().split("\n")).toEqual([expect.stringMatching(/^press-facts: 50 documents; .*; 0 errors; [\d.]+ s \(\d+ docs\/s\)$/)]);
    expect(summary).toMatchObject({ documents: 50, errors: 0, skipped: 0, interrupted: false, facts: { money: 50, percent: 50 } });
  });
});
