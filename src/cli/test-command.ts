import { existsSync } from "node:fs";
import { createExtractor } from "../extractor.js";
import { hasDifferences, runSuite, type SuiteOptions } from "../regress/run.js";
import { formatFixture, formatSummary } from "../regress/format.js";
import { EXIT, type RegisterCommand } from "./main.js";

interface TestFlags {
  update?: boolean;
  rule?: string;
  json?: boolean;
  rules?: string[];
}

const HELP = `
A fixture is a document plus its golden file beside it:
  NAME.txt   + NAME.facts.json   (metadata in NAME.meta.json: id, published, url, title, source, licence)
  NAME.html  + NAME.facts.json   (the page's own title, date and URL, overridden by NAME.meta.json)
  NAME.jsonl + NAME.facts.json   (one document per line: {"id", "text" | "html", "published", "url", "title"})
Files named gold.jsonl or *.gold.jsonl are evaluation sets (see "press-facts eval") and are skipped.

Report, per document: + a fact appeared, - a fact disappeared, ~ a fact over the same span
changed rule or value; each with its text, citation (start-end) and rule id.

Exit status: 0 no differences, 1 differences or errors, 2 usage error.
With --update the golden files that changed are rewritten and the status is 0 unless a
fixture could not be read.
`;

/** `press-facts test [DIR...]`: runs the fixture suite against its golden files. */
export const registerTest: RegisterCommand = (program, ctx) => {
  program
    .command("test")
    .description("run fixtures and report facts that appeared, disappeared or changed since their golden files")
    .argument("[dir...]", "fixture folders or files", ["fixtures"])
    .option("--update", "rewrite the golden files that changed")
    .option("--rule <id>", "only facts produced by this rule id (with --update: only rewrite those)")
    .option("--json", "print the report as JSON")
    .option("--rules <dir...>", "extra rule folders layered over the built-in rules")
    .addHelpText("after", HELP)
    .action((dirs: string[], flags: TestFlags) => {
      const missing = dirs.filter((d) => !existsSync(d));
      if (missing.length > 0) {
        ctx.stderr.write(`press-facts test: no such file or folder: ${missing.join(", ")}\n`);
        ctx.fail(EXIT.usage);
        return;
      }
      const extractor = createExtractor(flags.rules ? { rules: flags.rules } : {});
      const options: SuiteOptions = {
        ...(flags.update ? { update: true } : {}),
        ...(flags.rule !== undefined ? { rule: flags.rule } : {}),
      };
      const report = runSuite(dirs, extractor, options);
      if (flags.json) ctx.stdout.write(JSON.stringify(report, null, 2) + "\n");
      else {
        for (const f of report.fixtures) ctx.stdout.write(formatFixture(f));
        ctx.stdout.write(formatSummary(report.summary, options));
      }
      const failed = flags.update ? report.summary.errors > 0 : hasDifferences(report.summary);
      if (failed) ctx.fail(EXIT.failed);
    });
};
