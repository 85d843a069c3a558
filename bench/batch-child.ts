// The batch runner at one worker count, in its own process so its peak memory is its own.
// Usage: node batch-child.js <corpus.jsonl> <workers> <runs> <outDir>
import { Writable } from "node:stream";
import path from "node:path";
import { readCorpus, utf8Bytes } from "./corpus.js";
import { REPORT_PREFIX, type BatchReport } from "./protocol.js";
import { MB } from "./stats.js";
import { runBatch } from "../src/batch/run.js";

const [corpusFile = "", workersArg = "1", runsArg = "3", outDir = ""] = process.argv.slice(2);
const workers = Number(workersArg);
const runs = Number(runsArg);
const docs = await readCorpus(corpusFile);
const bytes = docs.reduce((n, d) => n + utf8Bytes(d.text), 0);
const quiet = new Writable({ write: (_chunk, _enc, done) => done() });

async function once(): Promise<{ seconds: number; cpuSeconds: number }> {
  const cpu = process.cpuUsage();
  const t = performance.now();
  const summary = await runBatch({
    inputs: [corpusFile],
    out: path.join(outDir, `batch-${workers}.jsonl`),
    workers,
    progress: false,
    summary: false,
    stderr: quiet,
  });
  const seconds = (performance.now() - t) / 1000;
  if (summary.documents !== docs.length || summary.errors !== 0) {
    throw new Error(`batch run wrote ${summary.documents} of ${docs.length} documents with ${summary.errors} errors`);
  }
  const used = process.cpuUsage(cpu);
  return { seconds, cpuSeconds: (used.user + used.system) / 1e6 };
}

await once(); // warm-up: file cache, JIT of the main thread
const runSeconds: number[] = [];
const runCpuSeconds: number[] = [];
for (let r = 0; r < runs; r++) {
  const { seconds, cpuSeconds } = await once();
  runSeconds.push(seconds);
  runCpuSeconds.push(cpuSeconds);
}
const report: BatchReport = {
  workers,
  docs: docs.length,
  bytes,
  runSeconds,
  runCpuSeconds,
  peakRssMb: (process.resourceUsage().maxRSS * 1024) / MB,
};
process.stdout.write(`${REPORT_PREFIX}${JSON.stringify(report)}\n`);
