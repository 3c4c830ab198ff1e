/**
 * A write is one edit: remove `remove` characters at `offset` and insert `insert`. Computing it is
 * pure; applying it at byte level (file.ts) leaves every other byte of the file exactly as it was.
 */

export interface Edit {
  /** UTF-16 offset in the file's text, byte order mark included. */
  readonly offset: number;
  readonly remove: number;
  readonly insert: string;
}

/** What a pure planner returns: the edit and where it lands, or why it refuses. */
export type Plan<T = object> = ({ readonly ok: true; readonly edit: Edit; readonly line: number } & T) | Refusal;

/** Why a write will not happen: nothing matches, more than one thing does, or writing could damage the file. */
export interface Refusal {
  readonly ok: false;
  readonly code: "not-found" | "ambiguous" | "unsafe" | "exists";
  readonly message: string;
  /** The candidates to choose from, one line each, when there is a choice to make. */
  readonly choices?: readonly string[];
}

export function refuse(code: Refusal["code"], message: string, choices?: readonly string[]): Refusal {
  return choices ? { ok: false, code, message, choices } : { ok: false, code, message };
}

export function applyEdit(text: string, edit: Edit): string {
  return text.slice(0, edit.offset) + edit.insert + text.slice(edit.offset + edit.remove);
}

/** The file's line ending, by its first line break; a one-line file gets `\n`. */
export function eolOf(text: string): "\n" | "\r\n" {
  const i = text.indexOf("\n");
  return i > 0 && text[i - 1] === "\r" ? "\r\n" : "\n";
}

/** Offset of the start of the line holding `offset`. */
export function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf("\n", offset - 1) + 1;
}

/** Offset of the end of the line holding `offset`, before its line break (`\n` or `\r\n`). */
export function lineEndOf(text: string, offset: number): number {
  const i = text.indexOf("\n", offset);
  if (i === -1) return text.length;
  return i > 0 && text[i - 1] === "\r" ? i - 1 : i;
}

/** 1-based line number of `offset`. */
export function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return line;
}
