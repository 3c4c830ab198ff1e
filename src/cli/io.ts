/** What a command may touch of the outside world; the real process in `bin/`, a recorder in tests. */
export interface Io {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Whether standard output is a terminal (colour is only ever used there). */
  readonly isTTY: boolean;
  out(text: string): void;
  err(text: string): void;
}

export function processIo(): Io {
  return {
    cwd: process.cwd(),
    env: process.env,
    isTTY: Boolean(process.stdout.isTTY),
    out: (text) => process.stdout.write(text.endsWith("\n") ? text : `${text}\n`),
    err: (text) => process.stderr.write(text.endsWith("\n") ? text : `${text}\n`),
  };
}

/** Exit codes scripts can rely on. */
export const EXIT = {
  ok: 0,
  /** The report found what it looks for: errors in the journal, nothing matching. */
  findings: 1,
  /** Usage error, or the journal folder cannot be read. */
  failure: 2,
} as const;

/** A failure to report as one line on stderr with exit code 2, never a stack trace. */
export class CliError extends Error {
  override readonly name = "CliError";
  readonly exitCode: number;
  constructor(message: string, exitCode: number = EXIT.failure) {
    super(message);
    this.exitCode = exitCode;
  }
}
