/**
 * The site's journal cache, one entry per journal folder. Astro runs the pages in Vite's module
 * runner, a separate module graph from the CLI's, so the cache sits under a registered symbol on
 * globalThis: the build (and the dev server's watcher) can then drop what the pages loaded.
 */
import type { Journal } from "../journal/model.ts";

const KEY = Symbol.for("rapport.site.journals");

export function journalCache(): Map<string, Promise<Journal>> {
  const holder = globalThis as { [KEY]?: Map<string, Promise<Journal>> };
  return (holder[KEY] ??= new Map());
}
