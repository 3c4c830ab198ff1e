/**
 * `rapport log <contact> <text>`: one line after a call, appended to the contact's log in the style
 * the file already uses. Also home to what the writing commands share: finding the contact,
 * turning a refusal into an exit code, and `--commit`.
 */
import type { Command } from "commander";
import { isIsoDate } from "../../core/date.ts";
import { cannotCommit, commitFile } from "../../git/commit.ts";
import type { Contact, Journal } from "../../journal/model.ts";
import type { Refusal } from "../../write/edit.ts";
import { planEntry } from "../../write/entry.ts";
import { editFile, WriteRefused } from "../../write/file.ts";
import { findContact } from "../../write/lookup.ts";
import { logSubject } from "../../write/messages.ts";
import type { Context } from "../context.ts";
import { CliError, EXIT } from "../io.ts";
import type { Wrap } from "../main.ts";

export interface CommitOptions {
  /** --commit / --no-commit; absent: the journal's `commit` setting. */
  readonly commit?: boolean;
  readonly json?: boolean;
}

export function registerLog(program: Command, wrap: Wrap): void {
  program
    .command("log")
    .description("append a dated entry to a contact's log, in the style the file already uses")
    .argument("<contact>", "id, name or alias")
    .argument("<text...>", "what happened, e.g. 'WhatsApp: thanked her for the talk'")
    .option("--date <date>", "the entry's date, YYYY-MM-DD (default: today)")
    .option("--commit", "commit the file with the entry as the message (default: the 'commit' setting)")
    .option("--no-commit", "do not commit, whatever the setting says")
    .option("--json", "print what was written as JSON")
    .action(
      wrap<CommitOptions & { date?: string }>(async (ctx, opts, query, ...rest) => {
        const text = words(rest);
        const journal = await ctx.load();
        const date = opts.date ?? ctx.today(journal);
        if (!isIsoDate(date)) throw new CliError(`invalid date '${date}' for --date: write it as YYYY-MM-DD`);
        const contact = contactOrFail(journal, query!);
        const commit = await commitWanted(ctx, journal, contact.file, opts);
        const done = await writing(() =>
          editFile(journal.dir, contact.file, (t) => planEntry(contact.file, t, { date, text })),
        );
        const written = writtenLine(done.edit.insert, date);
        const hash = commit ? await commitOrFail(ctx, contact.file, logSubject(contact.id, text), false) : undefined;
        if (opts.json) {
          ctx.io.out(
            JSON.stringify(
              { file: contact.file, line: done.line, date, text: text.trim(), written, commit: hash ?? null },
              null,
              2,
            ),
          );
        } else {
          ctx.io.out(
            `${ctx.style.bold(`${ctx.display(contact.file)}:${done.line}`)} ${ctx.style.green("+")} ${written}`,
          );
          if (hash) ctx.io.out(ctx.style.dim(`committed ${hash} ${logSubject(contact.id, text)}`));
        }
        return EXIT.ok;
      }),
    );
}

/** Commander hands a variadic argument over as one array; quoted or not, the words make one line. */
export function words(rest: readonly unknown[]): string {
  return rest
    .flat()
    .map((w) => String(w))
    .join(" ");
}

/** The line of an insert that holds the new entry or item, without the gap around it. */
export function writtenLine(insert: string, marker: string): string {
  return insert.split(/\r?\n/).find((l) => l.includes(marker)) ?? insert.trim();
}

/** The contact a person named, or exit: 1 when nobody matches (with a guess to try), 2 when several do. */
export function contactOrFail(journal: Journal, query: string): Contact {
  const found = findContact(journal, query);
  if (found.kind === "found") return found.contact;
  if (found.kind === "ambiguous") {
    const width = Math.max(...found.candidates.map((c) => c.id.length));
    const list = found.candidates.map((c) => `  ${c.id.padEnd(width)}  ${c.name}  ${c.file}`);
    throw new CliError(`'${query}' matches ${found.candidates.length} contacts; use the id:\n${list.join("\n")}`);
  }
  const hint = found.suggestion ? `; did you mean '${found.suggestion.id}' (${found.suggestion.name})?` : "";
  throw new CliError(`no contact '${query}'${hint}`, EXIT.findings);
}

/** Runs a write; a refusal becomes a one-line error (with its choices beneath), not found → 1, else 2. */
export async function writing<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof WriteRefused) throw refused(error.refusal);
    throw error;
  }
}

export function refused(refusal: Refusal): CliError {
  const choices = refusal.choices?.map((c) => `\n  ${c}`).join("") ?? "";
  return new CliError(`${refusal.message}${choices}`, refusal.code === "not-found" ? EXIT.findings : EXIT.failure);
}

/**
 * Whether to commit, checked before anything is written: if the commit cannot be clean, nothing
 * is written at all, rather than a file written and then left uncommitted.
 */
export async function commitWanted(
  ctx: Context,
  journal: Journal,
  file: string,
  opts: CommitOptions,
): Promise<boolean> {
  const wanted = opts.commit ?? journal.settings.commit;
  if (!wanted) return false;
  const reason = await cannotCommit(ctx.dir, file);
  if (reason) {
    const why = opts.commit === undefined ? " (the 'commit' setting is on)" : "";
    throw new CliError(`cannot commit${why}: ${reason}; nothing was written`);
  }
  return true;
}

export async function commitOrFail(ctx: Context, file: string, message: string, isNew: boolean): Promise<string> {
  const result = await commitFile(ctx.dir, file, message, isNew);
  if (!result.ok) throw new CliError(`${ctx.display(file)} was written, but the commit failed: ${result.reason}`);
  return result.commit;
}
