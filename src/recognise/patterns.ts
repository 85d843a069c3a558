import type { CompiledRule } from "../rules/compile.js";
import type { FactType, FactValueMap } from "../schema/fact.js";
import type { Candidate, DocContext } from "../pipeline/types.js";

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

/**
 * Runs every compiled rule of one fact type over the document text. matchAll
 * works on a copy of each RegExp, so compiled rules stay shareable.
 */
export function runPatterns<T extends FactType>(
  type: T,
  rules: readonly CompiledRule[],
  normalisers: Readonly<Record<string, Normaliser<T>>>,
  doc: DocContext,
): Candidate<T>[] {
  const out: Candidate<T>[] = [];
  for (const rule of rules) {
    const normalise = normalisers[rule.normaliser];
    if (!normalise) continue;
    for (const m of doc.text.matchAll(rule.regex)) {
      const text = m[0];
      if (text.length === 0) continue;
      const start = m.index;
      // trailing spaces a pattern may swallow are not part of the fact
      const trimmed = text.trimEnd();
      const match: Match = { start, end: start + trimmed.length, text: trimmed, groups: m.groups ?? {} };
      const values = normalise(match, doc, rule.params);
      if (values && values.length > 0) {
        out.push({ type, start, end: match.end, rule: rule.id, priority: rule.priority, values });
      }
    }
  }
  return out;
}
