/**
 * `rapport stats`: the health of the network by the essay's measures. Depth, not size: how many
 * people you know in all three facets, how your conversations spread, whether you follow up the day
 * after, which events yield relationships that last, and who connects your groups.
 */
import { addDays, addMonths, daysBetween, type IsoDate } from "../core/date.ts";
import { byDepth, INNER_CAP } from "../depth/circle.ts";
import { FACETS } from "../depth/score.ts";
import { lastDay } from "../journal/event-days.ts";
import { followupStatus } from "../journal/followup.ts";
import { compare } from "../journal/resolve.ts";
import { touchesOf } from "../journal/touches.ts";
import { CIRCLES, type Circle, type Event, type Target } from "../journal/model.ts";
import type { Network } from "./analyse.ts";
import type { Community } from "./communities.ts";

export const CONCENTRATION_DAYS = 90;
export const DEEPEST = 5;
export const YIELD_MONTHS = [3, 6, 12] as const;
export const CONNECTORS = 5;

export interface Share {
  readonly count: number;
  readonly of: number;
  /** count / of, three decimals; null when `of` is 0. */
  readonly share: number | null;
}

export interface EventYield {
  readonly months: number;
  /** The day the share can be measured. */
  readonly from: IsoDate;
  /** People met there with a touch on or after `from`; null until that day has come. */
  readonly inTouch: Share | null;
}

export interface EventStats {
  readonly event: string;
  readonly title: string;
  readonly date: IsoDate;
  readonly met: number;
  readonly target?: Target;
  readonly againstTarget: "below" | "within" | "above" | null;
  readonly yield: readonly EventYield[];
}

export interface NetworkStats {
  readonly today: IsoDate;
  readonly contacts: number;
  /** The circles written in the files. */
  readonly circles: Readonly<Record<Circle, number>>;
  readonly innerCircle: { readonly size: number; readonly cap: number };
  readonly businessCards: number;
  /** Contacts with what, why and goals all known. */
  readonly allFacets: Share;
  readonly conversations: {
    readonly last12Months: number;
    readonly activeContacts: number;
    readonly perActiveContact: number | null;
  };
  /** The last 90 days' conversations that went to your five deepest relationships. */
  readonly concentration: Share & { readonly days: number; readonly deepest: readonly string[] };
  readonly events: readonly EventStats[];
  readonly followup: {
    readonly onTime: number;
    readonly late: number;
    readonly overdue: number;
    /** On time of all that were due. */
    readonly rate: Share;
    /** Median days from an event's last day to the first follow-up. */
    readonly medianDays: number | null;
  };
  readonly connectors: readonly { readonly contact: string; readonly betweenness: number }[];
  /** Whether betweenness is exact or estimated from some source nodes (large journals). */
  readonly betweenness: { readonly exact: boolean; readonly sources: number };
  /** Communities with at least two contacts, largest first. */
  readonly communities: readonly Omit<Community, "members">[];
}

export function networkStats(network: Network): NetworkStats {
  const { journal, today, depths, circle, graph } = network;
  const circles = Object.fromEntries(CIRCLES.map((c) => [c, 0])) as Record<Circle, number>;
  for (const c of journal.contacts) circles[c.circle]++;
  const all = [...depths.values()];

  let last12Months = 0;
  let active = 0;
  for (const d of all) {
    last12Months += d.conversations.count;
    if (d.conversations.count > 0) active++;
  }

  const deepest = [...all]
    .sort(byDepth)
    .slice(0, DEEPEST)
    .map((d) => d.contact);
  const deep = new Set(deepest);
  const since = addDays(today, -CONCENTRATION_DAYS);
  let recent = 0;
  let toDeepest = 0;
  for (const c of journal.contacts) {
    const n = touchesOf(journal, c.id, today).filter((t) => t.source === "entry" && t.date > since).length;
    recent += n;
    if (deep.has(c.id)) toDeepest += n;
  }

  const held = journal.events.filter((e) => e.date <= today);
  const counts = { onTime: 0, late: 0, overdue: 0 };
  const days: number[] = [];
  for (const e of held) {
    for (const id of journal.metAt.get(e.id) ?? []) {
      const status = followupStatus(journal, e.id, id, today);
      if (!status || status.state === "open") continue;
      counts[status.state === "on-time" ? "onTime" : status.state]++;
      if (status.touch) days.push(daysBetween(lastDay(e), status.touch.date));
    }
  }

  const connectors = journal.contacts
    .map((c) => ({ contact: c.id, betweenness: graph.getNodeAttribute(c.id, "betweenness") ?? 0 }))
    .filter((c) => c.betweenness > 0)
    .sort((a, b) => b.betweenness - a.betweenness || compare(a.contact, b.contact))
    .slice(0, CONNECTORS);

  return {
    today,
    contacts: journal.contacts.length,
    circles,
    innerCircle: { size: circle.inner.length, cap: INNER_CAP },
    businessCards: circle.businessCards.length,
    allFacets: share(all.filter((d) => FACETS.every((f) => d.facets[f])).length, all.length),
    conversations: {
      last12Months,
      activeContacts: active,
      perActiveContact: active === 0 ? null : Math.round((last12Months / active) * 10) / 10,
    },
    concentration: { days: CONCENTRATION_DAYS, deepest, ...share(toDeepest, recent) },
    events: held.map((e) => eventStats(network, e)),
    followup: {
      ...counts,
      rate: share(counts.onTime, counts.onTime + counts.late + counts.overdue),
      medianDays: median(days),
    },
    connectors,
    betweenness: network.betweenness ?? { exact: true, sources: 0 },
    communities: network.communities.filter((c) => c.contacts >= 2).map(({ members: _m, ...c }) => c),
  };
}

function eventStats(network: Network, event: Event): EventStats {
  const { journal, today } = network;
  const met = journal.metAt.get(event.id) ?? [];
  const target = event.target;
  const againstTarget = !target
    ? null
    : met.length < target.min
      ? "below"
      : met.length > target.max
        ? "above"
        : "within";
  const yields = YIELD_MONTHS.map((months): EventYield => {
    const from = addMonths(lastDay(event), months);
    if (from > today) return { months, from, inTouch: null };
    const still = met.filter((id) => touchesOf(journal, id, today).some((t) => t.date >= from)).length;
    return { months, from, inTouch: share(still, met.length) };
  });
  return {
    event: event.id,
    title: event.title,
    date: event.date,
    met: met.length,
    ...(target ? { target } : {}),
    againstTarget,
    yield: yields,
  };
}

function share(count: number, of: number): Share {
  return { count, of, share: of === 0 ? null : Math.round((count / of) * 1000) / 1000 };
}

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
