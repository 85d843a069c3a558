import type { RawDumpLine, SourceItem } from "./read.js";
import { FACT_TYPES } from "../schema/fact.js";
import type { ChunkOutcome, ChunkTask, DocTask, ErrorRecord } from "./types.js";

/** Documents per worker task: one message per chunk keeps thread hand-off cheap for short texts. */
const CHUNK_ITEMS = 64;
const CHUNK_BYTES = 1024 * 1024;

/** A run of source items in input order, and the worker task made of those that need a worker. */
export interface Chunk {
  readonly entries: readonly SourceItem[];
  /** The documents or raw lines of `entries`, in order; undefined when all are read errors. */
  readonly task: ChunkTask | undefined;
}

/**
 * Groups source items into chunks. A chunk holds either documents or raw lines of a single
 * dump (read errors travel with either), so the worker gets one compact message: the raw
 * lines of a chunk go as one block of bytes.
 */
export class Chunker {
  private entries: SourceItem[] = [];
  private kind: string | undefined;
  private items = 0;
  private bytes = 0;

  /** Adds an item; returns the chunks it completes (the current one when the item cannot join it). */
  add(item: SourceItem): Chunk[] {
    const done: Chunk[] = [];
    const kind = "doc" in item ? "doc" : "raw" in item ? `raw:${item.raw.source}` : undefined;
    if (kind !== undefined && this.kind !== undefined && kind !== this.kind) done.push(...this.flush());
    this.entries.push(item);
    if (kind === undefined) return done;
    this.kind = kind;
    this.items++;
    this.bytes += "doc" in item ? (item.doc.text ?? item.doc.html ?? "").length : (item as { raw: RawDumpLine }).raw.bytes.length;
    if (this.items >= CHUNK_ITEMS || this.bytes >= CHUNK_BYTES) done.push(...this.flush());
    return done;
  }

  /** The chunk being filled, if it has anything. */
  flush(): Chunk[] {
    if (this.entries.length === 0) return [];
    const entries = this.entries;
    this.entries = [];
    this.kind = undefined;
    this.items = 0;
    this.bytes = 0;
    return [{ entries, task: taskOf(entries) }];
  }
}

function taskOf(entries: readonly SourceItem[]): ChunkTask | undefined {
  const docs: DocTask[] = [];
  const raws: RawDumpLine[] = [];
  for (const e of entries) {
    if ("doc" in e) docs.push(e.doc);
    else if ("raw" in e) raws.push(e.raw);
  }
  if (docs.length > 0) return { docs };
  const first = raws[0];
  if (first === undefined) return undefined;
  const bytes = new Uint8Array(raws.reduce((n, r) => n + r.bytes.length, 0));
  const ends: number[] = [];
  let end = 0;
  for (const r of raws) {
    bytes.set(r.bytes, end);
    end += r.bytes.length;
    ends.push(end);
  }
  return { dump: { source: first.source, fileId: first.fileId, numbers: raws.map((r) => r.line), ends, bytes } };
}

/** The task split into one task per item, to find the one a crashed worker died on. */
export function singleItems(task: ChunkTask): ChunkTask[] {
  if ("docs" in task) return task.docs.map((doc) => ({ docs: [doc] }));
  const { dump } = task;
  return dump.ends.map((end, i) => ({
    dump: { ...dump, numbers: [dump.numbers[i] ?? 0], ends: [end - (dump.ends[i - 1] ?? 0)], bytes: dump.bytes.slice(dump.ends[i - 1] ?? 0, end) },
  }));
}

/** Where the only item of a single-item task came from, for the error record when it fails. */
export function itemSource(task: ChunkTask): Omit<ErrorRecord, "reason"> {
  if ("docs" in task) {
    const doc = task.docs[0] as DocTask;
    return { source: doc.source, ...(doc.line !== undefined ? { line: doc.line } : {}), id: doc.id };
  }
  return { source: task.dump.source, line: task.dump.numbers[0] ?? 0 };
}

/** The outcomes of a chunk's items run one by one, as the outcome of the chunk. */
export function mergeOutcomes(outcomes: ChunkOutcome[]): ChunkOutcome {
  const output = new Uint8Array(outcomes.reduce((n, o) => n + o.output.length, 0));
  let at = 0;
  for (const o of outcomes) {
    output.set(o.output, at);
    at += o.output.length;
  }
  return {
    output,
    documents: outcomes.reduce((n, o) => n + o.documents, 0),
    facts: FACT_TYPES.map((_, i) => outcomes.reduce((n, o) => n + (o.facts[i] ?? 0), 0)),
    errors: outcomes.flatMap((o, item) => o.errors.map((e) => ({ ...e, item }))),
  };
}
