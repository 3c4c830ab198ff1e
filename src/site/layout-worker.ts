/**
 * The Network view's layout on a thread of its own: ForceAtlas2 is the longest single step of a
 * large build, and the pages render meanwhile on the main thread. It receives the journal as data
 * and the build day, analyses the network as the pages do (without the metrics, which do not move
 * a node) and answers with every node's position.
 */
import { parentPort } from "node:worker_threads";
import { analyseNetwork } from "../graph/analyse.ts";
import { layoutOf } from "../graph/layout.ts";
import { fromData } from "../journal/serialize.ts";
import type { LayoutRequest, LayoutResult } from "./layout-job.ts";

parentPort!.once("message", ({ data, today }: LayoutRequest) => {
  const network = analyseNetwork(fromData(data), today, { metrics: false });
  parentPort!.postMessage([...layoutOf(network)] satisfies LayoutResult);
});
