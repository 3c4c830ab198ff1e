/** Helpers for schedule tests: a real journal in a temp folder, loaded and scheduled for a fixed day. */
import { expect } from "vitest";
import { loadJournal } from "../../src/journal/load.ts";
import type { Journal } from "../../src/journal/model.ts";
import { buildSchedule } from "../../src/schedule/build.ts";
import type { Schedule, ScheduleItem, ScheduleOptions } from "../../src/schedule/types.ts";
import { tempJournal } from "../helpers.ts";

/** A Markdown file with YAML frontmatter, contact or event: the shared helper, by a neutral name. */
export { contact as md } from "../helpers.ts";

/**
 * Loads the files as a journal and checks they have no errors, so a typo in a fixture cannot pass
 * as a rule (warnings such as "business card" are fine: fixtures are deliberately thin).
 */
export async function journalOf(files: Record<string, string>): Promise<Journal> {
  const journal = await loadJournal(await tempJournal(files));
  expect(journal.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return journal;
}

export async function scheduleOf(
  files: Record<string, string>,
  options: ScheduleOptions,
): Promise<{ journal: Journal; schedule: Schedule }> {
  const journal = await journalOf(files);
  return { journal, schedule: buildSchedule(journal, options) };
}

/** The item about `subject` of `kind`; fails the test when there is none or more than one. */
export function itemOf(schedule: Schedule, subject: string, kind?: ScheduleItem["kind"]): ScheduleItem {
  const found = schedule.items.filter((i) => i.subject.id === subject && (!kind || i.kind === kind));
  expect(found.map((i) => i.id)).toHaveLength(1);
  return found[0]!;
}

/** `[due, kind, subject]` of every item, in schedule order: the whole schedule at a glance. */
export function outline(schedule: Schedule): string[][] {
  return schedule.items.map((i) => [i.due, i.kind, i.subject.id]);
}
