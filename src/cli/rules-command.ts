import { resolve } from "node:path";
import { createExtractor } from "../extractor.js";
import { builtinRulesDir, loadRules, RulesError, type RuleIssue } from "../rules/load.js";
import { EXIT, type RegisterCommand } from "./main.js";

const HELP = `
Checks every .json file below DIR (default: the built-in rules) against the rule-file
schema (rules/schema.json), then compiles the folder layered over the built-in rules, so
unknown {macros}, unknown normalisers and invalid regular expressions are caught too.
Each problem is printed as: FILE (rule ID) at PATH.OF.FIELD: message

Exit status: 0 valid, 1 problems found, 2 usage error.
`;

export function formatIssue(i: RuleIssue): string {
  return `${i.file}${i.ruleId ? ` (rule ${i.ruleId})` : ""} at ${i.path.join(".") || "<root>"}: ${i.message}`;
}

/** `press-facts rules check [DIR]`: validates and compiles a rules folder. */
export const registerRules: RegisterCommand = (program, ctx) => {
  const rules = program.command("rules").description("work with rule folders");
  rules
    .command("check")
    .description("validate a rules folder: schema, macros, regular expressions")
    .argument("[dir]", "rules folder (default: the built-in rules)")
    .addHelpText("after", HELP)
    .action((dir: string | undefined) => {
      const builtin = builtinRulesDir();
      const target = dir ?? builtin;
      const report = (issues: readonly RuleIssue[]): void => {
        for (const i of issues) ctx.stderr.write(`${formatIssue(i)}\n`);
        ctx.stderr.write(`${issues.length} problem${issues.length === 1 ? "" : "s"} in ${target}\n`);
        ctx.fail(EXIT.failed);
      };
      const loaded = loadRules([target]);
      if (!loaded.ok) return report(loaded.issues);
      try {
        const extractor = createExtractor(resolve(target) === resolve(builtin) ? {} : { rules: target });
        const patterns = Object.values(extractor.rules.patterns).reduce((n, list) => n + list.length, 0);
        ctx.stdout.write(`${target}: ${loaded.rules.files.length} files valid; ${patterns} pattern rules compile with the built-in rules\n`);
      } catch (err) {
        if (err instanceof RulesError) return report(err.issues);
        throw err;
      }
    });
};
