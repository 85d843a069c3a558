import { compareFacts, stableJson, type GoldenFact } from "./golden.js";

/** How one fact differs between the golden file and today's extractor. */
export type FactChange =
  | { readonly kind: "appeared"; readonly fact: GoldenFact }
  | { readonly kind: "disappeared"; readonly fact: GoldenFact }
  /** Same type and span, different value, rule or text. */
  | { readonly kind: "changed"; readonly fact: GoldenFact; readonly was: GoldenFact };

const spanKey = (f: GoldenFact): string => `${f.type}|${f.start}|${f.end}`;
const fullKey = (f: GoldenFact): string => `${spanKey(f)}|${f.rule}|${f.text}|${stableJson(f.value)}`;

function addTo(groups: Map<string, GoldenFact[]>, key: string, fact: GoldenFact): void {
  const list = groups.get(key);
  if (list) list.push(fact);
  else groups.set(key, [fact]);
}

/**
 * Facts that appeared, disappeared or changed. Identical facts cancel out first; what is
 * left of the same type over the same span is paired as a change, in order.
 */
export function diffFacts(golden: readonly GoldenFact[], current: readonly GoldenFact[]): FactChange[] {
  const unmatched = new Map<string, GoldenFact[]>();
  for (const f of golden) addTo(unmatched, fullKey(f), f);
  const added: GoldenFact[] = [];
  for (const f of current) {
    const list = unmatched.get(fullKey(f));
    if (list && list.length > 0) list.shift();
    else added.push(f);
  }
  const removedBySpan = new Map<string, GoldenFact[]>();
  for (const list of unmatched.values()) for (const f of list) addTo(removedBySpan, spanKey(f), f);
  const changes: FactChange[] = [];
  for (const f of added) {
    const was = removedBySpan.get(spanKey(f))?.shift();
    changes.push(was ? { kind: "changed", fact: f, was } : { kind: "appeared", fact: f });
  }
  for (const list of removedBySpan.values()) for (const f of list) changes.push({ kind: "disappeared", fact: f });
  return changes.sort((a, b) => compareFacts(a.fact, b.fact));
}

/** Whether a change concerns the given rule (on either side of a change). */
export function changeTouchesRule(c: FactChange, rule: string): boolean {
  return c.fact.rule === rule || (c.kind === "changed" && c.was.rule === rule);
}

/** The golden facts with the given changes applied (for updating only part of a diff). */
export function applyChanges(golden: readonly GoldenFact[], changes: readonly FactChange[]): GoldenFact[] {
  const out = [...golden];
  const remove = (f: GoldenFact): void => {
    const at = out.findIndex((g) => fullKey(g) === fullKey(f));
    if (at >= 0) out.splice(at, 1);
  };
  for (const c of changes) {
    if (c.kind === "disappeared") remove(c.fact);
    else if (c.kind === "changed") {
      remove(c.was);
      out.push(c.fact);
    } else out.push(c.fact);
  }
  return out.sort(compareFacts);
}
