/**
 * The journal for the site: loaded once per build (every page shares this module), through the same
 * loadJournal as the CLI. The cache is dropped at the start of every build; in the dev server the
 * watcher in `site/integration.ts` puts its in-memory journal there and replaces it after every
 * change, having parsed again only the files that changed.
 */
import { formatDiagnosticPlain } from "../../src/cli/diagnostics.ts";
import { loadJournal } from "../../src/journal/index.ts";
import { journalCache } from "../../src/site/cache.ts";
import type { Journal } from "../../src/journal/model.ts";

export { buildDay } from "../../src/site/build-day.ts";

export function journalDir(): string {
  return process.env.RAPPORT_DIR ?? process.cwd();
}

export function getJournal(): Promise<Journal> {
  const dir = journalDir();
  const cache = journalCache();
  let journal = cache.get(dir);
  if (!journal) {
    journal = loadJournal(dir, { history: true }).then((loaded) => {
      // A journal with errors still builds. `rapport build` lists its problems itself; the dev server's
      // terminal shows them here, anew after every change.
      if (import.meta.env.DEV) for (const d of loaded.diagnostics) console.warn(formatDiagnosticPlain(d));
      return loaded;
    });
    cache.set(dir, journal);
  }
  return journal;
}

/** Drops the cached journal, so that the next request loads it anew. */
export function invalidateJournal(dir: string = journalDir()): void {
  journalCache().delete(dir);
}
