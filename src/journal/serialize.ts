/**
 * The model as plain JSON and back: the site hands it to the browser so that the agenda is computed
 * there, by the same code as the CLI, for the day the page is opened. Only the derived maps are
 * dropped, and `fromData` rebuilds them exactly as the resolver does.
 */
import { assembleJournal } from "./assemble.ts";
import type { Contact, Diagnostic, Event, History, Journal, Settings } from "./model.ts";

export interface JournalData {
  readonly version: 1;
  readonly dir: string;
  readonly settings: Settings;
  readonly contacts: readonly Contact[];
  readonly events: readonly Event[];
  readonly diagnostics: readonly Diagnostic[];
  readonly files: readonly string[];
  readonly history?: {
    readonly state: History["state"];
    readonly revisions: [string, History["revisions"] extends ReadonlyMap<string, infer V> ? V : never][];
    readonly touches: [string, History["touches"] extends ReadonlyMap<string, infer V> ? V : never][];
  };
}

export interface ToDataOptions {
  /** Drop note bodies and entry notes: the agenda does not need them, and they are most of the bytes. */
  readonly withoutNotes?: boolean;
}

export function toData(journal: Journal, options: ToDataOptions = {}): JournalData {
  const strip = <T extends Contact | Event>(r: T): T =>
    options.withoutNotes ? { ...r, body: "", entries: r.entries.map((e) => ({ ...e, notes: "" })) } : r;
  return {
    version: 1,
    dir: journal.dir,
    settings: journal.settings,
    contacts: journal.contacts.map(strip),
    events: journal.events.map(strip),
    diagnostics: journal.diagnostics,
    files: journal.files,
    ...(journal.history
      ? {
          history: {
            state: journal.history.state,
            revisions: [...journal.history.revisions],
            touches: [...journal.history.touches],
          },
        }
      : {}),
  };
}

export function fromData(data: JournalData): Journal {
  return assembleJournal({
    dir: data.dir,
    settings: data.settings,
    contacts: data.contacts,
    events: data.events,
    diagnostics: data.diagnostics,
    files: data.files,
    ...(data.history
      ? {
          history: {
            state: data.history.state,
            revisions: new Map(data.history.revisions),
            touches: new Map(data.history.touches),
          },
        }
      : {}),
  });
}
