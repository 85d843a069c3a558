import { compiledOnce, escapeRegex } from "../../rules/compile.js";

interface Node {
  readonly next: Map<string, Node>;
  end: boolean;
}

/**
 * An alternation of literals as a prefix tree: "Prime Minister|President|Premier"
 * becomes "P(?:r(?:ime\sMinister|e(?:sident|mier)))". The regex engine tries the
 * alternatives of a plain alternation one by one; a tree rejects a position after
 * one character, which matters for lexicons of hundreds of titles tried at every
 * capitalised word. Longer literals win over their prefixes, as in `alternation`.
 * A space may be any single blank ("Foreign\nMinister" in hard-wrapped text).
 */
export function trieAlternation(literals: Iterable<string>): string {
  const root: Node = { next: new Map(), end: false };
  let any = false;
  for (const lit of literals) {
    if (lit.length === 0) continue;
    any = true;
    let node = root;
    for (const ch of lit) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { next: new Map(), end: false }));
      node = child;
    }
    node.end = true;
  }
  return any ? compiledOnce(`(?:${render(root)})`) : "(?!)";
}

function render(node: Node): string {
  const branches = [...node.next].map(([ch, child]) => unit(ch) + render(child));
  if (branches.length === 0) return "";
  // a longer literal is tried before the shorter one it extends: greedy "?"
  const body = branches.length === 1 ? (branches[0] ?? "") : `(?:${branches.join("|")})`;
  if (!node.end) return body;
  return branches.length === 1 && [...node.next.values()][0]?.next.size === 0 && (branches[0] ?? "").length <= 2
    ? `${body}?`
    : `(?:${body})?`;
}

const unit = (ch: string): string => (ch === " " ? "\\s" : escapeRegex(ch));
