import type { Fact, FactType } from "../schema/fact.js";
import type { AnyCandidate, DocContext } from "../pipeline/types.js";
import { sentenceAround } from "../segment/sentences.js";

/**
 * Candidates -> fact records, one per value, numbered per type in document order.
 * A candidate whose span does not slice to its text cannot become a fact: the
 * citation invariant is checked here, where it is made.
 */
export function buildFacts(doc: DocContext, candidates: readonly AnyCandidate[]): Fact[] {
  const counters: Record<FactType, number> = { person: 0, date: 0, money: 0, percent: 0 };
  const facts: Fact[] = [];
  const { id: docId, url } = doc.info;
  for (const c of candidates) {
    const text = doc.text.slice(c.start, c.end);
    if (text.length === 0 || c.end > doc.text.length) {
      doc.warnings.push(`dropped a ${c.type} candidate of rule ${c.rule} with an empty or out-of-range span ${c.start}-${c.end}`);
      continue;
    }
    const around = sentenceAround(doc.sentences, c);
    const sentence = doc.text.slice(around.start, around.end);
    for (const value of c.values) {
      counters[c.type] += 1;
      // written out rather than spread: a spread per fact cost a third of this stage
      const citation =
        url !== undefined ? { docId, url, start: c.start, end: c.end, sentence } : { docId, start: c.start, end: c.end, sentence };
      facts.push({ id: `${docId}/${c.type}/${counters[c.type]}`, type: c.type, value, text, citation, rule: c.rule } as Fact);
    }
  }
  return facts;
}
