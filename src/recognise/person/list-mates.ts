import type { CompiledRule } from "../../rules/compile.js";
import type { Candidate } from "../../pipeline/types.js";
import type { PeopleLexicon } from "./lexicon.js";
import type { NamePicker, PickedName, Token } from "./names.js";
import { stickyMatch } from "../sticky.js";

/** A capitalised word sequence of the text and its tokens. */
export interface Sequence {
  readonly start: number;
  readonly end: number;
  readonly toks: readonly Token[];
}

/**
 * "Olayemi Cardoso (Governor), Muhammad Sani Abdullahi, Emem Usoro and Bala Moh'd Bello":
 * sequences joined by the rule's separators form a list; when two of its items are names
 * found already, or a plural title opens it ("Deputy Governors Md. Zakir Hossain Chowdhury
 * and Nurun Nahar"), each other item that is wholly a name of two words or more is one too.
 * A list needs an "and": ", " alone also joins a name to an apposition ("Jane Doe, Goldman Sachs").
 * Returns each name with where its item starts.
 */
export function listMates(
  text: string,
  sequences: readonly Sequence[],
  found: readonly Candidate<"person">[],
  rule: CompiledRule,
  picker: NamePicker,
  lexicon: PeopleLexicon,
  heading: (at: number) => boolean,
): [PickedName, number][] {
  const byStart = new Map<number, number>();
  sequences.forEach((s, k) => byStart.set(s.start, k));
  const next = new Int32Array(sequences.length).fill(-1);
  const linked = new Uint8Array(sequences.length);
  const joinsWithAnd = new Uint8Array(sequences.length);
  for (let k = 0; k < sequences.length; k++) {
    // most separators lead to no sequence ("In Kazakhstan, the"): only a link is run again for its groups
    rule.regex.lastIndex = sequences[k]?.end ?? 0;
    if (!rule.regex.test(text)) continue;
    const to = byStart.get(rule.regex.lastIndex);
    if (to === undefined) continue;
    const m = stickyMatch(rule.regex, text, sequences[k]?.end ?? 0);
    if (!m) continue;
    next[k] = to;
    linked[to] = 1;
    if (m.groups?.["and"] !== undefined) joinsWithAnd[k] = 1;
  }
  const foundEnding = new Map<number, Candidate<"person">>();
  for (const c of found) foundEnding.set(c.end, c);
  const out: [PickedName, number][] = [];
  for (let head = 0; head < sequences.length; head++) {
    if (linked[head] || (next[head] ?? -1) < 0) continue;
    const items: number[] = [];
    let and = false;
    for (let k = head; k >= 0 && items.length < 40; k = next[k] ?? -1) {
      items.push(k);
      if (joinsWithAnd[k]) and = true;
    }
    if (!and) continue;
    const known = (k: number): Candidate<"person"> | undefined => {
      const s = sequences[k];
      const c = s && foundEnding.get(s.end);
      return c && c.start >= s.start ? c : undefined;
    };
    const first = sequences[head];
    const opener = known(head);
    const pluralTitle = first !== undefined && opener !== undefined && first.toks.some((t) => t.end <= opener.start && t.kind === "title" && t.lower.endsWith("s") && !lexicon.titleWords.has(t.lower));
    if (!pluralTitle && items.filter((k) => known(k)).length < 2) continue;
    const mates: [PickedName, number][] = [];
    for (const k of items) {
      const s = sequences[k];
      if (!s || known(k)) continue;
      const p = picker.whole(text, s.toks, heading);
      if (p) mates.push([p, s.start]);
    }
    // "Rajnath Singh, Raksha Mantri, and Amit Shah, Union Home Minister": an item that is no
    // name makes it a list of names and their roles, and any item may be a role
    if (mates.length === items.filter((k) => !known(k)).length) out.push(...mates);
  }
  return out;
}
