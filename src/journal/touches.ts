/**
 * What counts as a touch with a contact, in one place for the schedule, the stats and the site:
 * an entry in their file or one that names them on its own line, being met at an event, and a
 * commit trailer `Touch: <id>` when the journal was loaded with history.
 */
import type { IsoDate } from "../core/date.ts";
import { channelOf } from "./channels.ts";
import { compare } from "./order.ts";
import type { Channel, Entry, Journal } from "./model.ts";

export interface Touch {
  readonly date: IsoDate;
  readonly channel: Channel;
  readonly source: "entry" | "event" | "commit";
  /** The entry's title, the event's title or the commit's subject. */
  readonly title: string;
  readonly entry?: Entry;
  /** The event id, for a touch from being met at an event. */
  readonly event?: string;
  readonly commit?: string;
}

/** Every touch with a contact dated on or before `until` (later entries are appointments), oldest first. */
export function touchesOf(journal: Journal, contactId: string, until?: IsoDate): Touch[] {
  const touches: Touch[] = [];
  for (const entry of journal.touchesOf.get(contactId) ?? []) {
    touches.push({ date: entry.date, channel: entry.channel, source: "entry", title: entry.title, entry });
  }
  for (const id of journal.eventsOf.get(contactId) ?? []) {
    const event = journal.eventById.get(id);
    if (event) touches.push({ date: event.date, channel: "event", source: "event", title: event.title, event: id });
  }
  // A commit's subject names its channel as an entry's title does: "Postcard from Lisbon" is the card.
  for (const t of journal.history?.touches.get(contactId) ?? []) {
    touches.push({ date: t.date, channel: channelOf(t.subject), source: "commit", title: t.subject, commit: t.commit });
  }
  const kept = until === undefined ? touches : touches.filter((t) => t.date <= until);
  return kept.sort((a, b) => compare(a.date, b.date));
}

/** The latest touch on or before `until`, if any. */
export function lastTouch(journal: Journal, contactId: string, until: IsoDate): Touch | undefined {
  return touchesOf(journal, contactId, until).at(-1);
}
