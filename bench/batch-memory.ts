/**
 * Peak memory of the batch runner on a large dump: writes a JSONL dump of synthetic press
 * releases (1 GiB by default) to a temp dir, runs `runBatch` over it in a child process that
 * reports its own peak RSS (worker threads included), prints the figures, deletes the dump.
 *
 *   npx tsx bench/batch-memory.ts [--mb 1024] [--workers N]
 *
 * Needs the build (`npm run build`): the child imports dist/src/batch/run.js.
 */
import { spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { once } from "node:events";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { pressRelease } from "../test/batch.corpus.js";

const { values } = parseArgs({
  options: { mb: { type: "string", default: "1024" }, workers: { type: "string", default: String(os.availableParallelism()) } },
});
const targetBytes = Number(values.mb) * 1024 * 1024;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const runModule = pathToFileURL(path.join(root, "dist/src/batch/run.js")).href;

const dir = await mkdtemp(path.join(os.tmpdir(), "press-facts-mem-"));
try {
  const dump = path.join(dir, "dump.jsonl");
  const docs = await writeDump(dump, targetBytes);
  const size = (await stat(dump)).size;
  console.log(`dump: ${docs} documents, ${(size / 1024 / 1024).toFixed(0)} MiB`);
  const report = await runChild(dump, Number(values.workers));
  console.log(
    `workers ${values.workers}: ${report.documents} documents in ${report.seconds.toFixed(1)} s ` +
      `(${Math.round(report.documents / report.seconds)} docs/s, ${(size / 1024 / 1024 / report.seconds).toFixed(1)} MiB/s); ` +
      `peak RSS ${(report.maxRssKb / 1024).toFixed(0)} MiB (target < 400 MiB)`,
  );
} finally {
  await rm(dir, { recursive: true, force: true });
}

/** Streams the dump out with backpressure, so the generator itself stays small. */
async function writeDump(file: string, bytes: number): Promise<number> {
  const out = createWriteStream(file);
  let written = 0;
  let n = 0;
  while (written < bytes) {
    const line = JSON.stringify({ id: `doc-${n}`, text: pressRelease(n), published: "2023-06-22" }) + "\n";
    written += Buffer.byteLength(line);
    n++;
    if (!out.write(line)) await once(out, "drain");
  }
  out.end();
  await once(out, "close");
  return n;
}

interface ChildReport {
  documents: number;
  seconds: number;
  maxRssKb: number;
}

/** The runner in its own process, results discarded to /dev/null, so only its memory is measured. */
async function runChild(dump: string, workers: number): Promise<ChildReport> {
  const script = `
    import { createWriteStream } from "node:fs";
    const { runBatch } = await import(${JSON.stringify(runModule)});
    const s = await runBatch({ inputs: [${JSON.stringify(dump)}], workers: ${workers}, progress: false,
      stdout: createWriteStream("/dev/null") });
    process.stdout.write(JSON.stringify({ documents: s.documents, seconds: s.seconds, maxRssKb: process.resourceUsage().maxRSS }));
  `;
  const child = spawn(process.execPath, ["--input-type=module", "-e", script], { stdio: ["ignore", "pipe", "inherit"] });
  let out = "";
  child.stdout.on("data", (d: Buffer) => (out += d.toString()));
  const [code] = (await once(child, "exit")) as [number | null];
  if (code !== 0) throw new Error(`runner exited with ${code}`);
  return JSON.parse(out) as ChildReport;
}
