import path from "node:path";
import type { Command } from "commander";
import { formatDiagnostic, plural } from "../diagnostics.ts";
import { CliError, EXIT } from "../io.ts";
import type { Wrap } from "../main.ts";

export function registerSite(program: Command, wrap: Wrap): void {
  program
    .command("build")
    .description("build the private static site for the journal (Astro, then the Pagefind search index)")
    .option("-o, --out <folder>", "where to write the site", "dist")
    .action(
      wrap<{ out: string }>(async (ctx, opts) => {
        const out = path.resolve(ctx.io.cwd, opts.out);
        const { buildSite, PROJECT_ROOT } = await import("../../site/build.ts");
        const { outFolderRefusal } = await import("../../site/out-folder.ts");
        const refusal = await outFolderRefusal(out, { journal: ctx.dir, project: PROJECT_ROOT });
        if (refusal) throw new CliError(`will not build into ${opts.out}: ${refusal}`);
        // Loaded once, as the pages read it (with history), and handed to the build.
        const journal = await ctx.load({ history: true });
        // A journal with errors still builds: its problems are listed here and on the site's Problems page.
        for (const d of journal.diagnostics) ctx.io.out(formatDiagnostic(d, ctx));
        const result = await buildSite({ dir: ctx.dir, out, quiet: true, journal, today: ctx.today(journal) });
        const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
        const problems = journal.diagnostics.length;
        ctx.io.out(
          `built ${plural(result.pages, "page")} into ${path.relative(ctx.io.cwd, out) || "."} in ` +
            `${seconds(result.ms.pages + result.ms.search + result.ms.copy)} (pages ${seconds(result.ms.pages)}, search index ${seconds(result.ms.search)}` +
            (result.ms.copy ? `, copied into place ${seconds(result.ms.copy)})` : ")") +
            (problems
              ? `; ${plural(problems, "problem")} in the journal: see the Problems page or run rapport check`
              : ""),
        );
        return EXIT.ok;
      }),
    );

  program
    .command("dev")
    .description("serve the site and rebuild it live as the journal changes")
    .option("-p, --port <port>", "port to listen on", "4321")
    .option("--host <host>", "address to listen on", "127.0.0.1")
    .action(
      wrap<{ port: string; host: string }>(async (ctx, opts) => {
        await ctx.load();
        const { devSite } = await import("../../site/build.ts");
        const server = await devSite({ dir: ctx.dir, port: Number(opts.port), host: opts.host });
        ctx.io.out(`Rapport is serving ${ctx.dir} at ${server.url} — Ctrl-C to stop`);
        await new Promise<void>((resolve) => {
          process.once("SIGINT", resolve);
          process.once("SIGTERM", resolve);
        });
        await server.stop();
        return EXIT.ok;
      }),
    );
}
