import { spawn } from "node:child_process";
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { once } from "node:events";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { runBatch } from "../src/batch/run.js";
import { pressRelease } from "./batch.corpus.js";

const BIN = path.join(import.meta.dirname, "../bin/press-facts.js");
const DOCS = 6_000;
const dir = mkdtempSync(path.join(os.tmpdir(), "press-facts-resume-"));
const dump = path.join(dir, "dump.jsonl");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(() => {
  const lines: string[] = [];
  for (let i = 0; i < DOCS; i++) lines.push(JSON.stringify({ id: `r-${i}`, text: pressRelease(i), published: "2023-06-22" }));
  lines.splice(777, 0, "{not json");
  writeFileSync(dump, lines.join("\n") + "\n");
});

function cli(args: readonly string[]): ReturnType<typeof spawn> {
  // two fact types keep the time spent on the batch machinery rather than on the recognisers
  return spawn(process.execPath, [BIN, "extract", "--types", "money,percent", ...args], { stdio: ["ignore", "ignore", "pipe"] });
}

async function exitCode(child: ReturnType<typeof spawn>): Promise<number | null> {
  const [code] = (await once(child, "exit")) as [number | null];
  return code;
}

function lineCount(file: string): number {
  if (!existsSync(file)) return 0;
  const text = readFileSync(file, "utf8");
  return text.split("\n").length - 1;
}

const sortedLines = (file: string): string[] => readFileSync(file, "utf8").trimEnd().split("\n").sort();

describe("interrupted runs", () => {
  test("killed with SIGKILL halfway, then --resume: the same results as one uninterrupted run", async () => {
    const full = path.join(dir, "full.jsonl");
    expect(await exitCode(cli([dump, "--out", full, "--workers", "2"]))).toBe(1); // the broken line

    const out = path.join(dir, "killed.jsonl");
    const partial = `${out}.partial`;
    const child = cli([dump, "--out", out, "--workers", "2"]);
    const exited = exitCode(child);
    // wait until a good part, but not all, of the output exists
    while (lineCount(partial) < DOCS / 4) await new Promise((r) => setTimeout(r, 20));
    child.kill("SIGKILL");
    expect(await exited).toBe(null);
    const written = lineCount(partial);
    expect(written).toBeGreaterThan(0);
    expect(written).toBeLessThan(DOCS);
    expect(existsSync(out)).toBe(false);
    // a crash mid-write leaves a cut line: --resume must drop it, not keep or duplicate it
    appendFileSync(partial, '{"doc":{"id":"r-cut-off');

    const resumed = cli([dump, "--out", out, "--workers", "2", "--resume"]);
    let err = "";
    resumed.stderr?.on("data", (d: Buffer) => (err += d.toString()));
    expect(await exitCode(resumed)).toBe(1);
    expect(err).toMatch(/already done, skipped/);
    expect(existsSync(partial)).toBe(false);
    const lines = sortedLines(out);
    expect(new Set(lines).size).toBe(lines.length);
    expect(lines).toEqual(sortedLines(full));
    expect(lines).toHaveLength(DOCS);
  }, 120_000);

  test("an aborted run (Ctrl-C) finishes what is in flight, keeps whole lines, and --resume completes it", async () => {
    const out = path.join(dir, "aborted.jsonl");
    const controller = new AbortController();
    const partial = `${out}.partial`;
    const poll = setInterval(() => {
      if (existsSync(partial) && statSync(partial).size > 200_000) controller.abort();
    }, 10);
    const first = await runBatch({ inputs: [dump], out, workers: 1, types: ["money", "percent"], signal: controller.signal, summary: false, progress: false });
    clearInterval(poll);
    expect(first.interrupted).toBe(true);
    expect(first.outPath).toBe(partial);
    const text = readFileSync(partial, "utf8");
    expect(text.endsWith("\n")).toBe(true);
    for (const line of text.trimEnd().split("\n")) expect(() => JSON.parse(line) as unknown).not.toThrow();
    expect(first.documents).toBeLessThan(DOCS);

    const second = await runBatch({ inputs: [dump], out, workers: 1, types: ["money", "percent"], resume: true, summary: false, progress: false });
    expect(second.interrupted).toBe(false);
    expect(second.skipped).toBe(first.documents);
    expect(first.documents + second.documents).toBe(DOCS);
    const ids = readFileSync(out, "utf8").trimEnd().split("\n").map((l) => (JSON.parse(l) as { doc: { id: string } }).doc.id);
    expect(ids).toEqual(Array.from({ length: DOCS }, (_, i) => `r-${i}`));
  }, 120_000);
});
