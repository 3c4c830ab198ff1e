/** `rapport path <contact>`: the warmest chain from you to a contact, every hop with its reason and source. */
import type { Command } from "commander";
import { analyseNetwork, type Network } from "../../graph/analyse.ts";
import type { Hop } from "../../graph/hops.ts";
import { findContact, type Lookup } from "../../graph/lookup.ts";
import { pathsFromMe, reachOf, type Route } from "../../graph/reach.ts";
import type { Context } from "../context.ts";
import { CliError, EXIT } from "../io.ts";
import type { Wrap } from "../main.ts";

export function registerPath(program: Command, wrap: Wrap): void {
  program
    .command("path")
    .description("the warmest chain of introductions from you to a contact, with the reason for every hop")
    .argument("<contact>", "the contact's id (file name), name or alias")
    .option("--json", "print the path as JSON")
    .action(
      wrap<{ json?: boolean }>(async (ctx, opts, query) => {
        const journal = await ctx.load({ history: true }); // commit trailers `Touch:` are touches too
        const network = analyseNetwork(journal, ctx.today(journal), { metrics: false });
        const id = resolved(findContact(journal, query!), "contact", query!);
        const reach = reachOf(network, pathsFromMe(network), id, journal.settings.locale);
        if (!reach) throw new CliError(`no path from you to '${id}'`, EXIT.findings);
        if (opts.json) {
          ctx.io.out(JSON.stringify({ today: network.today, ...reach }, null, 2));
          return EXIT.ok;
        }
        const { style } = ctx;
        ctx.io.out(
          `${style.bold(label(network, id))} ${style.dim(`· warmth ${reach.best.warmth} (cost ${reach.best.cost})`)}`,
        );
        printRoute(ctx, reach.best);
        // Your own tie is the warmest: still show who could introduce you, the chain the issue is about.
        if (reach.best.nodes.length === 2 && reach.introduction) {
          const intro = reach.introduction;
          ctx.io.out("");
          ctx.io.out(
            `${style.bold("Warmest introduction")} ${style.dim(`· through ${label(network, intro.introducer)}, warmth ${intro.warmth} (cost ${intro.cost})`)}`,
          );
          printRoute(ctx, intro);
        }
        return EXIT.ok;
      }),
    );
}

export function printRoute(ctx: Context, route: Route): void {
  route.hops.forEach((hop, i) => ctx.io.out(`  ${i + 1}. ${formatHop(ctx, hop)}`));
}

/** "Anna Schmidt knows Sophie Martin — knows, contacts/anna-schmidt.md:16:9" with the path as the person can open it. */
export function formatHop(ctx: Context, hop: Hop): string {
  return `${hop.reason} ${ctx.style.dim(`— ${hop.kind}, ${displayPos(ctx, hop.pos)}`)}`;
}

export function displayPos(ctx: Context, pos: string): string {
  const m = /^(.*):(\d+):(\d+)$/.exec(pos);
  return m ? `${ctx.display(m[1]!)}:${m[2]}:${m[3]}` : pos;
}

export function label(network: Network, node: string): string {
  return network.graph.getNodeAttribute(node, "label");
}

/** The id a lookup found, or the one-line error: not found is exit 1, ambiguous is a usage error (2). */
export function resolved(lookup: Lookup, noun: "contact" | "event", query: string): string {
  if ("id" in lookup) return lookup.id;
  if ("ambiguous" in lookup) {
    throw new CliError(`'${query}' could be ${lookup.ambiguous.join(", ")}: write the ${noun}'s id`, EXIT.failure);
  }
  const hint = lookup.suggestion ? ` (did you mean '${lookup.suggestion}'?)` : "";
  throw new CliError(`no ${noun} '${query}'${hint}`, EXIT.findings);
}
