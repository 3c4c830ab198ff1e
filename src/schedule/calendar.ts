/**
 * The schedule as an iCalendar feed (RFC 5545), written by ical-generator: one all-day event per
 * item, its UID the item's id, so a calendar that re-imports or subscribes moves the event when
 * capacity or a new day moves the item, instead of adding a second one. Pure: returns the text.
 */
import ical, { ICalEventTransparency } from "ical-generator";
import { addDays } from "../core/date.ts";
import type { Locale } from "../journal/model.ts";
import { scheduleMessages } from "./messages.ts";
import type { Schedule, ScheduleItem } from "./types.ts";

/** The domain part of every UID: ids are unique within a journal, this keeps them apart from other feeds. */
export const UID_DOMAIN = "rapport";

export function uidOf(item: ScheduleItem): string {
  return `${item.id}@${UID_DOMAIN}`;
}

export function summaryOf(item: ScheduleItem, locale: Locale): string {
  const label = scheduleMessages(locale).kind[item.kind];
  return `${label.charAt(0).toLocaleUpperCase(locale)}${label.slice(1)}: ${item.subject.name}`;
}

export function scheduleCalendar(schedule: Schedule, options: { locale: Locale; owner: string }): string {
  const m = scheduleMessages(options.locale);
  const calendar = ical({
    name: `Rapport — ${options.owner}`,
    prodId: { company: "rapport", product: "rapport", language: options.locale.toUpperCase() },
  });
  // The stamp is the day the schedule is for, not the clock: the same journal and day give the same file.
  const stamp = `${schedule.today}T00:00:00Z`;
  for (const item of schedule.items) {
    const lines = [item.reason];
    if (item.channel) lines.push(m.via(m.channel[item.channel]));
    if (item.draft) lines.push(`“${item.draft}”`);
    calendar.createEvent({
      id: uidOf(item),
      start: item.due,
      end: addDays(item.due, 1),
      allDay: true,
      stamp,
      summary: summaryOf(item, options.locale),
      description: lines.join("\n"),
      // Reminders to act, not time taken: they do not block the day.
      transparency: ICalEventTransparency.TRANSPARENT,
      categories: [{ name: item.kind }],
      ...(item.flexible ? { priority: item.priority } : {}),
    });
  }
  return calendar.toString();
}
