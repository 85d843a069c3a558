import { workerData } from "piscina";
import { createProcessor } from "./process.js";
import type { ChunkOutcome, ChunkTask, WorkerConfig } from "./types.js";

// Each worker thread compiles its extractor once, when the pool starts it.
const processChunk = createProcessor(workerData as WorkerConfig);

/** One piscina task is a chunk of documents: one message per chunk, not per document. */
export default function run(chunk: ChunkTask): ChunkOutcome {
  return processChunk(chunk);
}
