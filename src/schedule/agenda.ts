/**
 * Views of a schedule: the morning agenda of `rapport today`, the days of `rapport due`, and each
 * contact's next item (the site's "next due" column).
 */
import { addDays, type IsoDate } from "../core/date.ts";
import type { ScheduleMessages } from "./messages.ts";
import type { Schedule, ScheduleItem } from "./types.ts";

/** Appointments and events to prepare are shown this many days ahead, today included. */
export const LOOKAHEAD_DAYS = 7;

export interface AgendaSummary {
  /** First follow-ups, deepening and rhythm items overdue or due today. */
  readonly followups: number;
  readonly appointments: number;
  readonly tasks: number;
  readonly prepare: number;
  readonly fading: number;
}

export interface Agenda {
  readonly today: IsoDate;
  /** On today's list but due earlier: flexible items then tasks and `next` days not yet done. */
  readonly overdue: readonly ScheduleItem[];
  /** Due today, not overdue: flexible items, then tasks. */
  readonly dueToday: readonly ScheduleItem[];
  /** Appointments and planned `next` days in the next 7 days. */
  readonly appointments: readonly ScheduleItem[];
  /** Events whose preparation is due in the next 7 days. */
  readonly prepare: readonly ScheduleItem[];
  readonly summary: AgendaSummary;
}

export function agendaOf(schedule: Schedule): Agenda {
  const { today } = schedule;
  const end = addDays(today, LOOKAHEAD_DAYS);
  const overdue: ScheduleItem[] = [];
  const dueToday: ScheduleItem[] = [];
  const appointments: ScheduleItem[] = [];
  const prepare: ScheduleItem[] = [];
  for (const item of schedule.items) {
    if (item.due >= end) break;
    if (item.kind === "prepare") prepare.push(item);
    else if (item.due === today && item.overdue > 0) overdue.push(item);
    else if (item.kind === "appointment" || item.kind === "next") appointments.push(item);
    else if (item.due === today) dueToday.push(item);
  }
  const now = [...overdue, ...dueToday];
  return {
    today,
    overdue,
    dueToday,
    appointments,
    prepare,
    summary: {
      followups: now.filter((i) => i.flexible).length,
      appointments: appointments.length,
      tasks: now.filter((i) => i.kind === "task").length,
      prepare: prepare.length,
      fading: now.filter((i) => i.fading).length,
    },
  };
}

/** "4 follow-ups, 1 appointment, 2 fading": follow-ups always, the rest when there are any. */
export function summaryText(summary: AgendaSummary, m: ScheduleMessages): string {
  if (Object.values(summary).every((n) => n === 0)) return m.summary.nothing;
  const parts = [m.summary.followups(summary.followups)];
  if (summary.appointments) parts.push(m.summary.appointments(summary.appointments));
  if (summary.tasks) parts.push(m.summary.tasks(summary.tasks));
  if (summary.prepare) parts.push(m.summary.prepare(summary.prepare));
  if (summary.fading) parts.push(m.summary.fading(summary.fading));
  return parts.join(", ");
}

export interface Day {
  readonly date: IsoDate;
  readonly items: readonly ScheduleItem[];
}

/** The schedule's items from today to `until` (inclusive), grouped by day; days without items are left out. */
export function daysOf(schedule: Schedule, until: IsoDate): Day[] {
  const days: { date: IsoDate; items: ScheduleItem[] }[] = [];
  for (const item of schedule.items) {
    if (item.due > until) break;
    const last = days.at(-1);
    if (last?.date === item.due) last.items.push(item);
    else days.push({ date: item.due, items: [item] });
  }
  return days;
}

/** Each contact's first item on the schedule (the site shows it as "next due"). */
export function nextByContact(schedule: Schedule): Map<string, ScheduleItem> {
  const next = new Map<string, ScheduleItem>();
  for (const item of schedule.items) {
    if (item.subject.kind === "contact" && !next.has(item.subject.id)) next.set(item.subject.id, item);
  }
  return next;
}
