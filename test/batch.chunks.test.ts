import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import { afterAll, describe, expect, test } from "vitest";
import { Chunker, mergeOutcomes, singleItems, type Chunk } from "../src/batch/chunk.js";
import { createProcessor } from "../src/batch/process.js";
import type { SourceItem } from "../src/batch/read.js";
import { runBatch } from "../src/batch/run.js";
import type { ChunkOutcome } from "../src/batch/types.js";

const dir = mkdtempSync(path.join(os.tmpdir(), "press-facts-chunks-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const processChunk = createProcessor({ maxBytes: 1 << 20, includeText: false, pretty: false });
const raw = (source: string, line: number, text: string): SourceItem => ({ raw: { source, fileId: path.basename(source), line, bytes: Buffer.from(text) } });
const doc = (id: string, text: string): SourceItem => ({ doc: { id, source: `${id}.txt`, text } });
const chunked = (items: SourceItem[]): Chunk[] => {
  const c = new Chunker();
  return [...items.flatMap((i) => c.add(i)), ...c.flush()];
};
const outputLines = (o: ChunkOutcome): { doc: { id: string } }[] =>
  new TextDecoder().decode(o.output).split("\n").filter(Boolean).map((l) => JSON.parse(l) as { doc: { id: string } });

describe("Chunker", () => {
  test("a chunk holds documents or the lines of one dump, never both; read errors travel with either", () => {
    const chunks = chunked([doc("a", "x"), { error: { source: "gone.txt", reason: "cannot read: ENOENT" } }, raw("d1.jsonl", 1, "{}"), raw("d1.jsonl", 2, "{}"), raw("d2.jsonl", 1, "{}")]);
    expect(chunks.map((c) => c.entries.length)).toEqual([2, 2, 1]);
    expect(chunks.map((c) => (c.task === undefined ? "none" : "docs" in c.task ? "docs" : c.task.dump.source))).toEqual(["docs", "d1.jsonl", "d2.jsonl"]);
  });

  test("the raw lines of a chunk go as one block of bytes, each line ending where the next starts", () => {
    const [chunk] = chunked([raw("d.jsonl", 7, "ab"), raw("d.jsonl", 8, ""), raw("d.jsonl", 9, "cde")]);
    const task = chunk?.task;
    if (task === undefined || !("dump" in task)) throw new Error("expected a dump task");
    expect(task.dump.numbers).toEqual([7, 8, 9]);
    expect(task.dump.ends).toEqual([2, 2, 5]);
    expect(Buffer.from(task.dump.bytes).toString()).toBe("abcde");
  });

  test("a chunk is cut at 64 documents", () => {
    const chunks = chunked(Array.from({ length: 130 }, (_, i) => raw("d.jsonl", i + 1, "{}")));
    expect(chunks.map((c) => c.entries.length)).toEqual([64, 64, 2]);
  });
});

describe("processing a chunk of dump lines in the worker", () => {
  const lines = [
    JSON.stringify({ id: "good", text: "Exports grew by 4% to $5 million." }),
    "",
    "{not json",
    JSON.stringify({ id: "no-text", title: "x" }),
    JSON.stringify({ text: "Unemployment fell to 3.1%." }),
  ];
  const [chunk] = chunked(lines.map((l, i) => raw("dump.jsonl", i + 1, l)));

  test("good lines become result lines, bad ones error records naming their line, blank lines nothing", () => {
    const out = processChunk(chunk?.task as NonNullable<Chunk["task"]>);
    expect(outputLines(out).map((r) => r.doc.id)).toEqual(["good", "dump.jsonl:5"]);
    expect(out.documents).toBe(2);
    expect(out.facts).toEqual([0, 0, 1, 2]);
    expect(out.errors.map((e) => [e.item, e.error.line, e.error.reason.split(":")[0]])).toEqual([
      [2, 3, "malformed JSON"],
      [3, 4, 'no "text" or "html" field'],
    ]);
  });

  test("retried item by item (after a worker died), the chunk gives the same outcome", () => {
    const task = chunk?.task as NonNullable<Chunk["task"]>;
    const whole = processChunk(task);
    const oneByOne = mergeOutcomes(singleItems(task).map(processChunk));
    expect({ ...oneByOne, output: Buffer.from(oneByOne.output).toString() }).toEqual({ ...whole, output: Buffer.from(whole.output).toString() });
  });
});

describe("runBatch", () => {
  test("errors found while reading and errors found in the workers are reported in input order", async () => {
    const input = path.join(dir, "mixed.jsonl");
    const errors = path.join(dir, "errors.jsonl");
    const good = JSON.stringify({ id: "ok", text: "Prices rose 2%." });
    writeFileSync(input, ["{bad", good, "x".repeat(300), '{"text": 5}', good.replace("ok", "ok2")].join("\n") + "\n");
    for (const workers of [0, 2]) {
      const stdout = new PassThrough();
      let out = "";
      stdout.on("data", (d: Buffer) => (out += d.toString()));
      const summary = await runBatch({ inputs: [input], errors, workers, maxBytes: 200, stdout, stderr: new PassThrough().resume() });
      const records = readFileSync(errors, "utf8").trimEnd().split("\n").map((l) => JSON.parse(l) as { line: number });
      expect(records.map((r) => r.line)).toEqual([1, 3, 4]);
      expect(out.trimEnd().split("\n").map((l) => (JSON.parse(l) as { doc: { id: string } }).doc.id)).toEqual(["ok", "ok2"]);
      expect(summary).toMatchObject({ documents: 2, errors: 3 });
    }
  });
});
