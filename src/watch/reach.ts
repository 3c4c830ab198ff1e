/**
 * What a change to some contacts and events can reach, read from indexes of the old and the new
 * model (never by comparing contacts with each other):
 * - the contacts whose depth and schedule items may differ: the changed contacts, everyone linked
 *   on an entry line of a changed file (before or after), everyone met at a changed event;
 * - the ties to make again: each changed contact's own and its attendance at every event it was or
 *   is met at, with everyone met there; each changed event's own and all its attendance.
 */
import type { Contact, Event, Journal } from "../journal/model.ts";
import { compare } from "../journal/order.ts";

export interface Reach {
  /** Contacts whose depth and own schedule items are computed again. */
  readonly contacts: ReadonlySet<string>;
  /** Contact-event attendance (met_at) to make again, as `contact\0event`. */
  readonly attendance: ReadonlySet<string>;
  /** Pairs of contacts whose co-attendance to make again, as `a\0b` with a before b. */
  readonly pairs: ReadonlySet<string>;
}

export const SEP = "\u0000";

export function reachOf(
  before: Journal,
  after: Journal,
  changedContacts: ReadonlySet<string>,
  changedEvents: ReadonlySet<string>,
): Reach {
  const contacts = new Set<string>(changedContacts);
  const attendance = new Set<string>();
  const pairs = new Set<string>();
  const both = <T>(read: (j: Journal) => T | undefined): T[] =>
    [read(before), read(after)].filter((x): x is T => x !== undefined);
  const metAt = (event: string) => new Set(both((j) => j.metAt.get(event)).flat());
  const pair = (a: string, b: string) => {
    if (a !== b) pairs.add(compare(a, b) < 0 ? a + SEP + b : b + SEP + a);
  };
  const linked = (record: Contact | Event) => {
    for (const entry of record.entries) for (const id of entry.with) contacts.add(id);
  };

  for (const id of changedContacts) {
    for (const record of both((j) => j.contactById.get(id))) linked(record);
    for (const event of new Set(both((j) => j.eventsOf.get(id)).flat())) {
      attendance.add(id + SEP + event);
      for (const other of metAt(event)) pair(id, other);
    }
  }
  for (const id of changedEvents) {
    for (const record of both((j) => j.eventById.get(id))) linked(record);
    const met = [...metAt(id)];
    for (const c of met) {
      contacts.add(c);
      attendance.add(c + SEP + id);
    }
    for (let i = 0; i < met.length; i++) for (let j = i + 1; j < met.length; j++) pair(met[i]!, met[j]!);
  }
  // Links to files that are gone, or ids that are events, are not contacts to recompute.
  for (const id of contacts) if (!after.contactById.has(id)) contacts.delete(id);
  return { contacts, attendance, pairs };
}
