import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { pipeline } from "node:stream";
import { createGunzip } from "node:zlib";
import pLimit from "p-limit";
import { decodeHtml, decodeText } from "./decode.js";
import { parseDumpLine, type DumpSource } from "./dump-line.js";
import type { InputFile, MissingInput } from "./inputs.js";
import { splitLines } from "./lines.js";
import type { DocTask, ErrorRecord } from "./types.js";

/** A dump line not yet decoded: a worker parses it. */
export interface RawDumpLine extends DumpSource {
  readonly line: number;
  readonly bytes: Uint8Array;
}

export type SourceItem = { readonly doc: DocTask } | { readonly error: ErrorRecord } | { readonly raw: RawDumpLine };

export interface ReadOptions {
  readonly maxBytes: number;
  readonly stdin: NodeJS.ReadableStream;
  /** Ids already done (`--resume`): their files are not even read. */
  readonly skip: (id: string) => boolean;
  /** Parse dump lines here, to skip done ids, instead of passing them on raw for the workers. */
  readonly parseLines: boolean;
  /** Bytes of input consumed, for the progress bar. */
  readonly onBytes: (n: number) => void;
  /** Files read ahead at once, while earlier documents are being processed. */
  readonly readAhead?: number;
}

/**
 * Documents and error records in input order. Single-document files are read a few at a
 * time ahead of the consumer (I/O overlaps with extraction); dumps are streamed line by line.
 * Nothing is read before the consumer asks for it, so memory stays bounded.
 */
export async function* readSources(
  files: AsyncIterable<InputFile | MissingInput>,
  opts: ReadOptions,
): AsyncGenerator<SourceItem> {
  const limit = pLimit(opts.readAhead ?? 8);
  const ahead: Promise<SourceItem | undefined>[] = [];
  const window = (opts.readAhead ?? 8) * 2;
  for await (const file of files) {
    if ("reason" in file) {
      while (ahead.length > 0) yield* present(await ahead.shift());
      yield { error: { source: file.path, reason: file.reason } };
      continue;
    }
    if (file.kind === "jsonl" || file.kind === "jsonl.gz") {
      while (ahead.length > 0) yield* present(await ahead.shift());
      yield* readDump(file, opts);
      continue;
    }
    if (opts.skip(file.id)) continue;
    ahead.push(limit(() => readDocFile(file, opts)));
    if (ahead.length >= window) yield* present(await ahead.shift());
  }
  while (ahead.length > 0) yield* present(await ahead.shift());
}

function* present(item: SourceItem | undefined): Generator<SourceItem> {
  if (item) yield item;
}

const SIDECAR_FIELDS = ["id", "url", "title", "published"] as const;
type Sidecar = Partial<Record<(typeof SIDECAR_FIELDS)[number], string>>;

/**
 * `report.txt` may have `report.meta.json` beside it: `{ id?, url?, title?, published? }`
 * (other fields, such as a licence, are kept there for people and ignored here). A sidecar
 * that exists but cannot be used is an error for its document, never silently skipped.
 */
async function readSidecar(docPath: string): Promise<Sidecar | { reason: string }> {
  const sidecar = docPath.replace(/\.[^./\\]*$/, "") + ".meta.json";
  let raw: string;
  try {
    raw = await readFile(sidecar, "utf8");
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "ENOENT" ? {} : { reason: `cannot read ${sidecar}: ${(err as Error).message}` };
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (err) {
    return { reason: `${sidecar} is not valid JSON: ${(err as Error).message}` };
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) return { reason: `${sidecar} is not a JSON object` };
  const out: Sidecar = {};
  for (const field of SIDECAR_FIELDS) {
    const v = (data as Record<string, unknown>)[field];
    if (v === undefined) continue;
    if (typeof v !== "string") return { reason: `${sidecar}: "${field}" must be a string` };
    out[field] = v;
  }
  return out;
}

async function readDocFile(file: InputFile, opts: ReadOptions): Promise<SourceItem> {
  const fail = (reason: string): SourceItem => ({ error: { source: file.path, id: file.id, reason } });
  try {
    const info = await stat(file.path);
    opts.onBytes(info.size);
    if (info.isDirectory()) return fail("cannot read: EISDIR");
    if (info.size > opts.maxBytes) return fail(`document is ${info.size} bytes, over the ${opts.maxBytes}-byte limit (--max-bytes)`);
    const bytes = await readFile(file.path);
    const decoded = file.kind === "html" ? decodeHtml(bytes) : decodeText(bytes);
    if ("reason" in decoded) return fail(decoded.reason);
    const meta = await readSidecar(file.path);
    if ("reason" in meta) return fail(meta.reason);
    const base = { source: file.path, ...meta, id: meta.id ?? file.id };
    const doc: DocTask = file.kind === "html" ? { ...base, html: decoded.text } : { ...base, text: decoded.text };
    return { doc };
  } catch (err) {
    return fail(`cannot read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
}

async function* readDump(file: InputFile, opts: ReadOptions): AsyncGenerator<SourceItem> {
  const source = file.path === "-" ? "stdin" : file.path;
  let stream: AsyncIterable<Buffer>;
  let counted: () => void;
  if (file.path === "-") {
    stream = countBytes(opts.stdin as AsyncIterable<Buffer>, opts.onBytes);
    counted = () => {};
  } else {
    const raw = createReadStream(file.path, { highWaterMark: 256 * 1024 });
    if (file.kind === "jsonl.gz") {
      const gunzip = createGunzip();
      pipeline(raw, gunzip, () => {}); // errors surface in the loop below through gunzip
      stream = gunzip;
      let seen = 0;
      counted = () => {
        opts.onBytes(raw.bytesRead - seen);
        seen = raw.bytesRead;
      };
    } else {
      stream = countBytes(raw, opts.onBytes);
      counted = () => {};
    }
  }
  const from: DumpSource = { source, fileId: file.id };
  let last = 0;
  try {
    for await (const raw of splitLines(stream, opts.maxBytes)) {
      last = raw.line;
      counted();
      if ("tooLong" in raw) {
        yield { error: { source, line: raw.line, reason: `document is ${raw.tooLong} bytes, over the ${opts.maxBytes}-byte limit (--max-bytes)` } };
        continue;
      }
      if (!opts.parseLines) {
        yield { raw: { ...from, line: raw.line, bytes: raw.bytes } };
        continue;
      }
      const item = parseDumpLine(raw.bytes, raw.line, from);
      if (item && !("doc" in item && opts.skip(item.doc.id))) yield item;
    }
    if (last === 0) yield { error: { source, reason: "empty file" } };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const reason = code === "Z_DATA_ERROR" || code === "Z_BUF_ERROR" ? `corrupt gzip data: ${(err as Error).message}` : `cannot read: ${code ?? (err as Error).message}`;
    yield { error: { source, ...(last > 0 ? { line: last + 1 } : {}), reason } };
  }
}

async function* countBytes(stream: AsyncIterable<Buffer | string>, onBytes: (n: number) => void): AsyncGenerator<Buffer> {
  for await (const chunk of stream) {
    const buf = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    onBytes(buf.length);
    yield buf;
  }
}
