/**
 * The `rapport` command line: the second face of the same model the site shows. `run` returns the
 * exit code instead of exiting, so tests can call it in-process with real files.
 */
import { Command, CommanderError } from "commander";
import { registerCheck } from "./commands/check.ts";
import { registerSite } from "./commands/site.ts";
import { registerDone } from "./commands/done.ts";
import { registerHistory } from "./commands/history.ts";
import { registerLog } from "./commands/log.ts";
import { registerNew } from "./commands/new.ts";
import { registerCircle } from "./commands/circle.ts";
import { registerGraph } from "./commands/graph.ts";
import { registerIntro } from "./commands/intro.ts";
import { registerPath } from "./commands/path.ts";
import { registerPrep } from "./commands/prep.ts";
import { registerStats } from "./commands/stats.ts";
import { registerToday } from "./commands/today.ts";
import { registerDue } from "./commands/due.ts";
import { registerEvent } from "./commands/event.ts";
import { registerIcs } from "./commands/ics.ts";
import { registerWatch } from "./commands/watch.ts";
import { registerNoCache } from "./commands/no-cache.ts";
import { makeContext, type Context, type GlobalOptions } from "./context.ts";
import { CliError, EXIT, processIo, type Io } from "./io.ts";

export type Action<O> = (ctx: Context, opts: O, ...args: string[]) => Promise<number>;
/** How a command module hands its action to the program. */
export type Wrap = <O>(action: Action<O>) => (...args: unknown[]) => Promise<void>;

export async function run(argv: readonly string[], io: Io = processIo()): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = new Command("rapport")
    .description(
      "A plain-text networking journal: contacts and events in Markdown, a follow-up schedule, a relationship graph.",
    )
    .option(
      "-d, --dir <path>",
      "the journal folder (default: $RAPPORT_DIR, else the nearest folder with contacts/ or events/)",
    )
    .option("--today <date>", "pretend today is this date, YYYY-MM-DD (default: $RAPPORT_TODAY, else the date)")
    .option("--no-color", "never use colour (NO_COLOR is respected too)")
    .showHelpAfterError("(run rapport --help for the commands)")
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.replace(/\n$/, "")), writeErr: (s) => io.err(s.replace(/\n$/, "")) });

  /** Wraps a command's action: builds the context from the global options and records the exit code. */
  const wrap: Wrap =
    <O>(action: Action<O>) =>
    async (...args: unknown[]): Promise<void> => {
      // commander passes the positional arguments, then the options, then the command itself.
      const opts = args[args.length - 2] as O;
      const positional = args.slice(0, -2) as string[];
      exitCode = await action(makeContext(program.opts<GlobalOptions>(), io), opts, ...positional);
    };

  registerCheck(program, wrap);
  registerSite(program, wrap);
  registerNew(program, wrap);
  registerLog(program, wrap);
  registerDone(program, wrap);
  registerHistory(program, wrap);
  registerCircle(program, wrap);
  registerStats(program, wrap);
  registerPath(program, wrap);
  registerIntro(program, wrap);
  registerPrep(program, wrap);
  registerGraph(program, wrap);
  registerToday(program, wrap);
  registerDue(program, wrap);
  registerEvent(program, wrap);
  registerIcs(program, wrap);
  registerWatch(program, wrap);
  registerNoCache(program, wrap);

  try {
    await program.parseAsync(["node", "rapport", ...argv]);
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === "commander.helpDisplayed" ||
        error.code === "commander.version" ||
        error.code === "commander.help"
        ? EXIT.ok
        : EXIT.failure;
    }
    if (error instanceof CliError) {
      io.err(`rapport: ${error.message}`);
      return error.exitCode;
    }
    throw error;
  }
}
