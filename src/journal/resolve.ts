/**
 * Combines parsed files into one journal: ids are checked for uniqueness, every reference is
 * resolved through indexes built once (ids, names, aliases), and the cross-file views (who was met
 * where, every touch with a contact) are derived. Pure: no I/O, linear in the size of the journal.
 */
import type {
  Contact,
  Diagnostic,
  Entry,
  Event,
  Journal,
  Mention,
  OwnerKind,
  Position,
  Reference,
  Settings,
  Task,
} from "./model.ts";
import type { RawEntry, RawLink } from "./body.ts";
import type { ParsedContact, ParsedEvent, ParsedFile, RawRef } from "./parse-file.ts";
import { stripLink } from "./schema.ts";
import { closest } from "./suggest.ts";
import { assembleJournal, type JournalParts } from "./assemble.ts";
import { compare } from "./order.ts";

// Kept here for modules that import them from the resolver.
export { compare, sortDiagnostics } from "./order.ts";

interface Target {
  readonly id: string;
  readonly kind: OwnerKind;
  readonly file: string;
  /** False for a file too broken to be in the model (its references resolve to nothing, silently). */
  readonly usable: boolean;
}

export interface ResolveInput {
  readonly dir: string;
  readonly settings: Settings;
  readonly parsed: readonly ParsedFile[];
  /** Problems found before parsing (unreadable files, files that are not Markdown, settings). */
  readonly diagnostics?: readonly Diagnostic[];
  readonly files?: readonly string[];
}

/**
 * What the resolver keeps between runs in watch mode. A record resolves the same as long as it is
 * the same parsed file and every id, name and alias in the journal is what it was (the index's
 * signature): then its contact or event and its diagnostics are taken over, and only the files
 * that changed are resolved again.
 */
export interface ResolveMemo {
  signature?: string;
  records: WeakMap<ParsedContact | ParsedEvent, Resolved>;
  /** Assembles the model instead of `assembleJournal` (watch mode patches its previous model). */
  assemble?: (parts: JournalParts) => Journal;
}

interface Resolved {
  readonly record: Contact | Event;
  readonly diagnostics: readonly Diagnostic[];
}

export function resolveMemo(): ResolveMemo {
  return { records: new WeakMap() };
}

export function resolveJournal(input: ResolveInput, memo?: ResolveMemo): Journal {
  const diagnostics: Diagnostic[] = [...(input.diagnostics ?? [])];
  const parsed = [...input.parsed].sort((a, b) => compare(a.file, b.file));
  const report = (pos: Position, severity: Diagnostic["severity"], code: string, message: string, hint?: string) =>
    diagnostics.push({ ...pos, severity, code, message, ...(hint ? { hint } : {}) });

  // Index every id, name and alias once.
  const byId = new Map<string, Target>();
  const byLowerId = new Map<string, Target[]>();
  const byName = new Map<string, Target[]>();
  const records: (ParsedContact | ParsedEvent)[] = [];
  const signature: string[] = [];
  for (const file of parsed) {
    diagnostics.push(...file.diagnostics);
    if (memo) signature.push(file.file, file.id, file.kind, file.record ? names(file.record).join("\u0001") : "\u0002");
    const existing = byId.get(file.id);
    if (existing) {
      report(
        { file: file.file, line: 1, column: 1 },
        "error",
        "duplicate-id",
        `duplicate id '${file.id}': ${existing.file} has the same file name`,
        "ids are file names and must be unique across contacts/ and events/: rename one of the two files",
      );
      continue;
    }
    const target: Target = { id: file.id, kind: file.kind, file: file.file, usable: file.record !== undefined };
    byId.set(file.id, target);
    push(byLowerId, file.id.toLowerCase(), target);
    if (!file.record) continue;
    records.push(file.record);
    for (const name of new Set(names(file.record).map((n) => n.toLowerCase()))) push(byName, name, target);
  }
  let reuse = false;
  if (memo) {
    const joined = signature.join("\u0000");
    reuse = memo.signature === joined;
    if (!reuse) memo.records = new WeakMap();
    memo.signature = joined;
  }

  const idsOf = { contact: [] as string[], event: [] as string[] };
  for (const t of byId.values()) idsOf[t.kind].push(t.id);

  // The same few thousand ids are referenced again and again: their cleaned text is computed once.
  const cleaned = new Map<string, string>();
  function resolve(
    raw: string,
    pos: Position,
    want: OwnerKind | undefined,
    severity: Diagnostic["severity"],
    role: string,
  ): Reference {
    let text = cleaned.get(raw);
    if (text === undefined) cleaned.set(raw, (text = referenceText(raw)));
    const candidates = byId.has(text)
      ? [byId.get(text)!]
      : (byLowerId.get(text.toLowerCase()) ?? byName.get(text.toLowerCase()) ?? []);
    const wanted = want ? candidates.filter((c) => c.kind === want) : candidates;
    const noun = want ?? "contact or event";
    if (wanted.length === 1) {
      const t = wanted[0]!;
      return t.usable ? { raw, id: t.id, kind: t.kind, pos } : { raw, pos };
    }
    if (wanted.length > 1) {
      const list = wanted.map((t) => `${t.id} (${t.file})`).join(", ");
      report(
        pos,
        severity,
        "ambiguous-reference",
        `ambiguous ${noun} '${text}' in ${role}: ${list}`,
        "write the id (the file name) instead of the name",
      );
    } else if (candidates.length > 0) {
      const other = candidates[0]!;
      report(
        pos,
        severity,
        "wrong-kind",
        `'${text}' in ${role} is ${other.kind === "event" ? "an event" : "a contact"}, not ${want === "event" ? "an event" : "a contact"}`,
        `${role} names ${want === "event" ? "events" : "contacts"}`,
      );
    } else {
      const pool = want ? idsOf[want] : [...idsOf.contact, ...idsOf.event];
      const near = closest(text, pool);
      report(
        pos,
        severity,
        "unknown-reference",
        `unknown ${noun} '${text}' in ${role}`,
        near
          ? `did you mean '${near}'?`
          : `create ${want === "event" ? "events" : "contacts"}/${text}.md or fix the spelling`,
      );
    }
    return { raw, pos };
  }

  const refTo = (r: RawRef, want: OwnerKind, role: string) => resolve(r.raw, r.pos, want, "error", role);

  // Resolve records; body links that do not resolve are warnings (an Obsidian vault links to notes of all kinds).
  const contacts: Contact[] = [];
  const events: Event[] = [];
  for (const record of records) {
    const known = reuse ? memo!.records.get(record) : undefined;
    if (known) {
      if (known.record.kind === "contact") contacts.push(known.record);
      else events.push(known.record);
      diagnostics.push(...known.diagnostics);
      continue;
    }
    const reported = diagnostics.length;
    const owner = { owner: record.id, ownerKind: record.kind } as const;
    // Keyed by place, not by object: a parsed file from the cache or a worker is a copy, and its
    // entries' links are no longer the very objects in its `links`.
    const linkRefs = new Map<string, Reference>();
    // Mentions belong to the file they are written in.
    const mentions: Mention[] = [];
    for (const link of record.links) {
      const to = resolve(link.target, link.pos, undefined, "warning", "link");
      linkRefs.set(placeOf(link), to);
      mentions.push({
        from: record.id,
        fromKind: record.kind,
        to,
        ...(link.label ? { label: link.label } : {}),
        ...(link.entryDate ? { entryDate: link.entryDate } : {}),
        inEntryLine: link.inEntryLine,
      });
    }
    const entries = record.entries.map((e) => toEntry(e, owner, linkRefs));
    const tasks: Task[] = record.tasks.map((t) => ({ ...owner, ...t }));
    const { links: _links, ...rest } = record;
    if (rest.kind === "contact") {
      contacts.push({
        ...rest,
        entries,
        tasks,
        mentions,
        ...(rest.metAt ? { metAt: refTo(rest.metAt, "event", "met_at") } : {}),
        ...(rest.introducedBy ? { introducedBy: refTo(rest.introducedBy, "contact", "introduced_by") } : {}),
        knows: rest.knows.map((k) => refTo(k, "contact", "knows")),
      });
    } else {
      events.push({ ...rest, entries, tasks, mentions, met: rest.met.map((m) => refTo(m, "contact", "met")) });
    }
    if (memo) {
      const resolved = rest.kind === "contact" ? contacts[contacts.length - 1]! : events[events.length - 1]!;
      memo.records.set(record, { record: resolved, diagnostics: diagnostics.slice(reported) });
    }
  }

  return (memo?.assemble ?? assembleJournal)({
    dir: input.dir,
    settings: input.settings,
    contacts,
    events,
    diagnostics,
    files: input.files ?? parsed.map((p) => p.file),
  });
}

/** The id or name a reference's raw text stands for (watch mode looks it up in its own index). */
export function referenceText(raw: string): string {
  return stripLink(raw)
    .replace(/^(contacts|events)\//, "")
    .replace(/\.md$/i, "")
    .normalize("NFC");
}

/** The names a record can be referred to by, besides its id. */
export function names(record: ParsedContact | ParsedEvent): string[] {
  return record.kind === "contact" ? [record.name, ...record.aliases] : [record.title];
}

/** A link's place in its file: no two links start at the same line and column. */
function placeOf(link: RawLink): string {
  return `${link.pos.line}:${link.pos.column}`;
}

function toEntry(
  e: RawEntry,
  owner: { owner: string; ownerKind: OwnerKind },
  refs: ReadonlyMap<string, Reference>,
): Entry {
  const present = new Set<string>();
  for (const link of e.withLinks) {
    const ref = refs.get(placeOf(link));
    if (ref?.id && ref.kind === "contact" && ref.id !== owner.owner) present.add(ref.id);
  }
  // Written out rather than spread (the same keys, in the same order): there is one per entry.
  return {
    owner: owner.owner,
    ownerKind: owner.ownerKind,
    date: e.date,
    channel: e.channel,
    title: e.title,
    notes: e.notes,
    style: e.style,
    pos: e.pos,
    with: [...present],
  };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
