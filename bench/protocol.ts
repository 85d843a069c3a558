import type { ToolName } from "./tools.js";

/** Start-up of one tool in a fresh process. */
export interface StartupReport {
  /** `await import(...)` + one-time setup (rule compilation, model loading). */
  readonly startupMs: number;
  /** Start-up plus the first document: what a one-shot CLI call waits for. */
  readonly firstDocMs: number;
}

/** What a tool's child process prints as its last stdout line. */
export interface ToolReport extends StartupReport {
  readonly tool: ToolName;
  /** Documents per timed run: the whole corpus, or a prefix when the tool is too slow for it. */
  readonly docs: number;
  readonly corpusDocs: number;
  readonly bytes: number;
  readonly runSeconds: readonly number[];
  /** CPU time (user + system) of each timed run: steadier than wall time on a busy machine. */
  readonly runCpuSeconds: readonly number[];
  readonly itemsPerDoc: number;
  /** process.resourceUsage().maxRSS, in MB. */
  readonly peakRssMb: number;
  /** RSS before the tool was imported (Node itself + the corpus). */
  readonly baseRssMb: number;
}

export interface BatchReport {
  readonly workers: number;
  readonly docs: number;
  readonly bytes: number;
  /** Wall time of each whole `runBatch` call: pool start-up, reading, extraction, writing. */
  readonly runSeconds: readonly number[];
  /** CPU time of the whole process (every thread) per run. */
  readonly runCpuSeconds: readonly number[];
  readonly peakRssMb: number;
}

/** Children print one JSON line prefixed with this, so stray library output cannot be mistaken for it. */
export const REPORT_PREFIX = "@@bench ";
