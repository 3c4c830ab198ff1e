/**
 * Pagefind, driven from a thread of its own (src/site/search-index.ts). The thread yields to the
 * build first and then starts Pagefind's process, which on Linux takes the priority of the thread
 * that starts it: the index is made in the time Astro leaves idle instead of slowing Astro down.
 * It answers once, when the files are written and Pagefind has stopped.
 */
import { parentPort } from "node:worker_threads";
import * as pagefind from "pagefind";
import type { SearchReply, SearchRequest } from "./search-index.ts";
import { yieldToTheBuild } from "./workers.ts";

yieldToTheBuild();

parentPort!.once("message", async ({ records, outputPath }: SearchRequest) => {
  const problems: string[] = [];
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) problems.push(...errors);
    else {
      const added = await Promise.all(records.map((record) => index.addCustomRecord({ ...record })));
      problems.push(...added.flatMap((result) => result.errors));
      problems.push(...(await index.writeFiles({ outputPath })).errors);
    }
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error));
  } finally {
    await pagefind.close();
  }
  parentPort!.postMessage({ problems } satisfies SearchReply);
});
