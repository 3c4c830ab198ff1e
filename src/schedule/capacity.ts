/**
 * Rule 8: at most `capacity` flexible items a day. Days are filled in order; each day takes the most
 * urgent of what is due by then (priority.ts), the rest waits for the next day. A first follow-up is
 * never pushed past its follow-up day plus one: on that day it is placed even over capacity. One
 * already later than that (an old meeting nobody followed up) cannot be kept in time any more: it
 * takes its turn like the rest, first among them, so a backlog does not flood a single day.
 */
import { addDays, fromDayNumber, toDayNumber, type IsoDate } from "../core/date.ts";
import { Heap } from "./heap.ts";
import { byPriority, type Ranked } from "./priority.ts";

export interface Placeable extends Ranked {
  /** The first day the item may be on: its due day, today when overdue, or the end of a snooze. */
  readonly start: IsoDate;
}

export interface Slot {
  readonly id: string;
  /** Position in priority order: the heaps compare numbers, not the rules, thousands of times. */
  readonly rank: number;
  /** Day numbers (days since 1970-01-01). */
  readonly start: number;
  /** The last day a first follow-up still in time may be on; Infinity for everything else. */
  readonly deadline: number;
}

/** The day each item is placed on, by id. Linear in the number of items plus days, times log for the heaps. */
export function placeByCapacity(items: readonly Placeable[], capacity: number): Map<string, IsoDate> {
  const slots = [...items].sort(byPriority).map((item, rank): Slot => ({ id: item.id, rank, ...slotDays(item) }));
  return placeSlots(slots, capacity);
}

/** An item's start and deadline as day numbers (the same for an item as long as today is). */
export function slotDays(item: Placeable): Pick<Slot, "start" | "deadline"> {
  const start = toDayNumber(item.start);
  const deadline = item.kind === "first-followup" ? toDayNumber(addDays(item.ruleDue, 1)) : Infinity;
  return { start, deadline: deadline >= start ? deadline : Infinity };
}

/** `placeByCapacity` for slots already ranked by priority (`rank` is their index). */
export function placeSlots(slots: readonly Slot[], capacity: number): Map<string, IsoDate> {
  const days = placeRanked(slots, capacity);
  // Few distinct days: convert each once.
  const iso = new Map<number, IsoDate>();
  const result = new Map<string, IsoDate>();
  for (const slot of slots) {
    const n = days[slot.rank]!;
    let date = iso.get(n);
    if (date === undefined) iso.set(n, (date = fromDayNumber(n)));
    result.set(slot.id, date);
  }
  return result;
}

/**
 * The day number each slot is placed on, by rank. The heaps hold ranks (numbers), and the slots
 * are dealt into one bucket per start day (a backlog starts today), so no object is compared.
 */
export function placeRanked(slots: readonly Slot[], capacity: number): number[] {
  const deadline = new Float64Array(slots.length);
  const byStart = new Map<number, number[]>();
  for (const slot of slots) {
    deadline[slot.rank] = slot.deadline;
    const bucket = byStart.get(slot.start);
    if (bucket) bucket.push(slot.rank);
    else byStart.set(slot.start, [slot.rank]);
  }
  const starts = [...byStart.keys()].sort((a, b) => a - b);
  const waiting = new Heap<number>((a, b) => a - b);
  const urgent = new Heap<number>((a, b) => deadline[a]! - deadline[b]! || a - b);
  const placed = new Array<number>(slots.length).fill(NaN);
  const place = (rank: number, day: number) => {
    if (!Number.isNaN(placed[rank])) return false;
    placed[rank] = day;
    return true;
  };
  let next = 0;
  let day = starts[0] ?? 0;
  while (next < starts.length || waiting.size > 0) {
    if (waiting.size === 0) day = Math.max(day, starts[next]!);
    for (; next < starts.length && starts[next]! <= day; next++) {
      // Ranks ascending within a bucket, as the slots came.
      for (const rank of byStart.get(starts[next]!)!) {
        waiting.push(rank);
        if (deadline[rank] !== Infinity) urgent.push(rank);
      }
    }
    let count = 0;
    // First follow-ups at their last allowed day go first, whatever the capacity.
    while (urgent.size > 0 && deadline[urgent.peek()!]! <= day) if (place(urgent.pop()!, day)) count++;
    while (count < capacity && waiting.size > 0) if (place(waiting.pop()!, day)) count++;
    // Drop what the deadline pass already placed, so an empty-looking queue is really empty.
    while (waiting.size > 0 && !Number.isNaN(placed[waiting.peek()!])) waiting.pop();
    day++;
  }
  return placed;
}
