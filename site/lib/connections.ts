/** The reverse views a person page needs (known by, introduced, mentioned by), indexed once per build. */
import type { Journal } from "../../src/journal/model.ts";

export interface Connections {
  readonly knows: readonly string[];
  readonly knownBy: readonly string[];
  readonly introducedBy?: string;
  readonly introduced: readonly string[];
  readonly metAt: readonly string[];
  /** Contacts who were at the same entries as this one. */
  readonly mentionedWith: readonly string[];
  /** Contacts and events whose notes link to this one. */
  readonly mentionedBy: readonly string[];
}

const cache = new WeakMap<Journal, Map<string, Connections>>();

export function connectionsOf(journal: Journal, id: string): Connections {
  let index = cache.get(journal);
  if (!index) {
    index = build(journal);
    cache.set(journal, index);
  }
  return index.get(id) ?? { knows: [], knownBy: [], introduced: [], metAt: [], mentionedWith: [], mentionedBy: [] };
}

function build(journal: Journal): Map<string, Connections> {
  const knownBy = new Map<string, Set<string>>();
  const introduced = new Map<string, Set<string>>();
  const mentionedBy = new Map<string, Set<string>>();
  const mentionedWith = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, key: string, value: string) => {
    if (key === value) return;
    const set = map.get(key);
    if (set) set.add(value);
    else map.set(key, new Set([value]));
  };
  for (const c of journal.contacts) {
    for (const k of c.knows) if (k.id) add(knownBy, k.id, c.id);
    if (c.introducedBy?.id) add(introduced, c.introducedBy.id, c.id);
  }
  for (const m of journal.mentions) if (m.to.id && m.to.kind === "contact") add(mentionedBy, m.to.id, m.from);
  for (const e of journal.entries) {
    const present = e.ownerKind === "contact" ? [e.owner, ...e.with] : [...e.with];
    for (const a of present) for (const b of present) add(mentionedWith, a, b);
  }
  const sorted = (set: Set<string> | undefined) => [...(set ?? [])].sort();
  return new Map(
    journal.contacts.map((c) => [
      c.id,
      {
        knows: c.knows.flatMap((k) => (k.id ? [k.id] : [])),
        knownBy: sorted(knownBy.get(c.id)),
        ...(c.introducedBy?.id ? { introducedBy: c.introducedBy.id } : {}),
        introduced: sorted(introduced.get(c.id)),
        metAt: journal.eventsOf.get(c.id) ?? [],
        mentionedWith: sorted(mentionedWith.get(c.id)),
        mentionedBy: sorted(mentionedBy.get(c.id)),
      },
    ]),
  );
}
