/** `rapport prep <event>`: for each goal, whom you already know who matches, and who can introduce you. */
import type { Command } from "commander";
import { analyseNetwork } from "../../graph/analyse.ts";
import { prepare } from "../../graph/intro.ts";
import { findEvent } from "../../graph/lookup.ts";
import { graphMessages } from "../../graph/messages.ts";
import { GOAL_KEYS } from "../../journal/match.ts";
import type { Goal } from "../../journal/model.ts";
import { EXIT } from "../io.ts";
import type { Wrap } from "../main.ts";
import { printReach } from "./intro.ts";
import { label, resolved } from "./path.ts";

/** Matches shown per goal in the terminal; --json has them all. */
const SHOWN = 5;

export function registerPrep(program: Command, wrap: Wrap): void {
  program
    .command("prep")
    .description("prepare an event: for each goal, the contacts who match it and who can introduce you")
    .argument("<event>", "the event's id (file name) or title")
    .option("--json", "print the preparation as JSON")
    .action(
      wrap<{ json?: boolean }>(async (ctx, opts, query) => {
        const journal = await ctx.load({ history: true }); // commit trailers `Touch:` are touches too
        const network = analyseNetwork(journal, ctx.today(journal), { metrics: false });
        const event = journal.eventById.get(resolved(findEvent(journal, query!), "event", query!))!;
        const prep = prepare(network, event, journal.settings.locale);
        if (opts.json) {
          ctx.io.out(JSON.stringify({ today: network.today, ...prep }, null, 2));
          return EXIT.ok;
        }
        const { style } = ctx;
        const when = prep.upcoming ? "" : style.yellow(" (already happened)");
        ctx.io.out(`${style.bold(event.title)} ${style.dim(`· ${event.date}`)}${when}`);
        if (prep.goals.length === 0) {
          ctx.io.out(style.dim("  no goals yet: add `goals:` with the 3-5 people you want to meet"));
        }
        const m = graphMessages(journal.settings.locale);
        prep.goals.forEach((g, i) => {
          ctx.io.out("");
          const criteria = criteriaText(g.goal);
          ctx.io.out(`${style.bold(`Goal ${i + 1}:`)} ${g.goal.text}${criteria ? ` ${style.dim(criteria)}` : ""}`);
          if (!g.hasCriteria) return ctx.io.out(`  ${style.yellow(m.noCriteria)}`);
          if (g.matches.length === 0) return ctx.io.out(style.dim("  nobody in the journal matches yet"));
          for (const r of g.matches.slice(0, SHOWN)) printReach(ctx, network, r);
          if (g.matches.length > SHOWN)
            ctx.io.out(style.dim(`  and ${g.matches.length - SHOWN} more (--json lists all)`));
          if (g.introducers.length > 0) {
            const ask = g.introducers
              .slice(0, SHOWN)
              .map((x) => `${label(network, x.contact)} (for ${x.to.map((id) => label(network, id)).join(", ")})`)
              .join(", ");
            ctx.io.out(`  ${style.cyan("Ask:")} ${ask}`);
          }
        });
        return EXIT.ok;
      }),
    );
}

function criteriaText(goal: Goal): string {
  const parts = GOAL_KEYS.flatMap((k) => (goal[k].length ? [`${k}: ${goal[k].join(", ")}`] : []));
  return parts.length ? `(${parts.join("; ")})` : "";
}
