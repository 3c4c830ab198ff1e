/**
 * Parses the output of the one `git log` pass (see LOG_FORMAT): NUL-separated, so any path —
 * spaces, Unicode, even newlines — comes through as written. Pure.
 */
import type { IsoDate } from "../core/date.ts";

/** One file change in a commit, as `--name-status` reports it. */
export interface Change {
  /** A, M, D, T, R (renamed) or C (copied). */
  readonly status: string;
  readonly path: string;
  /** The path before a rename or copy. */
  readonly from?: string;
}

export interface Commit {
  readonly hash: string;
  /** The author's calendar day, in the author's own time zone. */
  readonly date: IsoDate;
  readonly author: string;
  readonly subject: string;
  /** Values of `Touch:` trailers, as written. */
  readonly touches: readonly string[];
  readonly changes: readonly Change[];
}

/** Starts every commit's header; a status token (`M`, `R100`) can never look like it. */
const MARK = "\u001erapport-commit";
/** Separates several trailer values inside one field. */
const TRAILER_SEPARATOR = "\u001f";

/** The `--format` for `git log -z`: the mark, then hash, author date, author, subject and trailers, one field each. */
export const LOG_FORMAT = `${MARK.replace("\u001e", "%x1e")}%x00%H%x00%aI%x00%an%x00%s%x00%(trailers:key=Touch,valueonly,unfold,separator=%x1f)%x00`;

const FIELDS = 5;

export function parseLog(output: string): Commit[] {
  const tokens = output.split("\0");
  const commits: Commit[] = [];
  let current: ({ changes: Change[] } & Omit<Commit, "changes">) | undefined;
  let i = 0;
  while (i < tokens.length) {
    // git puts a newline between a header and its file list; a commit without changes has none.
    const raw = tokens[i]!;
    const token = raw.charCodeAt(0) === 10 ? raw.replace(/^\n+/, "") : raw;
    i++;
    if (token === "") continue;
    if (token === MARK) {
      const [hash = "", date = "", author = "", subject = "", trailers = ""] = tokens.slice(i, i + FIELDS);
      i += FIELDS;
      current = {
        hash,
        date: date.slice(0, 10),
        author,
        subject,
        touches: trailers
          .split(TRAILER_SEPARATOR)
          .map((t) => t.trim())
          .filter(Boolean),
        changes: [],
      };
      commits.push(current);
      continue;
    }
    const status = token.charAt(0);
    if (status === "R" || status === "C") {
      const from = tokens[i] ?? "";
      const path = tokens[i + 1] ?? "";
      i += 2;
      current?.changes.push({ status, path: nfc(path), from: nfc(from) });
    } else {
      current?.changes.push({ status, path: nfc(tokens[i] ?? "") });
      i++;
    }
  }
  return commits;
}

/** Journal paths are NFC (see load.ts); git on macOS may have stored them decomposed. */
function nfc(path: string): string {
  return /[^\x00-\x7f]/.test(path) ? path.normalize("NFC") : path;
}
