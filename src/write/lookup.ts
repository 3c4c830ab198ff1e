/**
 * Finds a contact from what a person types or writes in a trailer: its id, its name or an alias,
 * in any case, or the name spelled without umlauts (`juergen mueller`). The index is built once,
 * then every lookup is a map access. Pure.
 */
import type { Contact, Event, Journal } from "../journal/model.ts";
import { stripLink } from "../journal/schema.ts";
import { closest } from "../journal/suggest.ts";
import { slug } from "./slug.ts";

export type Found =
  | { readonly kind: "found"; readonly contact: Contact }
  | { readonly kind: "ambiguous"; readonly candidates: readonly Contact[] }
  | { readonly kind: "missing"; readonly suggestion?: Contact };

export interface ContactIndex {
  /** Exact lookups only: a map access or two. */
  find(query: string): Found;
  /** A likely meant contact for a query that found nobody (a typo, a first name); slower, for messages. */
  suggest(query: string): Contact | undefined;
}

export function contactIndex(contacts: readonly Contact[]): ContactIndex {
  const byId = new Map<string, Contact>();
  const byKey = new Map<string, Contact[]>();
  const add = (key: string, contact: Contact) => {
    const list = byKey.get(key);
    if (!list) byKey.set(key, [contact]);
    else if (!list.includes(contact)) list.push(contact);
  };
  const words = new Map<string, Contact>();
  // A first name alone is never taken as the contact (that would be a guess), only suggested.
  const firstNames = new Map<string, Contact[]>();
  for (const contact of contacts) {
    byId.set(contact.id, contact);
    for (const key of [contact.id, contact.name, ...contact.aliases]) {
      add(key.normalize("NFC").toLowerCase(), contact);
      words.set(key, contact);
    }
    for (const name of new Set(
      [contact.name, ...contact.aliases].map((n) => n.normalize("NFC").toLowerCase().split(/\s+/)[0] ?? ""),
    )) {
      const list = firstNames.get(name);
      if (list) list.push(contact);
      else firstNames.set(name, [contact]);
    }
  }
  const clean = (query: string) =>
    stripLink(query)
      .replace(/^contacts\//, "")
      .replace(/\.md$/i, "")
      .normalize("NFC")
      .trim();
  return {
    find(query) {
      const text = clean(query);
      const exact = byId.get(text);
      if (exact) return { kind: "found", contact: exact };
      const candidates = byKey.get(text.toLowerCase()) ?? byKey.get(slug(text)) ?? [];
      if (candidates.length === 1) return { kind: "found", contact: candidates[0]! };
      if (candidates.length > 1)
        return { kind: "ambiguous", candidates: [...candidates].sort((a, b) => (a.id < b.id ? -1 : 1)) };
      return { kind: "missing" };
    },
    suggest(query) {
      const text = clean(query);
      const near = closest(text, words.keys());
      if (near !== undefined) return words.get(near);
      const named = firstNames.get(text.toLowerCase());
      return named?.length === 1 ? named[0] : undefined;
    },
  };
}

/** One lookup, with a suggestion when nobody matches; build a `contactIndex` instead when looking up many. */
export function findContact(journal: Pick<Journal, "contacts">, query: string): Found {
  const index = contactIndex(journal.contacts);
  const found = index.find(query);
  if (found.kind !== "missing") return found;
  const suggestion = index.suggest(query);
  return suggestion ? { kind: "missing", suggestion } : found;
}

/** An event by id or title, in any case; several events with the title are ambiguous. */
export function findEvent(
  journal: Pick<Journal, "events">,
  query: string,
):
  | { kind: "found"; event: Event }
  | { kind: "ambiguous"; candidates: readonly Event[] }
  | { kind: "missing"; suggestion?: string } {
  const text = stripLink(query)
    .replace(/^events\//, "")
    .replace(/\.md$/i, "")
    .normalize("NFC")
    .trim();
  const needle = text.toLowerCase();
  const exact = journal.events.find((e) => e.id === text);
  if (exact) return { kind: "found", event: exact };
  const matches = journal.events.filter((e) => e.id.toLowerCase() === needle || e.title.toLowerCase() === needle);
  if (matches.length === 1) return { kind: "found", event: matches[0]! };
  if (matches.length > 1) return { kind: "ambiguous", candidates: matches };
  const near = closest(
    text,
    journal.events.flatMap((e) => [e.id, e.title]),
  );
  if (near !== undefined) return { kind: "missing", suggestion: near };
  // Part of a title is only ever suggested, never taken.
  const partial = journal.events.filter(
    (e) => e.id.toLowerCase().includes(needle) || e.title.toLowerCase().includes(needle),
  );
  return partial.length === 1 ? { kind: "missing", suggestion: partial[0]!.id } : { kind: "missing" };
}
