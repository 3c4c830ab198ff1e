/**
 * The order of the schedule, in one place: which flexible item gets a day's capacity first, and how
 * a day's items are listed. First follow-ups before deepening before rhythm (inner, close, network);
 * within a kind `rapport: high`, then a goal match, then the longer overdue. On a day's list the
 * follow-ups come first (they are what the day is for), then appointments, `next`, tasks, preparation.
 */
import type { Circle } from "../journal/model.ts";
import { compare } from "../journal/order.ts";
import type { Kind } from "./types.ts";

/** What the order looks at; both candidates and finished items have it. */
export interface Ranked {
  readonly id: string;
  readonly kind: Kind;
  readonly priority: number;
  readonly high: boolean;
  readonly goalMatch: boolean;
  /** The day the rule gave: earlier means longer overdue. */
  readonly ruleDue: string;
}

/** Fixed items (priority 0) are listed after the flexible ones (priority 1-5), in this order. */
const FIXED_ORDER: Readonly<Record<Kind, number>> = {
  "first-followup": 0,
  deepen: 0,
  rhythm: 0,
  appointment: 1,
  next: 2,
  task: 3,
  prepare: 4,
};
const FIXED_RANK = 6;

export function priorityOf(kind: Kind, circle?: Circle): number {
  switch (kind) {
    case "first-followup":
      return 1;
    case "deepen":
      return 2;
    case "rhythm":
      return circle === "inner" ? 3 : circle === "close" ? 4 : 5;
    default:
      return 0;
  }
}

/** Negative when `a` comes first: by priority (fixed items last), kind, rapport, goal match, age, id. */
export function byPriority(a: Ranked, b: Ranked): number {
  return (
    (a.priority || FIXED_RANK) - (b.priority || FIXED_RANK) ||
    FIXED_ORDER[a.kind] - FIXED_ORDER[b.kind] ||
    Number(b.high) - Number(a.high) ||
    Number(b.goalMatch) - Number(a.goalMatch) ||
    compare(a.ruleDue, b.ruleDue) ||
    compare(a.id, b.id)
  );
}
