/**
 * The depth score: how well you know a contact, 0-100, always with the breakdown that explains it.
 * Knowing what someone does, why, and what they want to achieve is the core (the facets); the rest
 * is the conversations of the last twelve months, weighted by richness, how many different months
 * you were in touch, and how recently. The formula is documented in docs/depth.md.
 */
import { addMonths, daysBetween, type IsoDate } from "../core/date.ts";
import { touchesOf, type Touch } from "../journal/touches.ts";
import type { Contact, Journal } from "../journal/model.ts";
import { channelWeight, richnessOf, type Richness } from "./richness.ts";

export const FACETS = ["what", "why", "goals"] as const;
export type Facet = (typeof FACETS)[number];

/** Points per part; they add up to 100. */
export const POINTS = { facet: 10, conversations: 35, months: 20, recency: 15 } as const;
/** Six ever-deeper conversations (weighted by richness) earn the full conversation points. */
export const FULL_CONVERSATIONS = 6;
/** Being in touch in six different months of the last twelve earns the full month points. */
export const FULL_MONTHS = 6;
/** Recency is full up to this many days since the last touch, then falls linearly to zero… */
export const RECENT_DAYS = 30;
/** …at this many days. */
export const STALE_DAYS = 365;

export interface Part {
  readonly points: number;
  readonly max: number;
}

export interface Breakdown {
  readonly facets: Part;
  readonly conversations: Part;
  readonly months: Part;
  readonly recency: Part;
}

export interface Conversations {
  /** Entries with the contact in the last twelve months. */
  readonly count: number;
  /** The same, each weighted by its channel's richness. */
  readonly weighted: number;
  readonly inPerson: number;
  readonly byRichness: Readonly<Record<Richness, number>>;
}

export interface Depth {
  readonly contact: string;
  /** 0-100, the rounded sum of the breakdown. */
  readonly score: number;
  readonly facets: Readonly<Record<Facet, boolean>>;
  readonly conversations: Conversations;
  /** Different calendar months with a touch in the last twelve months. */
  readonly months: number;
  /** The latest touch of any kind (entry, event, commit trailer) on or before today. */
  readonly last?: { readonly date: IsoDate; readonly days: number; readonly source: Touch["source"] };
  /** The first meeting: `met`, the earliest event met at, else the first entry. */
  readonly firstMet?: IsoDate;
  /** Conversations after the first meeting, at any time up to today. */
  readonly laterConversations: number;
  readonly breakdown: Breakdown;
}

export function depthOf(journal: Journal, contact: Contact, today: IsoDate): Depth {
  const touches = touchesOf(journal, contact.id, today);
  const since = addMonths(today, -12);
  const facets = { what: known(contact.what), why: known(contact.why), goals: known(contact.goals) };

  const byRichness: Record<Richness, number> = { rich: 0, written: 0, short: 0, low: 0 };
  let count = 0;
  let weighted = 0;
  let inPerson = 0;
  const months = new Set<string>();
  for (const t of touches) {
    if (t.date <= since) continue;
    months.add(t.date.slice(0, 7));
    if (t.source !== "entry") continue;
    count++;
    weighted += channelWeight(t.channel);
    byRichness[richnessOf(t.channel)]++;
    if (t.channel === "in-person") inPerson++;
  }

  const firstMet = firstMeeting(journal, contact, touches);
  const laterConversations = touches.filter(
    (t) => t.source === "entry" && (firstMet === undefined || t.date > firstMet),
  ).length;
  const lastTouch = touches.at(-1);
  const last = lastTouch && {
    date: lastTouch.date,
    days: daysBetween(lastTouch.date, today),
    source: lastTouch.source,
  };

  // Rounded first, so 0.3 + 0.3 + 0.3 scores as 0.9 and not as 0.8999….
  const rounded = round(weighted, 2);
  const facetCount = FACETS.filter((f) => facets[f]).length;
  const breakdown: Breakdown = {
    facets: part(facetCount * POINTS.facet, 3 * POINTS.facet),
    conversations: part(
      Math.min(POINTS.conversations, (POINTS.conversations * rounded) / FULL_CONVERSATIONS),
      POINTS.conversations,
    ),
    months: part(Math.min(POINTS.months, (POINTS.months * months.size) / FULL_MONTHS), POINTS.months),
    recency: part(POINTS.recency * recencyShare(last?.days), POINTS.recency),
  };
  const sum =
    breakdown.facets.points + breakdown.conversations.points + breakdown.months.points + breakdown.recency.points;
  return {
    contact: contact.id,
    score: Math.round(sum),
    facets,
    conversations: { count, weighted: rounded, inPerson, byRichness },
    months: months.size,
    ...(last ? { last } : {}),
    ...(firstMet ? { firstMet } : {}),
    laterConversations,
    breakdown,
  };
}

/** Depth of every contact, keyed by id, in the journal's contact order. */
export function depthsOf(journal: Journal, today: IsoDate): Map<string, Depth> {
  return new Map(journal.contacts.map((c) => [c.id, depthOf(journal, c, today)]));
}

/** A contact you have only a card of: no facet known and no conversation after the first meeting. */
export function isBusinessCard(depth: Depth): boolean {
  return !FACETS.some((f) => depth.facets[f]) && depth.laterConversations === 0;
}

function recencyShare(days: number | undefined): number {
  if (days === undefined || days >= STALE_DAYS) return 0;
  if (days <= RECENT_DAYS) return 1;
  return (STALE_DAYS - days) / (STALE_DAYS - RECENT_DAYS);
}

function firstMeeting(journal: Journal, contact: Contact, touches: readonly Touch[]): IsoDate | undefined {
  const candidates: IsoDate[] = [];
  if (contact.met) candidates.push(contact.met);
  const firstEvent = journal.eventsOf.get(contact.id)?.[0];
  const event = firstEvent === undefined ? undefined : journal.eventById.get(firstEvent);
  if (event) candidates.push(event.date);
  if (candidates.length === 0) {
    const firstEntry = touches.find((t) => t.source === "entry");
    if (firstEntry) candidates.push(firstEntry.date);
  }
  return candidates.sort()[0];
}

function known(text: string | undefined): boolean {
  return text !== undefined && text.trim() !== "";
}

function part(points: number, max: number): Part {
  return { points: round(points, 1), max };
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
