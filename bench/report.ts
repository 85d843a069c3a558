import { MB, median, spread } from "./stats.js";
import type { BatchReport, ToolReport } from "./protocol.js";
import type { ProfileReport } from "./profile.js";
import { TOOLS } from "./tools.js";

export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGb: number;
  readonly node: string;
  readonly platform: string;
  readonly loadAverage: readonly number[];
}

export interface ToolResult {
  readonly report: ToolReport;
  /** Start-up of every fresh process that measured it (the timed one included). */
  readonly startupMs: readonly number[];
  readonly firstDocMs: readonly number[];
}

export interface BenchResults {
  readonly date: string;
  readonly command: string;
  readonly machine: Machine;
  readonly versions: Readonly<Record<string, string>>;
  readonly corpus: { readonly source: string; readonly docs: number; readonly distinct: number; readonly bytes: number };
  readonly runs: number;
  readonly budgetSeconds: number;
  readonly tools: readonly ToolResult[];
  readonly batch: readonly BatchReport[];
  /** Measurements that could not be made, with the reason. */
  readonly failures: readonly string[];
  /** Why the batch section is missing, when it is. */
  readonly batchNote?: string;
}

/** Issue 7's targets: single thread >= 5 MB/s, >= 2x chrono-node, >= 5x wink-nlp, 2 workers >= 1.7x, start-up < 300 ms. */
const TARGETS = { mbPerSec: 5, overChrono: 2, overWink: 5, twoWorkers: 1.7, startupMs: 300 } as const;

const mbps = (r: ToolReport): number => r.bytes / MB / median(r.runSeconds);
const cpuMbps = (r: ToolReport): number => r.bytes / MB / median(r.runCpuSeconds);
const docsps = (r: ToolReport): number => r.docs / median(r.runSeconds);
const batchMbps = (b: BatchReport): number => b.bytes / MB / median(b.runSeconds);
const fmt = (x: number, digits = 2): string => (Number.isFinite(x) ? x.toFixed(x >= 100 ? 0 : digits) : "n/a");
const pct = (x: number): string => `±${(x * 50).toFixed(0)}%`;

/** Other work on the machine when the run started: more than half a process per core. */
const busy = (m: Machine): boolean => (m.loadAverage[0] ?? 0) > m.cores * 0.5;

export function renderResults(res: BenchResults): string {
  const pf = res.tools.find((t) => t.report.tool === "press-facts");
  const pfMbps = pf ? mbps(pf.report) : Number.NaN;
  const lines: string[] = [
    "# Benchmark results",
    "",
    `Latest \`${res.command}\`, ${res.date}.`,
    "",
    `Machine: ${res.machine.cpu}, ${res.machine.cores} cores, ${fmt(res.machine.memoryGb, 1)} GB RAM, ` +
      `Node ${res.machine.node} (${res.machine.platform}); load average at start ${res.machine.loadAverage.map((l) => l.toFixed(2)).join(" / ")}.`,
    ...(busy(res.machine)
      ? ["", `**The machine was busy** (load average ${fmt(res.machine.loadAverage[0] ?? 0)} on ${res.machine.cores} cores): wall-time figures are noisy; re-run on a quiet machine before quoting them.`]
      : []),
    "",
    `Corpus: ${res.corpus.docs} documents, ${fmt(res.corpus.bytes / MB)} MB (UTF-8), the ${res.corpus.distinct} texts of ` +
      `\`${res.corpus.source}\` (*.txt + .meta.json) repeated with distinct ids. MB = 10^6 bytes. ` +
      `Every figure is the median of ${res.runs} timed runs after an untimed warm-up pass; each tool runs in its own fresh ` +
      `Node process, one after the other, on the same documents.`,
    "",
    "## Single thread, whole pipeline vs the alternatives",
    "",
    "| tool | documents per run | docs/s | MB/s | MB per CPU-s | press-facts is | start-up ms | + first doc ms | peak RSS MB | items/doc | run spread |",
    "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
  ];
  for (const t of res.tools) {
    const r = t.report;
    const subset = r.docs < r.corpusDocs ? `${r.docs} of ${r.corpusDocs} (subset: too slow for all)` : `${r.docs} (all)`;
    const x = pfMbps / mbps(r);
    const ratio =
      r.tool === "press-facts" ? "—" : !Number.isFinite(x) ? "n/a" : x >= 1 ? `${fmt(x, 1)}x faster` : `${fmt(1 / x, 1)}x slower`;
    lines.push(
      `| ${r.tool} | ${subset} | ${fmt(docsps(r), 1)} | ${fmt(mbps(r), 3)} | ${fmt(cpuMbps(r), 3)} | ${ratio} | ${fmt(median(t.startupMs), 0)} | ` +
        `${fmt(median(t.firstDocMs), 0)} | ${fmt(r.peakRssMb, 0)} (+${fmt(r.peakRssMb - r.baseRssMb, 0)}) | ${fmt(r.itemsPerDoc, 1)} | ${pct(spread(r.runSeconds))} |`,
    );
  }
  lines.push(
    "",
    `Start-up is \`await import()\` + one-time setup (press-facts: \`createExtractor()\`, i.e. loading and compiling the rules), ` +
      `median of ${res.tools[0]?.startupMs.length ?? 0} fresh processes; "+ first doc" adds the first document. Peak RSS is ` +
      "`process.resourceUsage().maxRSS` of the tool's process (Node itself and the corpus in memory included; in brackets, the growth over the RSS before the tool was imported). A tool that " +
      `would need more than ${2 * res.budgetSeconds} s for the whole corpus runs on a subset: the prefix it gets through in about ` +
      `${res.budgetSeconds} s, in whole rounds of the distinct texts when possible. MB per CPU-s divides by the process's CPU ` +
      "time instead of wall time (steadier when the machine is busy). Items/doc counts what each tool returns (facts, " +
      "entities, dates), which differ in kind: it is a sanity check, not accuracy " +
      "(`npm run compare` measures that). Run spread is (max - min) / median / 2 over the timed runs.",
    "",
    "What each tool runs per document (output always serialised with `JSON.stringify`):",
    "",
    ...res.tools.map((t) => `- **${t.report.tool}** (${TOOLS[t.report.tool].packages.map((p) => `${p} ${res.versions[p] ?? "?"}`).join(", ")}): ${TOOLS[t.report.tool].measures}`),
    "",
  );
  if (res.failures.length > 0) {
    lines.push("**Not measured** (the process failed; its stderr is in the bench output):", "", ...res.failures.map((f) => `- ${f}`), "");
  }
  lines.push(...renderBatch(res, pfMbps));
  lines.push(...renderTargets(res, pf));
  return lines.join("\n") + "\n";
}

function renderBatch(res: BenchResults, pfMbps: number): string[] {
  const out = ["## Batch runner (`runBatch`, worker threads)", ""];
  if (res.batch.length === 0) {
    return [...out, res.batchNote ?? "Not measured: run `npm run bench -- --workers N`.", ""];
  }
  const one = res.batch.find((b) => b.workers === 1);
  out.push(
    `The same corpus ${res.batch[0] ? `read ${fmt(res.batch[0].docs / res.corpus.docs, 0)} times over (${res.batch[0].docs} documents, ` +
      `${fmt(res.batch[0].bytes / MB)} MB)` : ""} from one JSONL file; each figure is the wall time of a whole \`runBatch\` call (pool start-up, reading, ` +
      `extraction, serialising and writing the output), median of ${res.runs >= 3 ? 3 : res.runs} runs after a warm-up run. ` +
      "With 0 workers the batch runs in the calling thread: the runner's own cost without threads. The CPU column counts " +
      "every thread, so it shows the work done whatever the other processes on the machine were doing.",
    "",
    "| workers | docs/s | MB/s | MB per CPU-s (all threads) | scaling vs 1 worker | vs single-thread in-process | peak RSS MB |",
    "|---:|---:|---:|---:|---:|---:|---:|",
  );
  for (const b of res.batch) {
    out.push(
      `| ${b.workers === 0 ? "0 (calling thread)" : b.workers} | ${fmt(b.docs / median(b.runSeconds), 1)} | ${fmt(batchMbps(b), 3)} | ${fmt(b.bytes / MB / median(b.runCpuSeconds), 3)} | ` +
        `${one ? fmt(batchMbps(b) / batchMbps(one)) + "x" : "n/a"} | ${fmt(batchMbps(b) / pfMbps)}x | ${fmt(b.peakRssMb, 0)} |`,
    );
  }
  return [...out, ""];
}

function renderTargets(res: BenchResults, pf: ToolResult | undefined): string[] {
  const out = ["## Targets (issue 7)", "", "| target | measured | |", "|---|---:|---|"];
  const mark = (ok: boolean): string => (ok ? "met" : "**missed**");
  if (pf) {
    const m = mbps(pf.report);
    out.push(`| single thread, whole pipeline >= ${TARGETS.mbPerSec} MB/s | ${fmt(m, 3)} MB/s | ${mark(m >= TARGETS.mbPerSec)} |`);
    for (const [peer, want] of [["chrono-node", TARGETS.overChrono], ["wink-nlp", TARGETS.overWink]] as const) {
      const p = res.tools.find((t) => t.report.tool === peer);
      if (p) {
        const ratio = m / mbps(p.report);
        out.push(`| >= ${want}x ${peer}, same run | ${fmt(ratio)}x | ${mark(ratio >= want)} |`);
      }
    }
    const s = median(pf.startupMs);
    out.push(`| start-up (import + rule compilation) < ${TARGETS.startupMs} ms | ${fmt(s, 0)} ms | ${mark(s < TARGETS.startupMs)} |`);
  }
  const one = res.batch.find((b) => b.workers === 1);
  const two = res.batch.find((b) => b.workers === 2);
  if (one && two) {
    const ratio = batchMbps(two) / batchMbps(one);
    out.push(`| 2 workers >= ${TARGETS.twoWorkers}x 1 worker | ${fmt(ratio)}x | ${mark(ratio >= TARGETS.twoWorkers)} |`);
  }
  return [...out, ""];
}

export function renderProfile(profile: ProfileReport, saved: string): string {
  const cell = (t: string): string => "`" + t.replace(/`/g, "'").replace(/\|/g, "\\|") + "`";
  const lines = [
    "## Where press-facts spends its time",
    "",
    `V8 CPU profile of the whole pipeline over the corpus, start-up and warm-up pass included (saved as \`${saved}\`, ` +
      "open it in Chrome DevTools). A regex's own matching time is listed as `RegExp (<length> chars): <source>`; V8 cuts " +
      "the name at 1024 characters, so longer regexes that start alike are summed in one row.",
    "",
    "| self % | self ms | function | location |",
    "|---:|---:|---|---|",
    ...profile.functions.map((e) => `| ${(e.share * 100).toFixed(1)} | ${e.selfMs.toFixed(0)} | ${cell(e.fn)} | ${e.location} |`),
    "",
  ];
  return lines.join("\n") + "\n";
}
