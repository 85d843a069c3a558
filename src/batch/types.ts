import type { FactType } from "../schema/fact.js";

/** Options of one batch run; every field but `inputs` has a default. */
export interface BatchOptions {
  /** Files, directories (walked recursively), glob patterns, or "-" for JSONL on stdin. */
  readonly inputs: readonly string[];
  /** Output file, written as `<out>.partial` and renamed when the run completes; stdout when absent. */
  readonly out?: string;
  /** JSONL file receiving one record per document that could not be read or processed. */
  readonly errors?: string;
  /** Worker threads; 0 runs in the calling thread. Default: the number of cores. */
  readonly workers?: number;
  /** Skip documents already in `out` (or `<out>.partial`) and append the rest. */
  readonly resume?: boolean;
  /** Include each document's text in its result, so citations can be checked. */
  readonly includeText?: boolean;
  /** Fact types to extract; all by default. */
  readonly types?: readonly FactType[];
  /** Publication date for documents that state none (a JSONL field or HTML metadata wins). */
  readonly published?: string;
  /** Id of the document when the input is a single .txt or .html file. */
  readonly id?: string;
  /** Largest document (file or dump line) accepted, in bytes; larger ones become error records. Default 4 MB. */
  readonly maxBytes?: number;
  /** Indented JSON (one block per document) instead of JSONL. */
  readonly pretty?: boolean;
  /** Progress bar on stderr; only drawn when stderr is a TTY. Default true. */
  readonly progress?: boolean;
  /** Print the one-line summary on stderr at the end. Default true. */
  readonly summary?: boolean;
  /** Stops reading new documents; those in flight are finished and written. */
  readonly signal?: AbortSignal;
  readonly stdin?: NodeJS.ReadableStream;
  readonly stdout?: NodeJS.WritableStream;
  readonly stderr?: NodeJS.WritableStream;
}

export interface BatchSummary {
  /** Documents written to the output in this run. */
  readonly documents: number;
  /** Documents skipped because `--resume` found them in the output. */
  readonly skipped: number;
  /** Error records (documents, lines or files that could not be processed). */
  readonly errors: number;
  readonly facts: Readonly<Record<FactType, number>>;
  readonly seconds: number;
  /** True when the signal stopped the run before every input was read. */
  readonly interrupted: boolean;
  /** Where the results are: `out`, or `<out>.partial` after an interrupted run. */
  readonly outPath?: string;
}

/** Where a document or an error came from: the input file (or "-") and the line within a dump. */
export interface SourceRef {
  readonly source: string;
  readonly line?: number;
}

/** One document ready for the extractor; `html` is converted to text in the worker. */
export interface DocTask extends SourceRef {
  readonly id: string;
  readonly text?: string;
  readonly html?: string;
  readonly url?: string;
  readonly title?: string;
  readonly published?: string;
}

export interface ErrorRecord extends SourceRef {
  readonly id?: string;
  readonly reason: string;
}

/** Lines of one dump, still as bytes: a worker decodes and parses them, the main thread only splits. */
export interface DumpLines {
  /** The file as reported in records ("stdin" for "-"). */
  readonly source: string;
  /** Id prefix of documents without an id: `<fileId>:<line>`. */
  readonly fileId: string;
  /** Line number of each line. */
  readonly numbers: readonly number[];
  /** End offset in `bytes` of each line; a line starts where the one before it ends. */
  readonly ends: readonly number[];
  readonly bytes: Uint8Array;
}

/** One worker task: documents already read, or raw lines of a dump. */
export type ChunkTask = { readonly docs: readonly DocTask[] } | { readonly dump: DumpLines };

/** What a worker returns per chunk. */
export interface ChunkOutcome {
  /** The result lines, each ending in "\n", already UTF-8: the main thread only appends them. */
  readonly output: Uint8Array;
  readonly documents: number;
  /** Facts written, per type in `FACT_TYPES` order. */
  readonly facts: readonly number[];
  /** Items of the chunk that are no document (a bad line) or failed, with the item's index. */
  readonly errors: readonly { readonly item: number; readonly error: ErrorRecord }[];
}

/** Options the worker builds its extractor and serialiser from, once. */
export interface WorkerConfig {
  readonly maxBytes: number;
  readonly includeText: boolean;
  readonly types?: readonly FactType[];
  readonly pretty: boolean;
  readonly published?: string;
}

/**
 * Default `maxBytes`: some 40 times the longest real press release, small enough to bound
 * memory: extracting a document takes about 75 bytes of heap per byte of text (measured: a
 * 19 MB text needed 1.4 GB).
 */
export const DEFAULT_MAX_BYTES = 4 * 1024 * 1024;

/** Heap a worker may use: its extractor plus the largest accepted document. */
export function workerHeapMb(maxBytes: number): number {
  return 128 + Math.ceil((maxBytes / 1024 / 1024) * 80);
}
