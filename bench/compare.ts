/**
 * `npm run compare`: precision, recall and F1 per fact type of press-facts and its peers on
 * the development set's gold documents (fixtures/dev/gold.jsonl), all scored by the scorer of
 * `press-facts eval`. Each peer's output is mapped to our fact types as far as its own API
 * allows; MAPPINGS below says how, and the report repeats it. Writes bench/COMPARE.md.
 *
 *   npm run compare [-- --recognizers-every N]   (Recognizers-Text on every Nth document; default 2)
 */
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import nlp from "compromise";
import datesPlugin, { type DatesMethods } from "compromise-dates";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import * as chrono from "chrono-node";
import * as Recognizers from "@microsoft/recognizers-text-suite";
import { createExtractor } from "../src/index.js";
import { evaluateDocs, extractorPredictor, type Predictor } from "../src/eval/evaluate.js";
import { parseGold, type GoldDoc } from "../src/eval/gold.js";
import type { PredictedValue, ScoreTable } from "../src/eval/score.js";
import { FACT_TYPES, type FactType } from "../src/schema/fact.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const GOLD = "fixtures/dev/gold.jsonl";
const OUT = "bench/COMPARE.md";

type Sets = Record<FactType, PredictedValue[]>;
const emptySets = (): Sets => ({ person: [], date: [], money: [], percent: [] });
const refDate = (doc: GoldDoc): Date => new Date(`${doc.published ?? "2024-01-01"}T12:00:00Z`);

// ---- shared mapping helpers (applied to every peer alike) ------------------------------

/**
 * No peer tells which dollar a bare "$" means; the gold set wants the issuing government's.
 * Every peer gets the same help: the country of the document URL's host.
 */
function dollarOf(doc: GoldDoc): string {
  const host = doc.url ? new URL(doc.url).hostname : "";
  if (/\.au$/.test(host)) return "AUD";
  if (/\.ca$/.test(host)) return "CAD";
  if (/\.nz$/.test(host)) return "NZD";
  return "USD";
}

/** The harness's reading of currency words and signs the peers return (they return no ISO code). */
const CURRENCY_WORDS: Readonly<Record<string, string>> = {
  "£": "GBP", pound: "GBP", pounds: "GBP", sterling: "GBP", "€": "EUR", euro: "EUR", euros: "EUR",
  "¥": "JPY", yen: "JPY", yuan: "CNY", "₹": "INR", rupee: "INR", rupees: "INR", rs: "INR",
  tenge: "KZT", manat: "AZN", manats: "AZN", rouble: "RUB", roubles: "RUB", ruble: "RUB", rubles: "RUB",
  peso: "PHP", pesos: "PHP", php: "PHP", shilling: "KES", shillings: "KES", ksh: "KES", taka: "BDT",
};
const MAGNITUDES: Readonly<Record<string, number>> = {
  thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, mln: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12,
};

/** Currency of a money word or sign: "$" and "dollar(s)" by the document's country. */
function currencyOf(word: string, doc: GoldDoc): string | null {
  const w = word.toLowerCase().replace(/[.\s]/g, "");
  if (w === "$" || w === "dollar" || w === "dollars") return dollarOf(doc);
  if (/^[a-z]{3}$/i.test(word.trim()) && !CURRENCY_WORDS[w]) return word.trim().toUpperCase();
  return CURRENCY_WORDS[w] ?? null;
}

/** Amount and currency of a money phrase ("$4.4 billion", "£200m", "15 billion tenge"), for peers that give only a span. */
function parseMoneyText(text: string, doc: GoldDoc): { amount: number; currency: string } | null {
  const m = /(?<pre>[$£€¥₹]|[A-Za-z]{2,3}\$?)?\s*(?<num>\d[\d,]*(?:\.\d+)?)\s*(?<mag>[a-z]+)?\s*(?<post>[A-Za-z]+)?/u.exec(text);
  if (!m?.groups?.num) return null;
  const mag = MAGNITUDES[(m.groups.mag ?? "").toLowerCase()] ?? 1;
  const word = m.groups.pre ?? (MAGNITUDES[(m.groups.mag ?? "").toLowerCase()] ? m.groups.post : m.groups.mag) ?? "";
  const currency = currencyOf(word.replace(/\$$/, "") || word, doc) ?? (word.endsWith("$") ? dollarOf(doc) : null);
  if (!currency) return null;
  return { amount: Number(m.groups.num.replace(/,/g, "")) * mag, currency };
}

const pad = (n: number): string => String(n).padStart(2, "0");
const isoDay = (d: Date): string => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/** An interval [start, end] as ISO values at the coarsest precision its ends sit on (years, quarters, months, days). */
function intervalValues(start: Date, end: Date, unit?: string): string[] {
  const y = (d: Date): string => String(d.getUTCFullYear());
  const ym = (d: Date): string => `${y(d)}-${pad(d.getUTCMonth() + 1)}`;
  const nextDay = new Date(end.getTime() + 1);
  const whole = (d: Date): boolean => d.getUTCHours() === 0 && d.getUTCMinutes() === 0;
  const endsOnMonth = start.getUTCDate() === 1 && (nextDay.getUTCDate() === 1 || end.getUTCDate() === 1);
  if (unit === "week") return [y(start)];
  if (unit === "quarter") return [`${y(start)}-Q${Math.floor(start.getUTCMonth() / 3) + 1}`];
  const uniq = (a: string, b: string): string[] => (a === b ? [a] : [a, b]);
  const lastMonthOf = (d: Date): Date => (d.getUTCDate() === 1 && whole(d) ? new Date(d.getTime() - 1) : d);
  if (unit === "year" || (endsOnMonth && start.getUTCMonth() === 0 && lastMonthOf(end).getUTCMonth() === 11 && unit !== "month" && unit !== "day")) {
    return uniq(y(start), y(lastMonthOf(end)));
  }
  if (unit === "month" || (endsOnMonth && unit !== "day")) return uniq(ym(start), ym(lastMonthOf(end)));
  return uniq(isoDay(start), isoDay(end));
}

// ---- peers -------------------------------------------------------------------------------

function compromisePredictor(): Predictor {
  nlp.plugin(datesPlugin);
  return (doc) => {
    const out = emptySets();
    const view = nlp<DatesMethods>(doc.text);
    for (const p of view.people().json() as { text: string }[]) {
      const name = nlp(p.text).not("#Honorific").text().replace(/[’']s$/u, "").replace(/[^\p{L}]+$/u, "").trim();
      if (name) out.person.push({ value: name, text: p.text });
    }
    const money = view.money();
    const details = money.json() as { money?: { num?: number; currency?: string } }[];
    let i = 0;
    money.forEach((m) => {
      const found = details[i++];
      // .money() stops before "million": compromise's own number parser reads the phrase grown by its multiplier
      const grown = m.growRight("#Multiple+").text();
      const num = (nlp(grown).numbers().get() as number[])[0] ?? found?.money?.num;
      const currency = found?.money?.currency ? currencyOf(found.money.currency, doc) : null;
      if (typeof num === "number" && currency) out.money.push({ value: { amount: num, currency }, text: grown });
    });
    for (const p of view.percentages().json() as { text: string; number?: { num?: number } }[]) {
      if (typeof p.number?.num === "number") out.percent.push({ value: p.number.num, text: p.text });
    }
    const dates = view.dates({ today: doc.published ?? "2024-01-01" }).json() as { text: string; dates?: { start?: string; end?: string; unit?: string } }[];
    for (const d of dates) {
      if (!d.dates?.start) continue;
      const start = new Date(d.dates.start);
      const end = new Date(d.dates.end ?? d.dates.start);
      for (const value of intervalValues(start, end, d.dates.unit)) out.date.push({ value, text: d.text });
    }
    return out;
  };
}

/** chrono's known (not implied) components, at their precision; a weekday counts as a known day. */
function chronoValues(c: chrono.ParsedComponents): string[] {
  const y = String(c.get("year"));
  if (c.isCertain("day") || c.isCertain("weekday")) return [`${y}-${pad(c.get("month") ?? 1)}-${pad(c.get("day") ?? 1)}`];
  if (c.isCertain("month")) return [`${y}-${pad(c.get("month") ?? 1)}`];
  if (c.isCertain("year")) return [y];
  return [];
}

function chronoSets(text: string, doc: GoldDoc, out: Sets): void {
  for (const r of chrono.parse(text, refDate(doc))) {
    const values = [...chronoValues(r.start), ...(r.end ? chronoValues(r.end) : [])];
    for (const value of new Set(values)) out.date.push({ value, text: r.text });
  }
}

const chronoPredictor: Predictor = (doc) => {
  const out = emptySets();
  chronoSets(doc.text, doc, out);
  return out;
};

function winkPredictor(): Predictor {
  const wink = winkNLP(model);
  const its = wink.its;
  return (doc) => {
    const out = emptySets();
    for (const e of wink.readDoc(doc.text).entities().out(its.detail) as unknown as { value: string; type: string }[]) {
      if (e.type === "DATE") chronoSets(e.value, doc, out);
      else if (e.type === "MONEY") {
        const money = parseMoneyText(e.value, doc);
        if (money) out.money.push({ value: money, text: e.value });
      } else if (e.type === "PERCENT") {
        const n = /-?\d[\d,]*(?:\.\d+)?/.exec(e.value)?.[0];
        if (n) out.percent.push({ value: Number(n.replace(/,/g, "")), text: e.value });
      }
    }
    return out;
  };
}

interface RecValue {
  timex?: string;
  type?: string;
  value?: string;
  start?: string;
  end?: string;
}

/** A TIMEX value as ISO at its precision: "2017", "2017-06", "2017-09-26", "(2023-04-01,2023-07-01,P3M)" -> "2023-Q2". */
function timexValues(v: RecValue): string[] {
  const t = v.timex ?? "";
  if (/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(t)) return [t];
  const range = /^\((\d{4}-\d{2}-\d{2}),(\d{4}-\d{2}-\d{2}),P\d+([YMWD])\)$/.exec(t);
  if (range?.[1] && range[2]) {
    const start = new Date(`${range[1]}T00:00:00Z`);
    const end = new Date(new Date(`${range[2]}T00:00:00Z`).getTime() - 1);
    const quarter = t.endsWith("P3M)") && start.getUTCDate() === 1 && start.getUTCMonth() % 3 === 0;
    return intervalValues(start, end, quarter ? "quarter" : range[3] === "W" ? "week" : undefined);
  }
  // XXXX-06 and friends: the reference date already resolved them into value/start
  const resolved = v.value ?? v.start;
  if (t.startsWith("XXXX") && resolved) return [t.length === 7 ? resolved.slice(0, 7) : resolved.slice(0, 10)];
  if (/^\d{4}-\d{2}-\d{2}T/.test(t)) return [t.slice(0, 10)];
  return [];
}

function recognizersPredictor(): Predictor {
  const en = Recognizers.Culture.English;
  return (doc) => {
    const out = emptySets();
    for (const r of Recognizers.recognizeDateTime(doc.text, en, undefined, refDate(doc))) {
      if (!/date/.test(r.typeName)) continue;
      const first = (r.resolution?.values as RecValue[] | undefined)?.[0];
      for (const value of first ? timexValues(first) : []) out.date.push({ value, text: r.text });
    }
    for (const r of Recognizers.recognizeCurrency(doc.text, en)) {
      const res = r.resolution as { value?: string | null; unit?: string; isoCurrency?: string } | undefined;
      if (!res?.value) continue;
      const currency = res.isoCurrency ?? currencyOf((res.unit ?? "").split(" ").pop() ?? "", doc);
      if (currency) out.money.push({ value: { amount: Number(res.value), currency }, text: r.text });
    }
    for (const r of Recognizers.recognizePercentage(doc.text, en)) {
      const n = Number.parseFloat(String((r.resolution as { value?: string } | undefined)?.value ?? ""));
      if (Number.isFinite(n)) out.percent.push({ value: n, text: r.text });
    }
    return out;
  };
}

// ---- the run ---------------------------------------------------------------------------

interface System {
  readonly name: string;
  readonly covers: readonly FactType[];
  readonly mapping: string;
  readonly predict: Predictor;
  /** Every Nth document only (slow peers). */
  readonly every?: number;
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

// about 2.5 s per document here: half the set keeps `npm run compare` near a minute
const recEvery = Math.max(1, Number(arg("--recognizers-every") ?? 2));

const SYSTEMS: System[] = [
  { name: "press-facts", covers: FACT_TYPES, mapping: "createExtractor().extract(text, {published, url, title}); a date interval counts as its two ends (`press-facts eval`).", predict: extractorPredictor(createExtractor()) },
  {
    name: "compromise + compromise-dates",
    covers: FACT_TYPES,
    mapping: "`.people()` minus #Honorific terms, trailing possessive and punctuation; `.money()` grown right by #Multiple and read by `.numbers()` (currency word -> ISO, bare dollar by the URL's country); `.percentages()` number; `.dates({today: published})` start/end at the precision of `unit` (or of the interval's ends), both ends when they differ, a week as its year.",
    predict: compromisePredictor(),
  },
  {
    name: "wink-nlp (eng-lite-web)",
    covers: ["date", "money", "percent"],
    mapping: "`readDoc().entities()`: DATE spans normalised by chrono-node (wink gives no value), MONEY spans read by the harness's number + magnitude + currency-word parser, PERCENT number. The lite model has no PERSON entity.",
    predict: winkPredictor(),
  },
  {
    name: "chrono-node",
    covers: ["date"],
    mapping: "`parse(text, published)`: start (and end) at the precision of the components chrono marks known (`isCertain`): day (or weekday), month, year. Dates only.",
    predict: chronoPredictor,
  },
  {
    name: "Recognizers-Text",
    covers: ["date", "money", "percent"],
    mapping: "`recognizeDateTime(text, English, undefined, published)`: first resolution's TIMEX at its precision (P3M at a quarter start -> quarter; other periods -> both ends); `recognizeCurrency`: value with `isoCurrency`, else the unit word (bare Dollar by the URL's country); `recognizePercentage`: value. No person model.",
    predict: recognizersPredictor(),
    every: recEvery,
  },
];

const fmt = (x: number | null): string => (x === null ? "–" : x.toFixed(3));
const cell = (s: ScoreTable, t: FactType | "overall"): string => `${fmt(s[t].precision)} / ${fmt(s[t].recall)} / ${fmt(s[t].f1)}`;

function coveredOverall(s: ScoreTable, covers: readonly FactType[]): string {
  const c = covers.reduce((a, t) => ({ tp: a.tp + s[t].tp, fp: a.fp + s[t].fp, fn: a.fn + s[t].fn }), { tp: 0, fp: 0, fn: 0 });
  const f1 = 2 * c.tp + c.fp + c.fn > 0 ? (2 * c.tp) / (2 * c.tp + c.fp + c.fn) : null;
  return fmt(f1);
}

function main(): void {
  const gold = parseGold(readFileSync(`${ROOT}${GOLD}`, "utf8"));
  if (gold.problems.length) throw new Error(`${GOLD}: ${gold.problems.map((p) => `line ${p.line}: ${p.message}`).join("; ")}`);
  const rows: string[] = [];
  const counts: string[] = [];
  for (const sys of SYSTEMS) {
    const docs = gold.docs.filter((_, i) => i % (sys.every ?? 1) === 0);
    const t0 = performance.now();
    const report = evaluateDocs(docs, sys.predict);
    const ms = (performance.now() - t0) / docs.length;
    const s = report.scores;
    const typeCells = FACT_TYPES.map((t) => (sys.covers.includes(t) ? cell(s, t) : "n/a"));
    rows.push(`| ${sys.name} | ${docs.length} | ${typeCells.join(" | ")} | ${coveredOverall(s, sys.covers)} | ${fmt(s.overall.f1)} | ${ms.toFixed(1)} |`);
    counts.push(`| ${sys.name} | ${FACT_TYPES.map((t) => `${s[t].tp}/${s[t].fp}/${s[t].fn}`).join(" | ")} |`);
    process.stderr.write(`compare: ${sys.name}: ${docs.length} documents, ${ms.toFixed(1)} ms/doc\n`);
    if (sys.every && sys.every > 1) {
      const pf = evaluateDocs(docs, SYSTEMS[0]?.predict ?? sys.predict).scores;
      rows.push(`| press-facts, same ${docs.length} documents | ${docs.length} | ${FACT_TYPES.map((t) => cell(pf, t)).join(" | ")} | ${coveredOverall(pf, sys.covers)} | ${fmt(pf.overall.f1)} | |`);
    }
  }
  const nth = recEvery === 2 ? "second" : recEvery === 3 ? "third" : `${recEvery}th`;
  const subsetNote =
    recEvery > 1
      ? `Recognizers-Text takes more than a second per document here, so it ran on every ${nth} document (the ${Math.ceil(gold.docs.length / recEvery)} documents at lines 1, ${1 + recEvery}, ... of the file; \`-- --recognizers-every 1\` runs all); press-facts is shown on the same subset below it.`
      : "Every system ran on all documents.";
  const md = [
    "# press-facts and its peers on the development set",
    "",
    `Generated by \`npm run compare\` (bench/compare.ts) from \`${GOLD}\` (${gold.docs.length} government press releases with hand-made gold fact sets). Every system is scored by the scorer of \`press-facts eval\`: sets of normalised values per document, money equal within 0.5% in the same currency, one-to-one matching, counts summed over documents. ${subsetNote}`,
    "",
    "Cells are precision / recall / F1. *Covered F1* is over the fact types the system attempts; *all-types F1* counts every gold value of the four types, so a system without person output misses every name.",
    "",
    "| system | docs | person | date | money | percent | covered F1 | all-types F1 | ms/doc |",
    "|---|---:|---|---|---|---|---:|---:|---:|",
    ...rows,
    "",
    "TP / FP / FN per type:",
    "",
    "| system | person | date | money | percent |",
    "|---|---|---|---|---|",
    ...counts,
    "",
    "## How each peer's output was mapped to the fact types",
    "",
    ...SYSTEMS.map((s) => `- **${s.name}**: ${s.mapping}`),
    "- All peers: a bare dollar (compromise's `dollar`, Recognizers' `Dollar`, a `$` in a wink MONEY span) is given the issuing government's dollar by the URL's country (.au AUD, .ca CAD, .nz NZD, otherwise USD), the same convention as the gold set, because no peer can tell dollars apart by itself. Surname-only mentions are not merged into full names for any peer (none offers coreference).",
    "",
    "ms/doc is wall time of the whole prediction per document on the shared development machine, a rough guide only (see `npm run bench` for speed).",
    "",
  ].join("\n");
  const tmp = `${ROOT}${OUT}.${process.pid}.tmp`;
  writeFileSync(tmp, md);
  renameSync(tmp, `${ROOT}${OUT}`);
  process.stdout.write(md);
}

main();
