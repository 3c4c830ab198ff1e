/** Real git repositories for tests: fixed names and dates, so hashes and dates are the same every run. */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { writeFiles } from "../helpers.ts";

const run = promisify(execFile);

/** Runs git in `dir` and returns its stdout; a failing git fails the test. */
export async function git(dir: string, args: readonly string[], date = "2026-01-01"): Promise<string> {
  const at = `${date}T12:00:00+01:00`;
  const { stdout } = await run("git", ["-C", dir, ...args], {
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: "Alex Berger",
      GIT_AUTHOR_EMAIL: "alex@example.org",
      GIT_COMMITTER_NAME: "Alex Berger",
      GIT_COMMITTER_EMAIL: "alex@example.org",
      GIT_AUTHOR_DATE: at,
      GIT_COMMITTER_DATE: at,
      GIT_CONFIG_NOSYSTEM: "1",
    },
  });
  return stdout;
}

/** `git init` with a local identity (the CLI's own commits use it) and no signing. */
export async function initRepo(dir: string): Promise<void> {
  await git(dir, ["init", "-q", "-b", "main"]);
  await git(dir, ["config", "user.name", "Alex Berger"]);
  await git(dir, ["config", "user.email", "alex@example.org"]);
  await git(dir, ["config", "commit.gpgsign", "false"]);
}

/** Writes `files`, stages everything and commits on `date`; returns the full hash. */
export async function commit(
  dir: string,
  date: string,
  message: string,
  files: Record<string, string> = {},
): Promise<string> {
  await writeFiles(dir, files);
  await git(dir, ["add", "-A"]);
  await git(dir, ["commit", "-q", "--allow-empty", "-m", message], date);
  return (await git(dir, ["rev-parse", "HEAD"])).trim();
}
