/**
 * Whether a contact met at an event was followed up: the first touch after the event's last day
 * (the meeting itself and notes written on the day do not count), compared with its follow-up day.
 */
import type { IsoDate } from "../core/date.ts";
import { followupDay, lastDay } from "./event-days.ts";
import type { Journal } from "./model.ts";
import { touchesOf, type Touch } from "./touches.ts";

export type FollowupState = "on-time" | "late" | "open" | "overdue";

export interface FollowupStatus {
  readonly contact: string;
  readonly event: string;
  readonly due: IsoDate;
  readonly state: FollowupState;
  /** The touch that was the follow-up, when there was one by `today`. */
  readonly touch?: Touch;
}

export function followupStatus(
  journal: Journal,
  eventId: string,
  contactId: string,
  today: IsoDate,
): FollowupStatus | undefined {
  const event = journal.eventById.get(eventId);
  if (!event) return undefined;
  const due = followupDay(event, journal.settings);
  const after = lastDay(event);
  const touch = touchesOf(journal, contactId, today).find((t) => t.date > after && t.source !== "event");
  const state: FollowupState = touch ? (touch.date <= due ? "on-time" : "late") : today <= due ? "open" : "overdue";
  return { contact: contactId, event: eventId, due, state, ...(touch ? { touch } : {}) };
}
