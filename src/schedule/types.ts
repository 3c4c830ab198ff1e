/**
 * The schedule's shapes. Plain data like the model, so `rapport ... --json`, the calendar feed and
 * the site all read the same items.
 */
import type { IsoDate } from "../core/date.ts";
import type { Channel, Circle, OwnerKind } from "../journal/model.ts";

/** Flexible kinds share the daily capacity; the others sit on their date. */
export const FLEXIBLE_KINDS = ["first-followup", "deepen", "rhythm"] as const;
export const FIXED_KINDS = ["appointment", "next", "task", "prepare"] as const;
export type FlexibleKind = (typeof FLEXIBLE_KINDS)[number];
export type FixedKind = (typeof FIXED_KINDS)[number];
export type Kind = FlexibleKind | FixedKind;

export interface Subject {
  readonly kind: OwnerKind;
  readonly id: string;
  /** The contact's name or the event's title. */
  readonly name: string;
  /** The journal file, relative to the root. */
  readonly file: string;
}

export interface ScheduleItem {
  /** Stable across days and capacity moves: a calendar that re-imports updates the item instead of duplicating it. */
  readonly id: string;
  readonly kind: Kind;
  readonly flexible: boolean;
  readonly subject: Subject;
  /** The day the item is on: never before today for anything still to do. */
  readonly due: IsoDate;
  /** The day the rule gave, when the item is on another day (overdue, snoozed or moved for capacity). */
  readonly originalDue?: IsoDate;
  /** Why the item is not on its original day, when it moved forward. */
  readonly moved?: "capacity" | "snooze";
  /** Days past the original due day, as of today; 0 when not overdue. */
  readonly overdue: number;
  /** A rhythm item overdue by more than its whole cadence: the relationship is going cold. */
  readonly fading: boolean;
  /** 0 fixed (on its date), then 1 first follow-up, 2 deepen, 3-5 rhythm inner, close, network. */
  readonly priority: number;
  /** The suggested channel; absent for items that are not about reaching someone (tasks, preparation). */
  readonly channel?: Channel;
  /** Plain language, in the journal's locale. */
  readonly reason: string;
  /** A short first message, for first follow-ups. */
  readonly draft?: string;
  /** The event the item comes from: where the contact was met, or the event to prepare. */
  readonly event?: string;
  readonly circle?: Circle;
  /** The contact has `rapport: high`. */
  readonly high: boolean;
  /** The contact matched a goal of an event where they were met. */
  readonly goalMatch: boolean;
}

export interface Schedule {
  readonly today: IsoDate;
  readonly capacity: number;
  /** Sorted by day, then fixed before flexible, then priority, then id. */
  readonly items: readonly ScheduleItem[];
}

export interface ScheduleOptions {
  readonly today: IsoDate;
  /**
   * The last day the caller will show. Events to prepare are looked for 14 days ahead, or up to a
   * week after this day when that is further, so a longer view still shows their preparation.
   */
  readonly until?: IsoDate;
  /** Overrides `capacity` from the settings. */
  readonly capacity?: number;
}
