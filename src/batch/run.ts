import { createWriteStream } from "node:fs";
import { stat } from "node:fs/promises";
import { once } from "node:events";
import os from "node:os";
import { Piscina } from "piscina";
import { FACT_TYPES } from "../schema/fact.js";
import { expandInputs, type InputFile, type MissingInput } from "./inputs.js";
import { commitOutput, LineWriter, openOutput, partialPath } from "./output.js";
import { Chunker, itemSource, mergeOutcomes, singleItems, type Chunk } from "./chunk.js";
import { createProcessor } from "./process.js";
import { newCounters, Progress, summaryLine, type Counters } from "./progress.js";
import { readSources } from "./read.js";
import { DEFAULT_MAX_BYTES, workerHeapMb, type BatchOptions, type BatchSummary, type ChunkOutcome, type ChunkTask, type ErrorRecord, type WorkerConfig } from "./types.js";

export type { BatchOptions, BatchSummary } from "./types.js";
export { DEFAULT_MAX_BYTES } from "./types.js";

/** Options that contradict each other or a value that is not valid; the CLI maps it to exit status 2. */
export class BatchUsageError extends Error {
  override readonly name = "BatchUsageError";
}

/** Error messages echoed on stderr when they also go to an errors file; the file has them all. */
const STDERR_ERROR_LIMIT = 50;

type RunChunk = (task: ChunkTask) => Promise<ChunkOutcome>;
type Done = [Chunk, ChunkOutcome | undefined];

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
  const flush = async (pending: Promise<Done>): Promise<void> => {
    const [{ entries }, outcome] = await pending;
    // read errors and the worker's errors (in item order) go out in input order
    const failed = outcome?.errors ?? [];
    let next = 0;
    let item = 0;
    for (const entry of entries) {
      if ("error" in entry) {
        await reportError(entry.error);
        continue;
      }
      for (; next < failed.length && (failed[next]?.item ?? 0) <= item; next++) await reportError((failed[next] as { error: ErrorRecord }).error);
      item++;
    }
    for (; next < failed.length; next++) await reportError((failed[next] as { error: ErrorRecord }).error);
    if (outcome) {
      await writer.writeLines(outcome.output);
      counters.documents += outcome.documents;
      FACT_TYPES.forEach((t, i) => (counters.facts[t] += outcome.facts[i] ?? 0));
    }
    progress.update(counters);
  };

  let interrupted = false;
  const sources = untilAborted(readSources(renameSingle(expandInputs(options.inputs), options.id), {
    maxBytes,
    stdin: options.stdin ?? process.stdin,
    skip,
    parseLines: done.size > 0,
    onBytes: (n) => void (counters.bytes += n),
  }), options.signal, () => void (interrupted = true));
  const window: Promise<Done>[] = [];
  const maxInFlight = Math.max(2, workers * 3);
  const chunker = new Chunker();
  const dispatch = (chunks: Chunk[]): void => {
    for (const chunk of chunks) window.push(chunk.task === undefined ? Promise.resolve([chunk, undefined]) : run(chunk.task).then((o) => [chunk, o]));
  };
  try {
    for await (const item of sources) {
      dispatch(chunker.add(item));
      while (window.length >= maxInFlight) await flush(window.shift() as Promise<Done>);
    }
    dispatch(chunker.flush());
    while (window.length > 0) await flush(window.shift() as Promise<Done>);
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
    const processChunk = createProcessor(config);
    return { run: async (task) => processChunk(task), close: async () => {} };
  }
  const pool = new Piscina<ChunkTask, ChunkOutcome>({
    filename: workerFile(),
    minThreads: workers,
    maxThreads: workers,
    idleTimeout: 60_000,
    workerData: config,
    // Each thread is its own V8 heap; the old-generation cap makes a pathological document an
    // error record instead of exhausting the machine's memory. The nursery keeps V8's default:
    // capping it at 8 MB saved some 90 MB of RSS but cost 20% of the throughput at 2 workers.
    resourceLimits: { maxOldGenerationSizeMb: workerHeapMb(config.maxBytes) },
  });
  // without a listener an 'error' event would crash the process; the failed task reports it instead
  pool.on("error", () => {});
  try {
    await Promise.all(Array.from({ length: workers }, () => pool.run({ docs: [] })));
  } catch (err) {
    await pool.destroy();
    throw err;
  }
  const one = (task: ChunkTask): Promise<ChunkOutcome> =>
    pool.run(task).catch((err: unknown) => ({
      output: new Uint8Array(0),
      documents: 0,
      facts: [],
      errors: [{ item: 0, error: { ...itemSource(task), reason: `worker failed: ${(err as Error).message}` } }],
    }));
  // a chunk whose worker died (out of memory) is retried item by item, so only the culprit fails
  const run: RunChunk = (task) => pool.run(task).catch(() => Promise.all(singleItems(task).map(one)).then(mergeOutcomes));
  return { run, close: () => pool.destroy() };
}

/** The compiled worker module; from sources (vitest, tsx) the built copy in dist/ is used, as threads do not get the TS loader. */
function workerFile(): string {
  const here = new URL(import.meta.url);
  if (here.pathname.endsWith(".ts")) return new URL("../../dist/src/batch/worker.js", here).href;
  return new URL("./worker.js", here).href;
}
