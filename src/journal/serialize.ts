/**
 * The model as plain JSON and back: the site hands it to the browser so that the agenda is computed
 * there, by the same code as the CLI, for the day the page is opened. Only the derived maps are
 * dropped, and `fromData` rebuilds them exactly as the resolver does.
 */
import { assembleJournal, type JournalParts } from "./assemble.ts";
import type { Contact, Event, History, Journal, Revision, CommitTouch } from "./model.ts";

/** The journal's parts with the history's maps as entry lists, which JSON can carry. */
export interface JournalData extends Omit<JournalParts, "history"> {
  readonly version: 1;
  readonly history?: {
    readonly state: History["state"];
    readonly revisions: [string, readonly Revision[]][];
    readonly touches: [string, readonly CommitTouch[]][];
  };
}

export interface ToDataOptions {
  /**
   * Only what the browser's schedule reads: no notes or bodies, no key positions, mentions, unknown
   * keys or diagnostics, and of the history only the touches. About half the bytes of the whole model.
   */
  readonly lean?: boolean;
}

export function toData(journal: Journal, options: ToDataOptions = {}): JournalData {
  const lean = <T extends Contact | Event>(r: T): T => ({
    ...r,
    body: "",
    undated: "",
    keys: {},
    extra: {},
    mentions: [],
    entries: r.entries.map((e) => ({ ...e, notes: "" })),
  });
  const history = journal.history;
  return {
    version: 1,
    dir: journal.dir,
    settings: journal.settings,
    contacts: options.lean ? journal.contacts.map(lean) : journal.contacts,
    events: options.lean ? journal.events.map(lean) : journal.events,
    diagnostics: options.lean ? [] : journal.diagnostics,
    files: journal.files,
    ...(history
      ? {
          history: {
            state: history.state,
            revisions: options.lean ? [] : [...history.revisions],
            touches: [...history.touches],
          },
        }
      : {}),
  };
}

export function fromData(data: JournalData): Journal {
  const { version: _version, history: _history, ...parts } = data;
  return assembleJournal({
    ...parts,
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
