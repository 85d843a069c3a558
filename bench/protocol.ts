import type { ToolName } from "./tools.js";

/** Start-up of one tool in a fresh process. */
export interface StartupReport {
  /** `await import(...)` + one-time setup (rule compilation, model loading). */
  readonly startupMs: number;
  /** Start-up plus the first document: what a one-shot CLI call waits for. */
  readonly firstDocMs: number;
}

/** The timed runs of one measurement, as both kinds of child report them. */
interface TimedRuns {
  /** Documents per timed run. */
  readonly docs: number;
  readonly bytes: number;
  /** Wall time of each timed run. */
  readonly runSeconds: readonly number[];
  /** CPU time (user + system, every thread of the process) of each run: steadier than wall time on a busy machine. */
  readonly runCpuSeconds: readonly number[];
  /** process.resourceUsage().maxRSS, in MB. */
  readonly peakRssMb: number;
}

/**
 * What a tool's child process prints as its last stdout line. `docs` is the whole corpus,
 * or a prefix when the tool is too slow for it.
 */
export interface ToolReport extends StartupReport, TimedRuns {
  readonly tool: ToolName;
  readonly corpusDocs: number;
  readonly itemsPerDoc: number;
  /** RSS before the tool was imported (Node itself + the corpus). */
  readonly baseRssMb: number;
}

/** A run is a whole `runBatch` call: pool start-up, reading, extraction, writing. */
export interface BatchReport extends TimedRuns {
  readonly workers: number;
}

/** Children print one JSON line prefixed with this, so stray library output cannot be mistaken for it. */
export const REPORT_PREFIX = "@@bench ";
