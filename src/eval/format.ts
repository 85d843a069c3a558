import { FACT_TYPES } from "../schema/fact.js";
import type { EvalReport } from "./evaluate.js";
import type { ErrorValue, ScoreTable } from "./score.js";

const fmt = (x: number | null): string => (x === null ? "-" : x.toFixed(3));

/** The score table as score.mjs prints it: TP, FP, FN, precision, recall, F1 per type, then overall. */
export function formatScores(scores: ScoreTable): string {
  const head = ["type", "TP", "FP", "FN", "precision", "recall", "F1"];
  const rows = [...FACT_TYPES, "overall" as const].map((name) => {
    const r = scores[name];
    return [name, String(r.tp), String(r.fp), String(r.fn), fmt(r.precision), fmt(r.recall), fmt(r.f1)];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[]): string =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join("  ");
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  const body = rows.map(line);
  return [line(head), rule, ...body.slice(0, -1), rule, ...body.slice(-1)].join("\n") + "\n";
}

function showError(e: ErrorValue): string {
  if (e.texts.length === 0) return JSON.stringify(e.show);
  const from = e.texts.map((t) => JSON.stringify(t)).join(", ");
  const rules = e.rules.length ? ` [${e.rules.join(", ")}]` : "";
  return `${JSON.stringify(e.show)} <- ${from}${rules}`;
}

/** Each document's false positives (with the text and rule that produced them) and false negatives. */
export function formatErrors(report: EvalReport): string {
  const out: string[] = [];
  for (const doc of report.documents) {
    const types = FACT_TYPES.filter((t) => doc.errors[t]);
    if (types.length === 0) continue;
    out.push(`== ${doc.id}`);
    for (const t of types) {
      const te = doc.errors[t];
      if (!te) continue;
      for (const e of te.fp) out.push(`  ${t.padEnd(7)} FP ${showError(e)}`);
      for (const e of te.fn) out.push(`  ${t.padEnd(7)} FN ${showError(e)}`);
    }
  }
  return out.length ? `errors per document:\n${out.join("\n")}\n` : "errors per document: none\n";
}

/** The scores as data: one key per fact type and "overall". */
export function scoresAsJson(scores: ScoreTable): Record<string, { precision: number | null; recall: number | null; f1: number | null; tp: number; fp: number; fn: number }> {
  return Object.fromEntries(
    [...FACT_TYPES, "overall" as const].map((k) => {
      const { precision, recall, f1, tp, fp, fn } = scores[k];
      return [k, { precision, recall, f1, tp, fp, fn }];
    }),
  );
}
