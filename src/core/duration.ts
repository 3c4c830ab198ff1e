import { addDays, addMonths, type IsoDate } from "./date.ts";
import type { Duration } from "../journal/model.ts";

const DURATION = /^(\d+)\s*([dwmy])$/;

/** Parses `10d`, `2w`, `3m`, `1y`; undefined for anything else. */
export function parseDuration(text: string): Duration | undefined {
  const m = DURATION.exec(text.trim());
  if (!m || Number(m[1]) === 0) return undefined;
  return { amount: Number(m[1]), unit: m[2] as Duration["unit"] };
}

export function formatDuration(d: Duration): string {
  return `${d.amount}${d.unit}`;
}

export function addDuration(date: IsoDate, d: Duration): IsoDate {
  switch (d.unit) {
    case "d":
      return addDays(date, d.amount);
    case "w":
      return addDays(date, 7 * d.amount);
    case "m":
      return addMonths(date, d.amount);
    case "y":
      return addMonths(date, 12 * d.amount);
  }
}

/** Approximate length in days, for comparisons such as "overdue by more than its cadence". */
export function durationDays(d: Duration): number {
  const perUnit = { d: 1, w: 7, m: 30, y: 365 } as const;
  return d.amount * perUnit[d.unit];
}
