/**
 * Building and serving the site for any journal: Astro's own build and dev server, run in-process
 * with the journal folder handed over in RAPPORT_DIR, then Pagefind's index over the built pages.
 */
import { readdir } from "node:fs/promises";
import path from "node:path";
import { build, dev } from "astro";
import * as pagefind from "pagefind";
import { journalCache } from "./cache.ts";
import type { Journal } from "../journal/model.ts";

/** Rapport's own folder: the Astro project (astro.config.mjs, site/) lives here. */
export const PROJECT_ROOT = path.resolve(import.meta.dirname, "../..");

export interface BuildResult {
  readonly out: string;
  readonly pages: number;
  readonly searchPages: number;
}

export async function buildSite(options: {
  dir: string;
  out: string;
  quiet?: boolean;
  /** The journal already loaded (with history), so the pages do not read it again. */
  journal?: Journal;
}): Promise<BuildResult> {
  process.env["RAPPORT_DIR"] = options.dir;
  if (options.journal) journalCache().set(options.dir, Promise.resolve(options.journal));
  else journalCache().delete(options.dir);
  // Astro resolves the packages of its prerendered pages from the working folder: work from Rapport's.
  const previous = process.cwd();
  process.chdir(PROJECT_ROOT);
  try {
    await build({ root: PROJECT_ROOT, outDir: options.out, logLevel: options.quiet ? "error" : "warn" });
    const pages = await indexSite(options.out);
    return { out: options.out, pages: pages.total, searchPages: pages.indexed };
  } finally {
    process.chdir(previous);
  }
}

/** Writes Pagefind's index into `out/pagefind`; the search box loads it from there. */
async function indexSite(out: string): Promise<{ total: number; indexed: number }> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`search index: ${errors.join("; ")}`);
  try {
    const added = await index.addDirectory({ path: out });
    if (added.errors.length) throw new Error(`search index: ${added.errors.join("; ")}`);
    const written = await index.writeFiles({ outputPath: path.join(out, "pagefind") });
    if (written.errors.length) throw new Error(`search index: ${written.errors.join("; ")}`);
    const files = await readdir(out, { recursive: true });
    const total = files.filter((f) => f.endsWith(".html") && !f.startsWith("pagefind")).length;
    return { total, indexed: added.page_count };
  } finally {
    await pagefind.close();
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
