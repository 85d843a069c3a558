import { move, transferableSymbol, valueSymbol, workerData } from "piscina";
import { createProcessor } from "./process.js";
import type { ChunkTask, WorkerConfig } from "./types.js";

// Each worker thread compiles its extractor once, when the pool starts it.
const processChunk = createProcessor(workerData as WorkerConfig);

/**
 * One piscina task is a chunk of documents: one message per chunk, not per document. The
 * chunk's result lines (about four times the size of its text) are handed to the main
 * thread, not copied: piscina transfers what a moved value names as transferable.
 */
export default function run(chunk: ChunkTask): unknown {
  const outcome = processChunk(chunk);
  return move({
    get [transferableSymbol]() {
      return outcome.output.buffer;
    },
    get [valueSymbol]() {
      return outcome;
    },
  });
}
