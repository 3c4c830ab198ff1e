/**
 * `rapport build` hands the build's longest steps to worker threads before Astro starts, so they
 * run on the second core while Astro bundles and renders, and the pages await only what they need:
 * - the network (src/site/network-worker.ts): its metrics (betweenness, communities) first, for
 *   every person page and the Network view, then the layout, for the Network view's data;
 * - the notes (src/site/notes-worker.ts), rendered to HTML once each.
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

/** The HTML of each text asked for, in the same order. */
export type NotesReply = string[];

export interface NetworkJob {
  readonly metrics: Promise<Metrics>;
  readonly positions: Promise<Map<string, Point>>;
}

interface Jobs {
  network?: { readonly today: IsoDate; readonly job: NetworkJob };
  notes?: { readonly home: string; readonly html: Promise<Map<string, string>> };
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
  const replies = spawn("./network-worker.ts", "network", { data: toData(journal), today } satisfies NetworkRequest, 2);
  if (!replies) return false;
  const [metrics, positions] = replies as [Promise<Metrics>, Promise<[string, Point][]>];
  jobsOf(journal).network = { today, job: { metrics, positions: positions.then((list) => new Map(list)) } };
  return true;
}

/** The network being computed for this very journal and day, if a build started it. */
export function pendingNetwork(journal: Journal, today: IsoDate): NetworkJob | undefined {
  const network = registry().byJournal.get(journal)?.network;
  return network?.today === today ? network.job : undefined;
}

/**
 * Starts rendering `journal`'s notes (every body, entry title and entry note) on a worker, with
 * links made by `targets` for a site whose home is `home`; false where no worker can run.
 */
export function startNotes(journal: Journal, targets: ReadonlyMap<string, Target>, home: string): boolean {
  const texts = new Set<string>();
  for (const file of [...journal.contacts, ...journal.events]) texts.add(file.body);
  for (const entry of journal.entries) texts.add(entry.title).add(entry.notes);
  const list = [...texts].filter((text) => text.trim());
  const replies = spawn("./notes-worker.ts", "notes", { texts: list, targets } satisfies NotesRequest, 1);
  if (!replies) return false;
  const html = (replies[0] as Promise<NotesReply>).then((rendered) => new Map(list.map((t, i) => [t, rendered[i]!])));
  jobsOf(journal).notes = { home, html };
  return true;
}

/** The notes being rendered for this very journal and site home, if a build started it. */
export function pendingNotes(journal: Journal, home: string): Promise<Map<string, string>> | undefined {
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

/** Runs a worker module beside this one; one promise per reply it sends, in order. */
function spawn(file: string, name: string, request: unknown, count: number): Promise<unknown>[] | undefined {
  const url = new URL(file, import.meta.url);
  if (url.protocol !== "file:" || !existsSync(fileURLToPath(url))) return undefined;
  const worker = new Worker(url);
  const { workers } = registry();
  workers.add(worker);
  const settle: { resolve(value: unknown): void; reject(error: unknown): void }[] = [];
  const replies = Array.from(
    { length: count },
    () => new Promise<unknown>((resolve, reject) => void settle.push({ resolve, reject })),
  );
  let received = 0;
  worker.on("message", (message: unknown) => {
    settle[received++]?.resolve(message);
    if (received === count) {
      workers.delete(worker);
      void worker.terminate();
    }
  });
  const fail = (error: unknown) => {
    for (const s of settle.slice(received)) s.reject(error);
    workers.delete(worker);
  };
  worker.once("error", fail);
  worker.once("exit", (code) => fail(new Error(`the ${name} worker stopped (exit code ${code})`)));
  // Nobody may await a reply (a build that fails first): the rejection is then the build's, not unhandled.
  for (const reply of replies) reply.catch(() => {});
  worker.postMessage(request);
  return replies;
}

/**
 * Called by a worker first: the build's own thread and Astro's bundler come before it, so that it
 * takes only the time they leave idle. On Linux a thread's nice value is its own; elsewhere it
 * would be the whole process's, so there it is left alone.
 */
export function yieldToTheBuild(): void {
  if (process.platform === "linux") setPriority(10);
}
