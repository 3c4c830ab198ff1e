/**
 * Where a journal's parse cache lives. Never anywhere git would see: a cache file committed or
 * synced with the journal would be noise at best and stale at worst, and a read-only command must
 * not change what `git status` shows.
 *
 * 1. The journal's `.gitignore` lists `.rapport-cache`: `<journal>/.rapport-cache/`.
 * 2. Else the journal folder is a git repository: `<git dir>/rapport-cache/` (git never tracks
 *    its own folder, so nothing appears in the working tree at all).
 * 3. Else there is no disk cache: nothing would keep a folder in the journal out of a commit or a
 *    sync, so Rapport does not create one (the person's `.gitignore` is never edited for them).
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

export const CACHE_FOLDER = ".rapport-cache";

/** A `.gitignore` line that ignores the cache folder at the journal root. */
const IGNORES_CACHE = /^\/?\.rapport-cache\/?(?:\*\*?)?$/;

export function cacheDirFor(journalDir: string): string | undefined {
  const dir = path.resolve(journalDir);
  if (gitignoreListsCache(dir)) return path.join(dir, CACHE_FOLDER);
  const gitDir = gitDirOf(dir);
  return gitDir ? path.join(gitDir, "rapport-cache") : undefined;
}

function gitignoreListsCache(dir: string): boolean {
  let text: string;
  try {
    text = readFileSync(path.join(dir, ".gitignore"), "utf8");
  } catch {
    return false;
  }
  return text.split(/\r?\n/).some((line) => IGNORES_CACHE.test(line.trim()));
}

/** The git directory of a repository whose working tree is `dir`: `.git`, or where a `.git` file (worktree, submodule) points. */
function gitDirOf(dir: string): string | undefined {
  const dotGit = path.join(dir, ".git");
  const info = statSync(dotGit, { throwIfNoEntry: false });
  if (info?.isDirectory()) return dotGit;
  if (!info?.isFile()) return undefined;
  const m = /^gitdir:\s*(.+?)\s*$/m.exec(readFileSync(dotGit, "utf8"));
  if (!m) return undefined;
  const target = path.resolve(dir, m[1]!);
  return existsSync(target) ? target : undefined;
}
