import type { z } from "zod";
import type { DocInfo, DocResult, FactType } from "./schema/fact.js";
import { FACT_TYPES } from "./schema/fact.js";
import { WordIndex } from "./recognise/word-index.js";
import { builtinRulesDir, loadRules, RulesError, type RuleSet } from "./rules/load.js";
import type { MacrosFileSchema } from "./rules/lexicons/macros.js";
import { NumberLexicon } from "./numbers/lexicon.js";
import { QualifierReader } from "./recognise/qualifier.js";
import { createMoneyRecogniser } from "./recognise/money/recogniser.js";
import { createPercentRecogniser } from "./recognise/percent/recogniser.js";
import { createPersonRecogniser } from "./recognise/person/recogniser.js";
import { PeopleLexicon } from "./recognise/person/lexicon.js";
import { CalendarLexicon, createDateRecogniser } from "./recognise/date/recogniser.js";
import { compilePublishedPatterns, detectPublished } from "./ingest/published.js";
import { SentenceSplitter } from "./segment/sentences.js";
import { resolveOverlaps } from "./resolve/overlaps.js";
import { createCoreferenceResolver } from "./resolve/coreference.js";
import { runPipeline, toResult, type Pipeline } from "./pipeline/pipeline.js";
import type { Recogniser } from "./pipeline/types.js";
import { DocMetaSchema, ExtractorOptionsSchema, parseInput, type DocMeta, type ExtractorOptions } from "./options.js";

export interface Extractor {
  /** Facts of one document. Never throws on odd text; throws PressFactsInputError on bad metadata. */
  extract(text: string, meta?: DocMeta): DocResult;
  /** The rules this extractor was compiled from. */
  readonly rules: RuleSet;
}

/** What each recogniser is built from; compiled once per extractor. */
interface Compiled {
  readonly rules: RuleSet;
  readonly numbers: NumberLexicon;
  readonly qualifiers: QualifierReader;
  readonly sharedMacros: Readonly<Record<string, string>>;
  /** Where the words of every word-gated rule are found, once per document for all fact types. */
  readonly words: WordIndex;
  /** Calendar words: the date recogniser's, and the dateline reader's when no publication date is given. */
  readonly calendar: CalendarLexicon;
  /** Name parts, titles and places: the person recogniser's, and coreference's. */
  readonly people: PeopleLexicon;
}

const RECOGNISERS: Partial<Record<FactType, (c: Compiled) => Recogniser>> = {
  money: createMoneyRecogniser,
  percent: createPercentRecogniser,
  person: createPersonRecogniser,
  date: createDateRecogniser,
};

/**
 * Loads and compiles the rules once; the returned extractor is immutable and
 * safe to reuse for every document (and to call per request).
 *
 * @example
 * const extractor = createExtractor();
 * const result = extractor.extract("Trade grew by 40% to $460 million.", { id: "a", published: "2023-06-22" });
 */
export function createExtractor(options: ExtractorOptions = {}): Extractor {
  const opts = parseInput(ExtractorOptionsSchema, options, "options");
  const extra = opts.rules === undefined ? [] : Array.isArray(opts.rules) ? opts.rules : [opts.rules];
  const loaded = loadRules([builtinRulesDir(), ...extra]);
  if (!loaded.ok) throw new RulesError(loaded.issues);
  const rules = loaded.rules;
  const compiled: Compiled = {
    rules,
    numbers: new NumberLexicon(rules.lexicons.magnitudes, rules.lexicons["number-words"]),
    qualifiers: new QualifierReader(rules.lexicons.qualifiers),
    sharedMacros: mergeMacros(rules.lexicons.macros),
    words: new WordIndex(),
    calendar: new CalendarLexicon(rules.lexicons.calendar),
    people: new PeopleLexicon(rules.lexicons.people),
  };
  const wanted = new Set<FactType>(opts.types ?? FACT_TYPES);
  const recognisers = FACT_TYPES.filter((t) => wanted.has(t)).flatMap((t) => {
    const make = RECOGNISERS[t];
    return make ? [make(compiled)] : [];
  });
  const pipeline: Pipeline = {
    splitter: new SentenceSplitter(rules.lexicons.abbreviations),
    recognisers,
    resolvers: [resolveOverlaps, createCoreferenceResolver(rules, compiled.people)],
  };
  const includeText = opts.includeText ?? false;
  const publishedPatterns = compilePublishedPatterns(compiled.calendar);

  return {
    rules,
    extract(text, meta = {}) {
      const m = parseInput(DocMetaSchema, meta, "meta");
      const body = typeof text === "string" ? text : String(text ?? "");
      // no date from the caller: the release's own dateline, never a date deep in the body
      const found = m.published === undefined ? detectPublished(body, publishedPatterns) : null;
      const info: DocInfo = {
        id: m.id ?? "doc",
        ...(m.url !== undefined ? { url: m.url } : {}),
        ...(m.title !== undefined ? { title: m.title } : {}),
        ...(m.published !== undefined ? { published: m.published, publishedFrom: "input" as const } : {}),
        ...(found ? { published: found.iso, publishedFrom: "text" as const } : {}),
      };
      const { facts, doc } = runPipeline(pipeline, body, info);
      return toResult(doc.info, facts, doc, includeText);
    },
  };
}

function mergeMacros(files: readonly z.infer<typeof MacrosFileSchema>[]): Record<string, string> {
  return Object.assign({}, ...files.map((f) => f.macros)) as Record<string, string>;
}

let defaultExtractor: Extractor | undefined;

/**
 * Facts of one document with the built-in rules. The default extractor is built on
 * first use and never changes afterwards.
 */
export function extract(text: string, meta: DocMeta = {}): DocResult {
  defaultExtractor ??= createExtractor();
  return defaultExtractor.extract(text, meta);
}
