/**
 * Resolving the saved files without the whole journal. The resolver indexes every id, name and
 * alias before it resolves a reference (a third of a watch update at 10 000 contacts). When a save
 * changed no id, name or alias, a reference in the saved file resolves among all files exactly as
 * among the files whose id or name it names: those are all the resolver's indexes can return for
 * it. So the session keeps that index itself, updated file by file, resolves the saved files with
 * just the files they name, and puts the result into its previous model (patch-model.ts).
 */
import type { Diagnostic, Journal } from "../journal/model.ts";
import type { ParsedFile } from "../journal/parse-file.ts";
import { names, referenceText, resolveJournal } from "../journal/resolve.ts";
import { patchJournal } from "./patch-model.ts";

/** Each lower-case id and name, with the files that have it. */
export class NameIndex {
  readonly #files = new Map<string, Set<string>>();
  readonly #keys = new Map<string, readonly string[]>();

  set(file: ParsedFile): void {
    this.delete(file.file);
    const keys = [...new Set(keysOf(file))];
    this.#keys.set(file.file, keys);
    for (const key of keys) {
      const files = this.#files.get(key);
      if (files) files.add(file.file);
      else this.#files.set(key, new Set([file.file]));
    }
  }

  delete(path: string): void {
    for (const key of this.#keys.get(path) ?? []) {
      const files = this.#files.get(key)!;
      files.delete(path);
      if (files.size === 0) this.#files.delete(key);
    }
    this.#keys.delete(path);
  }

  /** The files a reference to `text` can resolve to. */
  named(text: string): ReadonlySet<string> {
    return this.#files.get(text.toLowerCase()) ?? new Set();
  }
}

/** What the resolver indexes a file by, as the resolver writes it (ids of unusable files count). */
function keysOf(file: ParsedFile): string[] {
  const own = file.record ? names(file.record) : [];
  return [file.id, ...own].map((key) => key.toLowerCase());
}

/** What the resolver's index signature holds for a file: equal, and the rest of the journal resolves as it did. */
export function sameNames(a: ParsedFile, b: ParsedFile): boolean {
  if (a.id !== b.id || a.kind !== b.kind || !a.record || !b.record) return false;
  const x = names(a.record);
  const y = names(b.record);
  return x.length === y.length && x.every((n, i) => n === y[i]);
}

/** Every reference a parsed record makes. */
function referencesOf(file: ParsedFile): string[] {
  const record = file.record!;
  const refs = record.links.map((l) => l.target);
  if (record.kind === "contact") {
    for (const r of [record.metAt, record.introducedBy, ...record.knows]) if (r) refs.push(r.raw);
  } else refs.push(...record.met.map((r) => r.raw));
  return refs;
}

/**
 * The model with `saved` (files whose names are as before, read without problems) resolved again,
 * or undefined when this cannot be exact: a duplicate id, or a reference to nothing (its hint is
 * the closest of all ids).
 */
export function resolveAlone(
  before: Journal,
  saved: readonly ParsedFile[],
  parsed: ReadonlyMap<string, ParsedFile>,
  index: NameIndex,
): Journal | undefined {
  if (before.history || before.diagnostics.some((d) => d.code === "duplicate-id")) return undefined;
  const paths = new Set(saved.map((f) => f.file));
  const needed = new Set(paths);
  for (const file of saved)
    for (const ref of referencesOf(file)) for (const p of index.named(referenceText(ref))) needed.add(p);
  const mini = resolveJournal({
    dir: before.dir,
    settings: before.settings,
    parsed: [...needed].map((p) => parsed.get(p)!),
  });
  const diagnostics: Diagnostic[] = mini.diagnostics.filter((d) => paths.has(d.file));
  if (diagnostics.some((d) => d.code === "unknown-reference")) return undefined;
  const contacts = new Map<string, Journal["contacts"][number]>();
  const events = new Map<string, Journal["events"][number]>();
  for (const file of saved) {
    if (file.kind === "contact") contacts.set(file.id, mini.contactById.get(file.id)!);
    else events.set(file.id, mini.eventById.get(file.id)!);
  }
  return patchJournal(before, {
    dir: before.dir,
    settings: before.settings,
    contacts: contacts.size ? before.contacts.map((c) => contacts.get(c.id) ?? c) : before.contacts,
    events: events.size ? before.events.map((e) => events.get(e.id) ?? e) : before.events,
    diagnostics: [...before.diagnostics.filter((d) => !paths.has(d.file)), ...diagnostics],
    files: before.files,
  });
}
