import cliProgress from "cli-progress";
import { FACT_TYPES, type FactType } from "../schema/fact.js";

/** Live counters of a run, shown by the progress bar and the final summary. */
export interface Counters {
  documents: number;
  skipped: number;
  errors: number;
  bytes: number;
  readonly facts: Record<FactType, number>;
}

export function newCounters(): Counters {
  return { documents: 0, skipped: 0, errors: 0, bytes: 0, facts: { person: 0, date: 0, money: 0, percent: 0 } };
}

/**
 * A progress bar over input bytes (the only total known before a dump is read), with
 * documents, rate and errors as payload; drawn only on a TTY so logs and pipes stay clean.
 */
export class Progress {
  private readonly bar: cliProgress.SingleBar | undefined;
  private readonly started = performance.now();

  constructor(stream: NodeJS.WritableStream, enabled: boolean, totalBytes: number | undefined) {
    if (!enabled || !(stream as NodeJS.WriteStream).isTTY) return;
    const known = totalBytes !== undefined && totalBytes > 0;
    this.bar = new cliProgress.SingleBar(
      {
        stream,
        format: known
          ? "{bar} {percentage}% | {docs} docs | {rate} docs/s | {errors} errors | ETA {eta_formatted}"
          : "{docs} docs | {rate} docs/s | {errors} errors | {duration_formatted}",
        hideCursor: true,
        etaBuffer: 50,
        fps: 5,
      },
      cliProgress.Presets.shades_classic,
    );
    this.bar.start(known ? totalBytes : 1, 0, { docs: 0, rate: 0, errors: 0 });
  }

  update(c: Counters): void {
    if (!this.bar) return;
    const seconds = (performance.now() - this.started) / 1000;
    const rate = seconds > 0 ? Math.round(c.documents / seconds) : 0;
    this.bar.update(c.bytes, { docs: c.documents, rate, errors: c.errors });
  }

  stop(): void {
    this.bar?.stop();
  }
}

/** The line always printed at the end: documents, facts per type, errors, seconds. */
export function summaryLine(c: Counters, seconds: number, interrupted: boolean): string {
  const facts = FACT_TYPES.map((t) => `${t} ${c.facts[t]}`).join(", ");
  const rate = seconds > 0 ? Math.round(c.documents / seconds) : c.documents;
  const skipped = c.skipped > 0 ? ` (${c.skipped} already done, skipped)` : "";
  const stop = interrupted ? "interrupted: " : "";
  return `press-facts: ${stop}${c.documents} documents${skipped}; facts: ${facts}; ${c.errors} errors; ${seconds.toFixed(1)} s (${rate} docs/s)\n`;
}
