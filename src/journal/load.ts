/**
 * The I/O edge of the journal: finds and reads the files, then hands their text to the pure parser
 * and resolver. It only ever reads.
 */
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { historyFrom, withHistory } from "../git/history.ts";
import { readLog } from "../git/log.ts";
import type { Diagnostic, Journal, Settings } from "./model.ts";
import { parseFile } from "./parse-file.ts";
import { resolveJournal } from "./resolve.ts";
import { DEFAULT_SETTINGS, parseSettings, SETTINGS_FILES } from "./settings.ts";

/** The journal folder itself cannot be read: the CLI exits with 2. */
export class JournalUnreadable extends Error {
  override readonly name = "JournalUnreadable";
}

export const JOURNAL_FOLDERS = ["contacts", "events"] as const;

export interface SourceFile {
  /** Relative to the journal root, with `/`. */
  readonly file: string;
  readonly text: string;
}

export interface JournalSources {
  readonly dir: string;
  readonly markdown: readonly SourceFile[];
  readonly settings?: SourceFile;
  /** Problems met while reading: unreadable files, files that are not Markdown or not UTF-8. */
  readonly diagnostics: readonly Diagnostic[];
}

const utf8 = new TextDecoder("utf-8", { fatal: true });
const lenient = new TextDecoder("utf-8");

export interface LoadOptions {
  /** Also read each file's revisions and the `Touch:` trailers from git (one `git log` pass, run while the files are read). */
  readonly history?: boolean;
}

export async function loadJournal(dir: string, options: LoadOptions = {}): Promise<Journal> {
  if (!options.history) return journalFromSources(await readJournal(dir));
  const [sources, log] = await Promise.all([readJournal(dir), readLog(path.resolve(dir))]);
  const journal = journalFromSources(sources);
  return withHistory(journal, historyFrom(log, journal.files, journal.contacts));
}

/** Parses and resolves what `readJournal` read. Pure. */
export function journalFromSources(sources: JournalSources): Journal {
  const diagnostics = [...sources.diagnostics];
  let settings: Settings = DEFAULT_SETTINGS;
  if (sources.settings) {
    const parsed = parseSettings(sources.settings.file, sources.settings.text);
    settings = parsed.settings;
    diagnostics.push(...parsed.diagnostics);
  }
  return resolveJournal({
    dir: sources.dir,
    settings,
    parsed: sources.markdown.map((f) => parseFile(f.file, f.text)),
    diagnostics,
    files: sources.markdown.map((f) => f.file),
  });
}

export async function readJournal(dirArg: string): Promise<JournalSources> {
  const dir = path.resolve(dirArg);
  const info = await stat(dir).catch(() => undefined);
  if (!info?.isDirectory())
    throw new JournalUnreadable(`cannot read the journal folder ${dirArg}: it does not exist or is not a folder`);

  const diagnostics: Diagnostic[] = [];
  const paths: string[] = [];
  let found = 0;
  for (const folder of JOURNAL_FOLDERS) {
    const listed = await listFiles(dir, folder);
    if (listed === undefined) continue;
    found++;
    for (const file of listed) {
      if (/\.md$/i.test(file)) paths.push(file);
      else {
        diagnostics.push({
          file,
          line: 1,
          column: 1,
          severity: "warning",
          code: "not-markdown",
          message: "not a Markdown file: Rapport reads only .md files here",
          hint: `rename it to .md if it is a${folder === "events" ? "n event" : " contact"}, or move it out of ${folder}/`,
        });
      }
    }
  }
  if (found === 0) {
    throw new JournalUnreadable(
      `no journal in ${dirArg}: expected a contacts/ or events/ folder (pass --dir or set RAPPORT_DIR)`,
    );
  }

  paths.sort();
  const markdown: SourceFile[] = [];
  await Promise.all(
    paths.map(async (file, i) => {
      const text = await readText(dir, file, diagnostics);
      if (text !== undefined) markdown[i] = { file, text };
    }),
  );

  let settings: SourceFile | undefined;
  for (const name of SETTINGS_FILES) {
    const text = await readText(dir, name, diagnostics, true);
    if (text !== undefined) {
      settings = { file: name, text };
      break;
    }
  }
  return { dir, markdown: markdown.filter(Boolean), ...(settings ? { settings } : {}), diagnostics };
}

/** Every file below `dir/folder`, relative to `dir`, skipping hidden files and folders (.obsidian, .DS_Store). */
async function listFiles(dir: string, folder: string): Promise<string[] | undefined> {
  const root = path.join(dir, folder);
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => undefined);
  if (!entries) return undefined;
  const files: string[] = [];
  for (const entry of entries) {
    const rel = path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/");
    if (rel.split("/").some((part) => part.startsWith("."))) continue;
    // A link is listed unless it points at a folder, so a broken one is reported when it is read, not skipped.
    if (
      entry.isFile() ||
      (entry.isSymbolicLink() && !(await stat(path.join(dir, rel)).catch(() => undefined))?.isDirectory())
    ) {
      // The path stays as the disk spells it (macOS may use NFD), so it can be read and opened; ids are NFC.
      files.push(rel);
    }
  }
  return files;
}

async function readText(
  dir: string,
  file: string,
  diagnostics: Diagnostic[],
  optional = false,
): Promise<string | undefined> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path.join(dir, file));
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
  try {
    return utf8.decode(bytes);
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
    return lenient.decode(bytes);
  }
}
