/**
 * The follow-up schedule: a pure function of the journal and a day. Each rule proposes candidates
 * (contact-items, planned, prepare); capacity gives the flexible ones their day; overdue items move
 * to today with their age (rule 7). No I/O, no `node:` imports: the site runs this in the browser.
 */
import { daysBetween, fromDayNumber, maxDate, type IsoDate } from "../core/date.ts";
import { addDuration } from "../core/duration.ts";
import { compare } from "../journal/order.ts";
import type { Contact, Journal } from "../journal/model.ts";
import { touchesOf } from "../journal/touches.ts";
import { placeRanked, slotDays, type Slot } from "./capacity.ts";
import { recentWindowStart } from "./channel.ts";
import type { Candidate } from "./candidate.ts";
import { contactCandidate } from "./contact-items.ts";
import { scheduleMessages, type ScheduleMessages } from "./messages.ts";
import { nextCandidate, pendingNext, plannedCandidates } from "./planned.ts";
import { prepareCandidates } from "./prepare.ts";
import { byPriority } from "./priority.ts";
import { FLEXIBLE_KINDS, type Schedule, type ScheduleItem, type ScheduleOptions } from "./types.ts";

const FLEXIBLE: ReadonlySet<string> = new Set(FLEXIBLE_KINDS);

export function buildSchedule(journal: Journal, options: ScheduleOptions): Schedule {
  const { today } = options;
  const m = scheduleMessages(journal.settings.locale);
  const recentSince = recentWindowStart(today);
  const candidates: Candidate[] = [];
  for (const contact of journal.contacts)
    candidates.push(...contactCandidates(journal, contact, today, m, recentSince));
  candidates.push(...plannedCandidates(journal, today, m));
  candidates.push(...prepareCandidates(journal, today, options.until ?? today, m));
  return scheduleOf(candidates, today, options.capacity ?? journal.settings.capacity, m);
}

/**
 * One contact's own candidates: its `next` day and its first follow-up, deepening or rhythm item.
 * They depend on the contact, its touches and the events it was met at, nothing else: watch mode
 * recomputes them for the contacts a change can reach and keeps the rest.
 */
export function contactCandidates(
  journal: Journal,
  contact: Contact,
  today: IsoDate,
  m: ScheduleMessages,
  recentSince: IsoDate,
): Candidate[] {
  const found: Candidate[] = [];
  const touches = touchesOf(journal, contact.id);
  const past = touches.filter((t) => t.date <= today);
  const next = pendingNext(contact, past, today);
  if (next) found.push(nextCandidate(contact, next, m));
  // An entry dated after today is an appointment: it stands in for the rhythm item.
  const planned = next !== undefined || touches.some((t) => t.date > today && t.source === "entry");
  const item = contactCandidate(contact, { journal, today, m, touches, past, planned, recentSince });
  if (item) found.push(item);
  return found;
}

/**
 * The global step: capacity gives the flexible candidates their day, then every item is finished
 * and sorted. The order is total (day, priority, id), so it does not depend on the candidates' order.
 */
export function scheduleOf(
  candidates: readonly Candidate[],
  today: IsoDate,
  capacity: number,
  m: ScheduleMessages,
): Schedule {
  return scheduleOfRanked([...candidates].sort(byPriority), today, capacity, m, scheduleMemo());
}

/**
 * What the global step can keep for a candidate while today stays the same: its first possible
 * day, and its finished item for as long as it lands on the same day. Watch mode keeps one.
 */
export interface ScheduleMemo {
  // Maps, not WeakMaps: thousands of weak entries cost every garbage collection; watch mode
  // deletes the candidates it drops (forgetCandidate).
  readonly days: Map<Candidate, Days>;
  readonly items: Map<Candidate, ScheduleItem>;
  /** Day numbers as dates: a backlog spreads over thousands of days at a few items a day. */
  readonly dates: Map<number, IsoDate>;
}

interface Days extends Pick<Slot, "start" | "deadline"> {
  /** The first day the item may be on, as a date. */
  readonly first: IsoDate;
}

export function scheduleMemo(): ScheduleMemo {
  return { days: new Map(), items: new Map(), dates: new Map() };
}

export function forgetCandidate(memo: ScheduleMemo, c: Candidate): void {
  memo.days.delete(c);
  memo.items.delete(c);
}

/** `scheduleOf` for candidates already sorted `byPriority`. */
export function scheduleOfRanked(
  ranked: readonly Candidate[],
  today: IsoDate,
  capacity: number,
  m: ScheduleMessages,
  memo: ScheduleMemo,
): Schedule {
  const days = ranked.map((c) => {
    let d = memo.days.get(c);
    if (!d) {
      const first = maxDate(maxDate(c.ruleDue, today), c.notBefore ?? today);
      memo.days.set(c, (d = { first, ...slotDays({ ...c, start: first }) }));
    }
    return d;
  });
  const slots: Slot[] = [];
  const slotOf: number[] = [];
  ranked.forEach((c, i) => {
    if (!FLEXIBLE.has(c.kind)) return;
    slotOf[i] = slots.length;
    slots.push({ id: c.id, rank: slots.length, start: days[i]!.start, deadline: days[i]!.deadline });
  });
  const placed = placeRanked(slots, capacity);

  // Dealt into one bucket per day in priority order: only the distinct days need sorting.
  const byDay = new Map<number, number[]>();
  ranked.forEach((_c, i) => {
    const slot = slotOf[i];
    const day = slot === undefined ? days[i]!.start : placed[slot]!;
    const bucket = byDay.get(day);
    if (bucket) bucket.push(i);
    else byDay.set(day, [i]);
  });
  const items: ScheduleItem[] = [];
  for (const day of [...byDay.keys()].sort((a, b) => a - b)) {
    let date = memo.dates.get(day);
    if (date === undefined) memo.dates.set(day, (date = fromDayNumber(day)));
    for (const i of byDay.get(day)!) {
      const c = ranked[i]!;
      let item = memo.items.get(c);
      if (item?.due !== date) memo.items.set(c, (item = finish(c, date, days[i]!.first, today, m)));
      items.push(item);
    }
  }
  return { today, capacity, items };
}

function finish(c: Candidate, due: IsoDate, start: IsoDate, today: IsoDate, m: ScheduleMessages): ScheduleItem {
  const snoozed = c.notBefore !== undefined && c.notBefore > maxDate(c.ruleDue, today);
  const pushed = due > start;
  const fading = c.kind === "rhythm" && c.cadence !== undefined && addDuration(c.ruleDue, c.cadence) < today;
  const notes = [c.reason];
  if (fading) notes.push(m.fading);
  if (snoozed) notes.push(m.snoozed(m.day(c.notBefore!, today)));
  if (pushed) notes.push(m.moved(m.day(start, today)));
  const moved = pushed ? "capacity" : snoozed ? "snooze" : undefined;
  return {
    id: c.id,
    kind: c.kind,
    flexible: FLEXIBLE.has(c.kind),
    subject: c.subject,
    due,
    ...(due !== c.ruleDue ? { originalDue: c.ruleDue } : {}),
    ...(moved ? { moved } : {}),
    overdue: Math.max(0, daysBetween(c.ruleDue, today)),
    fading,
    priority: c.priority,
    ...(c.channel ? { channel: c.channel } : {}),
    reason: notes.join(" — "),
    ...(c.draft ? { draft: c.draft } : {}),
    ...(c.event ? { event: c.event } : {}),
    ...(c.circle ? { circle: c.circle } : {}),
    high: c.high,
    goalMatch: c.goalMatch,
  };
}
