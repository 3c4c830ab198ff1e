/** `rapport done <contact> <task text or number>`: ticks one open task in the contact's file. */
import type { Command } from "commander";
import { doneSubject } from "../../write/messages.ts";
import { editFile } from "../../write/file.ts";
import { planTick } from "../../write/task.ts";
import { EXIT } from "../io.ts";
import type { Wrap } from "../main.ts";
import { commitOrFail, commitWanted, contactOrFail, words, writing, type CommitOptions } from "./log.ts";

export function registerDone(program: Command, wrap: Wrap): void {
  program
    .command("done")
    .description("tick an open task in a contact's file, by its number among the open tasks or by its text")
    .argument("<contact>", "id, name or alias")
    .argument("<task...>", "the task's number (1 = the first open task) or a unique part of its text")
    .option("--commit", "commit the file (default: the 'commit' setting)")
    .option("--no-commit", "do not commit, whatever the setting says")
    .option("--json", "print the ticked task as JSON")
    .action(
      wrap<CommitOptions>(async (ctx, opts, query, ...rest) => {
        const which = words(rest);
        const journal = await ctx.load();
        const contact = contactOrFail(journal, query!);
        const commit = await commitWanted(ctx, journal, contact.file, opts);
        const done = await writing(() => editFile(journal.dir, contact.file, (t) => planTick(contact.file, t, which)));
        const subject = doneSubject(contact.id, done.task.text, journal.settings.locale);
        const hash = commit ? await commitOrFail(ctx, contact.file, subject, false) : undefined;
        if (opts.json) {
          ctx.io.out(
            JSON.stringify(
              {
                file: contact.file,
                line: done.line,
                task: done.task.text,
                due: done.task.due ?? null,
                commit: hash ?? null,
              },
              null,
              2,
            ),
          );
        } else {
          ctx.io.out(
            `${ctx.style.bold(`${ctx.display(contact.file)}:${done.line}`)} ${ctx.style.green(`[${done.edit.insert}]`)} ${done.task.text}`,
          );
          if (hash) ctx.io.out(ctx.style.dim(`committed ${hash} ${subject}`));
        }
        return EXIT.ok;
      }),
    );
}
