/**
 * Building and serving the site for any journal: Astro's own build and dev server, run in-process
 * with the journal folder handed over in RAPPORT_DIR. Beside the build, on worker threads, the
 * network's metrics and layout are computed and the notes rendered (src/site/workers.ts), and
 * Pagefind, a process of its own, indexes the journal for search.
 */
import path from "node:path";
import type { AstroIntegration } from "astro";
import type { IsoDate } from "../core/date.ts";
import type { Journal } from "../journal/model.ts";
import { buildDay } from "./build-day.ts";
import { journalCache } from "./cache.ts";
import { outFolder } from "./out-folder.ts";
import { startSearchIndex, type SearchIndex } from "./search-index.ts";
import { searchRecords } from "./search-records.ts";
import { linkTargets } from "./link-targets.ts";
import { siteUrls } from "./urls.ts";
import { clearJobs, startNetwork, startNotes, type NoteLinks } from "./workers.ts";

/**
 * Astro reports every build to its makers (telemetry) and, when its dev server starts, asks npm for
 * a newer version. A private journal's site is built without telling anybody: both are turned off.
 */
const QUIET_ASTRO = { ASTRO_TELEMETRY_DISABLED: "1", ASTRO_DISABLE_UPDATE_CHECK: "true" } as const;

/** Rapport's own folder: the Astro project (astro.config.mjs, site/) lives here. */
export const PROJECT_ROOT = path.resolve(import.meta.dirname, "../..");

export interface BuildResult {
  readonly out: string;
  /** HTML pages written. */
  readonly pages: number;
  /**
   * Wall time of the steps: Astro's build of the pages, the wait for the search index and its move
   * into place, and the copy into `out` of a site built elsewhere (src/site/out-folder.ts), else 0.
   */
  readonly ms: { readonly pages: number; readonly search: number; readonly copy: number };
}

export async function buildSite(options: {
  dir: string;
  out: string;
  quiet?: boolean;
  /** The journal, loaded with history: the pages read it rather than loading it again. */
  journal: Journal;
  /** The day to build for (else the journal's pinned day, else the local date). */
  today?: IsoDate;
}): Promise<BuildResult> {
  const { journal, out } = options;
  const folder = await outFolder(out, PROJECT_ROOT);
  const env: Record<string, string | undefined> = {};
  for (const key of ["RAPPORT_DIR", "RAPPORT_TODAY", ...Object.keys(QUIET_ASTRO)]) env[key] = process.env[key];
  Object.assign(process.env, QUIET_ASTRO);
  process.env["RAPPORT_DIR"] = options.dir;
  if (options.today) process.env["RAPPORT_TODAY"] = options.today;
  // Astro resolves the packages of its prerendered pages from the working folder: work from Rapport's.
  const previous = process.cwd();
  process.chdir(PROJECT_ROOT);
  let search: SearchIndex | undefined;
  let pages = 0;
  // Search records and notes link to the pages, so they wait for the base path Astro settles on.
  const links = Promise.withResolvers<NoteLinks>();
  const beside: AstroIntegration = {
    name: "rapport-build",
    hooks: {
      "astro:config:done": ({ config }) => {
        const url = siteUrls(config.base);
        const targets = linkTargets(journal, url);
        links.resolve({ targets, home: url.home() });
        search = startSearchIndex(searchRecords(journal, url, targets), folder.build);
      },
      "astro:build:done": ({ pages: built }) => {
        pages = built.filter((page) => !/\.[a-z]+$/i.test(page.pathname)).length;
      },
    },
  };
  try {
    journalCache().set(options.dir, Promise.resolve(journal));
    startNetwork(journal, buildDay(journal));
    startNotes(journal, links.promise);
    // Astro takes half a second to import, on this thread alone: the workers use the other core meanwhile.
    const { build } = await import("astro");
    const started = performance.now();
    await build({
      root: PROJECT_ROOT,
      outDir: folder.build,
      logLevel: options.quiet ? "error" : "warn",
      integrations: [beside],
    });
    const built = performance.now();
    await search!.finish();
    const indexed = performance.now();
    await folder.finish();
    const ms = {
      pages: Math.round(built - started),
      search: Math.round(indexed - built),
      copy: Math.round(performance.now() - indexed),
    };
    return { out, pages, ms };
  } finally {
    process.chdir(previous);
    clearJobs();
    for (const [key, value] of Object.entries(env)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    // Scratch folders only: a build that succeeded is not failed for one left behind.
    await Promise.allSettled([search?.close(), folder.close()]);
  }
}

export interface DevServer {
  readonly url: string;
  stop(): Promise<void>;
}

export async function devSite(options: { dir: string; port?: number; host?: string }): Promise<DevServer> {
  Object.assign(process.env, QUIET_ASTRO);
  process.env["RAPPORT_DIR"] = options.dir;
  journalCache().delete(options.dir);
  process.chdir(PROJECT_ROOT); // as for the build; the server keeps running from here
  const { dev } = await import("astro");
  const server = await dev({
    root: PROJECT_ROOT,
    server: { port: options.port ?? 4321, host: options.host ?? "127.0.0.1" },
    logLevel: "info",
  });
  const { address, port } = server.address;
  return { url: `http://${address}:${port}/`, stop: () => server.stop() };
}
