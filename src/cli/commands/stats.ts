/** `rapport stats`: the health of the network, measured by depth rather than size. */
import type { Command } from "commander";
import { analyseNetwork } from "../../graph/analyse.ts";
import { networkStats, type EventStats, type Share } from "../../graph/stats.ts";
import { CIRCLES } from "../../journal/model.ts";
import type { Context } from "../context.ts";
import { plural } from "../diagnostics.ts";
import { EXIT } from "../io.ts";
import type { Wrap } from "../main.ts";

export function registerStats(program: Command, wrap: Wrap): void {
  program
    .command("stats")
    .description("the health of the network: depth, conversations, follow-ups, event yield, connectors, communities")
    .option("--json", "print the statistics as JSON")
    .action(
      wrap<{ json?: boolean }>(async (ctx, opts) => {
        const journal = await ctx.load({ history: true }); // commit trailers `Touch:` are touches too
        const network = analyseNetwork(journal, ctx.today(journal));
        const s = networkStats(network);
        if (opts.json) {
          ctx.io.out(JSON.stringify(s, null, 2));
          return EXIT.ok;
        }
        const { style } = ctx;
        const name = (id: string) => network.graph.getNodeAttribute(id, "label");
        const row = (title: string, text: string) => ctx.io.out(`  ${title.padEnd(14)}${text}`);
        ctx.io.out(style.bold(`Network health on ${s.today}`));
        row(
          "Contacts",
          `${s.contacts}: ${CIRCLES.map((c) => `${s.circles[c]} ${c}`).join(" · ")} ${style.dim("(as written)")}`,
        );
        row(
          "Inner circle",
          `${s.innerCircle.size} of at most ${s.innerCircle.cap} · ${plural(s.businessCards, "business card")}`,
        );
        row("Facets", `${ratio(s.allFacets)} with what, why and goals known`);
        const c = s.conversations;
        row(
          "Conversations",
          `${c.last12Months} in 12 months with ${plural(c.activeContacts, "contact")}` +
            (c.perActiveContact === null ? "" : ` · ${c.perActiveContact} per active contact`),
        );
        row(
          "Concentration",
          s.concentration.of === 0
            ? style.dim(`no conversations in the last ${s.concentration.days} days`)
            : `${percent(s.concentration.share)} of the last ${s.concentration.days} days' ${plural(s.concentration.of, "conversation")} went to your ${s.concentration.deepest.length} deepest`,
        );
        const f = s.followup;
        row(
          "Follow-up",
          f.rate.of === 0
            ? style.dim("no follow-ups due yet")
            : `${ratio(f.rate)} on time` +
                (f.medianDays === null ? "" : ` · median ${plural(f.medianDays, "day")} to the first follow-up`),
        );
        if (s.events.length > 0) {
          ctx.io.out("");
          ctx.io.out(style.bold("Events") + style.dim("  met / target · still in touch after 3, 6, 12 months"));
          const width = Math.max(...s.events.map((e) => e.title.length));
          for (const e of s.events) ctx.io.out(eventRow(ctx, e, width));
        }
        ctx.io.out("");
        const estimated = s.betweenness.exact ? "" : style.dim(` (estimated from ${s.betweenness.sources} nodes)`);
        row(
          "Connectors",
          (s.connectors.map((x) => `${name(x.contact)} ${x.betweenness.toFixed(2)}`).join(" · ") || "—") + estimated,
        );
        row("Communities", s.communities.map((x) => `${x.label} (${x.contacts})`).join(" · ") || "—");
        return EXIT.ok;
      }),
    );
}

function eventRow(ctx: Context, e: EventStats, width: number): string {
  const { style } = ctx;
  const target = e.target
    ? e.target.min === e.target.max
      ? `${e.target.min}`
      : `${e.target.min}-${e.target.max}`
    : "–";
  const word = (e.againstTarget ?? "").padEnd(6);
  const against = e.againstTarget === "within" ? style.green(word) : style.yellow(word);
  const yields = e.yield.map((y) => (y.inTouch === null ? style.dim("—") : percent(y.inTouch.share))).join(" · ");
  return `  ${e.date}  ${e.title.padEnd(width)}  ${`${e.met} / ${target}`.padEnd(8)} ${against}  ${yields}`;
}

function ratio(s: Share): string {
  return `${s.count} of ${s.of}${s.share === null ? "" : ` (${percent(s.share)})`}`;
}

function percent(share: number | null): string {
  return share === null ? "—" : `${Math.round(share * 100)}%`;
}
