/**
 * Rule 5: an event in the next 14 days is prepared a week before it (or today, when that is later):
 * decide whom you want to meet, or review the goals you set.
 */
import { addDays, maxDate, type IsoDate } from "../core/date.ts";
import type { Journal } from "../journal/model.ts";
import type { Candidate } from "./candidate.ts";
import type { ScheduleMessages } from "./messages.ts";
import { subjectOf } from "./subject.ts";

export const PREPARE_WINDOW_DAYS = 14;
export const PREPARE_DAYS_BEFORE = 7;

export function prepareCandidates(journal: Journal, today: IsoDate, until: IsoDate, m: ScheduleMessages): Candidate[] {
  // A longer view (rapport due --days 30) shows the preparation of events further ahead too.
  const horizon = maxDate(addDays(today, PREPARE_WINDOW_DAYS), addDays(until, PREPARE_DAYS_BEFORE));
  const found: Candidate[] = [];
  for (const event of journal.events) {
    if (event.date < today || event.date > horizon) continue;
    found.push({
      id: `prepare:${event.id}`,
      kind: "prepare",
      subject: subjectOf(event),
      ruleDue: maxDate(addDays(event.date, -PREPARE_DAYS_BEFORE), today),
      priority: 0,
      high: false,
      goalMatch: false,
      reason: m.prepare(event.goals.length, m.day(event.date, today)),
      event: event.id,
    });
  }
  return found;
}
