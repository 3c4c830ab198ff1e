export { JournalSession } from "./session.ts";
export { watchJournal, DEBOUNCE_MS, type JournalWatcher, type WatchOptions, type WatchUpdate } from "./watch.ts";
