import type { DocResult, Fact, FactType } from "../schema/fact.js";
import type { PredictedSets, PredictedValue } from "./score.js";

/**
 * The values a fact contributes to a document's set: a date interval counts as its two
 * ends, an unresolved relative date (no publication date) as nothing.
 */
export function scoredValues(fact: Fact): unknown[] {
  switch (fact.type) {
    case "person":
      return [fact.value.name];
    case "money":
      return [{ amount: fact.value.amount, currency: fact.value.currency }];
    case "percent":
      return [fact.value.value];
    case "date": {
      const v = fact.value;
      if (v.start !== undefined && v.end !== undefined) return [v.start, v.end];
      return v.iso === null ? [] : [v.iso];
    }
  }
}

/** A document's facts as predicted sets, each value carrying the text and rule behind it. */
export function predictedSets(result: Pick<DocResult, "facts">): PredictedSets {
  const out: Record<FactType, PredictedValue[]> = { person: [], date: [], money: [], percent: [] };
  for (const fact of result.facts) {
    for (const value of scoredValues(fact)) out[fact.type].push({ value, text: fact.text, rule: fact.rule });
  }
  return out;
}
