/** The days that matter around an event, derived the same way by the schedule, the stats and the site. */
import { addDays, type IsoDate } from "../core/date.ts";
import type { Event, Settings } from "./model.ts";

export function lastDay(event: Event): IsoDate {
  return event.end ?? event.date;
}

/** The follow-up day: `followup` when set, else the configured delay after the event's last day. */
export function followupDay(event: Event, settings: Settings): IsoDate {
  return event.followup ?? addDays(lastDay(event), settings.followupDelay);
}
