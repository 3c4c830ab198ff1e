/**
 * Parsing many files on every core: one worker thread per thread asked for, fed small batches
 * from a shared queue so that all finish together, each result stored at its file's index so the
 * merge is deterministic (the same array, in the same order, whatever the thread count and
 * whichever worker was faster).
 */
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { Batch, BatchResult } from "./protocol.ts";

export interface SourceText {
  readonly file: string;
  readonly text: string;
}

// A variable, not a literal: bundlers rewrite `new URL("literal", import.meta.url)` into an asset.
const WORKER_FILE = "./parse-worker.ts";

/** One thread per core. */
export function defaultThreads(): number {
  return availableParallelism();
}

/** The worker's file, or undefined where it cannot be run (bundled code, as in the site's build). */
function workerUrl(): URL | undefined {
  try {
    const url = new URL(WORKER_FILE, import.meta.url);
    return url.protocol === "file:" && existsSync(fileURLToPath(url)) ? url : undefined;
  } catch {
    return undefined;
  }
}

export function canUseWorkers(): boolean {
  return workerUrl() !== undefined;
}

/**
 * Parses `files` on `threads` workers; resolves to each file's encoded `ParsedFile` by index
 * (null where the parser threw: the caller parses that one itself).
 */
export async function parseInWorkers(files: readonly SourceText[], threads: number): Promise<(Uint8Array | null)[]> {
  const url = workerUrl();
  if (!url) throw new Error("parse workers are not available here");
  const results: (Uint8Array | null)[] = new Array(files.length).fill(null);
  // Batches small enough to balance the load, large enough that messages cost little.
  const size = Math.max(8, Math.min(128, Math.ceil(files.length / (threads * 16))));
  const batches: { start: number; batch: Batch }[] = [];
  for (let start = 0, id = 0; start < files.length; start += size, id++) {
    batches.push({ start, batch: { id, files: files.slice(start, start + size) } });
  }
  let next = 0;
  const workers = Array.from({ length: Math.min(threads, batches.length) }, () => new Worker(url));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const feed = () => {
              const item = batches[next++];
              if (item) worker.postMessage(item.batch);
              else resolve();
            };
            worker.on("message", (message: BatchResult) => {
              const start = batches[message.id]!.start;
              message.results.forEach((result, i) => (results[start + i] = result));
              feed();
            });
            worker.once("error", reject);
            worker.once("exit", (code) => reject(new Error(`a parse worker stopped (exit code ${code})`)));
            feed();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results;
}
