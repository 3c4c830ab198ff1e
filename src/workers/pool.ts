/**
 * Parsing many files on every core: this thread and one worker per further thread take small
 * batches from one queue, so all finish together; each result is stored at its file's index, so
 * the merge is deterministic (the same array, in the same order, whatever the thread count and
 * whichever thread was faster). This thread parses too: a worker costs about half a second to
 * start (loading the parser), which on two cores is better spent parsing.
 */
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { setImmediate as nextTurn } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { parseFile, type ParsedFile } from "../journal/parse-file.ts";
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
 * Parses `files` on `threads` threads (this one and `threads - 1` workers). Each result is the
 * `ParsedFile` itself when this thread parsed it, or as the cache encodes it when a worker did
 * (so it is decoded once, and stored without encoding it again).
 */
export async function parseInParallel(
  files: readonly SourceText[],
  threads: number,
): Promise<(ParsedFile | Uint8Array)[]> {
  const url = workerUrl();
  if (!url) throw new Error("parse workers are not available here");
  const results: (ParsedFile | Uint8Array)[] = new Array(files.length);
  // Batches small enough to balance the load and to let this thread answer the workers often.
  const size = Math.max(8, Math.min(64, Math.ceil(files.length / (threads * 16))));
  const batches: { start: number; batch: Batch }[] = [];
  for (let start = 0, id = 0; start < files.length; start += size, id++) {
    batches.push({ start, batch: { id, files: files.slice(start, start + size) } });
  }
  let next = 0;
  const parseHere = (item: { start: number; batch: Batch }) =>
    item.batch.files.forEach(({ file, text }, i) => (results[item.start + i] = parseFile(file, text)));

  const workers = Array.from({ length: Math.min(threads - 1, batches.length) }, () => new Worker(url));
  const inWorker = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      let busy = 0;
      const feed = () => {
        const item = batches[next];
        if (item) {
          next++;
          busy++;
          worker.postMessage(item.batch);
        } else if (busy === 0) resolve();
      };
      worker.on("message", (message: BatchResult) => {
        const item = batches[message.id]!;
        message.results.forEach((result, i) => {
          // Where the parser threw in the worker, it throws here too, as in a plain load.
          results[item.start + i] = result ?? parseFile(item.batch.files[i]!.file, item.batch.files[i]!.text);
        });
        busy--;
        feed();
      });
      worker.once("error", reject);
      worker.once("exit", (code) => reject(new Error(`a parse worker stopped (exit code ${code})`)));
      // Two batches each, so a worker never waits for this thread to hand it the next one.
      feed();
      feed();
    });
  const here = async () => {
    while (next < batches.length) {
      parseHere(batches[next++]!);
      await nextTurn();
    }
  };
  try {
    await Promise.all([here(), ...workers.map(inWorker)]);
  } finally {
    // Should a worker fail, this thread stops taking batches too: the caller parses what is left.
    next = batches.length;
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results;
}
