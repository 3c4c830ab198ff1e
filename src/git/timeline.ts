/**
 * A contact's merged timeline: every touch (entries, being met at events, `Touch:` trailers) and
 * every revision of their file, newest first. Pure; the history must have been loaded.
 */
import type { IsoDate } from "../core/date.ts";
import type { Channel, Journal, Revision } from "../journal/model.ts";
import { lastTouch, touchesOf, type Touch } from "../journal/touches.ts";

export type TimelineItem =
  | {
      readonly kind: "entry";
      readonly date: IsoDate;
      readonly channel: Channel;
      readonly title: string;
      /** Where the entry is written: the contact's file, or another file that names them on the entry's line. */
      readonly file: string;
      readonly line: number;
    }
  | { readonly kind: "event"; readonly date: IsoDate; readonly title: string; readonly event: string }
  | { readonly kind: "commit"; readonly date: IsoDate; readonly title: string; readonly commit: string }
  | {
      readonly kind: "revision";
      readonly date: IsoDate;
      readonly title: string;
      readonly commit: string;
      readonly author: string;
      /** The file's path in that commit. */
      readonly path: string;
    };

const RANK: Readonly<Record<TimelineItem["kind"], number>> = { entry: 0, event: 1, commit: 2, revision: 3 };

export interface TimelineOptions {
  /** Only items on or after this day. */
  readonly since?: IsoDate;
  /** Only items on or before this day (later entries are appointments, not history). */
  readonly until?: IsoDate;
}

export function timeline(journal: Journal, contactId: string, options: TimelineOptions = {}): TimelineItem[] {
  const contact = journal.contactById.get(contactId);
  if (!contact) return [];
  const items: TimelineItem[] = [
    ...touchesOf(journal, contactId, options.until).map(fromTouch),
    ...(journal.history?.revisions.get(contact.file) ?? [])
      .filter((r) => options.until === undefined || r.date <= options.until)
      .map(fromRevision),
  ];
  const kept = options.since === undefined ? items : items.filter((i) => i.date >= options.since!);
  // Newest first; on one day touches before edits, and later-written entries first.
  return kept
    .map((item, index) => ({ item, index }))
    .sort((a, b) =>
      a.item.date !== b.item.date
        ? a.item.date < b.item.date
          ? 1
          : -1
        : RANK[a.item.kind] - RANK[b.item.kind] || b.index - a.index,
    )
    .map(({ item }) => item);
}

function fromTouch(t: Touch): TimelineItem {
  if (t.source === "entry" && t.entry)
    return {
      kind: "entry",
      date: t.date,
      channel: t.channel,
      title: t.title,
      file: t.entry.pos.file,
      line: t.entry.pos.line,
    };
  if (t.source === "event") return { kind: "event", date: t.date, title: t.title, event: t.event ?? "" };
  return { kind: "commit", date: t.date, title: t.title, commit: t.commit ?? "" };
}

function fromRevision(r: Revision): TimelineItem {
  return { kind: "revision", date: r.date, title: r.subject, commit: r.commit, author: r.author, path: r.path };
}

/**
 * The commit to compare with to see what was learnt in the last conversation: the file's newest
 * revision from before the day of the last touch. `undefined` base: the file is newer than that.
 */
export function diffBase(
  journal: Journal,
  contactId: string,
  today: IsoDate,
): { touch: Touch; base?: Revision; revisions: number } | undefined {
  const contact = journal.contactById.get(contactId);
  const touch = lastTouch(journal, contactId, today);
  if (!contact || !touch) return undefined;
  const revisions = journal.history?.revisions.get(contact.file) ?? [];
  const base = revisions.find((r) => r.date < touch.date);
  return base ? { touch, base, revisions: revisions.length } : { touch, revisions: revisions.length };
}
