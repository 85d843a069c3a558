import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, extname, join, relative } from "node:path";
import { z } from "zod";
import type { HtmlReader } from "../ingest/html.js";
import type { DocMeta } from "../options.js";

/**
 * A fixture is a document file (.txt, .html/.htm, or .jsonl with one document per line)
 * plus its golden file `<name>.facts.json` beside it. A .txt or .html fixture may have a
 * sidecar `<name>.meta.json` with its id, publication date, URL, title, source and licence.
 * Files named `gold.jsonl` or `*.gold.jsonl` are evaluation sets for `eval`, not fixtures.
 */
export interface Fixture {
  /** The document file, as given or found (relative to the working directory when found in a folder). */
  readonly path: string;
  /** Where its golden file lives. */
  readonly golden: string;
}

/** One document of a fixture, ready for the extractor. */
export interface FixtureDoc {
  readonly id: string;
  readonly text: string;
  readonly meta: DocMeta;
}

/** A document (or JSONL line) that could not be read; reported, never silently skipped. */
export interface FixtureLoadError {
  readonly line?: number;
  readonly message: string;
}

export interface LoadedFixture {
  readonly docs: FixtureDoc[];
  readonly errors: FixtureLoadError[];
}

const DOC_EXTENSIONS = new Set([".txt", ".html", ".htm", ".jsonl"]);

/** Sidecar metadata; source and licence are for people, the rest goes to the extractor. */
export const FixtureMetaSchema = z.looseObject({
  id: z.string().min(1).optional(),
  published: z.string().optional(),
  url: z.string().optional(),
  title: z.string().optional(),
  source: z.string().optional(),
  licence: z.string().optional(),
});

const JsonlDocSchema = FixtureMetaSchema.extend({
  id: z.union([z.string().min(1), z.number()]).transform(String),
  text: z.string().optional(),
  html: z.string().optional(),
}).refine((d) => d.text !== undefined || d.html !== undefined, 'needs "text" or "html"');

function isFixtureFile(name: string): boolean {
  if (name === "gold.jsonl" || name.endsWith(".gold.jsonl")) return false;
  return DOC_EXTENSIONS.has(extname(name).toLowerCase());
}

/** The golden file of a document file: `<name>.facts.json` beside it. */
export function goldenPathOf(docPath: string): string {
  return join(dirname(docPath), `${basename(docPath, extname(docPath))}.facts.json`);
}

function metaPathOf(docPath: string): string {
  return join(dirname(docPath), `${basename(docPath, extname(docPath))}.meta.json`);
}

/** Every fixture in the given files and folders (folders searched recursively), in path order. */
export function discoverFixtures(inputs: readonly string[]): Fixture[] {
  const out: Fixture[] = [];
  const walk = (dir: string): void => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const full = join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.isFile() && isFixtureFile(e.name)) out.push({ path: relative(process.cwd(), full) || full, golden: "" });
    }
  };
  for (const input of inputs) {
    if (statSync(input).isDirectory()) walk(input);
    else out.push({ path: input, golden: "" });
  }
  return out.map((f) => ({ path: f.path, golden: goldenPathOf(f.path) }));
}

function toDocMeta(m: z.infer<typeof FixtureMetaSchema>): DocMeta {
  return {
    ...(m.id !== undefined ? { id: m.id } : {}),
    ...(m.published !== undefined ? { published: m.published } : {}),
    ...(m.url !== undefined ? { url: m.url } : {}),
    ...(m.title !== undefined ? { title: m.title } : {}),
  };
}

function readSidecar(docPath: string): z.infer<typeof FixtureMetaSchema> {
  let raw: string;
  try {
    raw = readFileSync(metaPathOf(docPath), "utf8");
  } catch {
    return {};
  }
  const parsed = FixtureMetaSchema.safeParse(JSON.parse(raw));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${metaPathOf(docPath)}: ${issue?.path.join(".") || "<root>"}: ${issue?.message ?? "invalid"}`);
  }
  return parsed.data;
}

/** Reads a fixture's documents; a bad file or line becomes an error, the other lines still load. */
export function loadFixture(fixture: Fixture, html: HtmlReader): LoadedFixture {
  const ext = extname(fixture.path).toLowerCase();
  const name = basename(fixture.path, extname(fixture.path));
  try {
    const raw = readFileSync(fixture.path, "utf8");
    if (ext === ".jsonl") return loadJsonl(raw, html);
    const sidecar = readSidecar(fixture.path);
    if (ext === ".txt") {
      return { docs: [{ id: sidecar.id ?? name, text: raw, meta: { ...toDocMeta(sidecar), id: sidecar.id ?? name } }], errors: [] };
    }
    const page = html.read(raw, sidecar.url);
    const fromPage = toDocMeta({ ...page });
    return { docs: [{ id: sidecar.id ?? name, text: page.text, meta: { ...fromPage, ...toDocMeta(sidecar), id: sidecar.id ?? name } }], errors: [] };
  } catch (err) {
    return { docs: [], errors: [{ message: (err as Error).message }] };
  }
}

function loadJsonl(raw: string, html: HtmlReader): LoadedFixture {
  const docs: FixtureDoc[] = [];
  const errors: FixtureLoadError[] = [];
  raw.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    let obj: unknown;
    try {
      obj = JSON.parse(line);
    } catch (err) {
      errors.push({ line: i + 1, message: `invalid JSON (${(err as Error).message})` });
      return;
    }
    const parsed = JsonlDocSchema.safeParse(obj);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      errors.push({ line: i + 1, message: `${issue?.path.join(".") || "<root>"}: ${issue?.message ?? "invalid"}` });
      return;
    }
    const d = parsed.data;
    if (docs.some((x) => x.id === d.id)) {
      errors.push({ line: i + 1, message: `duplicate id ${JSON.stringify(d.id)}: golden files key documents by id` });
      return;
    }
    const page = d.text === undefined && d.html !== undefined ? html.read(d.html, d.url) : undefined;
    const text = d.text ?? page?.text ?? "";
    docs.push({ id: d.id, text, meta: { ...(page ? toDocMeta({ ...page }) : {}), ...toDocMeta(d), id: d.id } });
  });
  return { docs, errors };
}
