import type { CompiledGate } from "../rules/compile.js";
import type { DocContext } from "../pipeline/types.js";
import { isWhiteSpace } from "../segment/white-space.js";

/** How far a window's edge may move to reach white space before it is cut mid-word. */
const SNAP_LIMIT = 64;

/**
 * The parts of a document where a gated rule can match: every hit of the gate
 * widened by its reach before and after, out to the nearest white space so that no
 * word is cut, and merged where windows touch. Flat [start, end, start, end, ...],
 * in order; empty when the gate never hits. Computed once per document and gate,
 * however many rules share it.
 */
export function gateWindows(doc: DocContext, gate: CompiledGate): readonly number[] {
  const known = doc.memo.get(gate.key);
  if (known !== undefined) return known as readonly number[];
  const text = doc.text;
  const hits = gate.words ? gate.words.index.hits(doc, gate.words.bit) : regexHits(text, gate.regex);
  const out: number[] = [];
  for (let h = 0; h < hits.length; h += 2) {
    const from = snapBack(text, Math.max(0, (hits[h] as number) - gate.before));
    const to = snapForward(text, Math.min(text.length, (hits[h + 1] as number) + gate.after));
    addWindow(out, from, to);
  }
  doc.memo.set(gate.key, out);
  return out;
}

/** Appends [from, to) to windows kept in order of their starts, merged with the last one where they touch. */
export function addWindow(windows: number[], from: number, to: number): void {
  const last = windows.length - 1;
  if (last > 0 && from <= (windows[last] as number)) windows[last] = Math.max(to, windows[last] as number);
  else if (to > from) windows.push(from, to);
}

/** [start, end, ...] of every non-empty match. */
function regexHits(text: string, re: RegExp): number[] {
  const out: number[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) re.lastIndex++;
    else out.push(m.index, m.index + m[0].length);
  }
  re.lastIndex = 0;
  return out;
}

/** Back to a white-space character (kept in the window, so lookbehinds see it), or the text's start. */
function snapBack(text: string, at: number): number {
  for (let i = at, stop = Math.max(0, at - SNAP_LIMIT); i > stop; i--) if (isWhiteSpace(text.charCodeAt(i))) return i;
  return at <= SNAP_LIMIT ? 0 : at;
}

/** Forward past a white-space character, or to the text's end. */
function snapForward(text: string, at: number): number {
  for (let i = at, stop = Math.min(text.length, at + SNAP_LIMIT); i < stop; i++) if (isWhiteSpace(text.charCodeAt(i))) return i + 1;
  return text.length - at <= SNAP_LIMIT ? text.length : at;
}
