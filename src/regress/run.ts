import { readFileSync, renameSync, writeFileSync } from "node:fs";
import type { Extractor } from "../extractor.js";
import type { DocResult } from "../schema/fact.js";
import { applyChanges, changeTouchesRule, diffFacts, type FactChange } from "./diff.js";
import { discoverFixtures, loadFixture, type Fixture } from "./fixtures.js";
import { HtmlReader } from "../ingest/html.js";
import { parseGolden, serializeGolden, toGoldenDoc, type GoldenDoc, type GoldenFile } from "./golden.js";

export interface SuiteOptions {
  /** Rewrite golden files whose content changed. */
  readonly update?: boolean;
  /** Report (and with `update`, rewrite) only facts of this rule id. */
  readonly rule?: string;
}

export interface DocReport {
  readonly id: string;
  readonly changes: readonly FactChange[];
  /** Extraction failures and broken citations: always a failure, never written to a golden file. */
  readonly errors: readonly string[];
}

export interface FixtureReport {
  readonly fixture: string;
  readonly golden: string;
  /** False when the fixture has no golden file yet: every fact then "appeared". */
  readonly hasGolden: boolean;
  readonly docs: readonly DocReport[];
  /** Problems reading the fixture or its golden file. */
  readonly errors: readonly string[];
  /** With `update`: whether the golden file was (re)written. */
  readonly updated: boolean;
}

export interface SuiteSummary {
  readonly fixtures: number;
  readonly documents: number;
  /** Documents with at least one change in the report. */
  readonly changedDocuments: number;
  readonly appeared: number;
  readonly disappeared: number;
  readonly changed: number;
  readonly errors: number;
  /** Fixtures without a golden file (not counting those just written by `update`). */
  readonly missingGolden: number;
  readonly updated: number;
}

export interface SuiteReport {
  readonly fixtures: readonly FixtureReport[];
  readonly summary: SuiteSummary;
}

/** Facts whose citation does not point at their text; the invariant every fact must keep. */
export function citationViolations(result: DocResult, text: string): string[] {
  return result.facts
    .filter((f) => text.slice(f.citation.start, f.citation.end) !== f.text)
    .map((f) => `citation ${f.citation.start}-${f.citation.end} of ${f.type} fact ${JSON.stringify(f.text)} (${f.rule}) reads ${JSON.stringify(text.slice(f.citation.start, f.citation.end))}`);
}

/** Checks one fixture against its golden file; with `update`, rewrites the golden file if it changed. */
export function checkFixture(fixture: Fixture, extractor: Extractor, options: SuiteOptions = {}): FixtureReport {
  const errors: string[] = [];
  let goldenText: string | undefined;
  let golden: GoldenFile = { documents: [] };
  try {
    goldenText = readFileSync(fixture.golden, "utf8");
  } catch {
    goldenText = undefined;
  }
  if (goldenText !== undefined) {
    try {
      golden = parseGolden(goldenText, fixture.golden);
    } catch (err) {
      errors.push((err as Error).message);
    }
  }
  const loaded = loadFixture(fixture, new HtmlReader(extractor.rules.lexicons.html));
  errors.push(...loaded.errors.map((e) => (e.line ? `${fixture.path}:${e.line}: ${e.message}` : e.message)));

  const oldById = new Map(golden.documents.map((d) => [d.id, d]));
  const next: GoldenDoc[] = [];
  const docs: DocReport[] = [];
  for (const doc of loaded.docs) {
    const old = oldById.get(doc.id);
    oldById.delete(doc.id);
    let current: GoldenDoc;
    try {
      const result = extractor.extract(doc.text, doc.meta);
      const broken = citationViolations(result, doc.text);
      if (broken.length) {
        docs.push({ id: doc.id, changes: [], errors: broken });
        if (old) next.push(old);
        continue;
      }
      current = toGoldenDoc(result);
    } catch (err) {
      docs.push({ id: doc.id, changes: [], errors: [(err as Error).message] });
      if (old) next.push(old);
      continue;
    }
    let changes = diffFacts(old?.facts ?? [], current.facts);
    if (options.rule !== undefined) {
      const rule = options.rule;
      changes = changes.filter((c) => changeTouchesRule(c, rule));
      current = { ...current, facts: applyChanges(old?.facts ?? [], changes) };
    }
    docs.push({ id: doc.id, changes, errors: [] });
    next.push(current);
  }
  // A JSONL line whose document is gone: its facts disappeared (unless the line merely failed to load).
  if (loaded.errors.length === 0) {
    for (const old of oldById.values()) {
      const changes = diffFacts(old.facts, []).filter((c) => options.rule === undefined || changeTouchesRule(c, options.rule));
      docs.push({ id: old.id, changes, errors: [] });
      if (options.rule !== undefined) next.push({ ...old, facts: applyChanges(old.facts, changes) });
    }
  } else {
    next.push(...oldById.values());
  }

  let updated = false;
  if (options.update && errors.length === 0) {
    const text = serializeGolden({ documents: next });
    if (text !== goldenText) {
      writeAtomically(fixture.golden, text);
      updated = true;
    }
  }
  return { fixture: fixture.path, golden: fixture.golden, hasGolden: goldenText !== undefined, docs, errors, updated };
}

function writeAtomically(path: string, text: string): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

/** Runs every fixture found in the given files and folders. */
export function runSuite(inputs: readonly string[], extractor: Extractor, options: SuiteOptions = {}): SuiteReport {
  const fixtures = discoverFixtures(inputs).map((f) => checkFixture(f, extractor, options));
  return { fixtures, summary: summarise(fixtures) };
}

export function summarise(fixtures: readonly FixtureReport[]): SuiteSummary {
  let documents = 0, changedDocuments = 0, appeared = 0, disappeared = 0, changed = 0, errors = 0, updated = 0, missingGolden = 0;
  for (const f of fixtures) {
    errors += f.errors.length;
    if (f.updated) updated++;
    else if (!f.hasGolden) missingGolden++;
    for (const d of f.docs) {
      documents++;
      errors += d.errors.length;
      if (d.changes.length) changedDocuments++;
      for (const c of d.changes) {
        if (c.kind === "appeared") appeared++;
        else if (c.kind === "disappeared") disappeared++;
        else changed++;
      }
    }
  }
  return { fixtures: fixtures.length, documents, changedDocuments, appeared, disappeared, changed, errors, missingGolden, updated };
}

/** Whether the report shows any difference or error (the suite fails). */
export function hasDifferences(s: SuiteSummary): boolean {
  return s.appeared + s.disappeared + s.changed + s.errors + s.missingGolden > 0;
}
