/**
 * `rapport build` hands the build's longest steps to worker threads before Astro starts, so they
 * run on the second core while Astro bundles and renders, and the pages await only what they need:
 * - the network (src/site/network-worker.ts): its metrics (betweenness, communities) first, for
 *   every person page and the Network view, then the layout, for the Network view's data;
 * - the notes (src/site/notes-worker.ts), rendered to HTML from the last page backwards, while
 *   the pages render the notes of the first ones themselves: nobody waits, and the two meet.
 * The jobs sit under a registered symbol on globalThis, as the journal does (src/site/cache.ts): the
 * pages run in Vite's module graph, apart from the CLI's. Where no worker can run, nothing is
 * pending and the pages compute it themselves, with the same result.
 */
import { existsSync } from "node:fs";
import { setPriority } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { IsoDate } from "../core/date.ts";
import type { Metrics } from "../graph/analyse.ts";
import type { Point } from "../graph/layout.ts";
import type { Journal } from "../journal/model.ts";
import { toData, type JournalData } from "../journal/serialize.ts";
import { touchesOf } from "../journal/touches.ts";
import type { Target } from "./link-targets.ts";

export interface NetworkRequest {
  readonly data: JournalData;
  readonly today: IsoDate;
}

/** The network worker answers twice: the metrics, then every node's position. */
export type NetworkReply = Metrics | [string, Point][];

export interface NotesRequest {
  readonly texts: readonly string[];
  readonly targets: ReadonlyMap<string, Target>;
}

/** Where the notes' links lead: the link targets of a site whose home page is `home`. */
export interface NoteLinks {
  readonly targets: ReadonlyMap<string, Target>;
  readonly home: string;
}

/** The HTML of the texts asked for from `from` on, in the same order: sent in batches as they are done. */
export interface NotesReply {
  readonly from: number;
  readonly html: readonly string[];
}

export interface NetworkJob {
  readonly metrics: Promise<Metrics>;
  readonly positions: Promise<Map<string, Point>>;
}

interface Jobs {
  network?: { readonly today: IsoDate; readonly job: NetworkJob };
  notes?: { home?: string; readonly html: Map<string, string>; readonly done: Promise<void> };
}

const KEY = Symbol.for("rapport.site.jobs");

type Holder = { [KEY]?: { byJournal: Map<Journal, Jobs>; workers: Set<Worker> } };

function registry() {
  return ((globalThis as Holder)[KEY] ??= { byJournal: new Map(), workers: new Set() });
}

function jobsOf(journal: Journal): Jobs {
  const { byJournal } = registry();
  let jobs = byJournal.get(journal);
  if (!jobs) byJournal.set(journal, (jobs = {}));
  return jobs;
}

/** Starts computing `journal`'s network for `today` on a worker; false where no worker can run. */
export function startNetwork(journal: Journal, today: IsoDate): boolean {
  const metrics = Promise.withResolvers<Metrics>();
  const positions = Promise.withResolvers<Map<string, Point>>();
  let replies = 0;
  const request = { data: toData(journal), today } satisfies NetworkRequest;
  const started = spawn(
    "./network-worker.ts",
    "network",
    request,
    (reply) => {
      if (replies++ === 0) metrics.resolve(reply as Metrics);
      else positions.resolve(new Map(reply as [string, Point][]));
      return replies === 2;
    },
    (error) => {
      metrics.reject(error);
      positions.reject(error);
    },
  );
  if (!started) return false;
  // Nobody may await them (a build that fails first): the rejection is then the build's, not unhandled.
  metrics.promise.catch(() => {});
  positions.promise.catch(() => {});
  jobsOf(journal).network = { today, job: { metrics: metrics.promise, positions: positions.promise } };
  return true;
}

/** The network being computed for this very journal and day, if a build started it. */
export function pendingNetwork(journal: Journal, today: IsoDate): NetworkJob | undefined {
  const network = registry().byJournal.get(journal)?.network;
  return network?.today === today ? network.job : undefined;
}

/**
 * Starts rendering `journal`'s notes on a worker, in the reverse of the order the pages show them
 * (events, then people), with links made by the `targets` of a site whose home is `home`. The
 * worker loads its modules at once; the links wait for the base path Astro settles on. False where
 * no worker can run.
 */
export function startNotes(journal: Journal, links: Promise<NoteLinks>): boolean {
  const texts = notesFromTheLastPage(journal);
  const done = Promise.withResolvers<void>();
  const notes: NonNullable<Jobs["notes"]> = { html: new Map(), done: done.promise };
  const request = links.then(({ targets, home }) => {
    notes.home = home;
    return { texts, targets } satisfies NotesRequest;
  });
  const started = spawn(
    "./notes-worker.ts",
    "notes",
    request,
    (reply) => {
      const { from, html } = reply as NotesReply;
      html.forEach((h, i) => notes.html.set(texts[from + i]!, h));
      const last = from + html.length >= texts.length;
      if (last) done.resolve();
      return last;
    },
    done.reject,
  );
  // Nobody need await it: the pages take what is there.
  done.promise.catch(() => {});
  if (started) jobsOf(journal).notes = notes;
  return started !== undefined;
}

/**
 * Every text a person or event page renders as Markdown (a contact's undated notes, an event's
 * body, touch titles, entry notes), each once, the one needed last first: the pages render events,
 * then people, in the journal's order.
 */
export function notesFromTheLastPage(journal: Journal): string[] {
  const pages = [
    ...journal.events.map((event) => [event.body]),
    ...journal.contacts.map((contact) => [
      ...touchesOf(journal, contact.id).flatMap((touch) => [touch.title, touch.entry?.notes ?? ""]),
      contact.undated,
    ]),
  ];
  const firstNeeded = new Map<string, number>();
  pages.forEach((texts, page) => {
    for (const text of texts) if (text.trim() && !firstNeeded.has(text)) firstNeeded.set(text, page);
  });
  return [...firstNeeded].sort((a, b) => b[1] - a[1]).map(([text]) => text);
}

/** Settles when the notes worker has sent every text (for tests and tools; the pages never wait). */
export function notesRendered(journal: Journal): Promise<void> | undefined {
  return registry().byJournal.get(journal)?.notes?.done;
}

/** What the notes worker has rendered so far, for this very journal and site home, if a build started it. */
export function renderedNotes(journal: Journal, home: string): ReadonlyMap<string, string> | undefined {
  const notes = registry().byJournal.get(journal)?.notes;
  return notes?.home === home ? notes.html : undefined;
}

/** Stops and forgets every job: the build is over, and one that failed must not leave a worker running. */
export function clearJobs(): void {
  const { byJournal, workers } = registry();
  for (const worker of workers) void worker.terminate();
  workers.clear();
  byJournal.clear();
}

/**
 * Runs a worker module beside this one and asks it `request` once known. `reply` takes each answer
 * and says whether it was the last; `fail` hears of a worker that stopped before. Undefined where no
 * worker can run (the module is not a file: the pages' bundle).
 */
function spawn(
  file: string,
  name: string,
  request: unknown,
  reply: (message: unknown) => boolean,
  fail: (error: unknown) => void = () => {},
): Worker | undefined {
  const url = new URL(file, import.meta.url);
  if (url.protocol !== "file:" || !existsSync(fileURLToPath(url))) return undefined;
  const worker = new Worker(url);
  const { workers } = registry();
  workers.add(worker);
  let done = false;
  const end = () => {
    done = true;
    workers.delete(worker);
  };
  worker.on("message", (message: unknown) => {
    if (!reply(message)) return;
    end();
    void worker.terminate();
  });
  const stopped = (error: unknown) => {
    if (done) return;
    end();
    fail(error);
  };
  worker.once("error", stopped);
  worker.once("exit", (code) => stopped(new Error(`the ${name} worker stopped (exit code ${code})`)));
  Promise.resolve(request).then((known) => worker.postMessage(known), stopped);
  return worker;
}

/**
 * Called by a worker first: the build's own thread and Astro's bundler come before it, so that it
 * takes only the time they leave idle. On Linux a thread's nice value is its own; elsewhere it
 * would be the whole process's, so there it is left alone.
 */
export function yieldToTheBuild(): void {
  if (process.platform !== "linux") return;
  try {
    setPriority(10);
  } catch {
    // A system that refuses is only slower: the work is the same.
  }
}
