/**
 * A journal kept in memory and brought up to date file by file: the parsed files stay, a changed
 * path is read and parsed again alone (an added, deleted or renamed file, or a whole folder, is
 * reconciled with the disk), and the resolver runs again over the parsed files, re-resolving only
 * the files that changed as long as no id, name or alias did. The result is always the model a
 * fresh `loadJournal` would give (the tests check exactly that).
 */
import { hash } from "node:crypto";
import { lstatSync, statSync } from "node:fs";
import path from "node:path";
import { stampOf, type ParseCache } from "../cache/store.ts";
import { historyFrom, withHistory } from "../git/history.ts";
import { readLog } from "../git/log.ts";
import { journalFromParsed } from "../journal/from-parsed.ts";
import { JOURNAL_FOLDERS, readParsed, type LoadOptions, type LoadStats, type SourceFile } from "../journal/load.ts";
import type { Diagnostic, Journal } from "../journal/model.ts";
import { compare } from "../journal/order.ts";
import { parseFile, type ParsedFile } from "../journal/parse-file.ts";
import { decodeText, isMarkdown, listFiles, notMarkdown, readBytes } from "../journal/read.ts";
import { resolveMemo } from "../journal/resolve.ts";
import { SETTINGS_FILES } from "../journal/settings.ts";

export class JournalSession {
  readonly dir: string;
  /** How the first load went. */
  readonly stats: LoadStats;
  private readonly history: boolean;
  private readonly parsed = new Map<string, ParsedFile>();
  /** Problems met while listing and reading, by path: not Markdown, unreadable, not UTF-8. */
  private readonly problems = new Map<string, Diagnostic[]>();
  private settings: SourceFile | undefined;
  private readonly memo = resolveMemo();
  private readonly cache: ParseCache | undefined;
  private current: Journal;

  private constructor(
    dir: string,
    loaded: Awaited<ReturnType<typeof readParsed>>,
    history: Awaited<ReturnType<typeof readLog>> | undefined,
  ) {
    this.dir = dir;
    this.stats = loaded.stats;
    this.history = history !== undefined;
    this.cache = loaded.cache;
    for (const file of loaded.parsed) this.parsed.set(file.file, file);
    for (const d of loaded.diagnostics) push(this.problems, d.file, d);
    this.settings = loaded.settings;
    this.current = this.rebuild(history);
  }

  /** Loads the journal (through the cache and the workers, as `loadJournal` does). */
  static async open(dir: string, options: LoadOptions = {}): Promise<JournalSession> {
    const root = path.resolve(dir);
    const log = options.history ? readLog(root) : undefined;
    const loaded = await readParsed(root, options);
    return new JournalSession(root, loaded, await log);
  }

  get journal(): Journal {
    return this.current;
  }

  /**
   * Reads the changed paths (relative to the journal, `/` or the platform's separator) again and
   * rebuilds the model; with history, git's log is read again too (a commit may be what changed).
   */
  async update(changed: readonly string[]): Promise<Journal> {
    const log = this.history ? readLog(this.dir) : undefined;
    for (const file of changed) this.reconcile(file.split(path.sep).join("/"));
    this.current = this.rebuild(await log);
    return this.current;
  }

  private rebuild(log: Awaited<ReturnType<typeof readLog>> | undefined): Journal {
    const files = [...this.parsed.keys()].sort(compare);
    const diagnostics = [...this.problems.keys()].sort(compare).flatMap((file) => this.problems.get(file)!);
    const journal = journalFromParsed(
      {
        dir: this.dir,
        parsed: files.map((file) => this.parsed.get(file)!),
        ...(this.settings ? { settings: this.settings } : {}),
        diagnostics,
      },
      this.memo,
    );
    return log ? withHistory(journal, historyFrom(log, journal.files, journal.contacts)) : journal;
  }

  /** Brings one path in line with the disk: a file, a folder, or something that is gone. */
  private reconcile(file: string): void {
    if ((SETTINGS_FILES as readonly string[]).includes(file)) return this.readSettings();
    const top = file.split("/")[0]!;
    if (!(JOURNAL_FOLDERS as readonly string[]).includes(top) || file.split("/").some((p) => p.startsWith("."))) return;
    const full = path.join(this.dir, file);
    const link = lstatSync(full, { throwIfNoEntry: false });
    const target = link?.isSymbolicLink() ? statSync(full, { throwIfNoEntry: false }) : link;
    if (!link) return this.forget(file);
    if (target?.isDirectory()) {
      const present = new Set(listFiles(this.dir, file) ?? []);
      for (const known of this.knownUnder(file)) if (!present.has(known)) this.forget(known);
      for (const found of present) this.readFile(found);
      return;
    }
    this.readFile(file);
  }

  /** Known paths at or below `prefix`. */
  private knownUnder(prefix: string): string[] {
    const inside = (f: string) => f === prefix || f.startsWith(`${prefix}/`);
    return [...new Set([...this.parsed.keys(), ...this.problems.keys()])].filter(inside);
  }

  private forget(prefix: string): void {
    for (const file of this.knownUnder(prefix)) {
      this.parsed.delete(file);
      this.problems.delete(file);
    }
  }

  private readFile(file: string): void {
    this.parsed.delete(file);
    this.problems.delete(file);
    const problems: Diagnostic[] = [];
    if (!isMarkdown(file)) problems.push(notMarkdown(file));
    else {
      const stats = statSync(path.join(this.dir, file), { throwIfNoEntry: false });
      const bytes = readBytes(this.dir, file, problems);
      if (bytes) {
        const { text, valid } = decodeText(file, bytes, problems);
        const parsed = parseFile(file, text);
        this.parsed.set(file, parsed);
        // Kept in the cache too, so the next command after the watch starts warm.
        if (valid && stats?.isFile()) this.cache?.put(file, hash("sha1", bytes), stampOf(stats), parsed);
      }
    }
    if (problems.length) this.problems.set(file, problems);
    this.cache?.flush();
  }

  /** As the loader does: the first settings file that exists; problems with any on the way are kept. */
  private readSettings(): void {
    this.settings = undefined;
    for (const name of SETTINGS_FILES) this.problems.delete(name);
    for (const name of SETTINGS_FILES) {
      const problems: Diagnostic[] = [];
      const bytes = readBytes(this.dir, name, problems, true);
      const text = bytes ? decodeText(name, bytes, problems).text : undefined;
      if (problems.length) this.problems.set(name, problems);
      if (text !== undefined) {
        this.settings = { file: name, text };
        return;
      }
    }
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
