/**
 * The network on a thread of its own: betweenness, communities and ForceAtlas2 are the longest
 * steps of a large build, and the pages render meanwhile on the main thread. It receives the
 * journal as data and the build day, builds the network as the pages do, and answers first with
 * the metrics (every person page shows a community), then with every node's position.
 */
import { parentPort } from "node:worker_threads";
import { analyseNetwork, metricsOf } from "../graph/analyse.ts";
import { layoutOf } from "../graph/layout.ts";
import { fromData } from "../journal/serialize.ts";
import { yieldToTheBuild, type NetworkReply, type NetworkRequest } from "./workers.ts";

parentPort!.once("message", ({ data, today }: NetworkRequest) => {
  const network = analyseNetwork(fromData(data), today, { metrics: false });
  parentPort!.postMessage(metricsOf(network.graph) satisfies NetworkReply);
  // The first page awaits the metrics; the layout is wanted only by the network's data files.
  yieldToTheBuild();
  parentPort!.postMessage([...layoutOf(network)] satisfies NetworkReply);
});
