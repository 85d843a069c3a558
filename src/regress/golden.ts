import { z } from "zod";
import type { DocResult, FactType } from "../schema/fact.js";
import { FactTypeSchema } from "../schema/fact.js";

/**
 * A fact as a golden file keeps it: only what the extractor decides (type, span, text,
 * rule, value). Fact ids (numbered by position), the citation's sentence, doc id and URL
 * are derived or volatile, so they stay out of golden files and out of their diffs.
 */
export const GoldenFactSchema = z.strictObject({
  type: FactTypeSchema,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  rule: z.string(),
  value: z.record(z.string(), z.unknown()),
});
export type GoldenFact = z.infer<typeof GoldenFactSchema>;

export const GoldenDocSchema = z.strictObject({
  id: z.string(),
  published: z.string().optional(),
  facts: z.array(GoldenFactSchema),
});
export type GoldenDoc = z.infer<typeof GoldenDocSchema>;

export const GoldenFileSchema = z.strictObject({
  documents: z.array(GoldenDocSchema),
});
export type GoldenFile = z.infer<typeof GoldenFileSchema>;

const TYPE_ORDER: Record<FactType, number> = { person: 0, date: 1, money: 2, percent: 3 };

/** Document order, then type, then rule, then value: one fixed order for every run. */
export function compareFacts(a: GoldenFact, b: GoldenFact): number {
  return (
    a.start - b.start ||
    a.end - b.end ||
    TYPE_ORDER[a.type] - TYPE_ORDER[b.type] ||
    cmp(a.rule, b.rule) ||
    cmp(stableJson(a.value), stableJson(b.value))
  );
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** JSON with object keys sorted, so equal values always print the same. */
export function stableJson(v: unknown): string {
  return JSON.stringify(sortKeys(v));
}

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === "object") {
    const o = v as Record<string, unknown>;
    return Object.fromEntries(Object.keys(o).sort().map((k) => [k, sortKeys(o[k])]));
  }
  return v;
}

export function toGoldenDoc(result: DocResult): GoldenDoc {
  const facts = result.facts
    .map((f): GoldenFact => ({
      type: f.type,
      start: f.citation.start,
      end: f.citation.end,
      text: f.text,
      rule: f.rule,
      value: sortKeys(f.value) as Record<string, unknown>,
    }))
    .sort(compareFacts);
  return { id: result.doc.id, ...(result.doc.published !== undefined ? { published: result.doc.published } : {}), facts };
}

/**
 * Pretty-printed with one fact per line, so a diff of golden files shows one line per
 * fact that appeared, disappeared or changed.
 */
export function serializeGolden(file: GoldenFile): string {
  const docs = [...file.documents].sort((a, b) => cmp(a.id, b.id));
  const parts = docs.map((d) => {
    const head = [`      "id": ${JSON.stringify(d.id)}`];
    if (d.published !== undefined) head.push(`      "published": ${JSON.stringify(d.published)}`);
    const facts = [...d.facts].sort(compareFacts).map((f) => `        ${factLine(f)}`);
    const list = facts.length ? `[\n${facts.join(",\n")}\n      ]` : "[]";
    return `    {\n${head.join(",\n")},\n      "facts": ${list}\n    }`;
  });
  return `{\n  "documents": [\n${parts.join(",\n")}\n  ]\n}\n`;
}

function factLine(f: GoldenFact): string {
  return `{"type": ${JSON.stringify(f.type)}, "start": ${f.start}, "end": ${f.end}, "text": ${JSON.stringify(f.text)}, "rule": ${JSON.stringify(f.rule)}, "value": ${stableJson(f.value)}}`;
}

/** Parses a golden file's text; throws with the path of the bad field. */
export function parseGolden(text: string, where: string): GoldenFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new Error(`${where}: not valid JSON: ${(err as Error).message}`);
  }
  const r = GoldenFileSchema.safeParse(raw);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new Error(`${where}: ${issue?.path.join(".") || "<root>"}: ${issue?.message ?? "invalid"}`);
  }
  return r.data;
}
