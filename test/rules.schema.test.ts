import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { runCli as run } from "./cli.helpers.js";
import { ruleSchemaJson, SCHEMA_PATH } from "../scripts/gen-rule-schema.js";


/** A patterns file with one percent rule; `patch` edits the rule. */
function rulesDir(patch: (rule: Record<string, unknown>) => void, file = "extra.json"): string {
  const dir = mkdtempSync(join(tmpdir(), "pf-rules-"));
  mkdirSync(join(dir, "patterns"));
  const rule: Record<string, unknown> = {
    id: "percent.per-mille",
    description: "per mille: 5‰",
    pattern: "(?<num>{numeral}){sp}?‰",
    normaliser: "percent.value",
    examples: [{ texts: ["5‰"], value: [{ value: 5 }] }],
    negatives: ["5 miles"],
  };
  patch(rule);
  writeFileSync(join(dir, "patterns", file), JSON.stringify({ kind: "patterns", type: "percent", rules: [rule] }, null, 1));
  return dir;
}

describe("rules/schema.json", () => {
  test("is generated from the zod schema and up to date (run `npm run gen:schema`)", () => {
    const fresh = readFileSync(SCHEMA_PATH, "utf8") === ruleSchemaJson();
    expect(fresh, "rules/schema.json is stale: run `npm run gen:schema` and commit it").toBe(true);
  });

  test("describes both pattern and lexicon files", () => {
    const schema = JSON.parse(ruleSchemaJson()) as { oneOf?: { properties?: { kind?: { const?: string } } }[] };
    const kinds = (schema.oneOf ?? []).map((s) => s.properties?.kind?.const);
    expect(kinds).toEqual(expect.arrayContaining(["patterns", "currencies", "magnitudes", "people"]));
  });
});

describe("press-facts rules check", () => {
  test("the built-in rules are valid", async () => {
    const r = await run(["rules", "check"]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/files valid; \d+ pattern rules compile/);
  });

  test("a user's valid folder is checked layered over the built-in rules", async () => {
    const r = await run(["rules", "check", rulesDir(() => undefined)]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
  });

  test("a malformed field is named by file, rule id and path", async () => {
    const dir = rulesDir((rule) => {
      rule.priority = "high";
      rule.negatives = [];
    });
    const r = await run(["rules", "check", dir]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/patterns[\\/]extra\.json \(rule percent\.per-mille\) at rules\.0\.priority: .*number/);
    expect(r.err).toMatch(/patterns[\\/]extra\.json \(rule percent\.per-mille\) at rules\.0\.negatives: /);
  });

  test("a bad rule id, an unknown field and invalid JSON are reported per file", async () => {
    const dir = rulesDir((rule) => {
      rule.id = "Percent Per Mille";
      rule.colour = "red";
    });
    writeFileSync(join(dir, "patterns", "broken.json"), "{ not json");
    const r = await run(["rules", "check", dir]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/broken\.json at <root>: not valid JSON/);
    expect(r.err).toMatch(/extra\.json \(rule Percent Per Mille\) at rules\.0\.id: rule ids look like/);
    expect(r.err).toMatch(/extra\.json \(rule Percent Per Mille\) at rules\.0: .*colour/);
  });

  test("an unknown macro is caught by compiling", async () => {
    const r = await run(["rules", "check", rulesDir((rule) => void (rule.pattern = "(?<num>{numerall})‰"))]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/extra\.json \(rule percent\.per-mille\) at pattern: unknown macro \{numerall\}/);
  });

  test("an invalid regular expression is caught by compiling", async () => {
    const r = await run(["rules", "check", rulesDir((rule) => void (rule.pattern = "(?<num>{numeral}‰"))]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/extra\.json \(rule percent\.per-mille\) at pattern: not a valid regular expression/);
  });

  test("an unknown normaliser is caught by compiling", async () => {
    const r = await run(["rules", "check", rulesDir((rule) => void (rule.normaliser = "percent.guess"))]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/\(rule percent\.per-mille\) at normaliser: unknown normaliser "percent\.guess"/);
  });
});
