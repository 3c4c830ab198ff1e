/** `rapport today`: the morning agenda — overdue, today, appointments, events to prepare — and a one-line summary. */
import type { Command } from "commander";
import type { IsoDate } from "../../core/date.ts";
import { agendaOf, summaryText } from "../../schedule/agenda.ts";
import { buildSchedule } from "../../schedule/build.ts";
import { scheduleMessages, type ScheduleMessages } from "../../schedule/messages.ts";
import type { ScheduleItem } from "../../schedule/types.ts";
import type { Context } from "../context.ts";
import { EXIT } from "../io.ts";
import type { Wrap } from "../main.ts";

export function registerToday(program: Command, wrap: Wrap): void {
  program
    .command("today")
    .description("the morning agenda: overdue follow-ups, today's, appointments and events to prepare")
    .option("--json", "print the agenda as JSON")
    .action(
      wrap<{ json?: boolean }>(async (ctx, opts) => {
        const journal = await ctx.load({ history: true }); // commit trailers `Touch:` are touches too
        const today = ctx.today(journal);
        const agenda = agendaOf(buildSchedule(journal, { today }));
        if (opts.json) {
          ctx.io.out(JSON.stringify(agenda, null, 2));
          return EXIT.ok;
        }
        const m = scheduleMessages(journal.settings.locale);
        const { style } = ctx;
        ctx.io.out(style.bold(dayLabel(today, m)));
        const section = (title: string, items: readonly ScheduleItem[], dated: boolean) => {
          if (items.length === 0) return;
          ctx.io.out("");
          ctx.io.out(style.bold(title));
          for (const item of items)
            for (const line of itemLines(ctx, item, m, { dated, draft: true })) ctx.io.out(line);
        };
        section(m.heading.overdue, agenda.overdue, false);
        section(m.heading.today, agenda.dueToday, false);
        section(m.heading.appointments, agenda.appointments, true);
        section(m.heading.prepare, agenda.prepare, true);
        ctx.io.out("");
        ctx.io.out(summaryText(agenda.summary, m));
        return EXIT.ok;
      }),
    );
}

/** "2026-11-25 Wed" (German weekday names in de). */
export function dayLabel(date: IsoDate, m: ScheduleMessages): string {
  return `${date} ${m.weekday(date)}`;
}

/**
 * An item in two or three short lines: kind, name and what matters at a glance (channel, age,
 * fading); then the reason; then the draft message for a first follow-up.
 */
export function itemLines(
  ctx: Pick<Context, "style">,
  item: ScheduleItem,
  m: ScheduleMessages,
  options: { dated: boolean; draft: boolean },
): string[] {
  const { style } = ctx;
  const width = Math.max(...Object.values(m.kind).map((k) => k.length));
  const date = options.dated ? `${dayLabel(item.due, m)}  ` : "";
  const meta = [
    ...(item.channel ? [m.channel[item.channel]] : []),
    ...(item.overdue > 0 ? [style.red(m.overdue(item.overdue))] : []),
    ...(item.fading ? [style.yellow(m.fadingLabel)] : []),
  ];
  const indent = " ".repeat(2 + date.length + width + 2);
  const lines = [
    `  ${date}${style.cyan(m.kind[item.kind].padEnd(width))}  ${style.bold(item.subject.name)}${meta.length ? ` · ${meta.join(" · ")}` : ""}`,
    `${indent}${style.dim(item.reason)}`,
  ];
  if (options.draft && item.draft) lines.push(`${indent}“${item.draft}”`);
  return lines;
}
