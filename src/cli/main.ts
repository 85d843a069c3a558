import { Command, CommanderError } from "commander";
import { VERSION } from "../version.js";
import { registerExtract } from "./extract-command.js";
import { registerTest } from "./test-command.js";
import { registerEval } from "./eval-command.js";
import { registerRules } from "./rules-command.js";

/** Exit statuses: 0 all good, 1 some document or check failed, 2 usage error. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** What a command needs from its surroundings; injected so tests run commands in-process. */
export interface CliContext {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
  readonly stdin: NodeJS.ReadableStream;
  /** Raises the exit status (never lowers it: one failed document keeps the run failed). */
  fail(code: number): void;
}

/** Each subcommand lives in its own file and registers itself on the program. */
export type RegisterCommand = (program: Command, ctx: CliContext) => void;

const COMMANDS: RegisterCommand[] = [registerExtract, registerTest, registerEval, registerRules];

export function buildProgram(ctx: CliContext): Command {
  const program = new Command()
    .name("press-facts")
    .description("Citation-linked facts (people, dates, money, percentages) from press releases and news articles")
    .version(VERSION)
    .configureOutput({
      writeOut: (s) => ctx.stdout.write(s),
      writeErr: (s) => ctx.stderr.write(s),
    })
    .showHelpAfterError()
    .exitOverride();
  for (const register of COMMANDS) register(program, ctx);
  return program;
}

/** Runs the CLI; resolves to the exit status instead of exiting, so it can be tested in-process. */
export async function main(
  argv: readonly string[],
  io: Pick<CliContext, "stdout" | "stderr" | "stdin"> = process,
): Promise<number> {
  let status: number = EXIT.ok;
  const ctx: CliContext = { ...io, fail: (code) => void (status = Math.max(status, code)) };
  const program = buildProgram(ctx);
  try {
    await program.parseAsync([...argv], { from: "user" });
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version end with code 0; anything else commander rejects is a usage error
      return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    ctx.stderr.write(`press-facts: ${(err as Error).message}\n`);
    return Math.max(status, EXIT.failed);
  }
  return status;
}
