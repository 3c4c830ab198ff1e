/**
 * Builds the journal's derived views from its contacts and events: the id maps, who was met where,
 * every touch with a contact, and the flat lists of entries, tasks and mentions. Shared by the
 * resolver and by `fromData`, so a model rebuilt in the browser is the model the CLI has.
 */
import { deepFreeze } from "../core/freeze.ts";
import type { Contact, Diagnostic, Entry, Event, History, Journal, Settings } from "./model.ts";
import { compare, sortDiagnostics } from "./order.ts";

export interface JournalParts {
  readonly dir: string;
  readonly settings: Settings;
  readonly contacts: readonly Contact[];
  readonly events: readonly Event[];
  readonly diagnostics: readonly Diagnostic[];
  readonly files: readonly string[];
  readonly history?: History;
}

export function assembleJournal(parts: JournalParts): Journal {
  const contacts = [...parts.contacts].sort((a, b) => compare(a.id, b.id));
  const events = [...parts.events].sort((a, b) => compare(a.date, b.date) || compare(a.id, b.id));
  const records = [...contacts, ...events];

  // Who was met where: the event's `met` list and every contact whose `met_at` names the event.
  const metSets = new Map<string, Set<string>>(events.map((e) => [e.id, new Set()]));
  for (const e of events) for (const m of e.met) if (m.id) metSets.get(e.id)!.add(m.id);
  for (const c of contacts) if (c.metAt?.id) metSets.get(c.metAt.id)?.add(c.id);
  const metAt = new Map<string, readonly string[]>();
  const eventsOf = new Map<string, string[]>();
  for (const e of events) {
    const ids = [...metSets.get(e.id)!].sort(compare);
    metAt.set(e.id, ids);
    for (const id of ids) push(eventsOf, id, e.id);
  }

  const entries = byDate(records);
  const touchesOf = new Map<string, Entry[]>();
  for (const entry of entries) {
    if (entry.ownerKind === "contact") push(touchesOf, entry.owner, entry);
    for (const id of entry.with) if (id !== entry.owner) push(touchesOf, id, entry);
  }

  const journal: Journal = {
    dir: parts.dir,
    settings: parts.settings,
    contacts,
    events,
    contactById: new Map(contacts.map((c) => [c.id, c])),
    eventById: new Map(events.map((e) => [e.id, e])),
    entries,
    tasks: records.flatMap((r) => r.tasks),
    mentions: records.flatMap((r) => r.mentions),
    metAt,
    eventsOf,
    touchesOf,
    ...(parts.history ? { history: parts.history } : {}),
    diagnostics: sortDiagnostics(parts.diagnostics),
    files: parts.files,
  };
  return deepFreeze(journal);
}

/**
 * Every entry, sorted by date, then file, then line: the records are put in file order and each
 * record's entries in line order (small sorts), then the entries are dealt into one bucket per
 * date, so only the distinct dates need sorting. A single sort of all entries with a three-key
 * comparison was the slowest step of loading a large journal.
 */
function byDate(records: readonly (Contact | Event)[]): Entry[] {
  const inFileOrder = [...records].sort((a, b) => compare(a.file, b.file));
  const buckets = new Map<string, Entry[]>();
  for (const record of inFileOrder) {
    const own = isInLineOrder(record.entries)
      ? record.entries
      : [...record.entries].sort((a, b) => a.pos.line - b.pos.line);
    for (const entry of own) push(buckets, entry.date, entry);
  }
  const dates = [...buckets.keys()].sort(compare);
  const entries: Entry[] = [];
  for (const date of dates) for (const entry of buckets.get(date)!) entries.push(entry);
  return entries;
}

function isInLineOrder(entries: readonly Entry[]): boolean {
  for (let i = 1; i < entries.length; i++) if (entries[i - 1]!.pos.line > entries[i]!.pos.line) return false;
  return true;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
