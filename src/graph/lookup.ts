/**
 * Finds the contact or event a person typed on the command line: the id (file name), else a name,
 * alias or title, case-insensitively; a unique part of a name or title also does.
 */
import { compare } from "../journal/resolve.ts";
import { closest } from "../journal/suggest.ts";
import type { Journal } from "../journal/model.ts";

export type Lookup =
  | { readonly id: string }
  | { readonly ambiguous: readonly string[] }
  | { readonly missing: true; readonly suggestion?: string };

export function findContact(journal: Journal, query: string): Lookup {
  return find(
    query,
    journal.contacts.map((c) => ({ id: c.id, names: [c.name, ...c.aliases] })),
  );
}

export function findEvent(journal: Journal, query: string): Lookup {
  return find(
    query,
    journal.events.map((e) => ({ id: e.id, names: [e.title] })),
  );
}

function find(query: string, items: readonly { id: string; names: readonly string[] }[]): Lookup {
  const q = query.trim().normalize("NFC").toLocaleLowerCase("und");
  const lower = (s: string) => s.normalize("NFC").toLocaleLowerCase("und");
  const exact = items.find((i) => i.id === query);
  if (exact) return { id: exact.id };
  for (const test of [
    (i: (typeof items)[number]) => lower(i.id) === q || i.names.some((n) => lower(n) === q),
    (i: (typeof items)[number]) =>
      q.length > 0 && (lower(i.id).includes(q) || i.names.some((n) => lower(n).includes(q))),
  ]) {
    const hits = items.filter(test).map((i) => i.id);
    if (hits.length === 1) return { id: hits[0]! };
    if (hits.length > 1) return { ambiguous: hits.sort(compare) };
  }
  const suggestion = closest(
    q,
    items.map((i) => i.id),
  );
  return suggestion ? { missing: true, suggestion } : { missing: true };
}
