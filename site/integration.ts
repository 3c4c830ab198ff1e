/**
 * The dev server's watcher: a watch session (src/watch) holds the journal in memory; when a file
 * under contacts/ or events/ or the settings change, only that file is read and parsed again and
 * the model rebuilt, the pages' shared journal (src/site/cache.ts) is replaced and the open page
 * reloads. Bursts of saves are debounced, and a rebuild that a newer change overtook is dropped.
 * A session rather than Astro's content loader, because the whole model (references, schedule,
 * graph) is built from the journal as one, which Astro's per-entry content store does not model.
 */
import type { AstroIntegration } from "astro";
import { formatDiagnosticPlain } from "../src/cli/diagnostics.ts";
import type { Journal } from "../src/journal/model.ts";
import { journalCache } from "../src/site/cache.ts";
import { JournalSession } from "../src/watch/session.ts";
import { watchJournal, type JournalWatcher } from "../src/watch/watch.ts";
import { journalDir } from "./lib/journal.ts";

export function rapportWatch(): AstroIntegration {
  return {
    name: "rapport-watch",
    hooks: {
      "astro:server:setup": ({ server, logger }) => {
        const dir = journalDir();
        // A journal with errors still serves; its problems are listed here, anew after every change.
        const warn = (journal: Journal) => {
          for (const d of journal.diagnostics) logger.warn(formatDiagnosticPlain(d));
          return journal;
        };
        const opened = JournalSession.open(dir, { history: true });
        journalCache().set(
          dir,
          opened.then((session) => warn(session.journal)),
        );
        let watcher: JournalWatcher | undefined;
        let closed = false;
        opened.then(
          (session) => {
            if (closed) return;
            watcher = watchJournal(
              session,
              (update) => {
                journalCache().set(dir, Promise.resolve(warn(update.journal)));
                logger.info(`journal changed: ${update.changed.join(", ")}`);
                server.ws.send({ type: "full-reload" });
              },
              { onError: (error) => logger.error(`journal update failed: ${String(error)}`) },
            );
          },
          // The pages report it: they read the same promise.
          () => undefined,
        );
        server.httpServer?.once("close", () => {
          closed = true;
          void watcher?.close();
        });
      },
    },
  };
}
