import type { Command } from "commander";
import { lintJournal } from "../../journal/lint.ts";
import { sortDiagnostics } from "../../journal/order.ts";
import type { Wrap } from "../main.ts";
import { countSeverities, formatDiagnostic, plural } from "../diagnostics.ts";
import { EXIT } from "../io.ts";

export function registerCheck(program: Command, wrap: Wrap): void {
  program
    .command("check")
    .description("validate the journal: every problem as path:line:col, exit 1 if there are errors")
    .option("--json", "print the diagnostics as JSON")
    .action(
      wrap<{ json?: boolean }>(async (ctx, opts) => {
        const journal = await ctx.load();
        const diagnostics = sortDiagnostics([...journal.diagnostics, ...lintJournal(journal, ctx.today(journal))]);
        const { errors, warnings } = countSeverities(diagnostics);
        if (opts.json) {
          ctx.io.out(JSON.stringify({ files: journal.files.length, errors, warnings, diagnostics }, null, 2));
        } else {
          for (const d of diagnostics) ctx.io.out(formatDiagnostic(d, ctx));
          const files = plural(journal.files.length, "file");
          const { style } = ctx;
          ctx.io.out(
            errors + warnings === 0
              ? style.green(`${files} checked, no problems`)
              : `${files} checked: ${errors ? style.red(plural(errors, "error")) : "0 errors"}, ${warnings ? style.yellow(plural(warnings, "warning")) : "0 warnings"}`,
          );
        }
        return errors > 0 ? EXIT.findings : EXIT.ok;
      }),
    );
}
