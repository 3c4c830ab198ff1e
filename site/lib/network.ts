/**
 * The graph analysis, once per build for every page that shows communities, paths or stats. In
 * `rapport build` the network worker (src/site/workers.ts) computes the metrics and the layout
 * meanwhile; elsewhere (the dev server) they are computed here, with the same result.
 */
import { analyseNetwork, pathsFromMe, reachOf, type Network, type Reach } from "../../src/graph/index.ts";
import { layoutOf, type Point } from "../../src/graph/layout.ts";
import type { Journal } from "../../src/journal/model.ts";
import { pendingNetwork } from "../../src/site/workers.ts";
import { buildDay } from "./journal.ts";

interface Analysed {
  readonly network: Network;
  readonly paths: ReturnType<typeof pathsFromMe>;
  /** Positions for the Network view. */
  layout(): Promise<Map<string, Point>>;
}

const analysed = new WeakMap<Journal, Promise<Analysed>>();

export function networkOf(journal: Journal): Promise<Analysed> {
  let a = analysed.get(journal);
  if (!a) {
    a = analyse(journal);
    analysed.set(journal, a);
  }
  return a;
}

async function analyse(journal: Journal): Promise<Analysed> {
  const today = buildDay(journal);
  const job = pendingNetwork(journal, today);
  const network = analyseNetwork(journal, today, job ? { metrics: await job.metrics } : {});
  let points: Promise<Map<string, Point>> | undefined;
  const layout = () => (points ??= job?.positions ?? Promise.resolve(layoutOf(network)));
  return { network, paths: pathsFromMe(network), layout };
}

export async function reachTo(journal: Journal, contact: string): Promise<Reach | undefined> {
  const { network, paths } = await networkOf(journal);
  return reachOf(network, paths, contact, journal.settings.locale);
}

export async function communityOf(journal: Journal, node: string): Promise<{ id: number; label: string } | undefined> {
  const { network } = await networkOf(journal);
  if (!network.graph.hasNode(node)) return undefined;
  const a = network.graph.getNodeAttributes(node) as { community?: number; communityLabel?: string };
  return a.community === undefined ? undefined : { id: a.community, label: a.communityLabel ?? "" };
}
