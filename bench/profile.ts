// Where press-facts spends its time: the V8 CPU profile of the whole pipeline over the
// corpus, summed into self time per function (file:line).
// Usage: node profile.js <corpus.jsonl> <seconds> [top] [save.cpuprofile]
import { Session } from "node:inspector/promises";
import { readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { SourceMap } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { readCorpus, type BenchDoc } from "./corpus.js";
import { REPORT_PREFIX } from "./protocol.js";
import { TOOLS } from "./tools.js";

export interface ProfileEntry {
  readonly fn: string;
  readonly location: string;
  readonly selfMs: number;
  readonly share: number;
}

export interface ProfileReport {
  readonly functions: readonly ProfileEntry[];
}

interface CpuProfile {
  readonly nodes: readonly { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }[];
  readonly samples?: readonly number[];
  readonly timeDeltas?: readonly number[];
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const sourceMaps = new Map<string, SourceMap | null>();

const [corpusFile = "", secondsArg = "5", topArg = "25", save] = process.argv.slice(2);
const docs = await readCorpus(corpusFile);
// V8 names a regex in the profile ("RegExp: <source>") only when it was compiled while
// profiling, so the profile starts before the rules are compiled and covers the warm-up too
const session = new Session();
session.connect();
await session.post("Profiler.enable");
await session.post("Profiler.setSamplingInterval", { interval: 200 });
await session.post("Profiler.start");
const processDoc = await TOOLS["press-facts"].setup();
for (const d of docs) processDoc(d);
const until = performance.now() + Number(secondsArg) * 1000;
for (let i = 0; performance.now() < until; i = (i + 1) % docs.length) processDoc(docs[i] as BenchDoc);
const { profile } = (await session.post("Profiler.stop")) as { profile: CpuProfile };
session.disconnect();
if (save !== undefined) await writeFile(save, JSON.stringify(profile));
const report: ProfileReport = { functions: selfTimes(profile, Number(topArg)) };
process.stdout.write(`${REPORT_PREFIX}${JSON.stringify(report)}\n`);

function selfTimes(p: CpuProfile, top: number): ProfileEntry[] {
  const byNode = new Map(p.nodes.map((n) => [n.id, n.callFrame]));
  const totals = new Map<string, { fn: string; location: string; us: number }>();
  let all = 0;
  const samples = p.samples ?? [];
  const deltas = p.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const frame = byNode.get(samples[i] as number);
    const us = deltas[i] ?? 0;
    if (!frame) continue;
    all += us;
    const location = sourceLocation(frame.url, frame.lineNumber, frame.columnNumber);
    const key = `${frame.functionName}@${location}`;
    const fn = shortName(frame.functionName);
    const t = totals.get(key) ?? { fn, location, us: 0 };
    t.us += us;
    totals.set(key, t);
  }
  return [...totals.values()]
    .sort((a, b) => b.us - a.us)
    .slice(0, top)
    .map((t) => ({ fn: t.fn, location: t.location, selfMs: t.us / 1000, share: t.us / all }));
}

/** A regex's node is named by its whole source; its length tells apart sources that start alike. */
function shortName(name: string): string {
  if (name === "") return "(anonymous)";
  const regex = /^RegExp: /.exec(name);
  if (!regex) return name;
  const source = name.slice(regex[0].length);
  // V8 cuts the name at 1024 characters: longer sources that start alike share one entry
  const size = source.length >= 1024 ? "1024+" : String(source.length);
  return `RegExp (${size} chars): ${source.length > 90 ? `${source.slice(0, 90)}…` : source}`;
}


/** file:line:column of a profile frame, in the TypeScript source when the built file has a source map. */
function sourceLocation(url: string, line: number, column: number): string {
  if (url === "") return "(native)";
  if (!url.startsWith("file:")) return `${url}:${line + 1}`;
  const file = fileURLToPath(url);
  let map = sourceMaps.get(file);
  if (map === undefined) {
    try {
      map = new SourceMap(JSON.parse(readFileSync(`${file}.map`, "utf8")) as ConstructorParameters<typeof SourceMap>[0]);
    } catch {
      map = null;
    }
    sourceMaps.set(file, map);
  }
  const entry = map?.findEntry(line, column);
  if (entry && "originalSource" in entry) {
    const source = path.resolve(path.dirname(file), entry.originalSource.replace(/^file:\/\//, ""));
    return `${path.relative(root, source)}:${entry.originalLine + 1}`;
  }
  return `${path.relative(root, file)}:${line + 1}`;
}
