/**
 * The notes on a thread of their own: micromark's parse of every note is the largest share of a
 * person page, and the pages render meanwhile on the main thread. It receives the texts and where
 * their links lead, and answers with each text's HTML, in the same order.
 */
import { parentPort } from "node:worker_threads";
import { noteRenderer } from "./notes.ts";
import { yieldToTheBuild, type NotesReply, type NotesRequest } from "./workers.ts";

yieldToTheBuild();

parentPort!.once("message", ({ texts, targets }: NotesRequest) => {
  const render = noteRenderer(targets);
  parentPort!.postMessage(texts.map(render) satisfies NotesReply);
});
