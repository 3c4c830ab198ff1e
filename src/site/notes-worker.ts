/**
 * The notes on a thread of their own: micromark's parse of every note is the largest share of a
 * person page. It receives the texts, the one the pages need last first, and where their links
 * lead, and sends their HTML in batches as it goes; the pages render what it has not reached yet.
 */
import { parentPort } from "node:worker_threads";
import { noteRenderer } from "./notes.ts";
import { yieldToTheBuild, type NotesReply, type NotesRequest } from "./workers.ts";

yieldToTheBuild();

/** Small enough that the pages see each batch soon, large enough that messages stay few. */
const BATCH = 50;

parentPort!.once("message", ({ texts, targets }: NotesRequest) => {
  const render = noteRenderer(targets);
  for (let from = 0; from < texts.length; from += BATCH) {
    const html = texts.slice(from, from + BATCH).map(render);
    parentPort!.postMessage({ from, html } satisfies NotesReply);
  }
  if (texts.length === 0) parentPort!.postMessage({ from: 0, html: [] } satisfies NotesReply);
});
