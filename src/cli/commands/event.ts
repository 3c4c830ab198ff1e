/**
 * `rapport event <id>`: an event's page in the terminal — its goals and who matched them, new
 * contacts against the target, and the follow-up of everyone met there.
 */
import type { Command } from "commander";
import { findEvent } from "../../graph/lookup.ts";
import type { Target } from "../../journal/model.ts";
import { eventReport } from "../../schedule/event-report.ts";
import { scheduleMessages } from "../../schedule/messages.ts";
import { EXIT } from "../io.ts";
import type { Wrap } from "../main.ts";
import { resolved } from "./path.ts";
import { dayLabel } from "./today.ts";

export function registerEvent(program: Command, wrap: Wrap): void {
  program
    .command("event")
    .description("an event's outcome: goals and who matched them, new contacts against the target, follow-ups")
    .argument("<event>", "the event's id (file name) or title")
    .option("--json", "print the event's outcome as JSON")
    .action(
      wrap<{ json?: boolean }>(async (ctx, opts, query) => {
        const journal = await ctx.load({ history: true }); // commit trailers `Touch:` are touches too
        const today = ctx.today(journal);
        const event = journal.eventById.get(resolved(findEvent(journal, query!), "event", query!))!;
        const report = eventReport(journal, event, today);
        if (opts.json) {
          ctx.io.out(JSON.stringify(report, null, 2));
          return EXIT.ok;
        }
        const m = scheduleMessages(journal.settings.locale);
        const { style } = ctx;
        const name = (id: string) => journal.contactById.get(id)?.name ?? id;
        const e = report.event;
        const when = e.end === e.date ? dayLabel(e.date, m) : `${dayLabel(e.date, m)} – ${dayLabel(e.end, m)}`;
        ctx.io.out(`${style.bold(e.title)} ${style.dim(`· ${when}${e.location ? ` · ${e.location}` : ""}`)}`);
        ctx.io.out(style.dim(`${m.eventHeading.followupDay} ${dayLabel(e.followup, m)}`));

        ctx.io.out("");
        ctx.io.out(style.bold(m.eventHeading.goals));
        if (report.goals.length === 0) ctx.io.out(`  ${style.yellow(m.noGoals)}`);
        report.goals.forEach((g, i) => {
          if (report.upcoming) return ctx.io.out(`  ${i + 1}. ${g.text}`);
          const who = !g.criteria
            ? style.yellow(m.noCriteria)
            : g.matches.length > 0
              ? style.green(g.matches.map(name).join(", "))
              : style.yellow(m.nobodyMatched);
          ctx.io.out(`  ${i + 1}. ${g.text} ${style.dim("→")} ${who}`);
        });

        ctx.io.out("");
        if (report.upcoming) {
          ctx.io.out(style.dim(m.upcoming));
          return EXIT.ok;
        }
        const target = report.target ? targetText(report.target) : undefined;
        ctx.io.out(style.bold(m.newContacts(report.newContacts, target)));
        if (report.overTarget && report.target)
          ctx.io.out(style.yellow(m.overTarget(report.newContacts, report.target.max)));

        ctx.io.out("");
        ctx.io.out(style.bold(m.eventHeading.met));
        const width = Math.max(0, ...report.met.map((c) => displayWidth(c.name)));
        for (const c of report.met) {
          const f = c.followup;
          const state = m.followupState[f.state];
          const colour = { "on-time": style.green, late: style.yellow, open: style.cyan, overdue: style.red }[f.state];
          const when = f.date ? ` ${f.date}` : ` ${style.dim(`(${m.eventHeading.followupDay} ${f.due})`)}`;
          const notes = [
            ...(c.goals.length ? [m.goalsMatched(c.goals.map((i) => `#${i + 1}`).join(", "))] : []),
            ...(c.rapport === "high" ? [m.rapportHigh] : []),
          ];
          ctx.io.out(
            `  ${c.name}${" ".repeat(width - displayWidth(c.name))}  ${colour(state)}${when}${notes.length ? style.dim(` · ${notes.join(" · ")}`) : ""}`,
          );
        }
        return EXIT.ok;
      }),
    );
}

function targetText(target: Target): string {
  return target.min === target.max ? `${target.min}` : `${target.min}-${target.max}`;
}

/** Columns a name takes in a terminal: East Asian wide characters (李雷) take two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text)
    width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch)
      ? 2
      : 1;
  return width;
}
