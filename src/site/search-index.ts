/**
 * The search index, built beside Astro rather than after it: the records come from the model
 * (src/site/search-records.ts), so Pagefind, a process of its own, indexes them and writes its
 * files on the other core while Astro bundles and renders. Astro empties the output folder when it
 * starts, so the index is written into a scratch folder next to it and moved in once the pages are
 * written.
 */
import { cp, mkdir, mkdtemp, rename, rm } from "node:fs/promises";
import path from "node:path";
import * as pagefind from "pagefind";
import type { SearchRecord } from "./search-records.ts";

export interface SearchIndex {
  /** Moves the finished index into `<out>/pagefind`, where the search box loads it from. */
  finish(): Promise<void>;
  /** Ends Pagefind's process and removes the scratch folder, whether the build succeeded or not. */
  close(): Promise<void>;
}

/** Starts indexing `records` for the site in `out`, in a scratch folder beside it. */
export function startSearchIndex(records: readonly SearchRecord[], out: string): SearchIndex {
  let scratch: string | undefined;
  const written = (async () => {
    const parent = path.dirname(out);
    await mkdir(parent, { recursive: true });
    scratch = await mkdtemp(path.join(parent, `.${path.basename(out)}-search-`));
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`search index: ${errors.join("; ")}`);
    const added = await Promise.all(records.map((record) => index.addCustomRecord({ ...record })));
    const problems = added.flatMap((result) => result.errors);
    const files = await index.writeFiles({ outputPath: path.join(scratch, "pagefind") });
    problems.push(...files.errors);
    if (problems.length) throw new Error(`search index: ${problems.join("; ")}`);
  })();
  // Nobody may await it (a build that fails first): the rejection is then the build's, not unhandled.
  written.catch(() => {});
  return {
    async finish() {
      await written;
      const target = path.join(out, "pagefind");
      await rm(target, { recursive: true, force: true });
      const from = path.join(scratch!, "pagefind");
      // Next to the output folder is the same file system, unless the output folder is a mount of its own.
      await rename(from, target).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== "EXDEV") throw error;
        return cp(from, target, { recursive: true });
      });
    },
    async close() {
      await written.catch(() => {});
      await pagefind.close();
      if (scratch) await rm(scratch, { recursive: true, force: true });
    },
  };
}
