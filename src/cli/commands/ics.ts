/**
 * `rapport ics [--out FILE]`: the schedule as an iCalendar file, on standard output or written
 * atomically to FILE (a temporary file in the same folder, then a rename), never inside the
 * journal's contacts/ or events/.
 */
import { randomBytes } from "node:crypto";
import { open, rename, stat, unlink } from "node:fs/promises";
import path from "node:path";
import type { Command } from "commander";
import { isInside } from "../../core/paths.ts";
import { JOURNAL_FOLDERS } from "../../journal/load.ts";
import { buildSchedule } from "../../schedule/build.ts";
import { scheduleCalendar, summaryOf, uidOf } from "../../schedule/calendar.ts";
import type { Context } from "../context.ts";
import { plural } from "../diagnostics.ts";
import { CliError, EXIT } from "../io.ts";
import type { Wrap } from "../main.ts";

export function registerIcs(program: Command, wrap: Wrap): void {
  program
    .command("ics")
    .description("the schedule as an iCalendar file (all-day events with stable UIDs), to import or subscribe to")
    .option("--out <file>", "write the calendar to this file instead of standard output")
    .option("--json", "print the calendar's events (uid, date, summary) as JSON instead of the calendar")
    .action(
      wrap<{ out?: string; json?: boolean }>(async (ctx, opts) => {
        const journal = await ctx.load({ history: true }); // commit trailers `Touch:` are touches too
        const today = ctx.today(journal);
        const schedule = buildSchedule(journal, { today });
        const { locale, owner } = journal.settings;
        // RFC 5545 ends every line, the last one too, with CRLF.
        const text = `${scheduleCalendar(schedule, { locale, owner })}\r\n`;
        const file = opts.out === undefined ? undefined : await outputPath(ctx, opts.out);
        if (file) await writeAtomically(file, text);
        if (opts.json) {
          const events = schedule.items.map((i) => ({ uid: uidOf(i), date: i.due, summary: summaryOf(i, locale) }));
          ctx.io.out(JSON.stringify({ today, file: file ?? null, events }, null, 2));
        } else if (file) {
          ctx.io.out(`wrote ${plural(schedule.items.length, "event")} to ${path.relative(ctx.io.cwd, file) || file}`);
        } else {
          ctx.io.out(text);
        }
        return EXIT.ok;
      }),
    );
}

/** The absolute output path; refuses the journal's own folders, a folder, and a missing parent folder. */
async function outputPath(ctx: Context, out: string): Promise<string> {
  const file = path.resolve(ctx.io.cwd, out);
  for (const folder of JOURNAL_FOLDERS) {
    if (isInside(file, path.join(ctx.dir, folder))) {
      throw new CliError(`will not write ${out} inside the journal's ${folder}/ folder: choose a file elsewhere`);
    }
  }
  const parent = await stat(path.dirname(file)).catch(() => undefined);
  if (!parent?.isDirectory()) throw new CliError(`cannot write ${out}: the folder ${path.dirname(out)} does not exist`);
  const existing = await stat(file).catch(() => undefined);
  if (existing?.isDirectory()) throw new CliError(`cannot write ${out}: it is a folder`);
  return file;
}

/** A reader (a calendar app polling the file) sees the old calendar or the new one, never half of one. */
async function writeAtomically(file: string, text: string): Promise<void> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(4).toString("hex")}.tmp`);
  const handle = await open(temp, "wx", 0o644);
  try {
    await handle.writeFile(text);
    await handle.sync();
    await handle.close();
    await rename(temp, file);
  } catch (error) {
    await handle.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}
