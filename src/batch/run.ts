import { createWriteStream } from "node:fs";
import { stat } from "node:fs/promises";
import { once } from "node:events";
import os from "node:os";
import { Piscina } from "piscina";
import { FACT_TYPES } from "../schema/fact.js";
import { expandInputs, type InputFile, type MissingInput } from "./inputs.js";
import { commitOutput, LineWriter, openOutput, partialPath } from "./output.js";
import { createProcessor } from "./process.js";
import { newCounters, Progress, summaryLine, type Counters } from "./progress.js";
import { readSources, type SourceItem } from "./read.js";
import { DEFAULT_MAX_BYTES, workerHeapMb, type BatchOptions, type BatchSummary, type DocTask, type ErrorRecord, type TaskOutcome, type WorkerConfig } from "./types.js";

export type { BatchOptions, BatchSummary } from "./types.js";
export { DEFAULT_MAX_BYTES } from "./types.js";

/** Options that contradict each other or a value that is not valid; the CLI maps it to exit status 2. */
export class BatchUsageError extends Error {
  override readonly name = "BatchUsageError";
}

/** Documents per worker task: one message per chunk keeps thread hand-off cheap for short texts. */
const CHUNK_DOCS = 64;
const CHUNK_BYTES = 1024 * 1024;
/** Error messages echoed on stderr when they also go to an errors file; the file has them all. */
const STDERR_ERROR_LIMIT = 50;

type Entry = SourceItem;
type RunChunk = (docs: DocTask[]) => Promise<TaskOutcome[]>;

/**
 * Extracts the facts of every document of the inputs and writes one result line per
 * document, in input order. Reading, extraction (on worker threads) and writing overlap
 * through a bounded window of chunks, so memory does not depend on the input size. Documents
 * that cannot be read or processed become error records and the run goes on.
 */
export async function runBatch(options: BatchOptions): Promise<BatchSummary> {
  const started = performance.now();
  const stderr = options.stderr ?? process.stderr;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const workers = options.workers ?? os.availableParallelism();
  await validate(options, workers, maxBytes);

  const counters = newCounters();
  const config: WorkerConfig = {
    maxBytes,
    includeText: options.includeText ?? false,
    pretty: options.pretty ?? false,
    ...(options.published !== undefined ? { published: options.published } : {}),
    ...(options.types !== undefined ? { types: options.types } : {}),
  };
  // the workers compile (and so check) the rules before any file is touched
  const { run, close } = await executor(workers, config);
  const { writer, done, errorsWriter } = await openFiles(options).catch(async (err: unknown) => {
    await close();
    throw err;
  });
  const progress = new Progress(stderr, options.progress ?? true, await totalBytes(options));

  const skip = (id: string): boolean => {
    const n = done.get(id);
    if (n === undefined) return false;
    if (n <= 1) done.delete(id);
    else done.set(id, n - 1);
    counters.skipped++;
    return true;
  };
  const reportError = async (e: ErrorRecord): Promise<void> => {
    counters.errors++;
    if (!errorsWriter || counters.errors <= STDERR_ERROR_LIMIT) {
      stderr.write(`press-facts: ${e.source}${e.line !== undefined ? `:${e.line}` : ""}: ${e.reason}\n`);
    } else if (counters.errors === STDERR_ERROR_LIMIT + 1) {
      stderr.write(`press-facts: further errors are only written to ${options.errors}\n`);
    }
    await errorsWriter?.write(JSON.stringify(e));
  };
  const flush = async (pending: Promise<[Entry[], TaskOutcome[]]>): Promise<void> => {
    const [entries, outcomes] = await pending;
    let next = 0;
    for (const entry of entries) {
      if ("error" in entry) {
        await reportError(entry.error);
        continue;
      }
      const outcome = outcomes[next++];
      const { doc } = entry;
      if (outcome?.ok) {
        await writer.write(outcome.line);
        counters.documents++;
        FACT_TYPES.forEach((t, i) => (counters.facts[t] += outcome.counts[i] ?? 0));
      } else {
        const reason = outcome?.reason ?? "no result";
        await reportError({ source: doc.source, ...(doc.line !== undefined ? { line: doc.line } : {}), id: doc.id, reason });
      }
    }
    progress.update(counters);
  };

  let interrupted = false;
  const sources = untilAborted(readSources(renameSingle(expandInputs(options.inputs), options.id), {
    maxBytes,
    stdin: options.stdin ?? process.stdin,
    skip,
    onBytes: (n) => void (counters.bytes += n),
  }), options.signal, () => void (interrupted = true));
  const window: Promise<[Entry[], TaskOutcome[]]>[] = [];
  const maxInFlight = Math.max(2, workers * 3);
  let chunk: Entry[] = [];
  let chunkBytes = 0;
  const dispatch = (): void => {
    const entries = chunk;
    const docs = entries.flatMap((e) => ("doc" in e ? [e.doc] : []));
    chunk = [];
    chunkBytes = 0;
    window.push(docs.length === 0 ? Promise.resolve([entries, []]) : run(docs).then((o) => [entries, o]));
  };
  try {
    for await (const item of sources) {
      chunk.push(item);
      if ("doc" in item) chunkBytes += (item.doc.text ?? item.doc.html ?? "").length;
      if (chunk.length >= CHUNK_DOCS || chunkBytes >= CHUNK_BYTES) dispatch();
      while (window.length >= maxInFlight) await flush(window.shift() as Promise<[Entry[], TaskOutcome[]]>);
    }
    if (chunk.length > 0) dispatch();
    while (window.length > 0) await flush(window.shift() as Promise<[Entry[], TaskOutcome[]]>);
  } finally {
    progress.stop();
    await close();
    await writer.close();
    await errorsWriter?.close();
  }
  if (options.out && !interrupted) await commitOutput(options.out);

  const seconds = (performance.now() - started) / 1000;
  if (options.summary ?? true) stderr.write(summaryLine(counters, seconds, interrupted));
  if (interrupted && options.out) {
    stderr.write(`press-facts: results so far are in ${partialPath(options.out)}; run again with --resume to finish\n`);
  }
  return summaryOf(counters, seconds, interrupted, options.out);
}

/** The output (stdout unless `out`), the ids it already holds when resuming, and the errors file. */
async function openFiles(options: BatchOptions): Promise<{ writer: LineWriter; done: Map<string, number>; errorsWriter?: LineWriter }> {
  const { writer, done } = options.out
    ? await openOutput(options.out, options.resume ?? false)
    : { writer: new LineWriter(options.stdout ?? process.stdout), done: new Map<string, number>() };
  if (!options.errors) return { writer, done };
  try {
    const errorsStream = createWriteStream(options.errors, { flags: "w" });
    await once(errorsStream, "open");
    return { writer, done, errorsWriter: new LineWriter(errorsStream, true) };
  } catch (err) {
    await writer.close();
    throw err;
  }
}

function summaryOf(c: Counters, seconds: number, interrupted: boolean, out: string | undefined): BatchSummary {
  return {
    documents: c.documents,
    skipped: c.skipped,
    errors: c.errors,
    facts: { ...c.facts },
    seconds,
    interrupted,
    ...(out !== undefined ? { outPath: interrupted ? partialPath(out) : out } : {}),
  };
}

async function validate(options: BatchOptions, workers: number, maxBytes: number): Promise<void> {
  if (!Number.isInteger(workers) || workers < 0) throw new BatchUsageError(`--workers must be a whole number >= 0, got ${workers}`);
  if (!Number.isInteger(maxBytes) || maxBytes < 1) throw new BatchUsageError(`--max-bytes must be a positive whole number, got ${maxBytes}`);
  if (options.resume && !options.out) throw new BatchUsageError("--resume needs --out: it continues an output file");
  if (options.resume && options.pretty) throw new BatchUsageError("--resume reads JSONL output; it cannot be combined with --pretty");
  if (options.published !== undefined && !isCalendarDate(options.published)) {
    throw new BatchUsageError(`--published must be a date YYYY-MM-DD, got "${options.published}"`);
  }
  if (options.id !== undefined) {
    const only = options.inputs.length === 1 ? options.inputs[0] : undefined;
    const info = only !== undefined && only !== "-" ? await stat(only).catch(() => undefined) : undefined;
    if (!info?.isFile() || /\.(?:jsonl|ndjson)(?:\.gz)?$/i.test(only ?? "")) {
      throw new BatchUsageError("--id names the document of a single .txt or .html file");
    }
  }
}

export function isCalendarDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const t = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().startsWith(s);
}

/**
 * Stops yielding as soon as the signal fires, even while the source waits for input
 * (a slow pipe on stdin), so Ctrl-C never waits for the next document to arrive.
 */
async function* untilAborted<T>(source: AsyncGenerator<T>, signal: AbortSignal | undefined, onStop: () => void): AsyncGenerator<T> {
  if (!signal) return yield* source;
  const aborted = new Promise<"aborted">((resolve) => {
    if (signal.aborted) resolve("aborted");
    else signal.addEventListener("abort", () => resolve("aborted"), { once: true });
  });
  try {
    for (;;) {
      const next = await Promise.race([source.next(), aborted]);
      if (next === "aborted") return onStop();
      if (next.done) return;
      yield next.value;
    }
  } finally {
    // closes the files being read; a read still pending finishes first
    void source.return(undefined);
  }
}

/** Applies `--id` to the single input file it was validated against. */
async function* renameSingle(files: AsyncIterable<InputFile | MissingInput>, id: string | undefined): AsyncGenerator<InputFile | MissingInput> {
  for await (const f of files) yield id !== undefined && !("reason" in f) ? { ...f, id } : f;
}

/** Sum of the input files' sizes, known before the run when progress is drawn; undefined for stdin. */
async function totalBytes(options: BatchOptions): Promise<number | undefined> {
  const stderr = (options.stderr ?? process.stderr) as NodeJS.WriteStream;
  if (options.progress === false || !stderr.isTTY) return undefined;
  let total = 0;
  for await (const f of expandInputs(options.inputs)) {
    if ("reason" in f) continue;
    if (f.path === "-") return undefined;
    total += (await stat(f.path).catch(() => undefined))?.size ?? 0;
  }
  return total;
}

/**
 * Where chunks run: a piscina pool whose workers each build the extractor once, or the
 * calling thread when `workers` is 0. A worker that cannot start (bad rules) fails the run
 * at once; a task that fails later fails its documents, not the run.
 */
async function executor(workers: number, config: WorkerConfig): Promise<{ run: RunChunk; close: () => Promise<void> }> {
  if (workers === 0) {
    const processTask = createProcessor(config);
    return { run: async (docs) => docs.map(processTask), close: async () => {} };
  }
  const pool = new Piscina<DocTask[], TaskOutcome[]>({
    filename: workerFile(),
    minThreads: workers,
    maxThreads: workers,
    idleTimeout: 60_000,
    workerData: config,
    // Each thread is its own V8 heap. A small nursery keeps each from growing by tens of MB
    // between scavenges (measured: peak RSS on a 200 MB dump 378 -> 286 MB at 2 workers, same
    // CPU time); the old-generation cap makes a pathological document an error record
    // instead of exhausting the machine's memory.
    resourceLimits: { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: workerHeapMb(config.maxBytes) },
  });
  // without a listener an 'error' event would crash the process; the failed task reports it instead
  pool.on("error", () => {});
  try {
    await Promise.all(Array.from({ length: workers }, () => pool.run([])));
  } catch (err) {
    await pool.destroy();
    throw err;
  }
  const one = (doc: DocTask): Promise<TaskOutcome> =>
    pool.run([doc]).then(
      (o) => o[0] ?? { ok: false, reason: "no result" },
      (err: unknown) => ({ ok: false, reason: `worker failed: ${(err as Error).message}` }),
    );
  // a chunk whose worker died (out of memory) is retried document by document, so only the culprit fails
  const run: RunChunk = (docs) => pool.run(docs).catch(() => Promise.all(docs.map(one)));
  return { run, close: () => pool.destroy() };
}

/** The compiled worker module; from sources (vitest, tsx) the built copy in dist/ is used, as threads do not get the TS loader. */
function workerFile(): string {
  const here = new URL(import.meta.url);
  if (here.pathname.endsWith(".ts")) return new URL("../../dist/src/batch/worker.js", here).href;
  return new URL("./worker.js", here).href;
}
