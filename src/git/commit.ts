/**
 * Committing the one file a command wrote, with a message that reads as a log line. `--only` takes
 * that file's content from the working tree and leaves everything else the person has staged
 * staged and uncommitted.
 */
import { access } from "node:fs/promises";
import path from "node:path";
import { firstLine, git } from "./run.ts";

/** Why the file cannot be committed cleanly, checked before anything is written; undefined when it can. */
export async function cannotCommit(dir: string, file: string): Promise<string | undefined> {
  const inside = await git(dir, ["rev-parse", "--is-inside-work-tree"]);
  if (inside.code !== 0 || inside.stdout.toString().trim() !== "true") return "the journal is not in a git repository";
  const busy = ["MERGE_HEAD", "CHERRY_PICK_HEAD", "REVERT_HEAD", "rebase-merge", "rebase-apply"];
  const paths = await git(dir, ["rev-parse", ...busy.flatMap((p) => ["--git-path", p])]);
  const found = await Promise.all(
    paths.stdout
      .toString()
      .split("\n")
      .filter(Boolean)
      .map((p) =>
        access(path.resolve(dir, p)).then(
          () => true,
          () => false,
        ),
      ),
  );
  if (found.some(Boolean)) return "a merge, rebase, cherry-pick or revert is in progress; finish it first";
  const status = await git(dir, ["status", "--porcelain=v1", "-z", "--untracked-files=all", "--", file]);
  if (status.code !== 0) return firstLine(status);
  // Committing the file would take these changes along under a message that does not describe them.
  if (status.stdout.length > 0)
    return `${file} has changes that are not committed; commit them first, or leave out --commit`;
  return undefined;
}

export interface Committed {
  readonly ok: true;
  /** The short hash of the new commit. */
  readonly commit: string;
}

/** Commits `file` alone; a new file is added first (and unstaged again if the commit fails). */
export async function commitFile(
  dir: string,
  file: string,
  message: string,
  isNew: boolean,
): Promise<Committed | { ok: false; reason: string }> {
  if (isNew) {
    const added = await git(dir, ["add", "--", file]);
    if (added.code !== 0) return { ok: false, reason: firstLine(added) };
  }
  const result = await git(dir, ["commit", "--quiet", "--only", "-m", message, "--", file]);
  if (result.code !== 0) {
    if (isNew) await git(dir, ["rm", "--cached", "--quiet", "--ignore-unmatch", "--", file]);
    return { ok: false, reason: firstLine(result) };
  }
  const head = await git(dir, ["rev-parse", "--short", "HEAD"]);
  return { ok: true, commit: head.stdout.toString().trim() };
}
