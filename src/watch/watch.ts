/**
 * Watching a journal: chokidar reports each change under contacts/ and events/ and to the settings
 * file; a burst of saves (an editor writing several files, a `git checkout`) is collected for
 * `debounceMs` and applied as one update. Each update has a generation number: when a newer change
 * arrives while the work for an older one (schedule, graph, a page reload) is still running, the
 * older one's `current()` turns false and its work is dropped, not queued behind the new one.
 */
import { watch } from "chokidar";
import path from "node:path";
import type { Journal } from "../journal/model.ts";
import { SETTINGS_FILES } from "../journal/settings.ts";
import { JOURNAL_FOLDERS } from "../journal/load.ts";
import type { JournalSession } from "./session.ts";

export const DEBOUNCE_MS = 75;

export interface WatchUpdate {
  readonly journal: Journal;
  /** The paths that changed, relative to the journal, sorted. */
  readonly changed: readonly string[];
  readonly generation: number;
  /** When the update started (after the debounce), from `performance.now()`. */
  readonly started: number;
  /** False once a newer change has started its own update: the work for this one can stop. */
  current(): boolean;
}

export interface WatchOptions {
  readonly debounceMs?: number;
  /** An update failed (the journal stays as it was before it). */
  readonly onError?: (error: unknown) => void;
}

export interface JournalWatcher {
  /** Resolves once the files are being watched. */
  readonly ready: Promise<void>;
  close(): Promise<void>;
}

export function watchJournal(
  session: JournalSession,
  onUpdate: (update: WatchUpdate) => void | Promise<void>,
  options: WatchOptions = {},
): JournalWatcher {
  const dir = session.dir;
  const debounce = options.debounceMs ?? DEBOUNCE_MS;
  const watcher = watch([...JOURNAL_FOLDERS, ...SETTINGS_FILES], {
    cwd: dir,
    ignoreInitial: true,
    // chokidar would hold back an unlink for 100 ms to merge an editor's delete-and-recreate; the
    // debounce merges those (and a rename's unlink and add) into one update already.
    atomic: false,
    ignored: (file) =>
      path
        .relative(dir, path.resolve(dir, file))
        .split(path.sep)
        .some((p) => p.startsWith(".")),
  });
  const pending = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let generation = 0;
  let closed = false;

  const flush = async () => {
    const changed = [...pending].sort();
    pending.clear();
    const mine = ++generation;
    const started = performance.now();
    try {
      const journal = await session.update(changed);
      if (mine !== generation || closed) return;
      await onUpdate({ journal, changed, generation: mine, started, current: () => mine === generation && !closed });
    } catch (error) {
      options.onError?.(error);
    }
  };

  watcher.on("all", (_event, file) => {
    pending.add(file.split(path.sep).join("/"));
    clearTimeout(timer);
    timer = setTimeout(() => void flush(), debounce);
  });
  const ready = new Promise<void>((resolve) => watcher.once("ready", () => resolve()));
  if (options.onError) watcher.on("error", options.onError);

  return {
    ready,
    async close() {
      closed = true;
      clearTimeout(timer);
      await watcher.close();
    },
  };
}
