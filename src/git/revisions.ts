/**
 * Gives each journal file its revisions from the commits of one `git log` pass, following renames
 * backwards: walking from the newest commit, a rename `old → new` hands the file's identity from
 * `new` to `old`, and an addition ends it (an older file that once had the same path is another
 * file). Pure and linear in the number of changes.
 */
import type { Revision } from "../journal/model.ts";
import type { Commit } from "./parse-log.ts";

/** `commits` newest first, as git log prints them; `files` are today's paths. */
export function revisionsOf(commits: readonly Commit[], files: readonly string[]): Map<string, Revision[]> {
  // The path a file had at the point of history reached so far → the file's path today.
  const tracked = new Map<string, string>(files.map((f) => [f, f]));
  const revisions = new Map<string, Revision[]>();
  for (const commit of commits) {
    if (commit.changes.length === 0) continue;
    // Look every change up in the state after the commit first, then step back: inside one commit
    // `a → b` plus a new `a` must not mix the two files up.
    const ended: string[] = [];
    const renamed: [string, string][] = [];
    for (const change of commit.changes) {
      const file = tracked.get(change.path);
      if (file === undefined) continue;
      const revision: Revision = {
        commit: commit.hash,
        date: commit.date,
        author: commit.author,
        subject: commit.subject,
        path: change.path,
      };
      const list = revisions.get(file);
      if (list) list.push(revision);
      else revisions.set(file, [revision]);
      if (change.status === "R" && change.from !== undefined) {
        ended.push(change.path);
        renamed.push([change.from, file]);
      } else if (change.status === "A" || change.status === "C") ended.push(change.path);
    }
    for (const path of ended) tracked.delete(path);
    for (const [from, file] of renamed) tracked.set(from, file);
    if (tracked.size === 0) break;
  }
  return revisions;
}
