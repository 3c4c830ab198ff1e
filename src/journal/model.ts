/**
 * The journal model: what `loadJournal` returns and every report (schedule, graph, site) reads.
 * It is plain data (no methods, no Dates: days are ISO strings `YYYY-MM-DD`), so it can be
 * cached, sent to a worker or serialised for the browser unchanged.
 */
import type { IsoDate } from "../core/date.ts";

export type { IsoDate };

/** A place in a journal file: path relative to the journal root (always `/`), 1-based line and column. */
export interface Position {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

export type Severity = "error" | "warning";

export interface Diagnostic extends Position {
  readonly severity: Severity;
  /** Stable machine-readable rule name, e.g. `unknown-reference`. */
  readonly code: string;
  /** What is wrong. */
  readonly message: string;
  /** How to fix it, when there is something useful to say. */
  readonly hint?: string;
}

export const CIRCLES = ["inner", "close", "network", "dormant"] as const;
export type Circle = (typeof CIRCLES)[number];

/** How a conversation happened. Richness (in person > call > message …) is the depth module's business. */
export const CHANNELS = [
  "in-person",
  "video",
  "call",
  "letter",
  "postcard",
  "email",
  "message",
  "whatsapp",
  "signal",
  "sms",
  "linkedin",
  "xing",
  "event",
  "other",
] as const;
export type Channel = (typeof CHANNELS)[number];

/** A span of time such as `2w`: the unit keeps months and years calendar-true. */
export interface Duration {
  readonly amount: number;
  readonly unit: "d" | "w" | "m" | "y";
}

/** A birthday; the year is often unknown (`--04-12`). */
export interface Birthday {
  readonly month: number;
  readonly day: number;
  readonly year?: number;
}

export type OwnerKind = "contact" | "event";

/** A reference from a file to another contact or event, as written and as resolved. */
export interface Reference {
  /** The text as written: an id, a name, an alias or an Obsidian link. */
  readonly raw: string;
  /** The id it resolved to; absent when it did not resolve (a diagnostic says why). */
  readonly id?: string;
  readonly kind?: OwnerKind;
  readonly pos: Position;
}

/** One line of the interaction log: a dated heading or a dated list item. */
export interface Entry {
  /** The contact or event whose file holds the entry. */
  readonly owner: string;
  readonly ownerKind: OwnerKind;
  readonly date: IsoDate;
  readonly channel: Channel;
  /** The entry's own line after the date, e.g. `WhatsApp: thanked her for the talk`. */
  readonly title: string;
  /** The Markdown beneath the heading, or the rest of the list item, as written. */
  readonly notes: string;
  /** Contacts linked on the entry's own line: they were there, so it is a touch with them too. */
  readonly with: readonly string[];
  readonly style: "heading" | "list";
  readonly pos: Position;
}

export interface Task {
  readonly owner: string;
  readonly ownerKind: OwnerKind;
  readonly text: string;
  readonly done: boolean;
  readonly due?: IsoDate;
  readonly pos: Position;
}

/** A `[[link]]` in a body. */
export interface Mention {
  readonly from: string;
  readonly fromKind: OwnerKind;
  readonly to: Reference;
  readonly label?: string;
  /** Date of the entry the link sits in, if any. */
  readonly entryDate?: IsoDate;
  /** True when the link is on an entry's own line (the person was there). */
  readonly inEntryLine: boolean;
}

/** Frontmatter keys Rapport does not know, kept as parsed (shown on the site, never rejected). */
export type Extra = Readonly<Record<string, unknown>>;

interface JournalFile {
  readonly id: string;
  /** Path relative to the journal root, with `/`. */
  readonly file: string;
  /** The Markdown body after the frontmatter, as written. */
  readonly body: string;
  /** The body without the lines of its entries (src/journal/undated.ts): an introduction, undated sections, tasks. */
  readonly undated: string;
  readonly entries: readonly Entry[];
  readonly tasks: readonly Task[];
  readonly mentions: readonly Mention[];
  readonly tags: readonly string[];
  readonly extra: Extra;
  /** Where each frontmatter key's value starts, for located messages about it. */
  readonly keys: Readonly<Record<string, Position>>;
}

export interface Contact extends JournalFile {
  readonly kind: "contact";
  readonly name: string;
  readonly aliases: readonly string[];
  readonly company?: string;
  readonly role?: string;
  readonly industry?: string;
  readonly location?: string;
  readonly skills: readonly string[];
  readonly email: readonly string[];
  readonly phone?: string;
  readonly whatsapp?: string;
  readonly linkedin?: string;
  readonly xing?: string;
  readonly website?: string;
  readonly address?: string;
  readonly birthday?: Birthday;
  /** The three depth facets: what they do, why, and what they want to achieve. */
  readonly what?: string;
  readonly why?: string;
  readonly goals?: string;
  readonly circle: Circle;
  readonly cadence?: Duration;
  readonly met?: IsoDate;
  readonly metAt?: Reference;
  readonly introducedBy?: Reference;
  readonly knows: readonly Reference[];
  readonly rapport?: "high" | "normal" | "low";
  readonly next?: IsoDate;
  readonly snooze?: IsoDate;
}

/** Whom you want to meet at an event; the match keys are compared case-insensitively with contacts. */
export interface Goal {
  readonly text: string;
  readonly industry: readonly string[];
  readonly skills: readonly string[];
  readonly tags: readonly string[];
  readonly company: readonly string[];
  readonly role: readonly string[];
  readonly pos: Position;
}

export interface Target {
  readonly min: number;
  readonly max: number;
}

export interface Event extends JournalFile {
  readonly kind: "event";
  readonly title: string;
  readonly date: IsoDate;
  readonly end?: IsoDate;
  readonly location?: string;
  readonly url?: string;
  readonly goals: readonly Goal[];
  readonly target?: Target;
  /** Explicit follow-up day; when absent the schedule derives it from `end`/`date` and the settings. */
  readonly followup?: IsoDate;
  /** Contacts listed in the event's `met` key. Contacts whose `met_at` names the event are in `Journal.metAt`. */
  readonly met: readonly Reference[];
}

export type Locale = "en" | "de";

export interface Settings {
  /** The owner's name, shown as "me" in the graph. */
  readonly owner: string;
  readonly locale: Locale;
  readonly cadence: Readonly<Record<Exclude<Circle, "dormant">, Duration>>;
  /** Days after an event's last day that its follow-up is due. */
  readonly followupDelay: number;
  /** Days after the first follow-up that the deepening appointment is due. */
  readonly deepenAfter: number;
  /** Flexible schedule items per day. */
  readonly capacity: number;
  /** A pinned "today" (the example journal uses it so it never goes stale); a person's journal leaves it unset. */
  readonly today?: IsoDate;
  /** Whether writing commands commit the file they touched. */
  readonly commit: boolean;
  /** Where the settings came from, when a file exists. */
  readonly file?: string;
}

export interface Journal {
  /** Absolute path of the journal root. */
  readonly dir: string;
  readonly settings: Settings;
  /** Sorted by id. */
  readonly contacts: readonly Contact[];
  /** Sorted by date, then id. */
  readonly events: readonly Event[];
  readonly contactById: ReadonlyMap<string, Contact>;
  readonly eventById: ReadonlyMap<string, Event>;
  /** Every entry of every file, sorted by date, then file, then line. */
  readonly entries: readonly Entry[];
  readonly tasks: readonly Task[];
  readonly mentions: readonly Mention[];
  /** For each event id, the contact ids met there: its `met` list plus contacts whose `met_at` names it, sorted. */
  readonly metAt: ReadonlyMap<string, readonly string[]>;
  /** For each contact id, the events at which it was met, sorted by date. */
  readonly eventsOf: ReadonlyMap<string, readonly string[]>;
  /** For each contact id, its entries plus entries in other files that name it on their own line, by date. */
  readonly touchesOf: ReadonlyMap<string, readonly Entry[]>;
  /** What git knows about the journal's files, when it was loaded with history (see src/git). */
  readonly history?: History;
  /** Every problem found, sorted by file, line and column. */
  readonly diagnostics: readonly Diagnostic[];
  /** Journal files read, relative to the root, sorted. */
  readonly files: readonly string[];
}

/** One commit that changed a journal file. */
export interface Revision {
  readonly commit: string;
  readonly date: IsoDate;
  readonly author: string;
  readonly subject: string;
  /** The file's path in that commit (it differs from today's path before a rename). */
  readonly path: string;
}

/** A commit trailer `Touch: <contact>`: contact logged from a commit message alone. */
export interface CommitTouch {
  readonly contact: string;
  readonly date: IsoDate;
  readonly commit: string;
  readonly subject: string;
}

export interface History {
  /** Why history may be empty or partial: not a repository, no commits yet, a shallow clone. */
  readonly state: "ok" | "not-a-repository" | "no-commits" | "shallow";
  /** Journal file (relative path) → its revisions, newest first. */
  readonly revisions: ReadonlyMap<string, readonly Revision[]>;
  /** Contact id → touches from commit trailers, oldest first. */
  readonly touches: ReadonlyMap<string, readonly CommitTouch[]>;
}
