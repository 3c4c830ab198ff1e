/**
 * The I/O edge of the journal: finds and reads the files, then hands their text to the pure parser
 * and resolver. It only ever reads the journal. Unchanged files come from the parse cache (see
 * src/cache), and when many files need parsing they are spread over worker threads; either way
 * the model is exactly the one a plain, single-threaded parse gives.
 */
import { hash } from "node:crypto";
import type { Stats } from "node:fs";
import { stat } from "node:fs/promises";
import path from "node:path";
import { cacheDirFor } from "../cache/location.ts";
import { readSnapshot, snapshotKey, writeSnapshot } from "../cache/snapshot.ts";
import { decode, ParseCache, stampOf } from "../cache/store.ts";
import { parserVersion } from "../cache/version.ts";
import type { ParsedJournal, JournalSources, SourceFile } from "./from-parsed.ts";
import type { Diagnostic, Journal } from "./model.ts";
import type { ParsedFile } from "./parse-file.ts";
import { decodeText, isMarkdown, listFiles, notMarkdown, readBytes, statOf } from "./read.ts";
import { SETTINGS_FILES } from "./settings-files.ts";

// The parser, the resolver, the workers and git are imported when needed, not with this module:
// a load served from the snapshot uses none of them, and loading them (remark, yaml, zod) would
// cost a short command more than the load itself.
export type { JournalSources, ParsedJournal, SourceFile };

/** The journal folder itself cannot be read: the CLI exits with 2. */
export class JournalUnreadable extends Error {
  override readonly name = "JournalUnreadable";
}

export const JOURNAL_FOLDERS = ["contacts", "events"] as const;

/**
 * Workers pay only when the parsing they share is long: one costs about half a second to start
 * (loading the parser into it), and what a file costs depends on its body (a short note, or years
 * of entries; GFM syntax or not). So the first files are parsed here and timed, and workers start
 * when the rest would take at least this long on this thread (see docs/performance.md).
 */
export const PARALLEL_MIN_MS = 1500;
/** Parsed before the timing starts (the parser's code is still being compiled), then timed. */
const WARM_UP = 64;
const SAMPLE = 64;

export interface LoadOptions {
  /** Also read each file's revisions and the `Touch:` trailers from git (one `git log` pass, run while the files are read). */
  readonly history?: boolean;
  /** Use the parse cache where the journal has a place for one (default true; `--no-cache` turns it off). */
  readonly cache?: boolean;
  /** Threads to parse on when many files need parsing (default: one per core; 1: this thread only). */
  readonly threads?: number;
  /** Start workers when the files left would take this long to parse here (default `PARALLEL_MIN_MS`; 0: whenever there are several threads). */
  readonly parallelMinMs?: number;
}

let cacheByDefault = true;

/** What `cache` defaults to: the CLI sets it from `--no-cache` before each command. */
export function setCacheDefault(on: boolean): void {
  cacheByDefault = on;
}

export async function loadJournal(dir: string, options: LoadOptions = {}): Promise<Journal> {
  return (await loadWithStats(dir, options)).journal;
}

/** `loadJournal`, and how it went: from the snapshot, or how many files came from the parse cache. */
export async function loadWithStats(
  dir: string,
  options: LoadOptions = {},
): Promise<{ readonly journal: Journal; readonly stats: LoadStats }> {
  if (!options.history) return loadModel(dir, options);
  const [{ readLog }, { historyFrom, withHistory }] = await Promise.all([
    import("../git/log.ts"),
    import("../git/history.ts"),
  ]);
  // The log runs in its own process while the files are read and parsed.
  const log = readLog(path.resolve(dir));
  const { journal, stats } = await loadModel(dir, options);
  return { journal: withHistory(journal, historyFrom(await log, journal.files, journal.contacts)), stats };
}

/**
 * With a cache, the snapshot of the last load when no file has changed since (see
 * src/cache/snapshot.ts); else every file from the parse cache or parsed, and a new snapshot.
 */
async function loadModel(dirArg: string, options: LoadOptions): Promise<{ journal: Journal; stats: LoadStats }> {
  const listing = await listJournal(dirArg);
  const cache = openCache(listing.dir, options);
  if (!cache) {
    const read = await parseListed(listing, options);
    return { journal: (await fromParsed()).journalFromParsed(read), stats: read.stats };
  }
  const taken = Date.now();
  const stats = listing.paths.map((file) => statOf(path.join(listing.dir, file)));
  const key = snapshotKey({
    taken,
    dir: listing.dir,
    markdown: listing.paths,
    stats,
    others: listing.others,
    settings: SETTINGS_FILES,
  });
  const snapshot = readSnapshot(cache.dir, cache.version, key);
  if (snapshot)
    return { journal: snapshot, stats: { cached: snapshot.files.length, parsed: 0, threads: 1, snapshot: true } };
  const read = await parseListed(listing, options, cache, stats);
  const journal = (await fromParsed()).journalFromParsed(read);
  // A load that parsed most of the journal (the first, or the first after a parser update) leaves
  // the snapshot to the next: encoding the model would add about a quarter to its peak memory and
  // half a second at 10 000 contacts, and a journal that just changed wholesale may change again.
  if (read.stats.parsed * 2 < listing.paths.length) writeSnapshot(cache.dir, cache.version, key, journal);
  return { journal, stats: read.stats };
}

const fromParsed = () => import("./from-parsed.ts");

/** Where the cache of this journal is, and for which parser; undefined when off or nowhere. */
function openCache(dir: string, options: LoadOptions): { dir: string; version: string } | undefined {
  const version = (options.cache ?? cacheByDefault) ? parserVersion() : undefined;
  const cacheDir = version ? cacheDirFor(dir) : undefined;
  return version && cacheDir ? { dir: cacheDir, version } : undefined;
}

export async function readJournal(dirArg: string): Promise<JournalSources> {
  const { dir, paths, diagnostics } = await listJournal(dirArg);
  const markdown: SourceFile[] = [];
  for (const file of paths) {
    const bytes = readBytes(dir, file, diagnostics);
    if (bytes) markdown.push({ file, text: decodeText(file, bytes, diagnostics).text });
  }
  const settings = readSettings(dir, diagnostics);
  return { dir, markdown, ...(settings ? { settings } : {}), diagnostics };
}

/** How a load went: files taken from the cache, files parsed, and on how many threads. */
export interface LoadStats {
  readonly cached: number;
  readonly parsed: number;
  readonly threads: number;
  /** True when the whole model came from the snapshot (nothing read, parsed or resolved). */
  readonly snapshot?: boolean;
}

interface Miss {
  readonly index: number;
  readonly file: string;
  readonly text: string;
  /** Undefined when the file is not cached: no cache, or not valid UTF-8 (its diagnostic comes from reading it). */
  readonly hash?: string;
  readonly stamp?: string;
}

/**
 * Reads every file and parses it, or takes its parse from the cache when its bytes are unchanged.
 * Synchronous reads: for thousands of small files they are several times faster than as many
 * concurrent promises, which queue on libuv's four threads.
 */
export async function readParsed(
  dirArg: string,
  options: LoadOptions = {},
): Promise<ParsedJournal & { readonly stats: LoadStats; readonly cache?: ParseCache }> {
  const listing = await listJournal(dirArg);
  return parseListed(listing, options, openCache(listing.dir, options));
}

/** `readParsed` of a listing; `stats` are the files' `stat`s when the caller has them already. */
async function parseListed(
  listing: Listing,
  options: LoadOptions,
  where?: { dir: string; version: string },
  statted?: readonly (Stats | undefined)[],
): Promise<ParsedJournal & { readonly stats: LoadStats; readonly cache?: ParseCache }> {
  const { dir, paths, diagnostics } = listing;
  const cache = where ? ParseCache.open(where.dir, where.version) : undefined;

  const parsed: (ParsedFile | undefined)[] = [];
  const misses: Miss[] = [];
  for (const [i, file] of paths.entries()) {
    // With a cache, a file whose stamp is unchanged is not even read; else its bytes' hash decides.
    const stats = cache ? (statted ? statted[i] : statOf(path.join(dir, file))) : undefined;
    const stamp = stats?.isFile() ? stampOf(stats) : undefined;
    const known = stamp ? cache!.getByStamp(file, stamp) : undefined;
    if (known) {
      parsed.push(known);
      continue;
    }
    const bytes = readBytes(dir, file, diagnostics);
    if (!bytes) continue;
    const index = parsed.length;
    const digest = cache && stamp ? hash("sha1", bytes) : undefined;
    const hit = digest ? cache!.get(file, digest, stamp) : undefined;
    parsed.push(hit);
    if (hit) continue;
    const { text, valid } = decodeText(file, bytes, diagnostics);
    misses.push({ index, file, text, ...(digest && stamp && valid ? { hash: digest, stamp } : {}) });
  }

  const { results, threads } = await parseMisses(misses, options);
  misses.forEach((miss, i) => {
    const result = results[i]!;
    const parsedFile = result instanceof Uint8Array ? decode(result) : result;
    parsed[miss.index] = parsedFile;
    if (cache && miss.hash && miss.stamp)
      cache.put(miss.file, miss.hash, miss.stamp, parsedFile, result instanceof Uint8Array ? result : undefined);
  });
  cache?.flush();

  const settings = readSettings(dir, diagnostics);
  const stats = { cached: parsed.length - misses.length, parsed: misses.length, threads };
  return {
    dir,
    parsed: parsed as ParsedFile[],
    ...(settings ? { settings } : {}),
    diagnostics,
    stats,
    ...(cache ? { cache } : {}),
  };
}

/** Parses the files the cache did not have: here, or also on workers when that pays (see PARALLEL_MIN_MS). */
async function parseMisses(
  misses: readonly Miss[],
  options: LoadOptions,
): Promise<{ results: (ParsedFile | Uint8Array)[]; threads: number }> {
  if (misses.length === 0) return { results: [], threads: 1 };
  const [{ parseFile }, { canUseWorkers, defaultThreads, parseInParallel }] = await Promise.all([
    import("./parse-file.ts"),
    import("../workers/pool.ts"),
  ]);
  const threads = Math.max(1, Math.floor(options.threads ?? defaultThreads()));
  const results: (ParsedFile | Uint8Array | undefined)[] = new Array(misses.length);
  const here = (i: number) => (results[i] = parseFile(misses[i]!.file, misses[i]!.text));
  let workers = false;
  if (threads > 1 && misses.length > WARM_UP + SAMPLE && canUseWorkers()) {
    for (let i = 0; i < WARM_UP; i++) here(i);
    const start = performance.now();
    for (let i = WARM_UP; i < WARM_UP + SAMPLE; i++) here(i);
    const perFile = (performance.now() - start) / SAMPLE;
    const rest = misses.slice(WARM_UP + SAMPLE);
    if (perFile * rest.length >= (options.parallelMinMs ?? PARALLEL_MIN_MS)) {
      // Should a worker fail to start, the rest is parsed here, as below the threshold.
      const parallel = await parseInParallel(rest, threads).catch(() => undefined);
      parallel?.forEach((result, i) => (results[WARM_UP + SAMPLE + i] = result));
      workers = parallel !== undefined;
    }
  }
  for (let i = 0; i < misses.length; i++) results[i] ??= here(i);
  return { results: results as (ParsedFile | Uint8Array)[], threads: workers ? threads : 1 };
}

/** The journal's files as listed: the Markdown ones sorted, the others each a diagnostic. */
interface Listing {
  readonly dir: string;
  readonly paths: string[];
  readonly others: string[];
  readonly diagnostics: Diagnostic[];
}

async function listJournal(dirArg: string): Promise<Listing> {
  const dir = path.resolve(dirArg);
  const info = await stat(dir).catch(() => undefined);
  if (!info?.isDirectory())
    throw new JournalUnreadable(`cannot read the journal folder ${dirArg}: it does not exist or is not a folder`);

  const diagnostics: Diagnostic[] = [];
  const paths: string[] = [];
  const others: string[] = [];
  let found = 0;
  for (const folder of JOURNAL_FOLDERS) {
    const listed = listFiles(dir, folder);
    if (listed === undefined) continue;
    found++;
    for (const file of listed) {
      if (isMarkdown(file)) paths.push(file);
      else {
        others.push(file);
        diagnostics.push(notMarkdown(file));
      }
    }
  }
  if (found === 0) {
    throw new JournalUnreadable(
      `no journal in ${dirArg}: expected a contacts/ or events/ folder (pass --dir or set RAPPORT_DIR)`,
    );
  }
  paths.sort();
  return { dir, paths, others, diagnostics };
}

function readSettings(dir: string, diagnostics: Diagnostic[]): SourceFile | undefined {
  for (const name of SETTINGS_FILES) {
    const bytes = readBytes(dir, name, diagnostics, true);
    if (bytes) return { file: name, text: decodeText(name, bytes, diagnostics).text };
  }
  return undefined;
}
