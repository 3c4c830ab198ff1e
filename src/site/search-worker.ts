/**
 * Pagefind, driven from a thread of its own (src/site/search-index.ts). The thread yields to the
 * build first and then starts Pagefind's process, which on Linux takes the priority of the thread
 * that starts it: the index is made in the time Astro leaves idle instead of slowing Astro down.
 * It answers once, when the files are written and Pagefind's process has ended.
 */
import childProcess, { type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { parentPort } from "node:worker_threads";
import * as pagefind from "pagefind";
import type { SearchReply, SearchRequest } from "./search-index.ts";
import { yieldToTheBuild } from "./workers.ts";

yieldToTheBuild();

/**
 * The pagefind package starts its process and keeps it to itself, and its `close()` does not wait
 * for the process to end. An ended process is reaped by the thread that started it: were this
 * thread gone first, it would stay a zombie until Rapport exits. So the processes started here are
 * noted (this thread's `child_process` is its own) and awaited.
 */
const started: ChildProcess[] = [];
const spawn = childProcess.spawn;
childProcess.spawn = function (this: unknown, ...args: unknown[]) {
  const child = Reflect.apply(spawn, this, args) as ChildProcess;
  started.push(child);
  return child;
} as typeof spawn;

async function ended(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.ref(); // pagefind unrefs it, and this thread must stay to see it end
  await once(child, "exit");
}

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
    await Promise.all(started.map(ended));
  }
  parentPort!.postMessage({ problems } satisfies SearchReply);
});
