/**
 * A parse worker: receives batches of journal files, parses each with the very `parseFile` the
 * main thread uses, and answers with the results already encoded as the cache stores them, so the
 * main thread decodes each result once and writes the cache without encoding it again.
 */
import { parentPort } from "node:worker_threads";
import { encode } from "../cache/store.ts";
import { parseFile } from "../journal/parse-file.ts";
import type { Batch, BatchResult } from "./protocol.ts";

parentPort!.on("message", (batch: Batch) => {
  const results = batch.files.map(({ file, text }) => {
    try {
      return encode(parseFile(file, text));
    } catch {
      // The main thread parses this file again itself, so it fails exactly as a sequential load would.
      return null;
    }
  });
  parentPort!.postMessage({ id: batch.id, results } satisfies BatchResult);
});
