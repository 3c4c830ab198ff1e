/**
 * Rule 4, what is already planned: a contact's `next` day, entries dated today or later
 * (appointments) and open tasks with a date. They sit on their date, whatever the capacity.
 */
import type { IsoDate } from "../core/date.ts";
import type { Contact, Event, Journal } from "../journal/model.ts";
import type { Touch } from "../journal/touches.ts";
import { slug } from "../write/slug.ts";
import type { Candidate } from "./candidate.ts";
import type { ScheduleMessages } from "./messages.ts";
import { subjectOf } from "./subject.ts";

/** The `next` day while it is still to come or not yet met by a touch on or after it. */
export function pendingNext(contact: Contact, past: readonly Touch[], today: IsoDate): IsoDate | undefined {
  const next = contact.next;
  if (!next) return undefined;
  if (next > today) return next;
  return past.some((t) => t.date >= next) ? undefined : next;
}

export function nextCandidate(contact: Contact, next: IsoDate, m: ScheduleMessages): Candidate {
  return fixed(`next:${contact.id}`, "next", subjectOf(contact), next, m.next);
}

export function plannedCandidates(journal: Journal, today: IsoDate, m: ScheduleMessages): Candidate[] {
  const found: Candidate[] = [];
  for (const record of journal.contacts) found.push(...recordPlanned(record, today, m));
  for (const record of journal.events) found.push(...recordPlanned(record, today, m));
  return found;
}

/**
 * One file's appointments (its entries dated today or later) and dated open tasks. Their ids are
 * numbered within the file, so a file's items depend on that file alone (watch mode keeps the rest).
 */
export function recordPlanned(record: Contact | Event, today: IsoDate, m: ScheduleMessages): Candidate[] {
  const found: Candidate[] = [];
  const owner = subjectOf(record);
  const seen = new Map<string, number>();
  /** The first item of a kind keeps the plain id; a second one on the same key gets `:2`, and so on. */
  const unique = (id: string) => {
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    return n === 1 ? id : `${id}:${n}`;
  };
  // In line order, as the journal's entry list has a file's entries of one day.
  const entries = [...record.entries].sort((a, b) => a.pos.line - b.pos.line);
  for (const entry of entries) {
    if (entry.date < today) continue;
    // The date, not the title, names an appointment: editing the words keeps the calendar event.
    const id = unique(`appointment:${entry.owner}:${entry.date}`);
    found.push({
      ...fixed(id, "appointment", owner, entry.date, entry.title || m.kind.appointment),
      ...(entry.channel !== "other" && entry.channel !== "event" ? { channel: entry.channel } : {}),
    });
  }
  for (const task of record.tasks) {
    if (task.done || !task.due) continue;
    // The text, not the date, names a task: postponing it moves the calendar event.
    const id = unique(`task:${task.owner}:${slug(task.text).slice(0, 48) || "task"}`);
    found.push(fixed(id, "task", owner, task.due, task.text));
  }
  return found;
}

function fixed(
  id: string,
  kind: Candidate["kind"],
  subject: Candidate["subject"],
  due: IsoDate,
  reason: string,
): Candidate {
  return { id, kind, subject, ruleDue: due, priority: 0, high: false, goalMatch: false, reason };
}
