/** Test helpers: real journals in temporary folders and the real CLI, run in-process. */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { onTestFinished } from "vitest";
import { run } from "../src/cli/main.ts";
import type { Io } from "../src/cli/io.ts";

/** The repository root, which holds the example journal. */
export const ROOT = path.resolve(import.meta.dirname, "..");

/**
 * Writes `files` (path relative to the journal → exact content, string or bytes) into a fresh
 * temporary folder that is removed when the test ends, and returns its path.
 */
export async function tempJournal(files: Record<string, string | Uint8Array>): Promise<string> {
  const dir = await tempFolder();
  await writeFiles(dir, files);
  return dir;
}

/** A fresh empty folder in `parent` (the system's temporary folder by default), removed when the test ends. */
export async function tempFolder(parent: string = tmpdir()): Promise<string> {
  const dir = await mkdtemp(path.join(parent, "rapport-test-"));
  onTestFinished(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

export async function writeFiles(dir: string, files: Record<string, string | Uint8Array>): Promise<void> {
  for (const [file, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), content);
  }
}

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `rapport …args` in-process, as if in `cwd`, with no TTY (so no colour) unless `tty` is set. */
export async function rapport(
  args: readonly string[],
  options: { cwd?: string; env?: Record<string, string | undefined>; tty?: boolean } = {},
): Promise<CliResult> {
  let stdout = "";
  let stderr = "";
  const io: Io = {
    cwd: options.cwd ?? ROOT,
    env: options.env ?? {},
    isTTY: options.tty ?? false,
    out: (text) => void (stdout += text.endsWith("\n") ? text : `${text}\n`),
    err: (text) => void (stderr += text.endsWith("\n") ? text : `${text}\n`),
  };
  const code = await run(args, io);
  return { code, stdout, stderr };
}

/** A contact file with the given frontmatter lines and body. */
export function contact(frontmatter: string, body = ""): string {
  return `---\n${frontmatter.trim()}\n---\n${body}`;
}

/**
 * The environment a person's shell would have: without vitest's variables (under which Vite keeps
 * the process alive, and colour may be forced), and with NO_COLOR so the output can be compared.
 */
export function userEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith("VITEST") && !["NODE_ENV", "TEST", "FORCE_COLOR"].includes(key)) env[key] = value;
  }
  env["NO_COLOR"] = "1";
  return env;
}
