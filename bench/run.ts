// `npm run bench [-- --workers N]`: press-facts and the tools users would pick instead, on the
// same corpus in the same run; writes bench/RESULTS.md. Options: see USAGE.
import { spawn } from "node:child_process";
import { mkdtemp, readFile, rename, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { buildCorpus, writeCorpus } from "./corpus.js";
import { REPORT_PREFIX, type BatchReport, type StartupReport, type ToolReport } from "./protocol.js";
import { renderProfile, renderResults, type BenchResults, type ToolResult } from "./report.js";
import type { ProfileReport } from "./profile.js";
import { isToolName, TOOL_NAMES, TOOLS, type ToolName } from "./tools.js";

const USAGE = `npm run bench -- [--workers N] [--runs 5] [--budget 4] [--startup-runs 3] [--min-docs 2000]
  [--batch-copies 15] [--tools press-facts,compromise,...] [--fixtures DIR] [--results FILE|-] [--profile]
--batch-copies: the batch runner reads the corpus this many times over (distinct ids): 15 copies make
  some 30,000 documents, the size of batch the runner is for, so starting the worker threads and
  warming up their code weighs on the figures as much as on a real batch, not more
--profile adds press-facts' CPU profile (self time per function) and saves it as bench/press-facts.cpuprofile`;

const here = path.dirname(fileURLToPath(import.meta.url));
// compiled to dist/bench/: the project root is two levels up
const root = path.resolve(here, "../..");

const { values } = parseArgs({
  options: {
    workers: { type: "string" },
    runs: { type: "string", default: "5" },
    budget: { type: "string", default: "4" },
    "startup-runs": { type: "string", default: "3" },
    "min-docs": { type: "string", default: "2000" },
    "batch-copies": { type: "string", default: "15" },
    tools: { type: "string", default: TOOL_NAMES.join(",") },
    fixtures: { type: "string", default: path.join(root, "fixtures") },
    results: { type: "string", default: path.join(root, "bench", "RESULTS.md") },
    profile: { type: "boolean", default: false },
    help: { type: "boolean", default: false },
  },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const positive = (name: string, raw: string): number => {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a whole number >= 1, got ${raw}\n${USAGE}`);
  return n;
};
const runs = positive("runs", values.runs);
const budget = Number(values.budget);
if (!(budget > 0)) throw new Error(`--budget must be a number of seconds > 0, got ${values.budget}\n${USAGE}`);
const startupRuns = positive("startup-runs", values["startup-runs"]);
const maxWorkers = values.workers === undefined ? 0 : positive("workers", values.workers);
const tools = values.tools.split(",").map((t) => {
  if (!isToolName(t)) throw new Error(`unknown tool ${t}; known: ${TOOL_NAMES.join(", ")}`);
  return t;
});

const tmp = await mkdtemp(path.join(os.tmpdir(), "press-facts-bench-"));
try {
  const corpus = await buildCorpus(values.fixtures, positive("min-docs", values["min-docs"]));
  const corpusFile = path.join(tmp, "corpus.jsonl");
  await writeCorpus(corpusFile, corpus.docs);
  log(`corpus: ${corpus.docs.length} documents (${corpus.distinct} distinct), ${(corpus.bytes / 1e6).toFixed(2)} MB`);

  const loadAverage = os.loadavg();
  // a tool that fails is reported as such; the others' figures are still worth having
  const results: ToolResult[] = [];
  const failures: string[] = [];
  for (const tool of tools) {
    await measureTool(tool, corpusFile).then(
      (r) => results.push(r),
      (err: unknown) => failures.push(`${tool}: ${(err as Error).message}`),
    );
  }

  const batch: BatchReport[] = [];
  const batchCopies = positive("batch-copies", values["batch-copies"]);
  const batchFile = path.join(tmp, "batch.jsonl");
  if (maxWorkers > 0) {
    const copies = Array.from({ length: batchCopies }, (_, k) => corpus.docs.map((d) => ({ ...d, id: `${d.id}~${k}` })));
    await writeCorpus(batchFile, copies.flat());
  }
  // 0 runs the batch in the calling thread: the batch runner's own overhead, without threads
  for (let w = maxWorkers > 0 ? 0 : 1; w <= maxWorkers; w++) {
    log(`batch runner, ${w} worker${w === 1 ? "" : "s"}...`);
    await child<BatchReport>("batch-child.js", [batchFile, String(w), String(Math.min(runs, 3)), tmp]).then(
      (b) => batch.push(b),
      (err: unknown) => failures.push(`batch runner, ${w} worker${w === 1 ? "" : "s"}: ${(err as Error).message}`),
    );
  }

  const cpus = os.cpus();
  const res: BenchResults = {
    date: new Date().toISOString().replace(/\.\d+Z$/, "Z"),
    command: `npm run bench${process.argv.length > 2 ? " -- " + process.argv.slice(2).join(" ") : ""}`,
    machine: {
      cpu: cpus[0]?.model.trim() ?? "unknown CPU",
      cores: cpus.length,
      memoryGb: os.totalmem() / 2 ** 30,
      node: process.versions.node,
      platform: `${process.platform}-${process.arch}`,
      loadAverage,
    },
    versions: await versions(tools),
    corpus: { source: sourceName(values.fixtures), docs: corpus.docs.length, distinct: corpus.distinct, bytes: corpus.bytes },
    runs,
    budgetSeconds: budget,
    tools: results,
    batch,
    failures,
    ...(maxWorkers === 0
      ? { batchNote: "Not measured in this run: `npm run bench -- --workers N` measures 0..N worker threads." }
      : batch.length === 0
        ? { batchNote: "Every batch run failed: see **Not measured** above." }
        : {}),
  };
  let markdown = renderResults(res);
  if (values.profile) {
    log("press-facts: CPU profile...");
    const save = path.join(root, "bench", "press-facts.cpuprofile");
    await child<ProfileReport>("profile.js", [corpusFile, String(Math.max(budget, 5)), "25", save]).then(
      (profile) => (markdown += renderProfile(profile, path.relative(root, save))),
      (err: unknown) => {
        markdown += `\n## Where press-facts spends its time\n\nNo profile: ${(err as Error).message}\n`;
        process.exitCode = 1;
      },
    );
  }
  if (failures.length > 0) process.exitCode = 1;
  process.stdout.write("\n" + markdown);
  if (values.results !== "-") {
    // temp file + rename: a reader never sees a half-written file
    const partial = `${values.results}.${process.pid}.tmp`;
    await writeFile(partial, markdown);
    await rename(partial, values.results);
    log(`written to ${path.relative(process.cwd(), values.results)}`);
  }
} finally {
  await rm(tmp, { recursive: true, force: true });
}

async function measureTool(tool: ToolName, corpusFile: string): Promise<ToolResult> {
  log(`${tool}: throughput...`);
  const report = await child<ToolReport>("child.js", [tool, corpusFile, String(budget), String(runs)]);
  const startups: StartupReport[] = [report];
  for (let i = 1; i < startupRuns; i++) {
    startups.push(await child<StartupReport>("child.js", [tool, corpusFile, String(budget), "0", "--startup-only"]));
  }
  return { report, startupMs: startups.map((s) => s.startupMs), firstDocMs: startups.map((s) => s.firstDocMs) };
}

/** Runs one child script of dist/bench/ and returns the report it prints; its stderr is passed through. */
function child<T>(script: string, args: readonly string[]): Promise<T> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [path.join(here, script), ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    p.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    p.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      process.stderr.write(chunk);
      stderr = (stderr + chunk).slice(-20_000);
    });
    p.on("error", reject);
    p.on("close", (code) => {
      const line = stdout.split("\n").find((l) => l.startsWith(REPORT_PREFIX));
      if (code === 0 && line !== undefined) resolve(JSON.parse(line.slice(REPORT_PREFIX.length)) as T);
      else reject(new Error(`exited with code ${code}${errorLines(stderr)}`));
    });
  });
}

/** The error a crashed child printed: its first "...Error: message" line and the detail lines right after it. */
function errorLines(stderr: string): string {
  const lines = stderr.split("\n");
  const at = lines.findIndex((l) => /^\w*Error\b/.test(l));
  if (at < 0) return "";
  const detail = lines.slice(at + 1, at + 4).filter((l) => /^ {2}\S/.test(l));
  return `: ${[lines[at] ?? "", ...detail].map((l) => l.trim()).join(" ")}`;
}

async function versions(names: readonly ToolName[]): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const pkg of names.flatMap((t) => TOOLS[t].packages)) {
    const file = pkg === "press-facts" ? path.join(root, "package.json") : path.join(root, "node_modules", pkg, "package.json");
    out[pkg] = (JSON.parse(await readFile(file, "utf8")) as { version: string }).version;
  }
  return out;
}

/** The fixtures directory as the report names it: relative to the project when inside it. */
function sourceName(dir: string): string {
  const rel = path.relative(root, path.resolve(dir));
  return rel === "" ? "." : rel.startsWith("..") ? path.resolve(dir) : rel;
}

function log(msg: string): void {
  process.stderr.write(`bench: ${msg}\n`);
}
