import { FACT_TYPES, type FactType } from "../schema/fact.js";
import type { FactSets } from "./score.js";

/** One document of a gold file: its text, metadata and gold fact sets. */
export interface GoldDoc {
  /** 1-based line in the gold file, for messages. */
  readonly line: number;
  readonly id: string;
  readonly text: string;
  readonly published?: string;
  readonly url?: string;
  readonly title?: string;
  readonly facts: FactSets;
}

/** A line that could not be used; the other lines are still scored. */
export interface GoldProblem {
  readonly line: number;
  readonly message: string;
}

export interface GoldFile {
  readonly docs: GoldDoc[];
  readonly problems: GoldProblem[];
}

const META_FIELDS = ["published", "url", "title"] as const;

/**
 * Parses a gold JSONL file (the format of the development set: id, text, published, url,
 * title, facts). A malformed line becomes a problem naming it and is skipped.
 */
export function parseGold(raw: string): GoldFile {
  const docs: GoldDoc[] = [];
  const problems: GoldProblem[] = [];
  const seen = new Map<string, number>();
  const lines = (raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw).split(/\r?\n/);
  lines.forEach((rawLine, i) => {
    const line = i + 1;
    if (!rawLine.trim()) return;
    const fail = (message: string): void => void problems.push({ line, message });
    let obj: unknown;
    try {
      obj = JSON.parse(rawLine);
    } catch (err) {
      return fail(`invalid JSON (${(err as Error).message})`);
    }
    if (obj === null || typeof obj !== "object" || Array.isArray(obj)) return fail("line is not a JSON object");
    const o = obj as Record<string, unknown>;
    if (typeof o.id !== "string" && typeof o.id !== "number") return fail('missing "id"');
    const id = String(o.id);
    const earlier = seen.get(id);
    if (earlier !== undefined) return fail(`duplicate id ${JSON.stringify(id)} (first on line ${earlier})`);
    if (typeof o.text !== "string") return fail(`document ${JSON.stringify(id)}: missing "text"`);
    const facts = factSetsOf(o.facts);
    if (typeof facts === "string") return fail(`document ${JSON.stringify(id)}: ${facts}`);
    const meta: { published?: string; url?: string; title?: string } = {};
    for (const k of META_FIELDS) {
      const v = o[k];
      if (v === undefined || v === null) continue;
      if (typeof v !== "string") return fail(`document ${JSON.stringify(id)}: "${k}" is not a string`);
      meta[k] = v;
    }
    seen.set(id, line);
    docs.push({ line, id, text: o.text, ...meta, facts });
  });
  return { docs, problems };
}

/** The four sets of a "facts" object; a missing type is an empty set. A string is an error. */
function factSetsOf(f: unknown): FactSets | string {
  if (f === undefined || f === null) return 'no "facts" field';
  if (typeof f !== "object" || Array.isArray(f)) return '"facts" is not an object';
  const out = {} as Record<FactType, readonly unknown[]>;
  for (const t of FACT_TYPES) {
    const v = (f as Record<string, unknown>)[t];
    if (v === undefined || v === null) out[t] = [];
    else if (Array.isArray(v)) out[t] = v;
    else return `facts.${t} is not an array`;
  }
  return out;
}
