import { TextDecoder } from "node:util";

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Decodes a document's bytes, or says why it is not a text document. */
export function decodeText(bytes: Uint8Array): { text: string } | { reason: string } {
  if (bytes.length === 0) return { reason: "empty document" };
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { reason: `binary data (NUL byte at offset ${nul})` };
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    return { reason: `invalid UTF-8 near byte ${firstInvalidUtf8(bytes)}` };
  }
}

/**
 * Decodes a saved page in the charset it declares (many government sites still serve
 * windows-1251 or similar); undeclared or UTF-8 pages are decoded strictly.
 */
export function decodeHtml(bytes: Uint8Array): { text: string } | { reason: string } {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString("latin1");
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  const label = m?.[1]?.toLowerCase();
  if (label === undefined || label === "utf-8" || label === "utf8") return decodeText(bytes);
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label);
  } catch {
    return decodeText(bytes);
  }
  if (bytes.length === 0) return { reason: "empty document" };
  return { text: decoder.decode(bytes) };
}

/** Byte offset of the first malformed sequence, for a message the user can act on. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let lo = 0;
  let hi = bytes.length;
  // the valid prefix is the longest one that decodes; a sequence is at most 4 bytes long
  while (hi - lo > 4) {
    const mid = (lo + hi) >>> 1;
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid;
    }
  }
  return lo;
}
