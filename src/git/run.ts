/**
 * Runs git for Rapport: always `git -C <dir>`, output captured as bytes, stderr kept for messages
 * and never shown, and settings that would change what git prints (colour, signatures, quoted
 * paths) switched off, so that a person's git configuration cannot break the parsing.
 */
import { spawn } from "node:child_process";

export interface GitResult {
  /** The exit code; -1 when git could not be started (not installed). */
  readonly code: number;
  readonly stdout: Buffer;
  readonly stderr: string;
}

const CONFIG = ["-c", "core.quotePath=false", "-c", "log.showSignature=false", "-c", "color.ui=false"];

/** Runs git in `dir`; never throws for a failing git, the caller reads `code`. */
export function git(dir: string, args: readonly string[], env: Record<string, string> = {}): Promise<GitResult> {
  return new Promise((resolve) => {
    const child = spawn("git", ["-C", dir, ...CONFIG, ...args], {
      // Read-only commands must not take the index lock a running editor or git may hold.
      env: { ...process.env, GIT_OPTIONAL_LOCKS: "0", GIT_TERMINAL_PROMPT: "0", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
    child.on("error", () => resolve({ code: -1, stdout: Buffer.alloc(0), stderr: "git is not installed" }));
    child.on("close", (code) =>
      resolve({ code: code ?? -1, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString("utf8").trim() }),
    );
  });
}

/** The first line git wrote to stderr, for a one-line error message. */
export function firstLine(result: GitResult): string {
  return (result.stderr.split("\n").find((l) => l.trim()) ?? `git exited with ${result.code}`).replace(
    /^(fatal|error): /,
    "",
  );
}
