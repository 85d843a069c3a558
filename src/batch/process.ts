import { createExtractor, type Extractor } from "../extractor.js";
import { FACT_TYPES, type DocResult } from "../schema/fact.js";
import { htmlToDocument } from "../ingest/html.js";
import type { DocTask, TaskOutcome, WorkerConfig } from "./types.js";

export type ProcessTask = (task: DocTask) => TaskOutcome;

/**
 * Builds the per-thread processor: the extractor is compiled once here, never per document.
 * Serialising in the same thread keeps the main thread free for I/O.
 */
export function createProcessor(config: WorkerConfig): ProcessTask {
  const extractor: Extractor = createExtractor({
    includeText: config.includeText,
    ...(config.types !== undefined ? { types: [...config.types] } : {}),
  });
  return (task) => {
    try {
      const result = extractTask(extractor, task, config);
      const counts = FACT_TYPES.map((t) => result.facts.filter((f) => f.type === t).length);
      const line = config.pretty ? JSON.stringify(result, null, 2) : JSON.stringify(result);
      return { ok: true, line, counts };
    } catch (err) {
      return { ok: false, reason: (err as Error).message };
    }
  };
}

function extractTask(extractor: Extractor, task: DocTask, config: WorkerConfig): DocResult {
  if (task.html === undefined) {
    const published = task.published ?? config.published;
    return extractor.extract(task.text ?? "", {
      id: task.id,
      ...(task.url !== undefined ? { url: task.url } : {}),
      ...(task.title !== undefined ? { title: task.title } : {}),
      ...(published !== undefined ? { published } : {}),
    });
  }
  const page = htmlToDocument(task.html, task.url);
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
