import type { CompiledRule } from "../rules/compile.js";
import type { FactType, FactValueMap } from "../schema/fact.js";
import type { Candidate, DocContext } from "../pipeline/types.js";
import { gateWindows } from "./gate.js";

/** The named groups of one match; absent groups are undefined. */
export type Groups = Readonly<Record<string, string | undefined>>;

export interface Match {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly groups: Groups;
}

/** Turns one match into values; null rejects the match. */
export type Normaliser<T extends FactType> = (
  match: Match,
  doc: DocContext,
  params: Readonly<Record<string, unknown>>,
) => FactValueMap[T][] | null;

/** A rule's match before its normaliser has read it. */
export interface PendingMatch extends Match {
  /** The rule's id and priority: enough to rank overlapping matches before any is normalised. */
  readonly rule: string;
  readonly priority: number;
  readonly compiled: CompiledRule;
}

/**
 * Every match of every compiled rule of one fact type over the document text, or over
 * its gate's windows when the rule has a gate, in rule order. exec over the rule's own
 * global RegExp, not matchAll: matchAll clones the RegExp on every call, which costs
 * more than scanning a short release. Safe because a scan runs to its end
 * synchronously and resets lastIndex. `within` ([start, end, ...], in order) replaces
 * the rules' own gates when the caller knows better where they can match.
 */
export function scanPatterns(rules: readonly CompiledRule[], doc: DocContext, within?: readonly number[]): PendingMatch[] {
  const out: PendingMatch[] = [];
  const text = doc.text;
  for (const rule of rules) {
    const windows = within ?? (rule.gate ? gateWindows(doc, rule.gate) : [0, text.length]);
    for (let w = 0; w < windows.length; w += 2) {
      const base = windows[w] as number;
      const until = windows[w + 1] as number;
      // a slice shares the text's characters: scanning it costs no copy
      const part = base === 0 && until === text.length ? text : text.slice(base, until);
      const re = rule.regex;
      re.lastIndex = 0;
      for (let m = re.exec(part); m !== null; m = re.exec(part)) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        const at = base + m.index;
        let start = at;
        if (rule.notAfter && start > 0 && rule.notAfter.test(text.charAt(start - 1))) {
          // a rejected match must not hide one that starts inside it: "2024 and 30 Sept 2024"
          re.lastIndex = m.index + 1;
          continue;
        }
        const groups = m.groups ?? {};
        for (const g of rule.lead) start -= groups[g]?.length ?? 0;
        // trailing white space a pattern may swallow is not part of the fact
        const cited = text.slice(start, at + m[0].length).trimEnd();
        if (cited.length === 0) continue;
        out.push({ start, end: start + cited.length, text: cited, groups, rule: rule.id, priority: rule.priority, compiled: rule });
      }
      re.lastIndex = 0;
    }
  }
  return out;
}

/** The candidate a match makes, or null when its normaliser rejects it or the rule has none. */
export function normaliseMatch<T extends FactType>(
  type: T,
  match: PendingMatch,
  normalisers: Readonly<Record<string, Normaliser<T>>>,
  doc: DocContext,
): Candidate<T> | null {
  const normalise = normalisers[match.compiled.normaliser];
  const values = normalise ? normalise(match, doc, match.compiled.params) : null;
  return values && values.length > 0 ? { type, start: match.start, end: match.end, rule: match.rule, priority: match.priority, values } : null;
}

/** Every rule of one fact type, each match normalised; `within` as for scanPatterns. */
export function runPatterns<T extends FactType>(
  type: T,
  rules: readonly CompiledRule[],
  normalisers: Readonly<Record<string, Normaliser<T>>>,
  doc: DocContext,
  within?: readonly number[],
): Candidate<T>[] {
  const out: Candidate<T>[] = [];
  for (const m of scanPatterns(rules, doc, within)) {
    const c = normaliseMatch(type, m, normalisers, doc);
    if (c) out.push(c);
  }
  return out;
}
