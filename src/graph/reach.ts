/**
 * How warmly you can reach a contact: the cheapest chain of ties from "me" (Dijkstra from
 * graphology-shortest-path, a hop costing 1 / tie strength), and the best person to introduce you,
 * the last contact before them on the cheapest chain that does not end with your own tie to them.
 */
import { bidirectional, singleSource } from "graphology-shortest-path/dijkstra.js";
import { compare } from "../journal/resolve.ts";
import type { Locale } from "../journal/model.ts";
import type { Network } from "./analyse.ts";
import { hopsOf, pathCost, round, type Hop } from "./hops.ts";
import { ME } from "./types.ts";

export interface Route {
  readonly nodes: readonly string[];
  readonly cost: number;
  /** 100 / cost: equal to the depth for your own tie, lower with every hop. */
  readonly warmth: number;
  readonly hops: readonly Hop[];
}

export interface Introduction extends Route {
  /** The contact who would introduce you. */
  readonly introducer: string;
}

export interface Reach {
  readonly contact: string;
  /** The warmest way to them, direct or not. */
  readonly best: Route;
  /** The warmest way through someone else, when there is one. */
  readonly introduction?: Introduction;
}

/** The warmest chain from "me" to one node, or undefined when none exists. */
export function warmestPath(network: Network, target: string, locale: Locale): Route | undefined {
  if (!network.ties.hasNode(target)) return undefined;
  const nodes = bidirectional(network.ties, ME, target, "cost");
  return nodes ? routeOf(network, nodes, locale) : undefined;
}

/** Cheapest paths from "me" to every node: one Dijkstra, shared by every reach computed from it. */
export type Paths = Readonly<Record<string, readonly string[]>>;

export function pathsFromMe(network: Network): Paths {
  return singleSource(network.ties, ME, "cost");
}

export function reachOf(network: Network, paths: Paths, contact: string, locale: Locale): Reach | undefined {
  const direct = paths[contact];
  if (!direct) return undefined;
  const introduction = introductionTo(network, paths, contact, locale);
  return { contact, best: routeOf(network, direct, locale), ...(introduction ? { introduction } : {}) };
}

function introductionTo(network: Network, paths: Paths, contact: string, locale: Locale): Introduction | undefined {
  const { ties, graph } = network;
  let best: { nodes: string[]; cost: number; introducer: string } | undefined;
  ties.forEachNeighbor(contact, (neighbour) => {
    const path = paths[neighbour];
    if (neighbour === ME || !path || path.includes(contact)) return;
    // Through an organisation, the introducer is the last person before it.
    const introducer = [...path].reverse().find((n) => graph.getNodeAttribute(n, "kind") === "contact");
    if (!introducer) return;
    const nodes = [...path, contact];
    const cost = pathCost(ties, nodes);
    if (!best || cost < best.cost || (cost === best.cost && compare(introducer, best.introducer) < 0)) {
      best = { nodes, cost, introducer };
    }
  });
  if (!best) return undefined;
  const found: { nodes: string[]; introducer: string } = best;
  return { introducer: found.introducer, ...routeOf(network, found.nodes, locale) };
}

function routeOf(network: Network, nodes: readonly string[], locale: Locale): Route {
  const cost = pathCost(network.ties, nodes);
  return {
    nodes,
    cost: round(cost),
    warmth: Math.round(100 / cost),
    hops: hopsOf(network.graph, network.ties, nodes, locale),
  };
}
