/**
 * The search index, built beside Astro rather than after it: the records come from the model
 * (src/site/search-records.ts), so Pagefind indexes them and writes its files while Astro bundles
 * and renders. Pagefind runs from a worker thread of lower priority (src/site/search-worker.ts), so
 * that it takes the time Astro leaves idle. Astro empties the output folder when it starts, so the
 * index is written into a scratch folder next to it and moved in once the pages are written.
 */
import { cp, mkdir, mkdtemp, rename, rm } from "node:fs/promises";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { SearchRecord } from "./search-records.ts";

export interface SearchIndex {
  /** Moves the finished index into `<out>/pagefind`, where the search box loads it from. */
  finish(): Promise<void>;
  /** Waits for Pagefind to stop and removes the scratch folder, whether the build succeeded or not. */
  close(): Promise<void>;
}

/** What the search worker is asked: index these records into that folder. */
export interface SearchRequest {
  readonly records: readonly SearchRecord[];
  readonly outputPath: string;
}

/** The search worker's one answer, once Pagefind has written the files and stopped. */
export interface SearchReply {
  readonly problems: readonly string[];
}

/** Starts indexing `records` for the site in `out`, in a scratch folder beside it. */
export function startSearchIndex(records: readonly SearchRecord[], out: string): SearchIndex {
  let scratch: string | undefined;
  const written = (async () => {
    const parent = path.dirname(out);
    await mkdir(parent, { recursive: true });
    scratch = await mkdtemp(path.join(parent, `.${path.basename(out)}-search-`));
    const { problems } = await onWorker({ records, outputPath: path.join(scratch, "pagefind") });
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
      if (scratch) await rm(scratch, { recursive: true, force: true });
    },
  };
}

/** Runs the request on the search worker; the worker stops by itself once it has answered. */
function onWorker(request: SearchRequest): Promise<SearchReply> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./search-worker.ts", import.meta.url));
    worker.once("message", resolve);
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`the search worker stopped (exit code ${code})`)));
    worker.postMessage(request);
  });
}
