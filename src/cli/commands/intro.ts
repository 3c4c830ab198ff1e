/** `rapport intro`: who matches what you look for, warmest first, each with the best person to introduce you. */
import type { Command } from "commander";
import { analyseNetwork, type Network } from "../../graph/analyse.ts";
import { introductions } from "../../graph/intro.ts";
import { graphMessages } from "../../graph/messages.ts";
import type { Reach } from "../../graph/reach.ts";
import { GOAL_KEYS, hasCriteria, type Criteria, type GoalKey } from "../../journal/match.ts";
import type { Context } from "../context.ts";
import { plural } from "../diagnostics.ts";
import { CliError, EXIT } from "../io.ts";
import type { Wrap } from "../main.ts";
import { formatHop, label } from "./path.ts";

type IntroOptions = Partial<Record<GoalKey, string[]>> & { json?: boolean };

const list = (value: string, previous: string[] = []): string[] => [
  ...previous,
  ...value
    .split(",")
    .map((v) => v.trim())
    .filter(Boolean),
];

export function registerIntro(program: Command, wrap: Wrap): void {
  const command = program
    .command("intro")
    .description("who in the journal matches, ordered by how warmly you can reach them, and who can introduce you");
  for (const key of GOAL_KEYS) command.option(`--${key} <values>`, `match ${key} (comma-separated, any of them)`, list);
  command.option("--json", "print the matches as JSON").action(
    wrap<IntroOptions>(async (ctx, opts) => {
      const criteria: Criteria = Object.fromEntries(GOAL_KEYS.flatMap((k) => (opts[k] ? [[k, opts[k]]] : [])));
      if (!hasCriteria(criteria)) {
        throw new CliError(`name what to look for: ${GOAL_KEYS.map((k) => `--${k}`).join(", ")}`);
      }
      const journal = await ctx.load({ history: true }); // commit trailers `Touch:` are touches too
      const network = analyseNetwork(journal, ctx.today(journal), { metrics: false });
      const matches = introductions(network, criteria, journal.settings.locale);
      if (opts.json) {
        ctx.io.out(JSON.stringify({ today: network.today, criteria, matches }, null, 2));
      } else {
        const wanted = GOAL_KEYS.flatMap((k) => (criteria[k] ? [`${k} ${criteria[k].join(", ")}`] : [])).join("; ");
        if (matches.length === 0) ctx.io.out(`No contact matches ${wanted}.`);
        else ctx.io.out(ctx.style.bold(`${plural(matches.length, "contact")} match ${wanted}, warmest first`));
        for (const m of matches) printReach(ctx, network, m);
      }
      return matches.length === 0 ? EXIT.findings : EXIT.ok;
    }),
  );
}

/** Warmth and name, then how to reach them: directly, or the hop that brings you there. */
export function printReach(ctx: Context, network: Network, reach: Reach): void {
  const { style } = ctx;
  const m = graphMessages(network.journal.settings.locale);
  const depth = network.depths.get(reach.contact)?.score ?? 0;
  ctx.io.out(`  ${style.bold(String(reach.best.warmth).padStart(3))}  ${label(network, reach.contact)}`);
  const direct = reach.best.nodes.length === 2;
  if (direct) ctx.io.out(`       ${m.direct(depth)}`);
  const intro = direct ? reach.introduction : reach.best;
  const introducer = reach.introduction?.introducer;
  if (intro && introducer) {
    ctx.io.out(`       ${m.through(label(network, introducer))}: ${formatHop(ctx, intro.hops.at(-1)!)}`);
  }
}
