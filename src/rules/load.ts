import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { FactType } from "../schema/fact.js";
import { LEXICON_FILE_SCHEMAS } from "./lexicons/index.js";
import { RuleFileSchema, type Gate, type LexiconKind, type LexiconOf, type PatternRule, type RuleFile } from "./schema.js";

/** A problem in a rules folder, located precisely enough to fix it. */
export interface RuleIssue {
  readonly file: string;
  readonly ruleId?: string;
  /** JSON path of the bad field: ["rules", 3, "pattern"]. */
  readonly path: readonly (string | number)[];
  readonly message: string;
}

export interface LoadedPattern {
  readonly rule: PatternRule;
  /** The file's own macros, resolved against the built-in ones at compile time. */
  readonly macros: Readonly<Record<string, string>>;
  readonly file: string;
  /** The rule's own gate, else its file's; null when it runs over the whole text. */
  readonly gate: Gate | null;
}

/** Every rule file of one or more folders, validated, later folders layered over earlier ones. */
export interface RuleSet {
  readonly patterns: Readonly<Record<FactType, readonly LoadedPattern[]>>;
  readonly lexicons: { readonly [K in LexiconKind]: readonly LexiconOf<K>[] };
  readonly files: readonly string[];
}

export type LoadResult = { ok: true; rules: RuleSet } | { ok: false; issues: RuleIssue[] };

export class RulesError extends Error {
  constructor(readonly issues: readonly RuleIssue[]) {
    super(
      "invalid rules:\n" +
        issues
          .map((i) => `  ${i.file}${i.ruleId ? ` (rule ${i.ruleId})` : ""} at ${i.path.join(".") || "<root>"}: ${i.message}`)
          .join("\n"),
    );
    this.name = "RulesError";
  }
}

/** The rules shipped with the package, found from this module's own location (src/ or dist/src/). */
export function builtinRulesDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    try {
      if (statSync(join(dir, "rules", "lexicon")).isDirectory() && statSync(join(dir, "package.json")).isFile()) {
        return join(dir, "rules");
      }
    } catch {
      // not this level; keep climbing
    }
    dir = dirname(dir);
  }
  throw new Error("press-facts: cannot find the built-in rules folder next to the package");
}

function listJsonFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listJsonFiles(full));
    else if (entry.isFile() && entry.name.endsWith(".json") && entry.name !== "schema.json") out.push(full);
  }
  return out;
}

function emptyRuleSet(): { patterns: Record<FactType, LoadedPattern[]>; lexicons: Record<LexiconKind, RuleFile[]>; files: string[] } {
  return {
    patterns: { person: [], date: [], money: [], percent: [] },
    lexicons: Object.fromEntries(LEXICON_FILE_SCHEMAS.map((s) => [s.shape.kind.value, []])) as unknown as Record<LexiconKind, RuleFile[]>,
    files: [],
  };
}

/**
 * Reads and validates rule folders. A pattern rule in a later folder replaces the
 * earlier rule with the same id; lexicon files accumulate, later entries winning.
 */
export function loadRules(dirs: readonly string[]): LoadResult {
  const set = emptyRuleSet();
  const issues: RuleIssue[] = [];
  for (const dir of dirs) {
    let files: string[];
    try {
      files = listJsonFiles(dir);
    } catch (err) {
      issues.push({ file: dir, path: [], message: `cannot read rules folder: ${(err as Error).message}` });
      continue;
    }
    const idsInLayer = new Map<string, string>();
    for (const file of files) {
      const name = relative(process.cwd(), file) || file;
      let raw: unknown;
      try {
        raw = JSON.parse(readFileSync(file, "utf8"));
      } catch (err) {
        issues.push({ file: name, path: [], message: `not valid JSON: ${(err as Error).message}` });
        continue;
      }
      const parsed = RuleFileSchema.safeParse(raw);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const ruleId = ruleIdAt(raw, issue.path);
          issues.push({ file: name, ...(ruleId ? { ruleId } : {}), path: issue.path.map((p) => (typeof p === "symbol" ? String(p) : p)), message: issue.message });
        }
        continue;
      }
      set.files.push(name);
      const data = parsed.data;
      if (data.kind === "patterns") {
        const list = set.patterns[data.type];
        data.rules.forEach((rule, index) => {
          const seen = idsInLayer.get(rule.id);
          if (seen) {
            issues.push({ file: name, ruleId: rule.id, path: ["rules", index, "id"], message: `duplicate rule id, also in ${seen}` });
            return;
          }
          idsInLayer.set(rule.id, name);
          const at = list.findIndex((p) => p.rule.id === rule.id);
          const loaded: LoadedPattern = { rule, macros: data.macros, file: name, gate: rule.gate === undefined ? (data.gate ?? null) : rule.gate };
          if (at >= 0) list[at] = loaded;
          else list.push(loaded);
        });
      } else {
        set.lexicons[data.kind].push(data);
      }
    }
  }
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, rules: set as unknown as RuleSet };
}

function ruleIdAt(raw: unknown, path: readonly PropertyKey[]): string | undefined {
  if (path[0] !== "rules" || typeof path[1] !== "number") return undefined;
  const rules = (raw as { rules?: unknown }).rules;
  if (!Array.isArray(rules)) return undefined;
  const rule: unknown = rules[path[1]];
  return rule && typeof rule === "object" && typeof (rule as { id?: unknown }).id === "string" ? (rule as { id: string }).id : undefined;
}
