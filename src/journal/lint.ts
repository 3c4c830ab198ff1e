/** Checks that depend on the day they run: an event ahead with no plan. */
import type { IsoDate } from "../core/date.ts";
import type { Diagnostic, Journal } from "./model.ts";

export function lintJournal(journal: Journal, today: IsoDate): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const event of journal.events) {
    if (event.date >= today && event.goals.length === 0) {
      const at = event.keys["date"] ?? { file: event.file, line: 1, column: 1 };
      found.push({
        ...at,
        severity: "warning",
        code: "no-goals",
        message: `upcoming event '${event.title}' has no goals`,
        hint: "decide whom you want to meet: add 'goals:' with the 3-5 kinds of people you are going for",
      });
    }
  }
  return found;
}
