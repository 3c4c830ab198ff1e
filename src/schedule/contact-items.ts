/**
 * Rules 1-3 and 6 for one contact: the first follow-up after a meeting, the deepening appointment
 * with the people you came for, and the rhythm of the circle. A contact has at most one of them at
 * a time, in that order: each is the next thing to do with that person, and doing it changes the
 * rest. A planned touch (`next`, an appointment) stands in for the rhythm item.
 */
import { addDays, daysBetween, type IsoDate } from "../core/date.ts";
import { addDuration } from "../core/duration.ts";
import { followupDay, lastDay } from "../journal/event-days.ts";
import { followupStatus } from "../journal/followup.ts";
import { matchesGoal } from "../journal/match.ts";
import type { Channel, Contact, Event, Goal, Journal } from "../journal/model.ts";
import type { Touch } from "../journal/touches.ts";
import type { Candidate } from "./candidate.ts";
import { postcardDue, suggestedChannel } from "./channel.ts";
import type { ScheduleMessages } from "./messages.ts";
import { priorityOf } from "./priority.ts";
import { subjectOf } from "./subject.ts";

/** Deepening is for people met at an event in the last 60 days. */
export const DEEPEN_WINDOW_DAYS = 60;
/** The channels of a real conversation: after one of these there is nothing left to deepen. */
const DEEP: ReadonlySet<Channel> = new Set(["in-person", "call", "video"]);

interface Meeting {
  /** The day after which a touch counts as the follow-up: the event's last day, or `met`. */
  readonly after: IsoDate;
  readonly event?: Event;
}

export interface ContactContext {
  readonly journal: Journal;
  readonly today: IsoDate;
  readonly m: ScheduleMessages;
  /** Every touch with the contact, future-dated entries included, oldest first. */
  readonly touches: readonly Touch[];
  /** The touches dated today or earlier. */
  readonly past: readonly Touch[];
  /** A `next` day or an appointment is planned: no rhythm item. */
  readonly planned: boolean;
  /** Where the recent channels start (channel.ts). */
  readonly recentSince: IsoDate;
}

export function contactCandidate(contact: Contact, ctx: ContactContext): Candidate | undefined {
  const { past } = ctx;
  const events = metAtEvents(ctx.journal, contact, ctx.today);
  // Goal matching and follow-up status are the costly parts on a big journal: once per event.
  const goalAt = once((event: Event) => event.goals.find((g) => matchesGoal(g, contact)));
  const followedUp = once((event: Event) => followupStatus(ctx.journal, event.id, contact.id, ctx.today)?.touch);
  const rules: Met = { events, goalAt, followedUp };
  const item = firstFollowup(contact, ctx, rules) ?? deepen(contact, ctx, rules) ?? rhythm(contact, ctx, rules);
  if (!item) return undefined;
  const channel =
    item.kind === "rhythm" && postcardDue(contact, past)
      ? "postcard"
      : suggestedChannel(contact, past, ctx.recentSince);
  const snoozed = contact.snooze && contact.snooze > ctx.today ? { notBefore: contact.snooze } : {};
  return { ...item, channel, ...snoozed };
}

type Proposal = Omit<Candidate, "channel" | "notBefore">;

interface Met {
  /** Events where the contact was met that have begun by today, oldest first. */
  readonly events: readonly Event[];
  /** The first of the event's goals the contact matches. */
  readonly goalAt: (event: Event) => Goal | undefined;
  /** The first follow-up after the event (`followupStatus`), if there was one by today. */
  readonly followedUp: (event: Event) => Touch | undefined;
}

/** `fn` per event, computed on first use. */
function once<T>(fn: (event: Event) => T): (event: Event) => T {
  const memo = new Map<string, T>();
  return (event) => {
    if (!memo.has(event.id)) memo.set(event.id, fn(event));
    return memo.get(event.id)!;
  };
}

/** Rule 1: met at an event (or on a `met` day) and nothing since. Only the latest meeting counts. */
function firstFollowup(contact: Contact, ctx: ContactContext, met: Met): Proposal | undefined {
  const { journal, today, m } = ctx;
  const meeting = latestMeeting(contact, journal, met.events, today);
  if (!meeting) return undefined;
  const event = meeting.event;
  const pending = event
    ? !met.followedUp(event)
    : !ctx.past.some((t) => t.date > meeting.after && t.source !== "event");
  if (!pending) return undefined;
  const due = dueOf(meeting, journal);
  const late = daysBetween(due, today) > 1;
  const shown = m.date(event?.date ?? meeting.after, today);
  return {
    ...base(contact, "first-followup", due, event ? event.id : meeting.after),
    goalMatch: event ? met.goalAt(event) !== undefined : false,
    reason: event ? m.metAt(event.title, shown) : m.metOn(shown),
    draft: event ? (late ? m.draftAtEventLate(event.title) : m.draftAtEvent(event.title)) : m.draftMet(shown),
    ...(event ? { event: event.id } : {}),
  };
}

/** Rule 2: followed up after an event in the last 60 days, matched a goal or got on well, no real conversation since. */
function deepen(contact: Contact, ctx: ContactContext, met: Met): Proposal | undefined {
  const { journal, today, m } = ctx;
  for (let i = met.events.length - 1; i >= 0; i--) {
    const event = met.events[i]!;
    const last = lastDay(event);
    if (daysBetween(last, today) > DEEPEN_WINDOW_DAYS) break;
    const followup = met.followedUp(event);
    if (!followup) continue;
    const goal = met.goalAt(event);
    if (!goal && contact.rapport !== "high") continue;
    // An appointment already made (a future-dated entry) counts: the deepening is arranged.
    if (ctx.touches.some((t) => t.source === "entry" && t.date > last && DEEP.has(t.channel))) return undefined;
    return {
      ...base(contact, "deepen", addDays(followup.date, journal.settings.deepenAfter), event.id),
      goalMatch: goal !== undefined,
      reason: goal ? m.deepenGoal(event.title, goal.text) : m.deepenRapport(event.title),
      event: event.id,
    };
  }
  return undefined;
}

/** Rule 3 (and 6): the circle's rhythm from the last touch; nothing for dormant contacts or when a touch is planned. */
function rhythm(contact: Contact, ctx: ContactContext, met: Met): Proposal | undefined {
  const { journal, today, m } = ctx;
  const circle = contact.circle;
  if (circle === "dormant" || ctx.planned) return undefined;
  const cadence = contact.cadence ?? journal.settings.cadence[circle];
  const last = ctx.past.at(-1);
  return {
    ...base(contact, "rhythm", last ? addDuration(last.date, cadence) : today),
    goalMatch: met.events.some((e) => met.goalAt(e) !== undefined),
    reason: last ? m.rhythm(circle, m.every(cadence), m.date(last.date, today)) : m.noTouch,
    cadence,
  };
}

function base(contact: Contact, kind: Proposal["kind"], due: IsoDate, key?: string) {
  return {
    id: key ? `${kind}:${contact.id}:${key}` : `${kind}:${contact.id}`,
    kind,
    subject: subjectOf(contact),
    ruleDue: due,
    priority: priorityOf(kind, contact.circle),
    high: contact.rapport === "high",
    circle: contact.circle,
  };
}

function metAtEvents(journal: Journal, contact: Contact, today: IsoDate): Event[] {
  const events: Event[] = [];
  for (const id of journal.eventsOf.get(contact.id) ?? []) {
    const event = journal.eventById.get(id);
    if (event && event.date <= today) events.push(event);
  }
  return events;
}

/** The latest meeting: an event's last day or the `met` day, the event when both fall on one day. */
function latestMeeting(
  contact: Contact,
  journal: Journal,
  events: readonly Event[],
  today: IsoDate,
): Meeting | undefined {
  let latest: Meeting | undefined;
  for (const event of events) {
    const after = lastDay(event);
    if (!latest || after >= latest.after) latest = { after, event };
  }
  const met = contact.met;
  if (met && met <= today && (!latest || met > latest.after) && !events.some((e) => e.date <= met && met <= lastDay(e)))
    latest = { after: met };
  return latest;
}

/** The follow-up day of a meeting: the event's, or `followup_delay` after `met`. */
function dueOf(meeting: Meeting, journal: Journal): IsoDate {
  return meeting.event
    ? followupDay(meeting.event, journal.settings)
    : addDays(meeting.after, journal.settings.followupDelay);
}
