import { FACT_TYPES, type FactType } from "../schema/fact.js";

/**
 * Set-based scoring of per-document fact sets, with the semantics of the gold set's own
 * scorer (score.mjs): each side is de-duplicated, person and date values match by
 * normalised key, money and percent by tolerance with one-to-one (maximum bipartite)
 * matching, and counts are summed over documents (micro average).
 */

/** Relative tolerance for money amounts of the same currency. */
export const MONEY_REL_TOL = 0.005;
/** Absolute tolerance for percentages. */
export const PERCENT_ABS_TOL = 1e-6;

/** Raw values of one document, as they appear in a gold line ("facts": {...}). */
export type FactSets = Readonly<Record<FactType, readonly unknown[]>>;

/** A predicted value with the text and rule that produced it, for error listings. */
export interface PredictedValue {
  readonly value: unknown;
  readonly text?: string;
  readonly rule?: string;
}
export type PredictedSets = Readonly<Record<FactType, readonly PredictedValue[]>>;

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Scores extends Counts {
  /** null when undefined (no predictions / no gold values), as score.mjs prints "-". */
  readonly precision: number | null;
  readonly recall: number | null;
  readonly f1: number | null;
}

/** One unmatched value: how it prints, and for predictions the texts that produced it. */
export interface ErrorValue {
  readonly show: string;
  readonly texts: readonly string[];
  readonly rules: readonly string[];
}

export interface TypeErrors {
  readonly fp: readonly ErrorValue[];
  readonly fn: readonly ErrorValue[];
}

export interface DocScore {
  readonly id: string;
  readonly counts: Readonly<Record<FactType, Counts>>;
  /** Only the types with a false positive or false negative. */
  readonly errors: Partial<Record<FactType, TypeErrors>>;
  /** Gold values that are not valid for their type (a gold file error, not a prediction error). */
  readonly invalidGold: readonly string[];
}

interface Norm {
  readonly key: string;
  readonly value: unknown;
  readonly show: string;
}
type Normalised = { ok: true; norm: Norm } | { ok: false; show: string };

function toNumber(v: unknown): number | null {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "string" && v.trim() !== "") {
    const n = Number(v.trim());
    return Number.isFinite(n) ? n : null;
  }
  return null;
}

const NORMALISERS: Record<FactType, (v: unknown) => Normalised> = {
  person(v) {
    if (typeof v !== "string") return { ok: false, show: JSON.stringify(v) };
    const shown = v.trim().replace(/\s+/g, " ");
    if (!shown) return { ok: false, show: JSON.stringify(v) };
    const key = shown.toLowerCase();
    return { ok: true, norm: { key, value: key, show: shown } };
  },
  date(v) {
    if (typeof v !== "string") return { ok: false, show: JSON.stringify(v) };
    const s = v.trim();
    if (!s) return { ok: false, show: JSON.stringify(v) };
    return { ok: true, norm: { key: s, value: s, show: s } };
  },
  money(v) {
    if (v === null || typeof v !== "object" || Array.isArray(v)) return { ok: false, show: JSON.stringify(v) };
    const o = v as { amount?: unknown; currency?: unknown };
    const amount = toNumber(o.amount);
    const currency = typeof o.currency === "string" ? o.currency.trim().toUpperCase() : "";
    if (amount === null || !currency) return { ok: false, show: JSON.stringify(v) };
    return { ok: true, norm: { key: `${currency}|${amount}`, value: { amount, currency }, show: `${amount} ${currency}` } };
  },
  percent(v) {
    const n = toNumber(v);
    if (n === null) return { ok: false, show: JSON.stringify(v) };
    return { ok: true, norm: { key: String(n), value: n, show: String(n) } };
  },
};

type Matcher = (gold: unknown, pred: unknown) => boolean;

interface Money {
  readonly amount: number;
  readonly currency: string;
}

/** Tolerance matchers; the other types match on their normalised key. */
const MATCHERS: Partial<Record<FactType, Matcher>> = {
  money(a, b) {
    const x = a as Money;
    const y = b as Money;
    if (x.currency !== y.currency) return false;
    return Math.abs(x.amount - y.amount) <= MONEY_REL_TOL * Math.max(Math.abs(x.amount), Math.abs(y.amount));
  },
  percent: (a, b) => Math.abs((a as number) - (b as number)) < PERCENT_ABS_TOL,
};

interface Deduped {
  readonly valid: Norm[];
  /** Texts and rules of every input value, grouped by normalised key. */
  readonly sources: Map<string, { texts: Set<string>; rules: Set<string> }>;
  readonly invalid: ErrorValue[];
}

function dedupe(values: readonly PredictedValue[], type: FactType): Deduped {
  const valid: Norm[] = [];
  const sources = new Map<string, { texts: Set<string>; rules: Set<string> }>();
  const invalid: ErrorValue[] = [];
  for (const p of values) {
    const n = NORMALISERS[type](p.value);
    if (!n.ok) {
      invalid.push({ show: `<invalid ${n.show}>`, texts: p.text ? [p.text] : [], rules: p.rule ? [p.rule] : [] });
      continue;
    }
    let src = sources.get(n.norm.key);
    if (!src) {
      src = { texts: new Set(), rules: new Set() };
      sources.set(n.norm.key, src);
      valid.push(n.norm);
    }
    if (p.text) src.texts.add(p.text);
    if (p.rule) src.rules.add(p.rule);
  }
  return { valid, sources, invalid };
}

/** Maximum bipartite matching by augmenting paths (Kuhn); per-document sets are small. */
export function maxMatching(
  gold: readonly unknown[],
  pred: readonly unknown[],
  match: Matcher,
): { goldMatched: boolean[]; predMatched: boolean[] } {
  const adj = gold.map((g) => pred.flatMap((p, j) => (match(g, p) ? [j] : [])));
  const owner = new Array<number>(pred.length).fill(-1);
  const augment = (i: number, visited: boolean[]): boolean => {
    for (const j of adj[i] ?? []) {
      if (visited[j]) continue;
      visited[j] = true;
      const o = owner[j] ?? -1;
      if (o === -1 || augment(o, visited)) {
        owner[j] = i;
        return true;
      }
    }
    return false;
  };
  for (let i = 0; i < gold.length; i++) augment(i, new Array<boolean>(pred.length).fill(false));
  const goldMatched = new Array<boolean>(gold.length).fill(false);
  for (const o of owner) if (o !== -1) goldMatched[o] = true;
  return { goldMatched, predMatched: owner.map((o) => o !== -1) };
}

function compareType(type: FactType, goldValues: readonly unknown[], predValues: readonly PredictedValue[]) {
  const g = dedupe(goldValues.map((value) => ({ value })), type);
  const p = dedupe(predValues, type);
  let goldMatched: boolean[];
  let predMatched: boolean[];
  const matcher = MATCHERS[type];
  if (matcher) {
    ({ goldMatched, predMatched } = maxMatching(
      g.valid.map((x) => x.value),
      p.valid.map((x) => x.value),
      matcher,
    ));
  } else {
    const pk = new Set(p.valid.map((x) => x.key));
    const gk = new Set(g.valid.map((x) => x.key));
    goldMatched = g.valid.map((x) => pk.has(x.key));
    predMatched = p.valid.map((x) => gk.has(x.key));
  }
  const fp: ErrorValue[] = p.valid
    .filter((_, j) => !predMatched[j])
    .map((x): ErrorValue => {
      const src = p.sources.get(x.key);
      return { show: x.show, texts: [...(src?.texts ?? [])], rules: [...(src?.rules ?? [])] };
    })
    .concat(p.invalid);
  const fn: ErrorValue[] = g.valid.filter((_, i) => !goldMatched[i]).map((x) => ({ show: x.show, texts: [], rules: [] }));
  const tp = goldMatched.filter(Boolean).length;
  return { counts: { tp, fp: fp.length, fn: fn.length }, fp, fn, invalidGold: g.invalid.map((x) => x.show) };
}

/** Scores one document's predictions against its gold sets. */
export function scoreDocument(id: string, gold: FactSets, pred: PredictedSets | undefined): DocScore {
  const counts = {} as Record<FactType, Counts>;
  const errors: Partial<Record<FactType, TypeErrors>> = {};
  const invalidGold: string[] = [];
  for (const t of FACT_TYPES) {
    const r = compareType(t, gold[t], pred ? pred[t] : []);
    counts[t] = r.counts;
    invalidGold.push(...r.invalidGold.map((s) => `${t} ${s.replace(/^<invalid (.*)>$/, "$1")}`));
    if (r.fp.length || r.fn.length) errors[t] = { fp: r.fp, fn: r.fn };
  }
  return { id, counts, errors, invalidGold };
}

export function prf({ tp, fp, fn }: Counts): Scores {
  const ratio = (a: number, b: number): number | null => (b > 0 ? a / b : null);
  return { tp, fp, fn, precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn), f1: ratio(2 * tp, 2 * tp + fp + fn) };
}

/** Per-type and overall scores, micro-averaged over documents. */
export type ScoreTable = Readonly<Record<FactType | "overall", Scores>>;

export function totals(docs: readonly DocScore[]): ScoreTable {
  const add = (a: Counts, b: Counts): Counts => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn });
  const zero: Counts = { tp: 0, fp: 0, fn: 0 };
  const perType = Object.fromEntries(FACT_TYPES.map((t) => [t, docs.reduce((a, d) => add(a, d.counts[t]), zero)])) as Record<FactType, Counts>;
  const all = FACT_TYPES.reduce((a, t) => add(a, perType[t]), zero);
  return { ...(Object.fromEntries(FACT_TYPES.map((t) => [t, prf(perType[t])])) as Record<FactType, Scores>), overall: prf(all) };
}
