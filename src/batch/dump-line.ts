import { decodeText } from "./decode.js";
import type { DocTask, ErrorRecord } from "./types.js";

/** Where a dump line came from: the file as reported ("stdin" for "-") and the id prefix of `<file>:<line>`. */
export interface DumpSource {
  readonly source: string;
  readonly fileId: string;
}

const FIELDS = ["id", "text", "html", "url", "title", "published"] as const;

/**
 * One dump line: `{ id?, text | html, url?, published?, title? }`; a blank line is not a
 * document (undefined). Runs on the worker threads in a plain run, so the main thread only
 * splits lines; a run that resumes parses in the main thread to skip the ids already done.
 */
export function parseDumpLine(bytes: Uint8Array, line: number, from: DumpSource): { doc: DocTask } | { error: ErrorRecord } | undefined {
  const { source } = from;
  const fail = (reason: string): { error: ErrorRecord } => ({ error: { source, line, reason } });
  if (bytes.every((b) => b === 0x20 || b === 0x09)) return undefined;
  const decoded = decodeText(bytes);
  if ("reason" in decoded) return fail(decoded.reason);
  let value: unknown;
  try {
    value = JSON.parse(decoded.text);
  } catch (err) {
    return fail(`malformed JSON: ${(err as Error).message}`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return fail("not a JSON object");
  const rec = value as Record<string, unknown>;
  for (const key of FIELDS) {
    const v = rec[key];
    if (v !== undefined && v !== null && typeof v !== "string" && !(key === "id" && typeof v === "number")) {
      return fail(`field "${key}" must be a string`);
    }
  }
  const str = (key: (typeof FIELDS)[number]): string | undefined => {
    const v = rec[key];
    return typeof v === "string" ? v : typeof v === "number" ? String(v) : undefined;
  };
  const id = str("id") || `${from.fileId}:${line}`;
  const text = str("text");
  const html = str("html");
  if (text === undefined && html === undefined) return { error: { source, line, id, reason: 'no "text" or "html" field' } };
  if ((text ?? html ?? "").trim() === "") return { error: { source, line, id, reason: "empty document" } };
  const doc: DocTask = {
    id,
    source,
    line,
    ...(text !== undefined ? { text } : { html: html as string }),
    ...optional("url", str("url")),
    ...optional("title", str("title")),
    ...optional("published", str("published")),
  };
  return { doc };
}

function optional<K extends string>(key: K, v: string | undefined): Partial<Record<K, string>> {
  return v === undefined ? {} : ({ [key]: v } as Record<K, string>);
}
