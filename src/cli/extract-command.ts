import os from "node:os";
import { statSync } from "node:fs";
import { InvalidArgumentError, Option } from "commander";
import { BatchUsageError, DEFAULT_MAX_BYTES, isCalendarDate, runBatch } from "../batch/run.js";
import { kindOf } from "../batch/inputs.js";
import { FACT_TYPES, FactTypeSchema, type FactType } from "../schema/fact.js";
import { EXIT, type RegisterCommand } from "./main.js";

interface ExtractFlags {
  out?: string;
  errors?: string;
  published?: string;
  id?: string;
  pretty?: boolean;
  includeText?: boolean;
  types?: FactType[];
  workers?: number;
  maxBytes?: number;
  resume?: boolean;
  progress: boolean;
}

const HELP = `
Inputs:
  FILE.txt            one document (UTF-8 text)
  FILE.html, .htm     a saved web page: the article body, title, publication date
                      (article:published_time, <time datetime>, JSON-LD datePublished,
                      date meta tags) and canonical URL are taken from the page
  FILE.jsonl[.gz]     one document per line: {"id", "text" | "html", "published", "url", "title"}
  DIR                 every .txt, .html, .htm, .jsonl, .jsonl.gz file below it, in path order
  'GLOB'              e.g. 'archive/**/*.html' (quote it so the shell leaves it alone)
  - or nothing        JSONL on stdin

Document ids: a single .txt/.html file is named by its base name without extension (or --id);
files found in a directory or by a glob by their path relative to it; a JSONL line without an
"id" by <file>:<line>.

Output: one result per line (JSONL), in input order: {"doc": {...}, "facts": [...], "warnings": [...]}.
With --out the results are appended to FILE.partial, whole lines only, and FILE.partial is renamed
to FILE when the run completes. After a crash or Ctrl-C, FILE.partial holds every result written so
far; run the same command with --resume to finish it without duplicates. Ctrl-C stops reading,
finishes the documents in flight and closes the files; a second Ctrl-C stops at once.

Errors: a file or line that cannot be read (missing file, malformed JSON, invalid UTF-8, binary
data, empty document, a file or JSONL line over --max-bytes) gets a message on stderr and a record in --errors
({"source", "line", "id", "reason"}); the other documents are still processed.

Exit status: 0 all documents processed, 1 some document failed or the run was interrupted,
2 usage error.
`;

/** `press-facts extract`: facts of text files, saved pages and JSONL dumps, streamed in input order. */
export const registerExtract: RegisterCommand = (program, ctx) => {
  program
    .command("extract")
    .description("extract facts from .txt, .html and .jsonl(.gz) files, directories, globs or stdin (JSONL)")
    .argument("[input...]", "files, directories, glob patterns, or - for stdin")
    .option("-o, --out <file>", "write results to FILE (atomically: FILE.partial, then renamed)")
    .option("--errors <file>", "write one JSONL error record per failed document to FILE")
    .option("--published <date>", "publication date (YYYY-MM-DD) of documents that state none", parseDate)
    .option("--id <id>", "document id, for a single .txt or .html input")
    .option("--pretty", "indented JSON instead of one line per document")
    .option("--include-text", "include each document's text, which the citations point into")
    .option("--types <list>", `fact types to extract, comma-separated (default: ${FACT_TYPES.join(",")})`, parseTypes)
    .option("-w, --workers <n>", `worker threads (default: number of cores, ${os.availableParallelism()} here, or 0 for a single .txt/.html file; 0 = extract in the main thread)`, parseCount)
    .addOption(
      new Option("--max-bytes <n>", `largest document (file or JSONL line) accepted, e.g. 10MB (default ${DEFAULT_MAX_BYTES / 1024 / 1024}MB; each MB of text needs ~80 MB of memory)`).argParser(parseBytes),
    )
    .option("--resume", "continue an interrupted --out: skip documents already written")
    .option("--no-progress", "no progress bar (it is only drawn when stderr is a terminal)")
    .addHelpText("after", HELP)
    .action(async (inputs: string[], flags: ExtractFlags) => {
      if (inputs.length === 0 && (ctx.stdin as { isTTY?: boolean }).isTTY) {
        ctx.stderr.write("press-facts extract: reading JSONL documents from stdin (Ctrl-D to end; --help for inputs)\n");
      }
      const controller = new AbortController();
      const onSigint = (): void => controller.abort();
      process.once("SIGINT", onSigint);
      try {
        const summary = await runBatch({
          inputs,
          ...defined({
            out: flags.out,
            errors: flags.errors,
            published: flags.published,
            id: flags.id,
            maxBytes: flags.maxBytes,
            types: flags.types,
          }),
          workers: flags.workers ?? defaultWorkers(inputs),
          pretty: flags.pretty ?? false,
          includeText: flags.includeText ?? false,
          resume: flags.resume ?? false,
          progress: flags.progress,
          signal: controller.signal,
          stdin: ctx.stdin,
          stdout: ctx.stdout,
          stderr: ctx.stderr,
        });
        if (summary.errors > 0 || summary.interrupted) ctx.fail(EXIT.failed);
        // a read from stdin may still be pending after Ctrl-C and would keep the process alive
        if (summary.interrupted) (ctx.stdin as { destroy?: () => void }).destroy?.();
      } catch (err) {
        // the reader of stdout went away (`| head`): nothing more is wanted
        if ((err as NodeJS.ErrnoException).code === "EPIPE") return;
        if (!(err instanceof BatchUsageError)) throw err;
        ctx.stderr.write(`press-facts extract: ${err.message}\n`);
        ctx.fail(EXIT.usage);
      } finally {
        process.removeListener("SIGINT", onSigint);
      }
    });
};

/** One text or HTML file is extracted in-process: starting worker threads would cost more than the work. */
function defaultWorkers(inputs: readonly string[]): number {
  const only = inputs.length === 1 ? inputs[0] : undefined;
  if (only !== undefined && only !== "-") {
    const kind = kindOf(only);
    const isFile = statSync(only, { throwIfNoEntry: false })?.isFile() ?? false;
    if (isFile && (kind === undefined || kind === "text" || kind === "html")) return 0;
  }
  return os.availableParallelism();
}

function defined<T extends Record<string, unknown>>(o: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as { [K in keyof T]?: Exclude<T[K], undefined> };
}

function parseDate(value: string): string {
  if (!isCalendarDate(value)) throw new InvalidArgumentError("expected a calendar date YYYY-MM-DD.");
  return value;
}

function parseTypes(value: string): FactType[] {
  const types = value.split(",").map((t) => t.trim()).filter(Boolean);
  const bad = types.filter((t) => !FactTypeSchema.safeParse(t).success);
  if (types.length === 0 || bad.length > 0) throw new InvalidArgumentError(`expected some of ${FACT_TYPES.join(", ")}.`);
  return types as FactType[];
}

function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError("expected a whole number.");
  return Number(value);
}

/** "20000000", "20MB", "512k", "1GiB". */
function parseBytes(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]?)(?:i?b)?$/i.exec(value.trim());
  if (!m) throw new InvalidArgumentError("expected a size such as 20MB or 500000.");
  const unit = { "": 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[(m[2] ?? "").toLowerCase() as "" | "k" | "m" | "g"];
  const n = Math.floor(Number(m[1]) * unit);
  if (n < 1) throw new InvalidArgumentError("must be at least 1 byte.");
  return n;
}
