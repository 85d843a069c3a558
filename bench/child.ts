// One tool in its own process, so its start-up is cold and its peak memory is its own.
// Usage: node child.js <tool> <corpus.jsonl> <budgetSeconds> <runs> [--startup-only]
import { readCorpus, utf8Bytes, type BenchDoc } from "./corpus.js";
import { REPORT_PREFIX, type StartupReport, type ToolReport } from "./protocol.js";
import { isToolName, TOOLS, type ProcessDoc } from "./tools.js";
import { MB } from "./stats.js";

const [toolName = "", corpusFile = "", budgetArg = "4", runsArg = "5", mode] = process.argv.slice(2);
if (!isToolName(toolName)) throw new Error(`unknown tool ${toolName}`);
const budgetMs = Number(budgetArg) * 1000;
const runs = Number(runsArg);

const docs = await readCorpus(corpusFile);
const first = docs[0];
if (first === undefined) throw new Error("empty corpus");
const baseRssMb = process.memoryUsage().rss / MB;

const t0 = performance.now();
const processDoc = await TOOLS[toolName].setup();
const startupMs = performance.now() - t0;
processDoc(first);
const startup: StartupReport = { startupMs, firstDocMs: performance.now() - t0 };

if (mode === "--startup-only") {
  emit(startup);
} else {
  const docsPerRun = warmUp(processDoc, docs, budgetMs, distinctCount(docs));
  const runSeconds: number[] = [];
  const runCpuSeconds: number[] = [];
  let items = 0;
  let sink = 0;
  for (let r = 0; r < runs; r++) {
    items = 0;
    const cpu = process.cpuUsage();
    const t = performance.now();
    for (let i = 0; i < docsPerRun; i++) {
      const p = processDoc(docs[i] as BenchDoc);
      items += p.items;
      sink += p.out.length;
    }
    runSeconds.push((performance.now() - t) / 1000);
    const used = process.cpuUsage(cpu);
    runCpuSeconds.push((used.user + used.system) / 1e6);
  }
  if (sink === 0) process.stderr.write(`${toolName}: produced no output at all\n`);
  const report: ToolReport = {
    tool: toolName,
    ...startup,
    docs: docsPerRun,
    corpusDocs: docs.length,
    bytes: docs.slice(0, docsPerRun).reduce((n, d) => n + utf8Bytes(d.text), 0),
    runSeconds,
    runCpuSeconds,
    itemsPerDoc: items / docsPerRun,
    peakRssMb: (process.resourceUsage().maxRSS * 1024) / MB,
    baseRssMb,
  };
  emit(report);
}

/**
 * One untimed pass over the corpus, cut short at twice the time budget. Its rate decides how
 * many documents a timed run gets: all of them when that takes at most twice the budget, or,
 * for a slower tool, the prefix it gets through in the budget (whole rounds of the distinct
 * texts when that is at least one).
 */
function warmUp(run: ProcessDoc, all: readonly BenchDoc[], budget: number, distinct: number): number {
  const t = performance.now();
  let done = 0;
  while (done < all.length && performance.now() - t < 2 * budget) run(all[done++] as BenchDoc);
  if (done === all.length) return all.length;
  const fit = Math.max(1, Math.floor((done / (performance.now() - t)) * budget));
  return fit >= distinct ? fit - (fit % distinct) : fit;
}

function distinctCount(all: readonly BenchDoc[]): number {
  return new Set(all.map((d) => d.id.replace(/#\d+$/, ""))).size;
}

function emit(report: StartupReport | ToolReport): void {
  process.stdout.write(`${REPORT_PREFIX}${JSON.stringify(report)}\n`);
}
