import type { LoadedPattern, RuleIssue } from "./load.js";
import type { Gate } from "./schema.js";
import { RulesError } from "./load.js";
import type { WordIndex } from "../recognise/word-index.js";

export interface CompiledRule {
  readonly id: string;
  readonly priority: number;
  readonly normaliser: string;
  readonly params: Readonly<Record<string, unknown>>;
  /** Global, so one scan of the text finds every match. */
  readonly regex: RegExp;
  /**
   * params.notAfter: a character class the character before a match must not be in
   * ("$30 March" is no date), checked after matching instead of by a leading
   * lookbehind, which would run at every position.
   */
  readonly notAfter: RegExp | null;
  /**
   * params.before: groups captured in a lookbehind right before the match that
   * belong to the fact, so a rule can start on a rare word ("years ago") and still
   * cite the whole phrase ("seven years ago").
   */
  readonly lead: readonly string[];
  /** Where the rule runs: near the hits of its gate, or everywhere when null. */
  readonly gate: CompiledGate | null;
}

/** A compiled gate, shared by every rule of one extractor that names the same one. */
export type CompiledGate = {
  /** Identifies the gate's windows in a document's memo. */
  readonly key: string;
  /** How far a match may reach before a hit's start and after its end. */
  readonly before: number;
  readonly after: number;
} & (
  | {
      /** Global, so one scan of the text finds every hit. */
      readonly regex: RegExp;
      readonly words?: undefined;
    }
  | { readonly words: { readonly index: WordIndex; readonly bit: number }; readonly regex?: undefined }
);

/**
 * The literal lists behind lexicon macros ({currencyName}, {month}), which word gates name,
 * and the extractor's index their words are registered in.
 */
export interface WordLists {
  readonly lists: Readonly<Record<string, readonly string[]>>;
  readonly index: WordIndex;
}

// {name}, but not the property escape \p{L}
const MACRO_REF = /(?<!\\[pP])\{([a-zA-Z][\w-]*)\}/g;

/** Escapes a literal for use inside a RegExp. */
export function escapeRegex(literal: string): string {
  // "-" is left alone: under the "u" flag it may only be escaped inside a class.
  return literal.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/**
 * An alternation of literals as a character trie: "US$|US dollars|USD" becomes
 * "U(?:S(?:\\$| dollars|D))". The engine then reads each position once instead of
 * trying every word there: measured +40% throughput on the whole pipeline. At each
 * node longer continuations are tried before the word that ends there, so the
 * longest literal wins as in a longest-first list ("US$" over "US"). An empty list
 * yields a pattern that never matches, so a rule over an empty lexicon finds nothing.
 */
export function alternation(literals: Iterable<string>): string {
  const unique = [...new Set(literals)].filter((s) => s.length > 0).sort();
  if (unique.length === 0) return "(?!)";
  const emit = (lo: number, hi: number, pos: number): string => {
    const endsHere = (unique[lo] ?? "").length === pos;
    const parts: string[] = [];
    for (let i = endsHere ? lo + 1 : lo; i < hi; ) {
      const cp = (unique[i] ?? "").codePointAt(pos) ?? 0;
      let j = i + 1;
      while (j < hi && (unique[j] ?? "").codePointAt(pos) === cp) j++;
      parts.push(escapeRegex(String.fromCodePoint(cp)) + emit(i, j, pos + (cp > 0xffff ? 2 : 1)));
      i = j;
    }
    if (parts.length === 0) return "";
    if (parts.length === 1 && !endsHere) return parts[0] ?? "";
    return `(?:${parts.join("|")}${endsHere ? "|" : ""})`;
  };
  return compiledOnce(`(?:${emit(0, unique.length, 0)})`);
}

/** Below this size an alternation costs too little to compile for its copies to matter. */
const COPY_WORTHY = 2000;

/**
 * V8 generates a regex's machine code along each path into a node, up to a limit, rather
 * than once per node: a large alternation reached along many paths, such as a currency name
 * after each form a number and its magnitude can take, is emitted many times over. Each money
 * rule took 10-15 ms to compile, the rule set 91 ms of start-up. A lookahead that always holds
 * where the alternation can match, `(?=[^])`, ends the paths there, so the alternation is
 * emitted once: 91 -> 50 ms for the whole rule set. Small alternations are left alone: at the
 * start of a pattern the lookahead hides the first characters from the scan for a match, which
 * made the currency-symbol rule 45% slower.
 */
export function compiledOnce(alternationSource: string): string {
  return alternationSource.length > COPY_WORTHY ? `(?=[^])${alternationSource}` : alternationSource;
}

/** Resolves {name} references, recursively, reporting unknown and circular ones. */
export function expandMacros(
  template: string,
  macros: Readonly<Record<string, string>>,
  where: Omit<RuleIssue, "message">,
  memo?: Map<string, string>,
): string {
  const resolving = new Set<string>();
  const expand = (text: string): string =>
    text.replace(MACRO_REF, (_whole, name: string) => {
      const known = memo?.get(name);
      if (known !== undefined) return known;
      const body = macros[name];
      if (body === undefined) throw new RulesError([{ ...where, message: `unknown macro {${name}}` }]);
      if (resolving.has(name)) throw new RulesError([{ ...where, message: `macro {${name}} refers to itself` }]);
      resolving.add(name);
      const out = expand(body);
      resolving.delete(name);
      memo?.set(name, out);
      return out;
    });
  return expand(template);
}

const LONG_SUBJECT = " ".repeat(1200);

/**
 * V8 starts a regular expression in its bytecode interpreter and compiles it to machine code
 * once it has run on a long subject. A rule that only runs on short subjects (a gate's windows,
 * short documents) could stay interpreted: in a second extractor of the same process the
 * gated rules did, measured 0.28 -> 0.37 ms per document, gone under `node
 * --no-regexp-tier-up`. Two runs on a long blank subject (no match, so no effect on anything)
 * make the machine code ready before the first document, for about 10 ms of start-up.
 */
export function compileToMachineCode(regex: RegExp): void {
  for (let i = 0; i < 2; i++) {
    regex.lastIndex = 0;
    regex.exec(LONG_SUBJECT);
  }
  regex.lastIndex = 0;
}

/**
 * Compiles pattern rules once per extractor; later lookups are plain RegExp scans. `flags`:
 * "gu" for rules that scan a text, "uy" for rules tried at chosen positions (the person rules).
 */
export function compilePatterns(
  patterns: readonly LoadedPattern[],
  builtinMacros: Readonly<Record<string, string>>,
  normalisers: ReadonlySet<string>,
  words?: WordLists,
  flags: "gu" | "uy" = "gu",
): CompiledRule[] {
  const gates = new Map<string, CompiledGate>();
  // the rules of one file share its macros: each macro, the large lexicon alternations among
  // them, is expanded once per file instead of once per rule that uses it
  const expansions = new Map<Readonly<Record<string, string>>, Map<string, string>>();
  const expansionsOf = (macros: Readonly<Record<string, string>>): Map<string, string> => {
    let memo = expansions.get(macros);
    if (memo === undefined) expansions.set(macros, (memo = new Map()));
    return memo;
  };
  const compileGate = (gate: Gate, macros: Readonly<Record<string, string>>, where: Omit<RuleIssue, "message">): CompiledGate => {
    const reach = typeof gate.reach === "number" ? { before: gate.reach, after: gate.reach } : gate.reach;
    if ("words" in gate) return compileWordGate(gate.words, reach, words, gates, where);
    const source = expandMacros(gate.pattern, { ...builtinMacros, ...macros }, { ...where, path: ["gate", "pattern"] });
    const key = `gate:${reach.before}:${reach.after}:${source}`;
    const known = gates.get(key);
    if (known) return known;
    let regex: RegExp;
    try {
      regex = new RegExp(source, "gu");
    } catch (err) {
      throw new RulesError([{ ...where, path: ["gate", "pattern"], message: `not a valid regular expression: ${(err as Error).message}` }]);
    }
    const compiled = { key, regex, ...reach };
    gates.set(key, compiled);
    return compiled;
  };
  return patterns.map(({ rule, macros, file, gate }) => {
    const where = { file, ruleId: rule.id, path: ["pattern"] };
    if (!normalisers.has(rule.normaliser)) {
      throw new RulesError([
        { ...where, path: ["normaliser"], message: `unknown normaliser "${rule.normaliser}" (known: ${[...normalisers].join(", ")})` },
      ]);
    }
    const source = expandMacros(rule.pattern, { ...builtinMacros, ...macros }, where, expansionsOf(macros));
    let regex: RegExp;
    try {
      regex = new RegExp(source, flags);
    } catch (err) {
      throw new RulesError([{ ...where, message: `not a valid regular expression: ${(err as Error).message}` }]);
    }
    compileToMachineCode(regex);
    const notAfter = rule.params["notAfter"];
    const before = rule.params["before"];
    return {
      id: rule.id,
      priority: rule.priority,
      normaliser: rule.normaliser,
      params: rule.params,
      regex,
      notAfter: typeof notAfter === "string" ? new RegExp(`^${notAfter}$`, "u") : null,
      lead: Array.isArray(before) ? before.filter((g): g is string => typeof g === "string") : [],
      gate: gate ? compileGate(gate, macros, where) : null,
    };
  });
}

function compileWordGate(
  names: readonly string[],
  reach: { readonly before: number; readonly after: number },
  words: WordLists | undefined,
  gates: Map<string, CompiledGate>,
  where: Omit<RuleIssue, "message">,
): CompiledGate {
  const key = `gate:${reach.before}:${reach.after}:words:${names.join(",")}`;
  const known = gates.get(key);
  if (known) return known;
  const literals: string[] = [];
  for (const name of names) {
    const list = words?.lists[name];
    if (list === undefined) {
      const known = Object.keys(words?.lists ?? {}).join(", ") || "none for this fact type";
      throw new RulesError([{ ...where, path: ["gate", "words"], message: `unknown word list "${name}" (known: ${known})` }]);
    }
    literals.push(...list);
  }
  const compiled: CompiledGate = { key, ...reach, words: { index: (words as WordLists).index, bit: (words as WordLists).index.add(literals) } };
  gates.set(key, compiled);
  return compiled;
}
