import { createReadStream, createWriteStream, type WriteStream } from "node:fs";
import { open, rename, rm, stat, truncate } from "node:fs/promises";
import { once } from "node:events";
import { splitLines } from "./lines.js";

/**
 * Writes whole lines only (one line, or a block of lines each ending in "\n", per write
 * call), waiting for "drain" when the stream's buffer is full, so a slow disk or pipe bounds
 * memory instead of growing it.
 */
export class LineWriter {
  private failure: Error | undefined;
  private readonly onError = (err: Error): void => void (this.failure ??= err);

  /** `owned`: the writer opened the stream and closes it; stdout is never closed. */
  constructor(
    private readonly stream: NodeJS.WritableStream,
    private readonly owned = false,
  ) {
    // a closed pipe (`| head`) or a full disk is reported by the next write, not as an uncaught event
    stream.on("error", this.onError);
  }

  async write(line: string): Promise<void> {
    await this.writeLines(line + "\n");
  }

  /** `lines`: whole lines, the last one ending in "\n" too. */
  async writeLines(lines: string | Uint8Array): Promise<void> {
    if (this.failure) throw this.failure;
    if (lines.length === 0) return;
    if (!this.stream.write(lines)) await once(this.stream, "drain");
  }

  /** Ends an owned file stream and waits until its data is flushed to the file; a shared stream (stdout) is left open. */
  async close(): Promise<void> {
    if (!this.owned) {
      this.stream.removeListener("error", this.onError);
      return;
    }
    const s = this.stream as WriteStream;
    if (s.closed) return; // already closed by an error
    const closed = once(s, "close");
    s.end();
    await closed;
  }
}

/** The file a run appends to; renamed to the output path only when the run completes. */
export function partialPath(out: string): string {
  return `${out}.partial`;
}

/**
 * Opens the output for appending. Without resume any earlier partial file is discarded.
 * With resume the partial file (or a completed output) is kept: a trailing incomplete line
 * left by a crash is cut off first, and the ids already written are returned with their counts.
 */
export async function openOutput(out: string, resume: boolean): Promise<{ writer: LineWriter; done: Map<string, number> }> {
  const partial = partialPath(out);
  const done = new Map<string, number>();
  if (resume) {
    const hasPartial = await exists(partial);
    if (!hasPartial && (await exists(out))) await rename(out, partial);
    if (await exists(partial)) {
      await cutPartialLine(partial);
      for await (const id of readIds(partial)) done.set(id, (done.get(id) ?? 0) + 1);
    }
  } else {
    await rm(partial, { force: true });
  }
  const stream = createWriteStream(partial, { flags: "a" });
  await once(stream, "open");
  return { writer: new LineWriter(stream, true), done };
}

/** Moves the finished output into place: the rename is atomic within one directory. */
export async function commitOutput(out: string): Promise<void> {
  await rename(partialPath(out), out);
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

/** Truncates the file after its last "\n": a line cut by a crash is dropped and redone. */
async function cutPartialLine(file: string): Promise<void> {
  const fh = await open(file, "r");
  try {
    const { size } = await fh.stat();
    const block = Buffer.alloc(64 * 1024);
    let end = size;
    while (end > 0) {
      const start = Math.max(0, end - block.length);
      const { bytesRead } = await fh.read(block, 0, end - start, start);
      const nl = block.subarray(0, bytesRead).lastIndexOf(0x0a);
      if (nl !== -1) {
        end = start + nl + 1;
        break;
      }
      end = start;
    }
    if (end < size) await truncate(file, end);
  } finally {
    await fh.close();
  }
}

/** The document id of every result line in an output file. */
async function* readIds(file: string): AsyncGenerator<string> {
  for await (const raw of splitLines(createReadStream(file), Number.MAX_SAFE_INTEGER)) {
    if (!("bytes" in raw) || raw.bytes.length === 0) continue;
    const id = idOfLine(raw.bytes.toString("utf8"));
    if (id !== undefined) yield id;
  }
}

function idOfLine(line: string): string | undefined {
  try {
    const v = JSON.parse(line) as { doc?: { id?: unknown } };
    return typeof v.doc?.id === "string" ? v.doc.id : undefined;
  } catch {
    return undefined;
  }
}
