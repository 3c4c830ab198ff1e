/** `rapport graph`: the relationship graph for other tools, as JSON (the site's shape), DOT or GEXF. */
import type { Command } from "commander";
import { analyseNetwork } from "../../graph/analyse.ts";
import { graphDot, graphGexf, graphJson } from "../../graph/export.ts";
import { CliError, EXIT } from "../io.ts";
import type { Wrap } from "../main.ts";

const FORMATS = ["json", "dot", "gexf"] as const;
type Format = (typeof FORMATS)[number];

export function registerGraph(program: Command, wrap: Wrap): void {
  program
    .command("graph")
    .description("the relationship graph with depth, degree, betweenness and communities, for other tools")
    .option(
      "--format <format>",
      `one of ${FORMATS.join(", ")} (JSON is graphology's format, see docs/graph.md)`,
      "json",
    )
    .option("--json", "the same as --format json")
    .action(
      wrap<{ format: string; json?: boolean }>(async (ctx, opts) => {
        const format = (opts.json ? "json" : opts.format) as Format;
        if (!FORMATS.includes(format)) {
          throw new CliError(`unknown format '${opts.format}': use ${FORMATS.join(", ")}`);
        }
        const journal = await ctx.load({ history: true }); // commit trailers `Touch:` are touches too
        const network = analyseNetwork(journal, ctx.today(journal));
        if (format === "json") ctx.io.out(JSON.stringify(graphJson(network), null, 2));
        else ctx.io.out(format === "dot" ? graphDot(network) : graphGexf(network));
        return EXIT.ok;
      }),
    );
}
