/**
 * The one `git log` pass over the journal, and what state the repository is in. Every unusual
 * state (no repository, no commits yet, a shallow clone, git not installed) gives an empty or
 * partial log, never an error or a line on stderr.
 */
import type { History } from "../journal/model.ts";
import { LOG_FORMAT, parseLog, type Commit } from "./parse-log.ts";
import { git } from "./run.ts";

export interface Log {
  readonly state: History["state"];
  /** Newest first. */
  readonly commits: readonly Commit[];
}

/**
 * `--relative` limits the file lists to the journal folder when it is a subfolder of a larger
 * repository, with paths relative to it, but keeps every commit: a commit that changes no file
 * (`git commit --allow-empty -m "Coffee with Jane" -m "Touch: jane-doe"`) still counts.
 */
export const LOG_ARGS = [
  "log",
  "-z",
  "--name-status",
  "-M",
  "--root",
  "--relative",
  "--no-color",
  `--format=${LOG_FORMAT}`,
];

export async function readLog(dir: string): Promise<Log> {
  // Both run at once; the log simply fails when the state check finds nothing to read.
  // `rev-parse` exits 128 outside a repository and 1 when HEAD has no commit yet.
  const [state, log] = await Promise.all([
    git(dir, ["rev-parse", "--is-shallow-repository", "--verify", "-q", "HEAD^{commit}"]),
    git(dir, [...LOG_ARGS, "HEAD", "--"]),
  ]);
  if (state.code === 1) return { state: "no-commits", commits: [] };
  if (state.code !== 0 || log.code !== 0) return { state: "not-a-repository", commits: [] };
  const shallow = state.stdout.toString("utf8").startsWith("true");
  return { state: shallow ? "shallow" : "ok", commits: parseLog(log.stdout.toString("utf8")) };
}
