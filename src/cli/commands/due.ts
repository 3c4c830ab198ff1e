/** `rapport due [--days N | --until DATE]`: the schedule ahead, grouped by day (default: the next 7 days). */
import type { Command } from "commander";
import { addDays, daysBetween, isIsoDate, type IsoDate } from "../../core/date.ts";
import { daysOf } from "../../schedule/agenda.ts";
import { buildSchedule } from "../../schedule/build.ts";
import { scheduleMessages } from "../../schedule/messages.ts";
import { CliError, EXIT } from "../io.ts";
import type { Wrap } from "../main.ts";
import { dayLabel, itemLines } from "./today.ts";

export const DEFAULT_DAYS = 7;

export function registerDue(program: Command, wrap: Wrap): void {
  program
    .command("due")
    .description("the schedule ahead, grouped by day (default: the next 7 days, today included)")
    .option("--days <n>", "show this many days, today included")
    .option("--until <date>", "show every day up to this date, YYYY-MM-DD")
    .option("--json", "print the days as JSON")
    .action(
      wrap<{ days?: string; until?: string; json?: boolean }>(async (ctx, opts) => {
        const journal = await ctx.load({ history: true }); // commit trailers `Touch:` are touches too
        const today = ctx.today(journal);
        const until = lastDayShown(today, opts);
        const schedule = buildSchedule(journal, { today, until });
        const days = daysOf(schedule, until);
        if (opts.json) {
          ctx.io.out(JSON.stringify({ today, from: today, until, days }, null, 2));
          return EXIT.ok;
        }
        const m = scheduleMessages(journal.settings.locale);
        const { style } = ctx;
        for (const day of days) {
          const label = dayLabel(day.date, m) + (day.date === today ? ` · ${m.todayLabel}` : "");
          ctx.io.out(style.bold(label));
          for (const item of day.items) {
            for (const line of itemLines(ctx, item, m, { dated: false, draft: false })) ctx.io.out(line);
          }
          ctx.io.out("");
        }
        const count = days.reduce((n, d) => n + d.items.length, 0);
        ctx.io.out(m.dueSummary(count, today, until));
        return EXIT.ok;
      }),
    );
}

function lastDayShown(today: IsoDate, opts: { days?: string; until?: string }): IsoDate {
  if (opts.days !== undefined && opts.until !== undefined) throw new CliError("give --days or --until, not both");
  if (opts.until !== undefined) {
    if (!isIsoDate(opts.until)) throw new CliError(`invalid date '${opts.until}' for --until: write it as YYYY-MM-DD`);
    if (daysBetween(today, opts.until) < 0) throw new CliError(`--until ${opts.until} is before today (${today})`);
    return opts.until;
  }
  if (opts.days === undefined) return addDays(today, DEFAULT_DAYS - 1);
  if (!/^\d+$/.test(opts.days) || Number(opts.days) < 1) {
    throw new CliError(`--days must be a whole number of days, 1 or more, not '${opts.days}'`);
  }
  return addDays(today, Number(opts.days) - 1);
}
