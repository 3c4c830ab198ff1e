/**
 * Rule 8: at most `capacity` flexible items a day. Days are filled in order; each day takes the most
 * urgent of what is due by then (priority.ts), the rest waits for the next day. A first follow-up is
 * never pushed past its follow-up day plus one: on that day it is placed even over capacity. One
 * already later than that (an old meeting nobody followed up) cannot be kept in time any more: it
 * takes its turn like the rest, first among them, so a backlog does not flood a single day.
 */
import { addDays, maxDate, type IsoDate } from "../core/date.ts";
import { Heap } from "./heap.ts";
import { byPriority, type Ranked } from "./priority.ts";

export interface Placeable extends Ranked {
  /** The first day the item may be on: its due day, today when overdue, or the end of a snooze. */
  readonly start: IsoDate;
}

/** The day each item is placed on, by id. Linear in the number of items plus days, times log for the heaps. */
export function placeByCapacity(items: readonly Placeable[], capacity: number): Map<string, IsoDate> {
  const placed = new Map<string, IsoDate>();
  const byStart = [...items].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const waiting = new Heap<Placeable>(byPriority);
  const deadlines = new Heap<{ item: Placeable; deadline: IsoDate }>((a, b) =>
    a.deadline < b.deadline ? -1 : a.deadline > b.deadline ? 1 : byPriority(a.item, b.item),
  );
  let next = 0;
  let day = byStart[0]?.start ?? "";
  while (next < byStart.length || waiting.size > 0) {
    if (waiting.size === 0) day = maxDate(day, byStart[next]!.start);
    for (; next < byStart.length && byStart[next]!.start <= day; next++) {
      const item = byStart[next]!;
      waiting.push(item);
      const deadline = addDays(item.ruleDue, 1);
      if (item.kind === "first-followup" && deadline >= item.start) deadlines.push({ item, deadline });
    }
    let count = 0;
    // First follow-ups at their last allowed day go first, whatever the capacity.
    while (deadlines.size > 0 && deadlines.peek()!.deadline <= day) {
      const { item } = deadlines.pop()!;
      if (placed.has(item.id)) continue;
      placed.set(item.id, day);
      count++;
    }
    while (count < capacity && waiting.size > 0) {
      const item = waiting.pop()!;
      if (placed.has(item.id)) continue;
      placed.set(item.id, day);
      count++;
    }
    // Drop what the deadline pass already placed, so an empty-looking queue is really empty.
    while (waiting.size > 0 && placed.has(waiting.peek()!.id)) waiting.pop();
    day = addDays(day, 1);
  }
  return placed;
}
