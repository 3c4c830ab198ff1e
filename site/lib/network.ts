/** The graph analysis, once per build for every page that shows communities, paths or stats. */
import { analyseNetwork, pathsFromMe, reachOf, type Network, type Reach } from "../../src/graph/index.ts";
import type { Journal } from "../../src/journal/model.ts";
import { buildDay } from "./journal.ts";
import { layoutOf, type Point } from "../../src/graph/layout.ts";
import { pendingLayout } from "../../src/site/layout-job.ts";

interface Analysed {
  readonly network: Network;
  readonly paths: ReturnType<typeof pathsFromMe>;
  /** Positions for the Network view: from the build's layout worker, else computed on first use. */
  layout(): Promise<Map<string, Point>>;
}

const analysed = new WeakMap<Journal, Analysed>();

export function networkOf(journal: Journal): Analysed {
  let a = analysed.get(journal);
  if (!a) {
    const today = buildDay(journal);
    const network = analyseNetwork(journal, today);
    let points: Promise<Map<string, Point>> | undefined;
    const layout = () => (points ??= pendingLayout(journal, today) ?? Promise.resolve(layoutOf(network)));
    a = { network, paths: pathsFromMe(network), layout };
    analysed.set(journal, a);
  }
  return a;
}

export function reachTo(journal: Journal, contact: string): Reach | undefined {
  const { network, paths } = networkOf(journal);
  return reachOf(network, paths, contact, journal.settings.locale);
}

export function communityOf(journal: Journal, node: string): { id: number; label: string } | undefined {
  const { network } = networkOf(journal);
  if (!network.graph.hasNode(node)) return undefined;
  const a = network.graph.getNodeAttributes(node) as { community?: number; communityLabel?: string };
  return a.community === undefined ? undefined : { id: a.community, label: a.communityLabel ?? "" };
}
