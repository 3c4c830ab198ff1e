/**
 * `rapport build` starts the Network view's layout on a worker thread before Astro starts, so it
 * runs on the second core while Astro bundles and renders the pages; the page that needs the
 * positions awaits them. The job sits under a registered symbol on globalThis, as the journal does
 * (src/site/cache.ts): the pages run in Vite's module graph, apart from the CLI's.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { IsoDate } from "../core/date.ts";
import type { Point } from "../graph/layout.ts";
import type { Journal } from "../journal/model.ts";
import { toData, type JournalData } from "../journal/serialize.ts";

export interface LayoutRequest {
  readonly data: JournalData;
  readonly today: IsoDate;
}

export type LayoutResult = [string, Point][];

interface Job {
  readonly journal: Journal;
  readonly today: IsoDate;
  readonly positions: Promise<Map<string, Point>>;
  readonly worker: Worker;
}

const KEY = Symbol.for("rapport.site.layout");
// A variable, not a literal: bundlers rewrite `new URL("literal", import.meta.url)` into an asset.
const WORKER_FILE = "./layout-worker.ts";

function jobs(): Map<Journal, Job> {
  const holder = globalThis as { [KEY]?: Map<Journal, Job> };
  return (holder[KEY] ??= new Map());
}

/** Starts laying out `journal`'s network for `today` on a worker; false where no worker can run. */
export function startLayout(journal: Journal, today: IsoDate): boolean {
  const url = new URL(WORKER_FILE, import.meta.url);
  if (url.protocol !== "file:" || !existsSync(fileURLToPath(url))) return false;
  const worker = new Worker(url);
  const positions = new Promise<Map<string, Point>>((resolve, reject) => {
    worker.once("message", (result: LayoutResult) => resolve(new Map(result)));
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`the layout worker stopped (exit code ${code})`)));
  }).finally(() => void worker.terminate());
  // Nobody may await it (a build that fails first): the rejection is then the build's, not unhandled.
  positions.catch(() => {});
  worker.postMessage({ data: toData(journal), today } satisfies LayoutRequest);
  jobs().set(journal, { journal, today, positions, worker });
  return true;
}

/** The positions being computed for this very journal and day, if a build started them. */
export function pendingLayout(journal: Journal, today: IsoDate): Promise<Map<string, Point>> | undefined {
  const job = jobs().get(journal);
  return job && job.today === today ? job.positions : undefined;
}

/** Stops and forgets every job: the build is over, and one that failed must not leave a worker running. */
export function clearLayouts(): void {
  for (const job of jobs().values()) void job.worker.terminate();
  jobs().clear();
}
