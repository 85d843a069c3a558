import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

/** One benchmark document; `published` is the reference date every tool is given. */
export interface BenchDoc {
  readonly id: string;
  readonly text: string;
  readonly published?: string;
  readonly url?: string;
}

export interface Corpus {
  readonly docs: readonly BenchDoc[];
  /** Distinct source texts the corpus repeats. */
  readonly distinct: number;
  readonly bytes: number;
}

interface SourceDoc {
  readonly id: string;
  readonly text: string;
  readonly published?: string;
  readonly url?: string;
}

/**
 * Every `<id>.txt` under `dir` with its optional `<id>.meta.json` sidecar, repeated
 * round-robin with distinct ids until there are at least `minDocs`. Round-robin keeps
 * every prefix of the corpus a mix of all sources, so a slow tool's subset is representative.
 */
export async function buildCorpus(dir: string, minDocs: number): Promise<Corpus> {
  const sources = await readSources(dir);
  if (sources.length === 0) throw new Error(`no .txt documents under ${dir}`);
  const copies = Math.max(1, Math.ceil(minDocs / sources.length));
  const docs: BenchDoc[] = [];
  for (let copy = 0; copy < copies; copy++) {
    for (const s of sources) docs.push({ ...s, id: `${s.id}#${copy}` });
  }
  return { docs, distinct: sources.length, bytes: docs.reduce((n, d) => n + utf8Bytes(d.text), 0) };
}

async function readSources(dir: string): Promise<SourceDoc[]> {
  const files = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith(".txt")).sort();
  return Promise.all(
    files.map(async (file) => {
      const full = path.join(dir, file);
      const text = await readFile(full, "utf8");
      const meta = await readMeta(full.slice(0, -".txt".length) + ".meta.json");
      return { id: file.slice(0, -".txt".length), text, ...meta };
    }),
  );
}

async function readMeta(file: string): Promise<{ published?: string; url?: string }> {
  let raw: string;
  try {
    raw = await readFile(file, "utf8");
  } catch {
    return {};
  }
  const meta = JSON.parse(raw) as Record<string, unknown>;
  const pick = (k: string): string | undefined => (typeof meta[k] === "string" ? meta[k] : undefined);
  const published = pick("published");
  const url = pick("url");
  return { ...(published !== undefined ? { published } : {}), ...(url !== undefined ? { url } : {}) };
}

export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, "utf8");
}

/** The corpus as a JSONL dump the batch runner and the child processes read. */
export async function writeCorpus(file: string, docs: readonly BenchDoc[]): Promise<void> {
  await writeFile(file, docs.map((d) => JSON.stringify(d)).join("\n") + "\n");
}

export async function readCorpus(file: string): Promise<BenchDoc[]> {
  const raw = await readFile(file, "utf8");
  return raw
    .split("\n")
    .filter((l) => l !== "")
    .map((l) => JSON.parse(l) as BenchDoc);
}
