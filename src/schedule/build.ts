/**
 * The follow-up schedule: a pure function of the journal and a day. Each rule proposes candidates
 * (contact-items, planned, prepare); capacity gives the flexible ones their day; overdue items move
 * to today with their age (rule 7). No I/O, no `node:` imports: the site runs this in the browser.
 */
import { daysBetween, maxDate, type IsoDate } from "../core/date.ts";
import { addDuration } from "../core/duration.ts";
import { compare } from "../journal/order.ts";
import type { Contact, Journal } from "../journal/model.ts";
import { touchesOf } from "../journal/touches.ts";
import { placeByCapacity } from "./capacity.ts";
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
  const startOf = (c: Candidate) => maxDate(maxDate(c.ruleDue, today), c.notBefore ?? today);
  const flexible = candidates.filter((c) => FLEXIBLE.has(c.kind)).map((c) => ({ ...c, start: startOf(c) }));
  const placed = placeByCapacity(flexible, capacity);

  const dayOf = (c: Candidate) => placed.get(c.id) ?? startOf(c);
  const ordered = candidates
    .map((c) => ({ c, day: dayOf(c) }))
    .sort((a, b) => compare(a.day, b.day) || byPriority(a.c, b.c));
  return { today, capacity, items: ordered.map(({ c, day }) => finish(c, day, startOf(c), today, m)) };
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
