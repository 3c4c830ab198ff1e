/** The graph analysis, once per build for every page that shows communities, paths or stats. */
import { analyseNetwork, pathsFromMe, reachOf, type Network, type Reach } from "../../src/graph/index.ts";
import type { Journal } from "../../src/journal/model.ts";
import { buildDay } from "./journal.ts";
import { layoutOf, type Point } from "./layout.ts";

interface Analysed {
  readonly network: Network;
  readonly paths: ReturnType<typeof pathsFromMe>;
  /** Positions for the Network view, computed on first use. */
  layout(): Map<string, Point>;
}

const analysed = new WeakMap<Journal, Analysed>();

export function networkOf(journal: Journal): Analysed {
  let a = analysed.get(journal);
  if (!a) {
    const network = analyseNetwork(journal, buildDay(journal));
    let points: Map<string, Point> | undefined;
    a = { network, paths: pathsFromMe(network), layout: () => (points ??= layoutOf(network)) };
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
