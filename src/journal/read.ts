/**
 * Reading journal files from disk: listing a folder as the loader sees it, the bytes of a file,
 * its text as UTF-8, and the problems met on the way as diagnostics. Shared by the loader and
 * watch mode, so that both see exactly the same files.
 */
import { readdirSync, readFileSync, statSync, type Dirent } from "node:fs";
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
  let entries: Dirent[];
  try {
    entries = readdirSync(path.join(dir, folder), { recursive: true, withFileTypes: true });
  } catch {
    return undefined;
  }
  const files: string[] = [];
  // The folder below `folder` of each entry, as a relative path with `/`, worked out once per folder.
  const prefixes = new Map<string, string | null>();
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    let prefix = prefixes.get(entry.parentPath);
    if (prefix === undefined) {
      const rel = path.relative(dir, entry.parentPath).split(path.sep).join("/");
      prefix = rel.split("/").some((part) => part.startsWith(".")) ? null : `${rel}/`;
      prefixes.set(entry.parentPath, prefix);
    }
    if (prefix === null) continue;
    const rel = prefix + entry.name;
    // A link is listed unless it points at a folder, so a broken one is reported when it is read, not skipped.
    if (
      entry.isFile() ||
      (entry.isSymbolicLink() && !statSync(path.join(dir, rel), { throwIfNoEntry: false })?.isDirectory())
    ) {
      // The path stays as the disk spells it (macOS may use NFD), so it can be read and opened; ids are NFC.
      files.push(rel);
    }
  }
  return files;
}

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
      hint:
        code === "ENOENT"
          ? "it is a link to a file that does not exist: fix or remove the link"
          : "check its permissions",
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
