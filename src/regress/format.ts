import { stableJson, type GoldenFact } from "./golden.js";
import type { FactChange } from "./diff.js";
import type { FixtureReport, SuiteOptions, SuiteSummary } from "./run.js";

const MARK = { appeared: "+", disappeared: "-", changed: "~" } as const;

function describe(f: GoldenFact): string {
  return `${f.type.padEnd(7)} ${JSON.stringify(f.text)} @${f.start}-${f.end} ${f.rule} ${stableJson(f.value)}`;
}

/** One line per change: `+` appeared, `-` disappeared, `~` changed (old -> new rule and value). */
export function formatChange(c: FactChange): string {
  if (c.kind !== "changed") return `  ${MARK[c.kind]} ${describe(c.fact)}`;
  const rule = c.was.rule === c.fact.rule ? c.fact.rule : `${c.was.rule} -> ${c.fact.rule}`;
  const was = stableJson(c.was.value);
  const now = stableJson(c.fact.value);
  const value = was === now ? now : `${was} -> ${now}`;
  const text = c.was.text === c.fact.text ? JSON.stringify(c.fact.text) : `${JSON.stringify(c.was.text)} -> ${JSON.stringify(c.fact.text)}`;
  return `  ~ ${c.fact.type.padEnd(7)} ${text} @${c.fact.start}-${c.fact.end} ${rule} ${value}`;
}

/** The readable report of one fixture; empty when it has nothing to say. */
export function formatFixture(f: FixtureReport): string {
  const out: string[] = [];
  for (const e of f.errors) out.push(`  ! ${e}`);
  for (const d of f.docs) {
    if (d.changes.length === 0 && d.errors.length === 0) continue;
    const counts = (["appeared", "disappeared", "changed"] as const)
      .map((k) => [k, d.changes.filter((c) => c.kind === k).length] as const)
      .filter(([, n]) => n > 0)
      .map(([k, n]) => `${n} ${k}`);
    out.push(`${f.fixture} [${d.id}]${counts.length ? `: ${counts.join(", ")}` : ""}`);
    for (const e of d.errors) out.push(`  ! ${e}`);
    for (const c of d.changes) out.push(formatChange(c));
  }
  if (!f.hasGolden && !f.updated) out.unshift(`${f.fixture}: no golden file ${f.golden} (run with --update to create it)`);
  if (f.updated) out.push(`  wrote ${f.golden}`);
  if (f.errors.length > 0 && !out[0]?.startsWith(f.fixture)) out.unshift(`${f.fixture}:`);
  return out.length ? out.join("\n") + "\n" : "";
}

export function formatSummary(s: SuiteSummary, options: SuiteOptions = {}): string {
  const scope = options.rule !== undefined ? ` (rule ${options.rule} only)` : "";
  const parts = [
    `${s.fixtures} fixture${s.fixtures === 1 ? "" : "s"}, ${s.documents} document${s.documents === 1 ? "" : "s"}${scope}:`,
    `${s.changedDocuments} changed (${s.appeared} appeared, ${s.disappeared} disappeared, ${s.changed} changed)`,
  ];
  if (s.missingGolden) parts.push(`${s.missingGolden} without golden file`);
  if (s.errors) parts.push(`${s.errors} error${s.errors === 1 ? "" : "s"}`);
  if (options.update) parts.push(`${s.updated} golden file${s.updated === 1 ? "" : "s"} updated`);
  return parts.join(", ").replace(":,", ":") + "\n";
}
