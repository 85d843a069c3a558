import { opendir, stat } from "node:fs/promises";
import path from "node:path";
import { compileGlob, isGlob } from "./glob.js";

export type InputKind = "text" | "html" | "jsonl" | "jsonl.gz";

/** One input file (or stdin) and the id its documents are named by. */
export interface InputFile {
  /** The path to open, or "-" for stdin. */
  readonly path: string;
  /** Default document id: the path relative to the input root; for a dump, the prefix of `<file>:<line>`. */
  readonly id: string;
  readonly kind: InputKind;
}

/** An input that names nothing readable; it becomes an error record, the others still run. */
export interface MissingInput {
  readonly path: string;
  readonly reason: string;
}

const EXTENSIONS: readonly [string, InputKind][] = [
  [".jsonl.gz", "jsonl.gz"],
  [".ndjson.gz", "jsonl.gz"],
  [".jsonl", "jsonl"],
  [".ndjson", "jsonl"],
  [".html", "html"],
  [".htm", "html"],
  [".txt", "text"],
];

/** The kind of a file from its name; undefined for names a directory walk skips. */
export function kindOf(file: string): InputKind | undefined {
  const lower = file.toLowerCase();
  return EXTENSIONS.find(([ext]) => lower.endsWith(ext))?.[1];
}

/**
 * Expands the inputs in the order given: a directory or glob yields its files sorted by
 * path (so ids and output order are the same on every run), a single file yields itself
 * (read as text when its extension is unknown), "-" yields stdin.
 */
export async function* expandInputs(inputs: readonly string[]): AsyncGenerator<InputFile | MissingInput> {
  const list = inputs.length === 0 ? ["-"] : inputs;
  for (const input of list) {
    if (input === "-") {
      yield { path: "-", id: "stdin", kind: "jsonl" };
      continue;
    }
    const info = await stat(input).catch((err: NodeJS.ErrnoException) => err);
    if (info instanceof Error) {
      if (isGlob(input)) {
        yield* globFiles(input);
        continue;
      }
      yield { path: input, reason: `cannot read: ${info.code ?? info.message}` };
    } else if (info.isDirectory()) {
      for await (const file of walk(input)) {
        const kind = kindOf(file);
        if (kind) yield { path: file, id: toPosix(path.relative(input, file)), kind };
      }
    } else {
      const kind = kindOf(input) ?? "text";
      const base = path.basename(input);
      const id = kind === "text" || kind === "html" ? base.replace(/\.[^.]*$/, "") || base : base;
      yield { path: input, id, kind };
    }
  }
}

async function* globFiles(pattern: string): AsyncGenerator<InputFile | MissingInput> {
  const { base, match } = compileGlob(pattern);
  let found = false;
  const baseInfo = await stat(base).catch(() => undefined);
  if (baseInfo?.isDirectory()) {
    for await (const file of walk(base)) {
      const rel = toPosix(path.relative(base, file));
      const kind = kindOf(file) ?? "text";
      if (!match(rel)) continue;
      found = true;
      yield { path: file, id: rel, kind };
    }
  }
  if (!found) yield { path: pattern, reason: "no file matches this pattern" };
}

/** Files under a directory, depth first, entries sorted by name. */
async function* walk(dir: string): AsyncGenerator<string> {
  const entries: { name: string; dir: boolean }[] = [];
  for await (const e of await opendir(dir)) entries.push({ name: e.name, dir: e.isDirectory() });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.dir) yield* walk(full);
    else yield full;
  }
}

function toPosix(p: string): string {
  return p.split(path.sep).join("/");
}
