/**
 * Building and serving the site for any journal: Astro's own build and dev server, run in-process
 * with the journal folder handed over in RAPPORT_DIR; Pagefind indexes the pages as they are made.
 */
import path from "node:path";
import { build, dev } from "astro";
import type { IsoDate } from "../core/date.ts";
import type { Journal } from "../journal/model.ts";
import { buildDay } from "./build-day.ts";
import { journalCache } from "./cache.ts";
import { clearLayouts, startLayout } from "./layout-job.ts";
import { openSearchIndex } from "./search-index.ts";

/** Rapport's own folder: the Astro project (astro.config.mjs, site/) lives here. */
export const PROJECT_ROOT = path.resolve(import.meta.dirname, "../..");

export interface BuildResult {
  readonly out: string;
  /** HTML pages written. */
  readonly pages: number;
  /** Wall time of the two steps: Astro's build of the pages (indexed for search as they are made), then the rest of the index. */
  readonly ms: { readonly pages: number; readonly search: number };
}

export async function buildSite(options: {
  dir: string;
  out: string;
  quiet?: boolean;
  /** The journal already loaded (with history), so the pages do not read it again. */
  journal?: Journal;
  /** The day to build for (else the journal's pinned day, else the local date). */
  today?: IsoDate;
}): Promise<BuildResult> {
  const env = { RAPPORT_DIR: process.env["RAPPORT_DIR"], RAPPORT_TODAY: process.env["RAPPORT_TODAY"] };
  process.env["RAPPORT_DIR"] = options.dir;
  if (options.today) process.env["RAPPORT_TODAY"] = options.today;
  // Astro resolves the packages of its prerendered pages from the working folder: work from Rapport's.
  const previous = process.cwd();
  process.chdir(PROJECT_ROOT);
  let search: Awaited<ReturnType<typeof openSearchIndex>> | undefined;
  try {
    if (options.journal) {
      journalCache().set(options.dir, Promise.resolve(options.journal));
      startLayout(options.journal, buildDay(options.journal));
    } else journalCache().delete(options.dir);
    search = await openSearchIndex();
    const started = performance.now();
    await build({ root: PROJECT_ROOT, outDir: options.out, logLevel: options.quiet ? "error" : "warn" });
    const built = performance.now();
    const { pages } = await search.finish(options.out);
    const ms = { pages: Math.round(built - started), search: Math.round(performance.now() - built) };
    return { out: options.out, pages, ms };
  } finally {
    await search?.close();
    process.chdir(previous);
    clearLayouts();
    for (const [key, value] of Object.entries(env)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

export interface DevServer {
  readonly url: string;
  stop(): Promise<void>;
}

export async function devSite(options: { dir: string; port?: number; host?: string }): Promise<DevServer> {
  process.env["RAPPORT_DIR"] = options.dir;
  journalCache().delete(options.dir);
  process.chdir(PROJECT_ROOT); // as for the build; the server keeps running from here
  const server = await dev({
    root: PROJECT_ROOT,
    server: { port: options.port ?? 4321, host: options.host ?? "127.0.0.1" },
    logLevel: "info",
  });
  const { address, port } = server.address;
  return { url: `http://${address}:${port}/`, stop: () => server.stop() };
}
