/**
 * The dev server's watcher: chokidar watches the journal's contacts/, events/ and settings; a change
 * drops the cached journal and tells the open page to reload. chokidar rather than a content
 * loader, because the whole model (references, schedule, graph) must be rebuilt from the journal as
 * one, which Astro's per-entry content store does not model. Bursts of saves are debounced.
 */
import type { AstroIntegration } from "astro";
import { watch } from "chokidar";
import path from "node:path";
import { invalidateJournal, journalDir } from "./lib/journal.ts";

const DEBOUNCE_MS = 100;

export function rapportWatch(): AstroIntegration {
  return {
    name: "rapport-watch",
    hooks: {
      "astro:server:setup": ({ server, logger }) => {
        const dir = journalDir();
        const watcher = watch(
          ["contacts", "events", "rapport.yaml", "rapport.yml"].map((p) => path.join(dir, p)),
          { ignoreInitial: true, ignored: (p) => path.basename(p).startsWith(".") },
        );
        let timer: ReturnType<typeof setTimeout> | undefined;
        watcher.on("all", (_event, file) => {
          clearTimeout(timer);
          timer = setTimeout(() => {
            logger.info(`journal changed: ${path.relative(dir, file)}`);
            invalidateJournal();
            server.ws.send({ type: "full-reload" });
          }, DEBOUNCE_MS);
        });
        server.httpServer?.once("close", () => void watcher.close());
      },
    },
  };
}
