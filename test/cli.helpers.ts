import { PassThrough, Readable } from "node:stream";
import { main } from "../src/cli/main.js";

export interface CliRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/** Runs the CLI in-process with captured streams. */
export async function runCli(argv: readonly string[], stdinText = ""): Promise<CliRun> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = "";
  let err = "";
  stdout.on("data", (d: Buffer) => (out += d.toString()));
  stderr.on("data", (d: Buffer) => (err += d.toString()));
  const stdin = Readable.from([Buffer.from(stdinText)]);
  const code = await main(argv, { stdout, stderr, stdin });
  return { code, out, err };
}

/** The JSON objects of a JSONL text. */
export function jsonLines(text: string): { doc: { id: string; published?: string; publishedFrom?: string; url?: string; title?: string }; facts: { type: string; text: string; citation: { start: number; end: number } }[]; text?: string }[] {
  return text
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as ReturnType<typeof jsonLines>[number]);
}
