/** A journal's history from git: each file's revisions and the touches logged in commit trailers. */
import { deepFreeze } from "../core/freeze.ts";
import type { Contact, History, Journal } from "../journal/model.ts";
import { readLog, type Log } from "./log.ts";
import { revisionsOf } from "./revisions.ts";
import { touchesFrom } from "./trailers.ts";

/** Reads the history of `files` (journal paths) with one `git log` pass. */
export async function readHistory(
  dir: string,
  files: readonly string[],
  contacts: readonly Contact[] = [],
): Promise<History> {
  return historyFrom(await readLog(dir), files, contacts);
}

/** Pure: the history of `files` from a log read earlier (so the log can run while the files are read). */
export function historyFrom(log: Log, files: readonly string[], contacts: readonly Contact[]): History {
  return { state: log.state, revisions: revisionsOf(log.commits, files), touches: touchesFrom(log.commits, contacts) };
}

/** The journal with its history attached; the journal itself stays as loaded. */
export function withHistory(journal: Journal, history: History): Journal {
  return deepFreeze({ ...journal, history });
}

/** The day a file was last changed in a commit, if it ever was. */
export function lastEdited(history: History | undefined, file: string): string | undefined {
  return history?.revisions.get(file)?.[0]?.date;
}
