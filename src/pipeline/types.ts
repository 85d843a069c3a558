import type { DocInfo, FactType, FactValueMap } from "../schema/fact.js";

/** A half-open UTF-16 range of the document text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** What a recogniser proposes; resolution decides which candidates become facts. */
export interface Candidate<T extends FactType = FactType> extends Span {
  readonly type: T;
  readonly rule: string;
  readonly priority: number;
  /** One value per fact: a range gives two, a single amount one. */
  readonly values: readonly FactValueMap[T][];
}

export type AnyCandidate = { [T in FactType]: Candidate<T> }[FactType];

/** Everything the stages know about one document. Built per document, never shared. */
export interface DocContext {
  readonly text: string;
  readonly info: DocInfo;
  readonly sentences: readonly Span[];
  readonly warnings: string[];
  /** Per-document memo for lazily computed cues (which dollar a "$" means). */
  readonly memo: Map<string, unknown>;
}

/** One per fact type; compiled once per extractor, pure per document. */
export interface Recogniser<T extends FactType = FactType> {
  readonly type: T;
  recognise(doc: DocContext): Candidate<T>[];
}

/** A resolution step over all candidates of a document (overlaps, coreference). */
export interface Resolver {
  readonly name: string;
  resolve(doc: DocContext, candidates: AnyCandidate[]): AnyCandidate[];
}
