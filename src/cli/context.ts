/** Turns the global options and the environment into the journal folder, today's date and the output style. */
import { existsSync } from "node:fs";
import path from "node:path";
import { isIsoDate, localToday, type IsoDate } from "../core/date.ts";
import { JournalUnreadable, loadJournal, type LoadOptions } from "../journal/load.ts";
import type { Journal } from "../journal/model.ts";
import { CliError, type Io } from "./io.ts";
import { styleFor, type Style } from "./style.ts";

export interface GlobalOptions {
  readonly dir?: string;
  readonly today?: string;
  readonly color?: boolean;
}

export interface Context {
  readonly io: Io;
  readonly style: Style;
  /** The journal folder, absolute. */
  readonly dir: string;
  /** Loads the journal (with its git history when asked), turning an unreadable folder into a one-line error with exit code 2. */
  load(options?: LoadOptions): Promise<Journal>;
  /** Today: --today, else RAPPORT_TODAY, else the journal's pinned `today`, else the local date. */
  today(journal?: Journal): IsoDate;
  /** A journal path as the person should see it: relative to where they stand, so editors can open it. */
  display(file: string): string;
}

export function makeContext(options: GlobalOptions, io: Io): Context {
  const dir = journalDir(options.dir ?? io.env["RAPPORT_DIR"], io.cwd);
  const fixed = options.today ?? io.env["RAPPORT_TODAY"];
  if (fixed !== undefined && !isIsoDate(fixed)) {
    throw new CliError(
      `invalid date '${fixed}' for ${options.today !== undefined ? "--today" : "RAPPORT_TODAY"}: write it as YYYY-MM-DD`,
    );
  }
  return {
    io,
    style: styleFor(io, options.color === false),
    dir,
    async load(loadOptions) {
      try {
        return await loadJournal(dir, loadOptions);
      } catch (error) {
        if (error instanceof JournalUnreadable) throw new CliError(error.message);
        throw error;
      }
    },
    today: (journal) => fixed ?? journal?.settings.today ?? localToday(),
    display(file) {
      const rel = path.relative(io.cwd, path.join(dir, file)).split(path.sep).join("/");
      return rel || file;
    },
  };
}

/** An explicit folder is used as given; otherwise the nearest folder upwards that holds a journal, else the current one. */
export function journalDir(explicit: string | undefined, cwd: string): string {
  if (explicit) return path.resolve(cwd, explicit);
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, "contacts")) || existsSync(path.join(dir, "events"))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(cwd);
  }
}
