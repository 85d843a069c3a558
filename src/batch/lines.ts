/** One line of a byte stream, without its "\n" (and "\r"); `tooLong` instead of bytes past the limit. */
export type RawLine =
  | { readonly line: number; readonly bytes: Buffer }
  | { readonly line: number; readonly tooLong: number };

/**
 * Splits a byte stream into lines without decoding it, so invalid UTF-8 can be reported
 * instead of silently replaced, and a line longer than `maxBytes` is skipped as it streams
 * past rather than buffered: memory stays within one chunk plus `maxBytes`.
 */
export async function* splitLines(stream: AsyncIterable<Buffer | string>, maxBytes: number): AsyncGenerator<RawLine> {
  let parts: Buffer[] = [];
  let size = 0;
  let dropped = 0; // bytes of the current line already discarded for being over the limit
  let line = 0;
  const finish = (tail: Buffer): RawLine => {
    line++;
    if (dropped > 0 || size + tail.length > maxBytes) {
      const total = dropped + size + tail.length;
      parts = [];
      size = 0;
      dropped = 0;
      return { line, tooLong: total };
    }
    let bytes = parts.length === 0 ? tail : Buffer.concat([...parts, tail]);
    parts = [];
    size = 0;
    if (bytes.length > 0 && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
    return { line, bytes };
  };
  for await (const chunk of stream) {
    const buf = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    let start = 0;
    for (let nl = buf.indexOf(0x0a, start); nl !== -1; nl = buf.indexOf(0x0a, start)) {
      yield finish(buf.subarray(start, nl));
      start = nl + 1;
    }
    if (start < buf.length) {
      const rest = buf.subarray(start);
      if (dropped > 0 || size + rest.length > maxBytes) {
        dropped += size + rest.length;
        parts = [];
        size = 0;
      } else {
        // copy: the stream may reuse its chunk buffers
        parts.push(Buffer.from(rest));
        size += rest.length;
      }
    }
  }
  if (size > 0 || dropped > 0) yield finish(Buffer.alloc(0));
}
