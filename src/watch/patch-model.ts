/**
 * The model after a save that changed a few records but no id, name, alias, event date or
 * attendance: the previous model with those records put in, rather than assembled whole
 * (`assembleJournal` sorts and indexes every entry again: 100 000 of them at 10 000 contacts,
 * most of a watch update). Undefined when the change is broader; the session then assembles whole.
 * The result is `assembleJournal(parts)` to the last key, Map orders included (the tests check it).
 */
import { deepFreeze } from "../core/freeze.ts";
import type { JournalParts } from "../journal/assemble.ts";
import type { Contact, Entry, Event, Journal } from "../journal/model.ts";
import { compare, sortDiagnostics } from "../journal/order.ts";

/** More changed records than this is a checkout, not a save: assembled whole. */
export const MAX_PATCHED = 50;

type Pair<T> = readonly [was: T, now: T];

export function patchJournal(before: Journal, parts: JournalParts): Journal | undefined {
  if (parts.history || before.history || parts.dir !== before.dir) return undefined;
  const contactPairs = changedPairs(parts.contacts, before.contactById);
  const eventPairs = changedPairs(parts.events, before.eventById);
  if (!contactPairs || !eventPairs || contactPairs.length + eventPairs.length > MAX_PATCHED) return undefined;
  // Events are ordered by date, and who was met where orders `eventsOf`: either moving is assembled whole.
  if (contactPairs.some(([was, now]) => was.metAt?.id !== now.metAt?.id)) return undefined;
  if (eventPairs.some(([was, now]) => was.date !== now.date || !sameSet(metIds(was), metIds(now)))) return undefined;
  // A record's entries sort by its file: one that moved folders is assembled whole.
  const pairs: Pair<Contact | Event>[] = [...contactPairs, ...eventPairs];
  if (pairs.some(([was, now]) => was.file !== now.file)) return undefined;

  const contactById = replacedIn(before.contactById, contactPairs);
  const eventById = replacedIn(before.eventById, eventPairs);
  const fileOf = (e: Entry) => (e.ownerKind === "contact" ? contactById.get(e.owner) : eventById.get(e.owner))!.file;
  // The order `assembleJournal` gives every entry: date, then file, then line.
  const order = (a: Entry, b: Entry) =>
    compare(a.date, b.date) || compare(fileOf(a), fileOf(b)) || a.pos.line - b.pos.line;

  const gone = pairs.flatMap(([was]) => was.entries);
  const added = pairs.flatMap(([, now]) => now.entries);
  const entries = spliced(before.entries, gone, added, order);
  const touchesOf = patchedTouches(before.touchesOf, gone, added, order);
  if (!entries || !touchesOf) return undefined;

  const contacts = replacedList(before.contacts, contactPairs);
  const events = replacedList(before.events, eventPairs);
  const records = [...contacts, ...events];
  const unchanged = (key: "tasks" | "mentions") => pairs.every(([was, now]) => !was[key].length && !now[key].length);
  for (const [, now] of pairs) deepFreeze(now);
  const journal: Journal = {
    dir: parts.dir,
    settings: deepFreeze(parts.settings),
    contacts: Object.freeze(contacts),
    events: Object.freeze(events),
    contactById,
    eventById,
    entries: Object.freeze(entries),
    tasks: unchanged("tasks") ? before.tasks : Object.freeze(records.flatMap((r) => r.tasks)),
    mentions: unchanged("mentions") ? before.mentions : Object.freeze(records.flatMap((r) => r.mentions)),
    metAt: before.metAt,
    eventsOf: before.eventsOf,
    touchesOf,
    diagnostics: deepFreeze(sortDiagnostics(parts.diagnostics)),
    files: Object.freeze([...parts.files]),
  };
  return Object.freeze(journal);
}

/** The records whose object is new, with the one they replace; undefined when the ids differ. */
function changedPairs<T extends { readonly id: string }>(
  list: readonly T[],
  byId: ReadonlyMap<string, T>,
): Pair<T>[] | undefined {
  if (list.length !== byId.size) return undefined;
  const pairs: Pair<T>[] = [];
  for (const now of list) {
    const was = byId.get(now.id);
    if (!was) return undefined;
    if (was !== now) pairs.push([was, now]);
  }
  // Ids are unique and as many as before, all known: the same ids.
  return pairs;
}

function metIds(event: Event): Set<string> {
  return new Set(event.met.flatMap((m) => (m.id ? [m.id] : [])));
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}

/** A copy of the map, in the same key order, with the new records. */
function replacedIn<T extends { readonly id: string }>(map: ReadonlyMap<string, T>, pairs: readonly Pair<T>[]) {
  const copy = new Map(map);
  for (const [, now] of pairs) copy.set(now.id, now);
  return copy;
}

function replacedList<T>(list: readonly T[], pairs: readonly Pair<T>[]): T[] {
  const copy = [...list];
  for (const [was, now] of pairs) copy[copy.indexOf(was)] = now;
  return copy;
}

/**
 * Each contact's touches with the changed entries taken out and put in. The map's keys are in the
 * order of each contact's first touch (and its place in that entry): a key whose first touch moved,
 * or a contact's first touch, is placed again in one pass over the keys.
 */
function patchedTouches(
  before: ReadonlyMap<string, readonly Entry[]>,
  gone: readonly Entry[],
  added: readonly Entry[],
  order: (a: Entry, b: Entry) => number,
): Map<string, readonly Entry[]> | undefined {
  const byContact = (entries: readonly Entry[]) => {
    const map = new Map<string, Entry[]>();
    for (const entry of entries)
      for (const id of touching(entry)) {
        const list = map.get(id);
        if (list) list.push(entry);
        else map.set(id, [entry]);
      }
    return map;
  };
  const goneOf = byContact(gone);
  const addedOf = byContact(added);
  const touchesOf = new Map(before);
  const moved: [string, readonly Entry[]][] = [];
  for (const id of new Set([...goneOf.keys(), ...addedOf.keys()])) {
    const was = before.get(id) ?? [];
    const now = spliced(was, goneOf.get(id) ?? [], addedOf.get(id) ?? [], order);
    if (!now) return undefined;
    const [a, b] = [was[0], now[0]];
    if (b === undefined) touchesOf.delete(id);
    else if (a !== undefined && (a === b || (order(a, b) === 0 && placeIn(a, id) === placeIn(b, id))))
      touchesOf.set(id, Object.freeze(now));
    else {
      touchesOf.delete(id);
      moved.push([id, Object.freeze(now)]);
    }
  }
  if (moved.length === 0) return touchesOf;
  const byFirst = ([x, xs]: [string, readonly Entry[]], [y, ys]: [string, readonly Entry[]]) =>
    order(xs[0]!, ys[0]!) || placeIn(xs[0]!, x) - placeIn(ys[0]!, y);
  return new Map(spliced([...touchesOf], [], moved.sort(byFirst), byFirst));
}

/** The contacts an entry is a touch with, in the order `assembleJournal` meets them. */
function touching(entry: Entry): string[] {
  const own = entry.ownerKind === "contact" ? [entry.owner] : [];
  return [...own, ...entry.with.filter((id) => id !== entry.owner)];
}

function placeIn(entry: Entry, id: string): number {
  return touching(entry).indexOf(id);
}

/**
 * `list` without `gone` and with `added` put in, all three sorted by `order`: as sorting them all
 * would. Each is found by binary search and the rest copied in runs; undefined if one is missing.
 */
function spliced<T>(
  list: readonly T[],
  gone: readonly T[],
  added: readonly T[],
  order: (a: T, b: T) => number,
): T[] | undefined {
  const ops = [...gone.map((item) => ({ item, drop: true })), ...added.map((item) => ({ item, drop: false }))];
  ops.sort((a, b) => order(a.item, b.item));
  const out: T[] = [];
  let from = 0;
  for (const { item, drop } of ops) {
    // The first item from `from` on that does not sort before `item`.
    let lo = from;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (order(list[mid]!, item) < 0) lo = mid + 1;
      else hi = mid;
    }
    for (let i = from; i < lo; i++) out.push(list[i]!);
    from = lo;
    if (!drop) out.push(item);
    else if (list[lo] === item) from = lo + 1;
    else return undefined;
  }
  for (let i = from; i < list.length; i++) out.push(list[i]!);
  return out;
}
