import { readFileSync } from "node:fs";
import type { Extractor } from "../extractor.js";
import { parseGold, type GoldDoc, type GoldProblem } from "./gold.js";
import { predictedSets } from "./predict.js";
import { scoreDocument, totals, type DocScore, type PredictedSets, type ScoreTable } from "./score.js";

export interface EvalReport {
  /** Precision, recall and F1 per fact type and overall, micro-averaged over documents. */
  readonly scores: ScoreTable;
  /** Per-document counts and errors, in file order. */
  readonly documents: readonly DocScore[];
  /** Gold lines that were skipped, with the reason; the rest was scored. */
  readonly problems: readonly GoldProblem[];
}

/** Produces the predicted sets of one gold document (press-facts itself, or a peer library). */
export type Predictor = (doc: GoldDoc) => PredictedSets;

/** Scores a predictor on parsed gold documents; a document whose gold or prediction fails is reported and skipped. */
export function evaluateDocs(docs: readonly GoldDoc[], predict: Predictor, problems: readonly GoldProblem[] = []): EvalReport {
  const documents: DocScore[] = [];
  const skipped: GoldProblem[] = [...problems];
  for (const doc of docs) {
    let pred: PredictedSets;
    try {
      pred = predict(doc);
    } catch (err) {
      skipped.push({ line: doc.line, message: `document ${JSON.stringify(doc.id)}: ${(err as Error).message}` });
      continue;
    }
    const score = scoreDocument(doc.id, doc.facts, pred);
    if (score.invalidGold.length > 0) {
      skipped.push({ line: doc.line, message: `document ${JSON.stringify(doc.id)}: invalid gold value(s): ${score.invalidGold.join(", ")}` });
      continue;
    }
    documents.push(score);
  }
  skipped.sort((a, b) => a.line - b.line);
  return { scores: totals(documents), documents, problems: skipped };
}

/** Runs the extractor on every document of a gold JSONL text and scores it. */
export function evaluate(goldJsonl: string, extractor: Extractor): EvalReport {
  const gold = parseGold(goldJsonl);
  return evaluateDocs(gold.docs, extractorPredictor(extractor), gold.problems);
}

/** Same as evaluate(), reading the gold file from disk. */
export function evaluateFile(path: string, extractor: Extractor): EvalReport {
  return evaluate(readFileSync(path, "utf8"), extractor);
}

export function extractorPredictor(extractor: Extractor): Predictor {
  return (doc) =>
    predictedSets(
      extractor.extract(doc.text, {
        id: doc.id,
        ...(doc.published !== undefined ? { published: doc.published } : {}),
        ...(doc.url !== undefined ? { url: doc.url } : {}),
        ...(doc.title !== undefined ? { title: doc.title } : {}),
      }),
    );
}
