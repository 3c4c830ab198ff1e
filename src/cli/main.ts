/**
 * The `rapport` command line: the second face of the same model the site shows. `run` returns the
 * exit code instead of exiting, so tests can call it in-process with real files.
 */
import { Command, CommanderError } from "commander";
import { registerNoCache } from "./commands/no-cache.ts";
import { makeContext, type Context, type GlobalOptions } from "./context.ts";
import { CliError, EXIT, processIo, type Io } from "./io.ts";

export type Action<O> = (ctx: Context, opts: O, ...args: string[]) => Promise<number>;
/** How a command module hands its action to the program. */
export type Wrap = <O>(action: Action<O>) => (...args: unknown[]) => Promise<void>;
type Register = (program: Command, wrap: Wrap) => void;

/**
 * Every command module, with the commands it registers, in the order `--help` lists them. A run
 * loads only the module of the command it runs: loading them all (the graph libraries, the site,
 * git, calendars) took longer than a warm `rapport today` itself. `--help`, `help` and anything
 * that names no known command load them all, so the help and commander's messages are as before.
 */
const COMMANDS: readonly (readonly [readonly string[], () => Promise<Register>])[] = [
  [["check"], async () => (await import("./commands/check.ts")).registerCheck],
  [["build", "dev"], async () => (await import("./commands/site.ts")).registerSite],
  [["new"], async () => (await import("./commands/new.ts")).registerNew],
  [["log"], async () => (await import("./commands/log.ts")).registerLog],
  [["done"], async () => (await import("./commands/done.ts")).registerDone],
  [["history"], async () => (await import("./commands/history.ts")).registerHistory],
  [["circle"], async () => (await import("./commands/circle.ts")).registerCircle],
  [["stats"], async () => (await import("./commands/stats.ts")).registerStats],
  [["path"], async () => (await import("./commands/path.ts")).registerPath],
  [["intro"], async () => (await import("./commands/intro.ts")).registerIntro],
  [["prep"], async () => (await import("./commands/prep.ts")).registerPrep],
  [["graph"], async () => (await import("./commands/graph.ts")).registerGraph],
  [["today"], async () => (await import("./commands/today.ts")).registerToday],
  [["due"], async () => (await import("./commands/due.ts")).registerDue],
  [["event"], async () => (await import("./commands/event.ts")).registerEvent],
  [["ics"], async () => (await import("./commands/ics.ts")).registerIcs],
  [["watch"], async () => (await import("./commands/watch.ts")).registerWatch],
];

/** Global options that take a value: what follows them is not the command's name. */
const WITH_VALUE = new Set(["-d", "--dir", "--today"]);

/** The command `argv` names: its first word that is neither an option nor an option's value. */
export function commandOf(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") return argv[i + 1];
    if (WITH_VALUE.has(arg)) i++;
    else if (!arg.startsWith("-")) return arg;
  }
  return undefined;
}

/** The register functions a run of `argv` needs: its command's module, or every module. */
async function registersFor(argv: readonly string[]): Promise<Register[]> {
  const name = commandOf(argv);
  const own = COMMANDS.filter(([names]) => name !== undefined && names.includes(name));
  return Promise.all((own.length > 0 ? own : COMMANDS).map(([, load]) => load()));
}

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

  for (const register of await registersFor(argv)) register(program, wrap);
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
