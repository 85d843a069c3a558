import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { pressRelease } from "./batch.corpus.js";
import { runCli } from "./cli.helpers.js";

/**
 * An archive of 20,000 good documents in every input form (a directory of .txt and .html
 * files, a JSONL dump, a gzipped dump) with corrupted files and lines mixed in.
 */
const dir = mkdtempSync(path.join(os.tmpdir(), "press-facts-archive-"));
const archive = path.join(dir, "archive");
const expectedIds: string[] = [];
const expectedErrors: { source: string; line?: number; reason: RegExp }[] = [];
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(() => {
  const texts = path.join(archive, "a-texts");
  mkdirSync(texts, { recursive: true });
  let n = 0;
  for (let i = 0; i < 295; i++, n++) {
    const name = `release-${String(i).padStart(4, "0")}.txt`;
    writeFileSync(path.join(texts, name), pressRelease(n));
    expectedIds.push(`a-texts/${name}`);
  }
  const bad = (name: string, content: Buffer | string, reason: RegExp): void => {
    writeFileSync(path.join(texts, name), content);
    expectedErrors.push({ source: path.join(texts, name), reason });
  };
  bad("z1-binary.txt", Buffer.concat([Buffer.from("PK"), Buffer.alloc(16), Buffer.from("binary")]), /^binary data \(NUL byte at offset 2\)$/);
  bad("z2-latin1.txt", Buffer.from("Budget de 5 millions d'\xe9cus", "latin1"), /^invalid UTF-8/);
  bad("z3-empty.txt", "", /^empty document$/);
  bad("z4-huge.txt", Buffer.alloc(50 * 1024 * 1024, "a"), /over the 4194304-byte limit/);

  const pages = path.join(archive, "b-pages");
  mkdirSync(pages, { recursive: true });
  for (const page of ["az-news-agency.html", "ge-government.html", "in-pib.html", "kz-primeminister.html", "uz-gov-ru.html"]) {
    copyFileSync(path.join(import.meta.dirname, "../fixtures/html", page), path.join(pages, page));
    expectedIds.push(`b-pages/${page}`);
  }

  // a plain dump with corrupted lines among 10,000 good ones
  const lines: (string | Buffer)[] = [];
  const dumpA = path.join(archive, "c-dump.jsonl");
  for (let i = 0; i < 10_000; i++, n++) {
    lines.push(JSON.stringify({ id: `c-${i}`, text: pressRelease(n), published: "2023-06-22" }));
    expectedIds.push(`c-${i}`);
    if (i === 100) {
      lines.push('{"id": "c-broken", "text": "unterminated');
      expectedErrors.push({ source: dumpA, line: lines.length, reason: /^malformed JSON/ });
    }
    if (i === 2000) {
      lines.push(Buffer.concat([Buffer.from('{"id":"c-latin1","text":"Paris \xe9', "latin1"), Buffer.from('"}')]));
      expectedErrors.push({ source: dumpA, line: lines.length, reason: /^invalid UTF-8/ });
    }
    if (i === 3000) {
      lines.push(JSON.stringify({ id: "c-huge", text: "x".repeat(50 * 1024 * 1024) }));
      expectedErrors.push({ source: dumpA, line: lines.length, reason: /over the 4194304-byte limit/ });
    }
    if (i === 4000) {
      lines.push(JSON.stringify({ id: "c-no-text", title: "Only a title" }));
      expectedErrors.push({ source: dumpA, line: lines.length, reason: /no "text" or "html" field/ });
    }
    if (i === 5000) {
      lines.push(Buffer.from('{"id":"c-nul","text":"a\0b"}'));
      expectedErrors.push({ source: dumpA, line: lines.length, reason: /^binary data/ });
    }
    if (i === 6000) {
      lines.push(JSON.stringify({ id: "c-bad-date", text: "Trade grew 5%.", published: "June 2023" }));
      expectedErrors.push({ source: dumpA, line: lines.length, reason: /published/ });
    }
  }
  writeFileSync(dumpA, Buffer.concat(lines.map((l) => Buffer.concat([Buffer.from(l), Buffer.from("\n")]))));

  // a gzipped dump without ids: named <file>:<line>
  const gzLines: string[] = [];
  for (let i = 0; gzLines.length < 9_700 + 1; i++, n++) {
    if (gzLines.length === 500) {
      gzLines.push("[1, 2, 3]");
      expectedErrors.push({ source: path.join(archive, "d-dump.jsonl.gz"), line: gzLines.length, reason: /^not a JSON object$/ });
      continue;
    }
    gzLines.push(JSON.stringify({ text: pressRelease(n) }));
    expectedIds.push(`d-dump.jsonl.gz:${gzLines.length}`);
  }
  writeFileSync(path.join(archive, "d-dump.jsonl.gz"), gzipSync(gzLines.join("\n") + "\n"));

  writeFileSync(path.join(archive, "e-empty.jsonl"), "");
  expectedErrors.push({ source: path.join(archive, "e-empty.jsonl"), reason: /^empty file$/ });
  writeFileSync(path.join(archive, "f-corrupt.jsonl.gz"), "this is not gzip data");
  expectedErrors.push({ source: path.join(archive, "f-corrupt.jsonl.gz"), reason: /^corrupt gzip data/ });
  writeFileSync(path.join(archive, "README.md"), "not an input: skipped by the directory walk");
}, 60_000);

describe("batch extraction of an archive", () => {
  test("every good document is output exactly once, in input order; every bad one is an error record", async () => {
    expect(expectedIds).toHaveLength(20_000);
    const out = path.join(dir, "out.jsonl");
    const errors = path.join(dir, "errors.jsonl");
    // two fact types keep the time spent on the batch machinery rather than on the recognisers
    const r = await runCli(["extract", archive, "--out", out, "--errors", errors, "--workers", "2", "--types", "money,percent"]);
    expect(r.code).toBe(1);

    const ids = readFileSync(out, "utf8").trimEnd().split("\n").map((l) => (JSON.parse(l) as { doc: { id: string } }).doc.id);
    expect(ids).toEqual(expectedIds);

    const records = readFileSync(errors, "utf8").trimEnd().split("\n").map((l) => JSON.parse(l) as { source: string; line?: number; reason: string });
    expect(records).toHaveLength(expectedErrors.length);
    for (const [i, want] of expectedErrors.entries()) {
      const got = records[i];
      expect(got, `error record ${i}`).toMatchObject({ source: want.source, ...(want.line !== undefined ? { line: want.line } : {}) });
      expect(got?.reason).toMatch(want.reason);
      expect(r.err).toContain(`${want.source}${want.line !== undefined ? `:${want.line}` : ""}: `);
    }
    expect(r.err).toMatch(/press-facts: 20000 documents; facts: person \d+, date \d+, money \d+, percent \d+; 13 errors; [\d.]+ s/);
  }, 120_000);
});
