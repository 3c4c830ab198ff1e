/** What changed in a file since a commit: a unified diff from git, following a rename since then. */
import { git } from "./run.ts";

/**
 * The diff of `file` (today's path, as on disk, uncommitted edits included) against its content
 * at `base`, where it was `oldPath`; without a base, the whole file as new.
 */
export async function diffSince(dir: string, base: string | undefined, oldPath: string, file: string): Promise<string> {
  const args = base
    ? ["diff", "--no-color", "--no-ext-diff", "-M", "--relative", base, "--", ...new Set([oldPath, file])]
    : ["diff", "--no-color", "--no-ext-diff", "--no-index", "--", "/dev/null", file];
  const result = await git(dir, args);
  return result.stdout.toString("utf8");
}
