import { Command, CommanderError } from "commander";
import { VERSION } from "../version.js";

/** Exit statuses: 0 all good, 1 some document or check failed, 2 usage error. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** Each subcommand lives in its own file and registers itself on the program. */
type Register = (program: Command) => void;

const COMMANDS: Register[] = [];

export function buildProgram(): Command {
  const program = new Command()
    .name("press-facts")
    .description("Citation-linked facts (people, dates, money, percentages) from press releases and news articles")
    .version(VERSION)
    .showHelpAfterError()
    .exitOverride();
  for (const register of COMMANDS) register(program);
  return program;
}

/** Runs the CLI; resolves to the exit status instead of exiting, so it can be tested in-process. */
export async function main(argv: readonly string[]): Promise<number> {
  const program = buildProgram();
  let status: number = EXIT.ok;
  program.hook("postAction", (_this, action) => {
    const code = (action as Command & { exitStatus?: number }).exitStatus;
    if (typeof code === "number") status = code;
  });
  try {
    await program.parseAsync([...argv], { from: "user" });
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    process.stderr.write(`press-facts: ${(err as Error).message}\n`);
    return EXIT.failed;
  }
  return status;
}
