/**
 * `rapport history <contact>`: the merged timeline of a relationship (entries, touches from commit
 * trailers, being met at events, and the file's revisions), newest first; `--diff` shows what
 * changed in the file since before the last conversation: what was learnt last time. Read-only.
 */
import type { Command } from "commander";
import { isIsoDate } from "../../core/date.ts";
import { diffSince } from "../../git/diff.ts";
import { diffBase, timeline, type TimelineItem } from "../../git/timeline.ts";
import type { History, Journal } from "../../journal/model.ts";
import type { Context } from "../context.ts";
import { plural } from "../diagnostics.ts";
import { CliError, EXIT } from "../io.ts";
import type { Wrap } from "../main.ts";
import { contactOrFail } from "./log.ts";

const STATE_NOTE: Readonly<Record<Exclude<History["state"], "ok">, string>> = {
  "not-a-repository": "no revisions: the journal is not in a git repository",
  "no-commits": "no revisions: the repository has no commits yet",
  shallow: "revisions are partial: this is a shallow clone (git fetch --unshallow for all of them)",
};

export function registerHistory(program: Command, wrap: Wrap): void {
  program
    .command("history")
    .description("a contact's timeline: entries, touches from commit trailers and the file's revisions, newest first")
    .argument("<contact>", "id, name or alias")
    .option("--since <date>", "only from this day on, YYYY-MM-DD")
    .option("--diff", "also show what changed in the file since before the last conversation")
    .option("--json", "print the timeline as JSON")
    .action(
      wrap<{ since?: string; diff?: boolean; json?: boolean }>(async (ctx, opts, query) => {
        if (opts.since !== undefined && !isIsoDate(opts.since))
          throw new CliError(`invalid date '${opts.since}' for --since: write it as YYYY-MM-DD`);
        const journal = await ctx.load({ history: true });
        const contact = contactOrFail(journal, query!);
        const today = ctx.today(journal);
        const items = timeline(journal, contact.id, { until: today, ...(opts.since ? { since: opts.since } : {}) });
        const state = journal.history?.state ?? "not-a-repository";
        const diff = opts.diff ? await lastDiff(ctx, contact.id, contact.file, today, journal) : undefined;

        if (opts.json) {
          ctx.io.out(
            JSON.stringify(
              {
                contact: { id: contact.id, name: contact.name, file: contact.file },
                state,
                since: opts.since ?? null,
                items,
                ...(opts.diff ? { diff: diff ?? null } : {}),
              },
              null,
              2,
            ),
          );
          return EXIT.ok;
        }
        const { style } = ctx;
        const touches = items.filter((i) => i.kind !== "revision").length;
        ctx.io.out(
          `${style.bold(contact.name)} ${style.dim(ctx.display(contact.file))} — ${plural(touches, "touch").replace(/touchs$/, "touches")}, ${plural(items.length - touches, "revision")}${opts.since ? ` since ${opts.since}` : ""}`,
        );
        for (const item of items) ctx.io.out(formatItem(item, ctx));
        if (state !== "ok") ctx.io.out(style.dim(STATE_NOTE[state]));
        if (opts.diff) {
          ctx.io.out("");
          if (!diff) ctx.io.out(style.dim("no conversation yet to compare with"));
          else {
            const header = `Since the last conversation (${diff.since} ${diff.touch})`;
            const from = diff.from
              ? `${diff.from.slice(0, 7)} from ${diff.fromDate}`
              : "an empty file (the file is newer)";
            ctx.io.out(style.bold(diff.patch === null ? `${header}:` : `${header}, compared with ${from}:`));
            if (diff.patch === null) ctx.io.out(style.dim("no revisions of this file to compare with"));
            else if (diff.patch === "") ctx.io.out(style.dim("no changes"));
            else for (const line of diff.patch.replace(/\n$/, "").split("\n")) ctx.io.out(colourDiff(line, ctx));
          }
        }
        return EXIT.ok;
      }),
    );
}

function formatItem(item: TimelineItem, ctx: Context): string {
  const { style } = ctx;
  const label = item.kind === "entry" ? item.channel : item.kind === "commit" ? "commit" : item.kind;
  const where =
    item.kind === "entry"
      ? `${ctx.display(item.file)}:${item.line}`
      : item.kind === "commit"
        ? item.commit.slice(0, 7)
        : item.kind === "revision"
          ? `${item.commit.slice(0, 7)} ${item.author}`
          : ctx.display(`events/${item.event}.md`);
  const text = item.kind === "revision" ? style.dim(item.title) : item.title;
  return `${item.date}  ${(item.kind === "revision" ? style.dim : style.cyan)(label.padEnd(9))}  ${text}  ${style.dim(where)}`;
}

function colourDiff(line: string, ctx: Context): string {
  const { style } = ctx;
  if (line.startsWith("+++") || line.startsWith("---") || line.startsWith("diff ") || line.startsWith("index "))
    return style.bold(line);
  if (line.startsWith("+")) return style.green(line);
  if (line.startsWith("-")) return style.red(line);
  if (line.startsWith("@@")) return style.cyan(line);
  return line;
}

interface LastDiff {
  /** The day and title of the last conversation. */
  readonly since: string;
  readonly touch: string;
  /** The commit compared with, or null when the file has no revision from before that day. */
  readonly from: string | null;
  readonly fromDate: string | null;
  /** A unified diff, as git prints it; null when the file has no revisions to compare with. */
  readonly patch: string | null;
}

async function lastDiff(
  ctx: Context,
  id: string,
  file: string,
  today: string,
  journal: Journal,
): Promise<LastDiff | undefined> {
  const found = diffBase(journal, id, today);
  if (!found) return undefined;
  return {
    since: found.touch.date,
    touch: found.touch.title,
    from: found.base?.commit ?? null,
    fromDate: found.base?.date ?? null,
    // Without a single revision git has nothing to compare with.
    patch: found.revisions > 0 ? await diffSince(ctx.dir, found.base?.commit, found.base?.path ?? file, file) : null,
  };
}
