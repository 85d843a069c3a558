import { createExtractor, type Extractor } from "../extractor.js";
import { FACT_TYPES, type DocResult } from "../schema/fact.js";
import { HtmlReader } from "../ingest/html.js";
import { parseDumpLine } from "./dump-line.js";
import type { ChunkOutcome, ChunkTask, DocTask, ErrorRecord, WorkerConfig } from "./types.js";

export type ProcessChunk = (chunk: ChunkTask) => ChunkOutcome;

const encoder = new TextEncoder();

/**
 * Builds the per-thread processor: the extractor is compiled once here, never per document.
 * Parsing dump lines, extracting, serialising and encoding all happen in this thread, so the
 * main thread is left with splitting lines and appending bytes, and the workers scale.
 */
export function createProcessor(config: WorkerConfig): ProcessChunk {
  const extractor: Extractor = createExtractor({
    includeText: config.includeText,
    ...(config.types !== undefined ? { types: [...config.types] } : {}),
  });
  const html = new HtmlReader(extractor.rules.lexicons.html);
  return (chunk) => {
    const lines: string[] = [];
    const facts = FACT_TYPES.map(() => 0);
    const errors: { item: number; error: ErrorRecord }[] = [];
    const one = (doc: DocTask, item: number): void => {
      let result: DocResult;
      try {
        result = extractTask(extractor, html, doc, config);
      } catch (err) {
        errors.push({ item, error: { source: doc.source, ...(doc.line !== undefined ? { line: doc.line } : {}), id: doc.id, reason: (err as Error).message } });
        return;
      }
      for (const f of result.facts) {
        const i = FACT_TYPES.indexOf(f.type);
        facts[i] = (facts[i] ?? 0) + 1;
      }
      lines.push(config.pretty ? JSON.stringify(result, null, 2) : JSON.stringify(result));
    };
    if ("docs" in chunk) {
      chunk.docs.forEach(one);
    } else {
      const { dump } = chunk;
      let start = 0;
      dump.ends.forEach((end, item) => {
        const parsed = parseDumpLine(dump.bytes.subarray(start, end), dump.numbers[item] ?? 0, dump);
        start = end;
        if (parsed === undefined) return;
        if ("error" in parsed) errors.push({ item, error: parsed.error });
        else one(parsed.doc, item);
      });
    }
    const output = lines.length === 0 ? new Uint8Array(0) : encoder.encode(lines.join("\n") + "\n");
    return { output, documents: lines.length, facts, errors };
  };
}

function extractTask(extractor: Extractor, html: HtmlReader, task: DocTask, config: WorkerConfig): DocResult {
  if (task.html === undefined) {
    const published = task.published ?? config.published;
    return extractor.extract(task.text ?? "", {
      id: task.id,
      ...(task.url !== undefined ? { url: task.url } : {}),
      ...(task.title !== undefined ? { title: task.title } : {}),
      ...(published !== undefined ? { published } : {}),
    });
  }
  const page = html.read(task.html, task.url);
  if (page.text.trim() === "") throw new Error("no article text found in the HTML");
  // the caller's fields win over the page's; the page's date wins over the --published default
  const url = task.url ?? page.url;
  const title = task.title ?? page.title;
  const fromHtml = task.published === undefined && page.published !== undefined;
  const published = task.published ?? page.published ?? config.published;
  const result = extractor.extract(page.text, {
    id: task.id,
    ...(url !== undefined ? { url } : {}),
    ...(title !== undefined ? { title } : {}),
    ...(published !== undefined ? { published } : {}),
  });
  return fromHtml ? { ...result, doc: { ...result.doc, publishedFrom: "html" } } : result;
}
