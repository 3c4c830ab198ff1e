/**
 * `rapport watch`: keeps the journal in memory and, on every save, re-parses only the changed
 * files and brings the model, the schedule and the graph up to date; one line per update says what
 * changed, what is due, how large the graph is, any problem in the changed files, and how long the
 * update took. With --json, one JSON object per line (see docs/performance.md for the shape).
 */
import type { Command } from "commander";
import { setImmediate as nextTurn } from "node:timers/promises";
import { JournalUnreadable } from "../../journal/load.ts";
import type { Diagnostic, Journal } from "../../journal/model.ts";
import { agendaOf, summaryText, type AgendaSummary } from "../../schedule/agenda.ts";
import { scheduleMessages } from "../../schedule/messages.ts";
import type { LiveNetwork } from "../../watch/live-network.ts";
import type { LiveSchedule } from "../../watch/live-schedule.ts";
import type { WatchUpdate } from "../../watch/watch.ts";
import type { Context } from "../context.ts";
import { countSeverities, formatDiagnostic, plural } from "../diagnostics.ts";
import { CliError, EXIT } from "../io.ts";
import type { Wrap } from "../main.ts";

/** What one update brought: the figures printed, and in JSON. */
export interface WatchReport {
  readonly event: "update";
  readonly changed: readonly string[];
  readonly files: number;
  readonly errors: number;
  readonly warnings: number;
  readonly agenda: AgendaSummary;
  readonly graph: { readonly nodes: number; readonly edges: number };
  /** From the end of the debounce to model, schedule and graph being up to date. */
  readonly ms: number;
  /** The problems in the changed files. */
  readonly diagnostics: readonly Diagnostic[];
}

export function registerWatch(program: Command, wrap: Wrap): void {
  program
    .command("watch")
    .description("keep the journal in memory and update the schedule and graph on every save")
    .option("--json", "print one JSON object per line: when ready, then for every update")
    .action(
      wrap<{ json?: boolean }>(async (ctx, opts) => {
        // Loaded here, not with the CLI: the watcher is only needed by this command.
        const { JournalSession } = await import("../../watch/session.ts");
        const { watchJournal } = await import("../../watch/watch.ts");
        const { LiveSchedule } = await import("../../watch/live-schedule.ts");
        const { LiveNetwork } = await import("../../watch/live-network.ts");
        const session = await JournalSession.open(ctx.dir).catch((error: unknown) => {
          throw error instanceof JournalUnreadable ? new CliError(error.message) : error;
        });
        // Schedule and graph kept beside the model, brought up to date by what each change reaches.
        const start = ctx.today(session.journal);
        const live = {
          schedule: new LiveSchedule(session.journal, start),
          network: new LiveNetwork(session.journal, start),
        };
        const watcher = watchJournal(
          session,
          async (update) => {
            const report = await reportOf(ctx, update, live);
            if (!report) return;
            if (opts.json) ctx.io.out(JSON.stringify(report));
            else printReport(ctx, update.journal, report);
          },
          {
            onError: (error) => ctx.io.err(`rapport: ${error instanceof Error ? error.message : String(error)}`),
          },
        );
        await watcher.ready;
        const { journal, stats } = session;
        const counts = countSeverities(journal.diagnostics);
        if (opts.json) {
          ctx.io.out(JSON.stringify({ event: "ready", files: journal.files.length, ...stats, ...counts }));
        } else {
          const from = stats.cached ? `, ${stats.cached} from the cache` : "";
          ctx.io.out(
            `watching ${ctx.display(".")}: ${plural(journal.files.length, "file")}${from}, ` +
              `${plural(counts.errors, "error")}, ${plural(counts.warnings, "warning")} — Ctrl-C to stop`,
          );
        }

        await new Promise<void>((resolve) => {
          process.once("SIGINT", resolve);
          process.once("SIGTERM", resolve);
        });
        await watcher.close();
        return EXIT.ok;
      }),
    );
}

interface Live {
  readonly schedule: LiveSchedule;
  readonly network: LiveNetwork;
}

/**
 * Schedule and graph for the new model; undefined when a newer change overtook this one (the
 * checks between the steps let it go at once rather than finish work nobody will see).
 */
async function reportOf(ctx: Context, update: WatchUpdate, live: Live): Promise<WatchReport | undefined> {
  const { journal } = update;
  const today = ctx.today(journal);
  const agenda = agendaOf(live.schedule.update(journal, today));
  await nextTurn();
  // Overtaken: the network catches up with the newer model next time (it compares with the model it last saw).
  if (!update.current()) return undefined;
  // The graph as paths and introductions use it (no betweenness or communities, as `analyseNetwork`
  // with metrics off): the same as computing it whole, brought up to date by what changed.
  const { graph } = live.network.update(journal, today);
  const ms = Math.round(performance.now() - update.started);
  await nextTurn();
  if (!update.current()) return undefined;
  const changed = new Set(update.changed);
  return {
    event: "update",
    changed: update.changed,
    files: journal.files.length,
    ...countSeverities(journal.diagnostics),
    agenda: agenda.summary,
    graph: { nodes: graph.order, edges: graph.size },
    ms,
    diagnostics: journal.diagnostics.filter((d) => changed.has(d.file)),
  };
}

function printReport(ctx: Context, journal: Journal, report: WatchReport): void {
  const { style } = ctx;
  const time = new Date().toTimeString().slice(0, 8);
  const what = report.changed.length === 1 ? ctx.display(report.changed[0]!) : plural(report.changed.length, "file");
  const problems = report.errors
    ? style.red(plural(report.errors, "error"))
    : report.warnings
      ? style.yellow(plural(report.warnings, "warning"))
      : style.green("no problems");
  ctx.io.out(
    `${style.dim(time)} ${style.bold(what)} · ${summaryText(report.agenda, scheduleMessages(journal.settings.locale))} · ` +
      `graph ${report.graph.nodes} nodes, ${report.graph.edges} ties · ${problems} · ${style.dim(`${report.ms} ms`)}`,
  );
  for (const d of report.diagnostics) ctx.io.out(`  ${formatDiagnostic(d, ctx)}`);
}
