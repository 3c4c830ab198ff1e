/** `rapport circle`: the inner circle with scores and reasons, who is close to entering it, and the business cards. */
import type { Command } from "commander";
import { CLOSE_MIN, INNER_CAP, INNER_MIN, circleOf } from "../../depth/circle.ts";
import { depthsOf, type Breakdown, type Depth } from "../../depth/score.ts";
import { depthView, type DepthView } from "../../depth/view.ts";
import type { Journal } from "../../journal/model.ts";
import type { Context } from "../context.ts";
import { EXIT } from "../io.ts";
import type { Wrap } from "../main.ts";

export function registerCircle(program: Command, wrap: Wrap): void {
  program
    .command("circle")
    .description(
      `the inner circle (the deepest relationships, at most ${INNER_CAP}), who is close to it, and the business cards`,
    )
    .option("--json", "print the circle as JSON")
    .action(
      wrap<{ json?: boolean }>(async (ctx, opts) => {
        const journal = await ctx.load({ history: true }); // commit trailers `Touch:` are touches too
        const today = ctx.today(journal);
        const circle = circleOf(depthsOf(journal, today).values());
        const view = (d: Depth) => depthView(d, journal.contactById.get(d.contact)!, journal.settings.locale);
        const inner = circle.inner.map(view);
        const close = circle.close.map(view);
        if (opts.json) {
          ctx.io.out(
            JSON.stringify(
              {
                today,
                cap: INNER_CAP,
                minimum: INNER_MIN,
                closeMinimum: CLOSE_MIN,
                inner,
                close,
                businessCards: {
                  count: circle.businessCards.length,
                  contacts: circle.businessCards.map((d) => d.contact),
                },
              },
              null,
              2,
            ),
          );
          return EXIT.ok;
        }
        const { style } = ctx;
        ctx.io.out(
          style.bold(`Inner circle: ${inner.length} of at most ${INNER_CAP}`) + style.dim(` (depth ${INNER_MIN}+)`),
        );
        if (inner.length === 0)
          ctx.io.out(style.dim("  nobody yet: depth grows with what, why and goals known, and rich conversations"));
        for (const d of inner) printDepth(ctx, d, false);
        if (close.length > 0) {
          ctx.io.out("");
          ctx.io.out(style.bold("Close to entering") + style.dim(` (depth ${CLOSE_MIN}+)`));
          for (const d of close) printDepth(ctx, d, true);
        }
        ctx.io.out("");
        ctx.io.out(businessCards(ctx, journal, circle.businessCards));
        return EXIT.ok;
      }),
    );
}

/** Score, name and the one-line reason; beneath it the breakdown (and, for those close, the next step). */
export function printDepth(ctx: Context, d: DepthView, withNext: boolean): void {
  const { style } = ctx;
  ctx.io.out(`  ${style.bold(String(d.score).padStart(3))}  ${d.name}  ${style.dim("·")} ${d.line}`);
  const next = withNext ? ` ${style.cyan(`→ ${d.next.text}`)}` : "";
  ctx.io.out(`       ${style.dim(breakdownText(d.breakdown))}${next}`);
}

export function breakdownText(b: Breakdown): string {
  const part = (name: string, p: { points: number; max: number }) => `${name} ${p.points}/${p.max}`;
  return [
    part("facets", b.facets),
    part("conversations", b.conversations),
    part("months", b.months),
    part("recency", b.recency),
  ].join(" · ");
}

function businessCards(ctx: Context, journal: Journal, cards: readonly Depth[]): string {
  const head = `Business cards: ${cards.length}`;
  const why = ctx.style.dim(" (no facet known, no conversation after the first meeting)");
  if (cards.length === 0) return head + why;
  const names = cards.slice(0, 8).map((d) => journal.contactById.get(d.contact)!.name);
  const more = cards.length > names.length ? ` and ${cards.length - names.length} more` : "";
  return `${head}${why}: ${names.join(", ")}${more}`;
}
