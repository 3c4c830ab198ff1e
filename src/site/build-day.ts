import { localToday, type IsoDate } from "../core/date.ts";
import type { Journal } from "../journal/model.ts";

/**
 * The day the site is built for: shown on every page, and "today" for what is rendered at build
 * time. RAPPORT_TODAY (which `rapport build --today` sets), else the journal's pinned day, else the
 * local date.
 */
export function buildDay(journal: Journal, env: NodeJS.ProcessEnv = process.env): IsoDate {
  return pinnedDay(journal, env) ?? localToday();
}

/**
 * The day the browser works things out for when the address gives none: the day the build was
 * pinned to, by RAPPORT_TODAY (`rapport build --today`) or by the journal itself. With neither it
 * is undefined, and the browser takes its own date, so the site never goes stale.
 */
export function pinnedDay(journal: Journal, env: NodeJS.ProcessEnv = process.env): IsoDate | undefined {
  return env["RAPPORT_TODAY"] ?? journal.settings.today;
}
