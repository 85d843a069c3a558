import type nlpType from "compromise";
import type { DatesMethods } from "compromise-dates";
import type { BenchDoc } from "./corpus.js";

type JsonOptions = Parameters<ReturnType<typeof nlpType>["json"]>[0];

/** What one tool makes of one document: its output serialised, and how many items it found. */
export interface Processed {
  readonly out: string;
  readonly items: number;
}
export type ProcessDoc = (doc: BenchDoc) => Processed;

export interface Tool {
  readonly name: ToolName;
  /** The packages whose versions the report lists. */
  readonly packages: readonly string[];
  /** What is measured, for the report. */
  readonly measures: string;
  /** Import + one-time setup (rule compilation, model loading); timed as start-up. */
  readonly setup: () => Promise<ProcessDoc>;
}

export const TOOL_NAMES = ["press-facts", "compromise", "wink-nlp", "chrono-node", "recognizers-text"] as const;
export type ToolName = (typeof TOOL_NAMES)[number];

/** Peers need a reference date; the fallback keeps runs reproducible (nobody reads the clock). */
const FALLBACK_REFERENCE = "2024-01-01";
const referenceDate = (doc: BenchDoc): Date => new Date(`${doc.published ?? FALLBACK_REFERENCE}T12:00:00Z`);

const pressFacts: Tool = {
  name: "press-facts",
  packages: ["press-facts"],
  measures: "createExtractor().extract(): all fact types with citations, JSON.stringify",
  async setup() {
    // the built package (dist/), exactly what users import
    const { createExtractor } = await import("press-facts");
    const extractor = createExtractor();
    return (doc) => {
      const result = extractor.extract(doc.text, {
        id: doc.id,
        ...(doc.published !== undefined ? { published: doc.published } : {}),
        ...(doc.url !== undefined ? { url: doc.url } : {}),
      });
      return { out: JSON.stringify(result), items: result.facts.length };
    };
  },
};

const compromise: Tool = {
  name: "compromise",
  packages: ["compromise", "compromise-dates"],
  measures: "nlp(text) .people() .money() .percentages() .dates({today}), .json({offset}), JSON.stringify",
  async setup() {
    const { default: nlp } = await import("compromise");
    const { default: datesPlugin } = await import("compromise-dates");
    nlp.plugin(datesPlugin);
    // terms: false skips the per-word dump (runtime-supported, though the .d.ts only admits an object)
    const json = { offset: true, terms: false } as unknown as JsonOptions;
    return (doc) => {
      const view = nlp<DatesMethods>(doc.text);
      const found = {
        people: view.people().json(json) as unknown[],
        money: view.money().json(json) as unknown[],
        percentages: view.percentages().json(json) as unknown[],
        dates: view.dates({ today: doc.published ?? FALLBACK_REFERENCE }).json(json) as unknown[],
      };
      const items = found.people.length + found.money.length + found.percentages.length + found.dates.length;
      return { out: JSON.stringify(found), items };
    };
  },
};

const wink: Tool = {
  name: "wink-nlp",
  packages: ["wink-nlp", "wink-eng-lite-web-model"],
  measures: "readDoc(text).entities(): detail + span, JSON.stringify",
  async setup() {
    const { default: winkNLP } = await import("wink-nlp");
    const { default: model } = await import("wink-eng-lite-web-model");
    const nlp = winkNLP(model);
    const its = nlp.its;
    return (doc) => {
      const entities = nlp.readDoc(doc.text).entities();
      const detail = entities.out(its.detail);
      const spans = entities.out(its.span);
      return { out: JSON.stringify({ detail, spans }), items: detail.length };
    };
  },
};

const chrono: Tool = {
  name: "chrono-node",
  packages: ["chrono-node"],
  measures: "chrono.parse(text, published): dates only, start/end as ISO, JSON.stringify",
  async setup() {
    const chronoNode = await import("chrono-node");
    return (doc) => {
      const results = chronoNode.parse(doc.text, referenceDate(doc)).map((r) => ({
        index: r.index,
        text: r.text,
        start: r.start.date().toISOString(),
        ...(r.end ? { end: r.end.date().toISOString() } : {}),
      }));
      return { out: JSON.stringify(results), items: results.length };
    };
  },
};

const recognizers: Tool = {
  name: "recognizers-text",
  packages: ["@microsoft/recognizers-text-suite"],
  measures: "recognizeDateTime(published) + recognizeCurrency + recognizePercentage (English), JSON.stringify",
  async setup() {
    const R = await import("@microsoft/recognizers-text-suite");
    const culture = R.Culture.English;
    const run = (text: string, ref: Date): unknown[] => [
      ...R.recognizeDateTime(text, culture, R.DateTimeOptions.None, ref),
      ...R.recognizeCurrency(text, culture),
      ...R.recognizePercentage(text, culture),
    ];
    // the models are built on first use and cached by the library: that belongs to start-up
    run("Prices rose 5% to $3 million on 12 March 2024.", new Date("2024-03-20T12:00:00Z"));
    return (doc) => {
      const found = run(doc.text, referenceDate(doc));
      return { out: JSON.stringify(found), items: found.length };
    };
  },
};

export const TOOLS: Readonly<Record<ToolName, Tool>> = {
  "press-facts": pressFacts,
  compromise,
  "wink-nlp": wink,
  "chrono-node": chrono,
  "recognizers-text": recognizers,
};

export function isToolName(s: string): s is ToolName {
  return (TOOL_NAMES as readonly string[]).includes(s);
}
