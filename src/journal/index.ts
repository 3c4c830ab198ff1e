export * from "./model.ts";
export { loadJournal, readJournal, journalFromSources, JournalUnreadable } from "./load.ts";
export { parseFile } from "./parse-file.ts";
export { resolveJournal, sortDiagnostics } from "./resolve.ts";
export { lintJournal } from "./lint.ts";
export { DEFAULT_SETTINGS, parseSettings } from "./settings.ts";
export { matchesGoal, matchesCriteria, GOAL_KEYS, type Criteria, type GoalKey } from "./match.ts";
export { followupDay, lastDay } from "./event-days.ts";
