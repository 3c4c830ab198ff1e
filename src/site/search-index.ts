/**
 * The search index, built while Astro renders: a middleware hands each page's HTML to Pagefind as
 * it is made (site/middleware.ts), and Pagefind, a process of its own, indexes it on the other
 * core meanwhile; once the pages are written, only the index files are left to write. The session
 * sits under a registered symbol on globalThis, as the journal does (src/site/cache.ts).
 */
import path from "node:path";
import * as pagefind from "pagefind";

export interface SearchSession {
  /** Indexes one rendered page (Pagefind keeps only pages marked `data-pagefind-body`). */
  add(url: string, html: string): void;
}

interface OpenSession extends SearchSession {
  /** Writes the index into `out/pagefind` (where the search box loads it from); says how many pages were handed over. */
  finish(out: string): Promise<{ readonly pages: number }>;
  /** Ends the session and Pagefind's process, whether the build succeeded or not. */
  close(): Promise<void>;
}

const KEY = Symbol.for("rapport.site.search");

type Holder = { [KEY]?: SearchSession };

/** The session of the build in progress, if any (the dev server has none: it searches nothing). */
export function searchSession(): SearchSession | undefined {
  return (globalThis as Holder)[KEY];
}

export async function openSearchIndex(): Promise<OpenSession> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`search index: ${errors.join("; ")}`);
  const added: Promise<void>[] = [];
  const problems: string[] = [];
  const session: OpenSession = {
    add(url, html) {
      added.push(
        index.addHTMLFile({ url, content: html }).then(
          (result) => void problems.push(...result.errors),
          (error: unknown) => void problems.push(String(error)),
        ),
      );
    },
    async finish(out) {
      await Promise.all(added);
      const written = await index.writeFiles({ outputPath: path.join(out, "pagefind") });
      problems.push(...written.errors);
      if (problems.length) throw new Error(`search index: ${problems.join("; ")}`);
      return { pages: added.length };
    },
    async close() {
      if ((globalThis as Holder)[KEY] === session) delete (globalThis as Holder)[KEY];
      await pagefind.close();
    },
  };
  (globalThis as Holder)[KEY] = session;
  return session;
}
