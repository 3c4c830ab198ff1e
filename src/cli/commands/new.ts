/**
 * `rapport new contact|event`: a new file from a template, created exclusively (never over an
 * existing file), with an id spelled from the name.
 */
import path from "node:path";
import type { Command } from "commander";
import { isIsoDate } from "../../core/date.ts";
import { CIRCLES, type Journal } from "../../journal/model.ts";
import { createFile } from "../../write/file.ts";
import { findEvent } from "../../write/lookup.ts";
import { messagesFor } from "../../write/messages.ts";
import { newContact, newEvent, type NewFile } from "../../write/template.ts";
import type { Refusal } from "../../write/edit.ts";
import type { Context } from "../context.ts";
import { CliError, EXIT } from "../io.ts";
import type { Wrap } from "../main.ts";
import { commitOrFail, commitWanted, refused, words, writing, type CommitOptions } from "./log.ts";

const NEXT_CONTACT = "next: what they do, why, and what they want to achieve (what:, why:, goals:)";
const NEXT_EVENT = "next: whom you want to meet there (goals:), 3-5 people rather than 20 business cards";

interface ContactOptions extends CommitOptions {
  readonly id?: string;
  readonly company?: string;
  readonly circle?: string;
  readonly metAt?: string;
  readonly met?: string;
}

interface EventOptions extends CommitOptions {
  readonly id?: string;
  readonly date: string;
  readonly end?: string;
  readonly location?: string;
}

export function registerNew(program: Command, wrap: Wrap): void {
  const command = program.command("new").description("create a contact or event file from a template");
  const common = (c: Command) =>
    c
      .option("--id <id>", "the file name without .md (default: spelled from the name)")
      .option("--commit", "commit the new file (default: the 'commit' setting)")
      .option("--no-commit", "do not commit, whatever the setting says")
      .option("--json", "print the new file's path as JSON");

  common(
    command
      .command("contact")
      .description("create contacts/<id>.md with the keys to fill in next: what they do, why, and their goals")
      .argument("<name...>", "the person's name, e.g. 'Jürgen Müller' (file: contacts/juergen-mueller.md)")
      .option("--company <company>", "where they work")
      .option("--circle <circle>", `how close: ${CIRCLES.join(", ")} (default: network)`)
      .option("--met-at <event>", "the event where you met (id or title)")
      .option("--met <date>", "the day you met, YYYY-MM-DD, when it was not at an event"),
  ).action(
    wrap<ContactOptions>(async (ctx, opts, ...rest) => {
      const journal = await ctx.load();
      if (opts.circle !== undefined && !(CIRCLES as readonly string[]).includes(opts.circle))
        throw new CliError(`unknown circle '${opts.circle}': use one of ${CIRCLES.join(", ")}`);
      if (opts.met !== undefined && !isIsoDate(opts.met))
        throw new CliError(`invalid date '${opts.met}' for --met: write it as YYYY-MM-DD`);
      const metAt = opts.metAt === undefined ? undefined : eventOrFail(journal, opts.metAt);
      const planned = newContact(
        {
          name: words(rest),
          ...(opts.id !== undefined ? { id: opts.id } : {}),
          ...(opts.company !== undefined ? { company: opts.company } : {}),
          ...(opts.circle !== undefined ? { circle: opts.circle } : {}),
          ...(metAt !== undefined ? { metAt } : {}),
          ...(opts.met !== undefined ? { met: opts.met } : {}),
        },
        journal.files,
        journal.settings.locale,
      );
      return create(ctx, journal, planned, messagesFor(journal.settings.locale).commit.newContact, opts);
    }),
  );

  common(
    command
      .command("event")
      .description("create events/<date>-<title>.md with an empty goals list and target: 3-5")
      .argument("<title...>", "the event's title, e.g. 'Fintech Summit'")
      .requiredOption("--date <date>", "the (first) day, YYYY-MM-DD")
      .option("--end <date>", "the last day of a multi-day event")
      .option("--location <place>", "where it takes place"),
  ).action(
    wrap<EventOptions>(async (ctx, opts, ...rest) => {
      for (const [flag, value] of [
        ["--date", opts.date],
        ["--end", opts.end],
      ] as const) {
        if (value !== undefined && !isIsoDate(value))
          throw new CliError(`invalid date '${value}' for ${flag}: write it as YYYY-MM-DD`);
      }
      if (opts.end !== undefined && opts.end < opts.date)
        throw new CliError(`--end (${opts.end}) is before --date (${opts.date})`);
      const journal = await ctx.load();
      const planned = newEvent(
        {
          title: words(rest),
          date: opts.date,
          ...(opts.end !== undefined ? { end: opts.end } : {}),
          ...(opts.location !== undefined ? { location: opts.location } : {}),
          ...(opts.id !== undefined ? { id: opts.id } : {}),
        },
        journal.files,
        journal.settings.locale,
      );
      return create(ctx, journal, planned, messagesFor(journal.settings.locale).commit.newEvent, opts);
    }),
  );
}

function eventOrFail(journal: Journal, query: string): string {
  const found = findEvent(journal, query);
  if (found.kind === "found") return found.event.id;
  if (found.kind === "ambiguous")
    throw new CliError(
      `'${query}' matches ${found.candidates.length} events; use the id:\n${found.candidates.map((e) => `  ${e.id}  ${e.file}`).join("\n")}`,
    );
  throw new CliError(
    `no event '${query}' for --met-at${found.suggestion ? `; did you mean '${found.suggestion}'?` : ""}`,
    EXIT.findings,
  );
}

async function create(
  ctx: Context,
  journal: Journal,
  planned: NewFile | Refusal,
  what: string,
  opts: CommitOptions,
): Promise<number> {
  if (!planned.ok) throw refused(planned);
  const file = planned;
  const commit = await commitWanted(ctx, journal, file.file, opts);
  await writing(() => createFile(ctx.display(file.file), path.join(journal.dir, file.file), Buffer.from(file.text)));
  const subject = `${file.id}: ${what}`;
  const hash = commit ? await commitOrFail(ctx, file.file, subject, true) : undefined;
  if (opts.json) ctx.io.out(JSON.stringify({ file: file.file, id: file.id, commit: hash ?? null }, null, 2));
  else {
    ctx.io.out(`${ctx.style.green("created")} ${ctx.style.bold(ctx.display(file.file))}`);
    ctx.io.out(ctx.style.dim(file.file.startsWith("contacts/") ? NEXT_CONTACT : NEXT_EVENT));
    if (hash) ctx.io.out(ctx.style.dim(`committed ${hash} ${subject}`));
  }
  return EXIT.ok;
}
