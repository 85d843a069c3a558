import type { DocInfo, DocResult, Fact } from "../schema/fact.js";
import type { SentenceSplitter } from "../segment/sentences.js";
import { buildFacts } from "../record/build.js";
import type { AnyCandidate, DocContext, Recogniser, Resolver } from "./types.js";
import { inspectText } from "./inspect.js";

/** The compiled stages of one extractor, run in this order for every document. */
export interface Pipeline {
  readonly splitter: SentenceSplitter;
  /** One per fact type; independent of each other, so their order does not matter. */
  readonly recognisers: readonly Recogniser[];
  /** Order matters: overlaps are settled before coreference merges mentions. */
  readonly resolvers: readonly Resolver[];
}

/** text -> sentences -> candidates per fact type -> resolution -> fact records. */
export function runPipeline(pipeline: Pipeline, text: string, info: DocInfo): { facts: Fact[]; doc: DocContext } {
  const warnings = inspectText(text);
  const doc: DocContext = { text, info, sentences: pipeline.splitter.split(text), warnings, memo: new Map() };
  let candidates: AnyCandidate[] = [];
  for (const r of pipeline.recognisers) {
    try {
      candidates.push(...(r.recognise(doc) as AnyCandidate[]));
    } catch (err) {
      // one failing recogniser must not cost the document its other facts
      warnings.push(`${r.type} recogniser failed: ${(err as Error).message}`);
    }
  }
  for (const r of pipeline.resolvers) candidates = r.resolve(doc, candidates);
  return { facts: buildFacts(doc, candidates), doc };
}

export function toResult(info: DocInfo, facts: Fact[], doc: DocContext, includeText: boolean): DocResult {
  return { doc: info, facts, warnings: doc.warnings, ...(includeText ? { text: doc.text } : {}) };
}
