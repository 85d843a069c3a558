import { renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { z } from "zod";
import { builtinRulesDir } from "../src/rules/load.js";
import { RuleFileSchema } from "../src/rules/schema.js";

/**
 * rules/schema.json, generated from the zod schema of rule files so editors can validate
 * and complete rule files ("$schema": "../schema.json"). Run `npm run gen:schema` after
 * changing src/rules/schema.ts or a lexicon schema; test/rules.schema.test.ts fails while
 * the committed file is stale.
 */
export function ruleSchemaJson(): string {
  // "input": what authors write, so fields with defaults (priority, params) stay optional.
  const schema = z.toJSONSchema(RuleFileSchema, { io: "input", target: "draft-2020-12" });
  const doc = {
    ...schema,
    title: "press-facts rule file",
    description: "A pattern file (kind: patterns) or a lexicon file (currencies, magnitudes, ...). Generated from src/rules/schema.ts by scripts/gen-rule-schema.ts: do not edit.",
  };
  return JSON.stringify(doc, null, 2) + "\n";
}

export const SCHEMA_PATH = join(builtinRulesDir(), "schema.json");

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const tmp = `${SCHEMA_PATH}.${process.pid}.tmp`;
  writeFileSync(tmp, ruleSchemaJson());
  renameSync(tmp, SCHEMA_PATH);
  process.stdout.write(`wrote ${SCHEMA_PATH}\n`);
}
