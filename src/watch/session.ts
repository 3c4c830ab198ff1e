/**
 * A journal kept in memory and brought up to date file by file: the parsed files stay, a changed
 * path is read and parsed again alone (an added, deleted or renamed file, or a whole folder, is
 * reconciled with the disk), and the resolver runs again over the parsed files, re-resolving only
 * the files that changed as long as no id, name or alias did. The result is always the model a
 * fresh `loadJournal` would give (the tests check exactly that).
 */
import { hash } from "node:crypto";
import { lstatSync } from "node:fs";
import path from "node:path";
import { stampOf, type ParseCache } from "../cache/store.ts";
import { historyFrom, withHistory } from "../git/history.ts";
import { assembleJournal } from "../journal/assemble.ts";
import { readLog } from "../git/log.ts";
import { journalFromParsed } from "../journal/from-parsed.ts";
import { JOURNAL_FOLDERS, readParsed, type LoadOptions, type LoadStats, type SourceFile } from "../journal/load.ts";
import type { Diagnostic, Journal } from "../journal/model.ts";
import { compare } from "../journal/order.ts";
import { parseFile, type ParsedFile } from "../journal/parse-file.ts";
import { decodeText, isMarkdown, listFiles, notMarkdown, readBytes, statOf } from "../journal/read.ts";
import { resolveMemo } from "../journal/resolve.ts";
import { SETTINGS_FILES } from "../journal/settings.ts";
import { patchJournal } from "./patch-model.ts";
import { NameIndex, resolveAlone, sameNames } from "./resolve-alone.ts";

/** How the last update made the model: the saved files resolved alone, the previous model patched, or whole. */
export type ModelUpdate = "alone" | "patched" | "whole";

export class JournalSession {
  readonly dir: string;
  /** How the first load went. */
  readonly stats: LoadStats;
  private readonly history: boolean;
  private readonly parsed = new Map<string, ParsedFile>();
  /** The parsed files' paths in order, kept until a file comes or goes (sorting 10 000 paths costs ms). */
  private sorted: string[] | undefined;
  /** Problems met while listing and reading, by path: not Markdown, unreadable, not UTF-8. */
  private readonly problems = new Map<string, Diagnostic[]>();
  private settings: SourceFile | undefined;
  private readonly memo = resolveMemo();
  private readonly cache: ParseCache | undefined;
  private current: Journal;
  /** Every file's lower-case id and names, kept for resolving a saved file alone. */
  private readonly names = new NameIndex();
  private how: ModelUpdate = "whole";

  private constructor(
    dir: string,
    loaded: Awaited<ReturnType<typeof readParsed>>,
    history: Awaited<ReturnType<typeof readLog>> | undefined,
  ) {
    this.dir = dir;
    this.stats = loaded.stats;
    this.history = history !== undefined;
    this.cache = loaded.cache;
    for (const file of loaded.parsed) {
      this.parsed.set(file.file, file);
      this.names.set(file);
    }
    for (const d of loaded.diagnostics) push(this.problems, d.file, d);
    this.settings = loaded.settings;
    this.current = this.rebuild(history);
    // From now on a save that changes a few records patches the model it had (history is read
    // again on every update, so a model with history is assembled whole).
    this.memo.assemble = (parts) => {
      const patched = this.history ? undefined : patchJournal(this.current, parts);
      this.how = patched ? "patched" : "whole";
      return patched ?? assembleJournal(parts);
    };
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

  /** How the last update made the model. */
  get lastUpdate(): ModelUpdate {
    return this.how;
  }

  /**
   * Reads the changed paths (relative to the journal, `/` or the platform's separator) again and
   * rebuilds the model; with history, git's log is read again too (a commit may be what changed).
   */
  async update(changed: readonly string[]): Promise<Journal> {
    const log = this.history ? readLog(this.dir) : undefined;
    const paths = [...new Set(changed.map((file) => file.split(path.sep).join("/")))];
    const before = new Map(paths.map((file) => [file, this.parsed.get(file)]));
    for (const file of paths) this.reconcile(file);
    const alone = log ? undefined : this.resolveSaved(before);
    this.how = alone ? "alone" : this.how;
    this.current = alone ?? this.rebuild(await log);
    return this.current;
  }

  /**
   * The common save: files that were and are contacts or events, read without problems, under the
   * same id and names. They are resolved alone and put into the model; else undefined.
   */
  private resolveSaved(before: ReadonlyMap<string, ParsedFile | undefined>): Journal | undefined {
    const saved: ParsedFile[] = [];
    for (const [file, was] of before) {
      const now = this.parsed.get(file);
      if (!was || !now || this.problems.has(file) || !sameNames(was, now)) return undefined;
      saved.push(now);
    }
    return saved.length ? resolveAlone(this.current, saved, this.parsed, this.names) : undefined;
  }

  private rebuild(log: Awaited<ReturnType<typeof readLog>> | undefined): Journal {
    const files = (this.sorted ??= [...this.parsed.keys()].sort(compare));
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
    const target = link?.isSymbolicLink() ? statOf(full) : link;
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
      if (this.parsed.delete(file)) this.sorted = undefined;
      this.names.delete(file);
      this.problems.delete(file);
    }
  }

  private readFile(file: string): void {
    const known = this.parsed.delete(file);
    this.names.delete(file);
    this.problems.delete(file);
    const problems: Diagnostic[] = [];
    if (!isMarkdown(file)) problems.push(notMarkdown(file));
    else {
      const stats = statOf(path.join(this.dir, file));
      const bytes = readBytes(this.dir, file, problems);
      if (bytes) {
        const { text, valid } = decodeText(file, bytes, problems);
        const parsed = parseFile(file, text);
        this.parsed.set(file, parsed);
        this.names.set(parsed);
        // Kept in the cache too, so the next command after the watch starts warm.
        if (valid && stats?.isFile()) this.cache?.put(file, hash("sha1", bytes), stampOf(stats), parsed);
      }
    }
    if (problems.length) this.problems.set(file, problems);
    if (known !== this.parsed.has(file)) this.sorted = undefined;
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
