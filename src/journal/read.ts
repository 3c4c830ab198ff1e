/**
 * Reading journal files from disk: listing a folder as the loader sees it, the bytes of a file,
 * its text as UTF-8, and the problems met on the way as diagnostics. Shared by the loader and
 * watch mode, so that both see exactly the same files.
 */
import { readdirSync, readFileSync, realpathSync, statSync, type Dirent, type Stats } from "node:fs";
import path from "node:path";
import type { Diagnostic } from "./model.ts";

const utf8 = new TextDecoder("utf-8", { fatal: true });
const lenient = new TextDecoder("utf-8");

export function isMarkdown(file: string): boolean {
  return /\.md$/i.test(file);
}

/** A file in contacts/ or events/ that is not Markdown. */
export function notMarkdown(file: string): Diagnostic {
  const folder = file.slice(0, file.indexOf("/"));
  return {
    file,
    line: 1,
    column: 1,
    severity: "warning",
    code: "not-markdown",
    message: "not a Markdown file: Rapport reads only .md files here",
    hint: `rename it to .md if it is a${folder === "events" ? "n event" : " contact"}, or move it out of ${folder}/`,
  };
}

/** Every file below `dir/folder`, relative to `dir`, skipping hidden files and folders (.obsidian, .DS_Store). */
export function listFiles(dir: string, folder: string): string[] | undefined {
  const root = path.relative(dir, path.join(dir, folder)).split(path.sep).join("/");
  const hidden = root.split("/").some((part) => part.startsWith("."));
  const files: string[] = [];
  // The real folders being walked: a link back to one of them is a circle, and is not followed.
  const walking = new Set<string>();
  // One folder at a time rather than readdirSync's `recursive`, which stats every entry again in
  // JavaScript and took five times as long for a folder of 10 000 contacts.
  const walk = (rel: string): boolean => {
    const real = realFolder(path.join(dir, rel));
    if (real !== undefined && walking.has(real)) return true;
    let entries: Dirent[];
    try {
      entries = readdirSync(path.join(dir, rel), { withFileTypes: true });
    } catch {
      return false;
    }
    if (hidden) return true;
    if (real !== undefined) walking.add(real);
    for (const entry of entries) {
      if (entry.name.startsWith(".")) continue;
      const file = `${rel}/${entry.name}`;
      // A link to a folder is followed, as readdirSync's `recursive` does; any other link is listed,
      // so a broken one is reported when it is read, not skipped.
      if (entry.isDirectory() || (entry.isSymbolicLink() && isFolder(path.join(dir, file)))) walk(file);
      // The path stays as the disk spells it (macOS may use NFD), so it can be read and opened; ids are NFC.
      else if (entry.isFile() || entry.isSymbolicLink()) files.push(file);
    }
    if (real !== undefined) walking.delete(real);
    return true;
  };
  return walk(root) ? files : undefined;
}

function realFolder(at: string): string | undefined {
  try {
    return realpathSync(at);
  } catch {
    return undefined;
  }
}

/** Whether a link leads to a folder; a link that leads nowhere (or round in a circle) does not. */
function isFolder(at: string): boolean {
  return statOf(at)?.isDirectory() ?? false;
}

/**
 * What `stat` says of a path, or undefined when it cannot say: missing, a link round in a circle
 * (ELOOP), no permission. Such a file is then read, and its read reports the problem where it is.
 */
export function statOf(at: string): Stats | undefined {
  try {
    return statSync(at, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

/** What to do about a file that cannot be read, by the reason the system gives. */
const HINTS: Record<string, string> = {
  ENOENT: "it is a link to a file that does not exist: fix or remove the link",
  ELOOP: "it is a link that leads round in a circle: point it at a file, or remove it",
  EISDIR: "it is a folder: Rapport expects a file here",
};

export function readBytes(dir: string, file: string, diagnostics: Diagnostic[], optional = false): Buffer | undefined {
  try {
    return readFileSync(path.join(dir, file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (optional && code === "ENOENT") return undefined;
    diagnostics.push({
      file,
      line: 1,
      column: 1,
      severity: "error",
      code: "unreadable",
      message: `cannot read the file (${code ?? String(error)})`,
      hint: HINTS[code ?? ""] ?? "check its permissions",
    });
    return undefined;
  }
}

export function decodeText(
  file: string,
  bytes: Uint8Array,
  diagnostics: Diagnostic[],
): { text: string; valid: boolean } {
  try {
    return { text: utf8.decode(bytes), valid: true };
  } catch {
    diagnostics.push({
      file,
      line: 1,
      column: 1,
      severity: "error",
      code: "not-utf8",
      message: "the file is not valid UTF-8",
      hint: "save it as UTF-8 in your editor",
    });
    return { text: lenient.decode(bytes), valid: false };
  }
}
