import { readFileSync } from "node:fs";
import { createExtractor } from "../extractor.js";
import { evaluate } from "../eval/evaluate.js";
import { formatErrors, formatScores, scoresAsJson } from "../eval/format.js";
import { EXIT, type RegisterCommand } from "./main.js";

interface EvalFlags {
  errors?: boolean;
  json?: boolean;
  rules?: string[];
}

const HELP = `
GOLD.jsonl holds one document per line: {"id", "text", "published", "url", "title",
"facts": {"person": [...], "date": [...], "money": [{"amount", "currency"}], "percent": [...]}}.

Each document's facts are compared with the gold facts as sets of normalised values: names
case-folded, dates as ISO strings (an interval counts as its two ends), money equal within
0.5% in the same currency, percentages within 1e-6, matched one to one. Counts are summed
over documents (micro average).

A malformed line is reported on stderr with its line number and skipped; the rest of the
file is still scored, and the exit status is 1.
`;

/** `press-facts eval GOLD.jsonl`: precision, recall and F1 of the extractor against gold fact sets. */
export const registerEval: RegisterCommand = (program, ctx) => {
  program
    .command("eval")
    .description("score the extractor against gold fact sets: precision, recall and F1 per fact type")
    .argument("<gold>", "gold JSONL file")
    .option("--errors", "list each document's false positives and false negatives")
    .option("--json", "print the scores as JSON: one key per fact type and overall")
    .option("--rules <dir...>", "extra rule folders layered over the built-in rules")
    .addHelpText("after", HELP)
    .action((goldPath: string, flags: EvalFlags) => {
      let raw: string;
      try {
        raw = readFileSync(goldPath, "utf8");
      } catch (err) {
        ctx.stderr.write(`press-facts eval: cannot read ${goldPath}: ${(err as Error).message}\n`);
        ctx.fail(EXIT.failed);
        return;
      }
      const extractor = createExtractor(flags.rules ? { rules: flags.rules } : {});
      const report = evaluate(raw, extractor);
      for (const p of report.problems) ctx.stderr.write(`press-facts eval: ${goldPath}:${p.line}: ${p.message}\n`);
      if (report.problems.length > 0) ctx.fail(EXIT.failed);
      if (flags.json) {
        const data = flags.errors ? { ...scoresAsJson(report.scores), errors: report.documents.filter((d) => Object.keys(d.errors).length > 0).map(({ id, errors }) => ({ id, errors })) } : scoresAsJson(report.scores);
        ctx.stdout.write(JSON.stringify(data, null, 2) + "\n");
        return;
      }
      ctx.stdout.write(`gold: ${goldPath} (${report.documents.length} documents scored${report.problems.length ? `, ${report.problems.length} line(s) skipped` : ""})\n`);
      ctx.stdout.write(formatScores(report.scores));
      if (flags.errors) ctx.stdout.write("\n" + formatErrors(report));
    });
};
