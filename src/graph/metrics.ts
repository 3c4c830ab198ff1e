/**
 * Degree, betweenness and communities from the maintained graphology packages, on the tie graph
 * without "me": "me" touches every contact, so with it everybody would be one community and "me"
 * the only connector.
 */
import betweennessImport from "graphology-metrics/centrality/betweenness.js";
import louvainImport from "graphology-communities-louvain";
import { createUnweightedIndexedBrandes } from "graphology-shortest-path/indexed-brandes.js";
import { cjsDefault } from "./interop.ts";
import type { TieGraph } from "./ties.ts";

const betweennessCentrality = cjsDefault(betweennessImport);
const louvain = cjsDefault(louvainImport);

/** Distinct neighbours per node (graphology's own degree on the simple tie graph). */
export function degreesOf(ties: TieGraph): Map<string, number> {
  const degrees = new Map<string, number>();
  ties.forEachNode((node) => degrees.set(node, ties.degree(node)));
  return degrees;
}

/** Up to this many nodes betweenness is exact (about a second on a slow machine)… */
export const EXACT_BETWEENNESS_LIMIT = 2000;
/** …above it, it is estimated from this many source nodes. */
export const BETWEENNESS_SOURCES = 1000;

export interface Betweenness {
  readonly scores: Map<string, number>;
  readonly exact: boolean;
  /** The nodes whose shortest paths were counted: all of them when exact. */
  readonly sources: number;
}

/**
 * Normalised betweenness: the share of shortest paths between others that run through a node, the
 * connectors of the network. Unweighted (hop count): who connects groups, not how warmly; that is
 * also the fast variant (breadth-first instead of Dijkstra from every node). Exact Brandes is
 * O(nodes x edges), about 20 s for 10 000 contacts, so large graphs get the sampled estimate.
 */
export function betweennessOf(ties: TieGraph): Betweenness {
  // graphology's Brandes cannot size its stack for an empty graph (a journal with no contacts yet).
  if (ties.order === 0) return { scores: new Map(), exact: true, sources: 0 };
  if (ties.order > EXACT_BETWEENNESS_LIMIT) return sampledBetweenness(ties, BETWEENNESS_SOURCES);
  const scores = betweennessCentrality(ties, { getEdgeWeight: null, normalized: true });
  return { scores: new Map(Object.entries(scores)), exact: true, sources: ties.order };
}

/** What graphology-shortest-path's indexed Brandes returns; its typings put `index` on the wrong object. */
interface IndexedBrandes {
  (source: number): [{ size: number; pop(): number | undefined }, number[][], Uint32Array];
  index: { collect(results: Float64Array): Record<string, number> };
}

/**
 * Brandes and Pich's estimate (2007, what networkx does with `k`): the dependencies of `k` source
 * nodes, spread evenly over the node order, scaled up by n / k and normalised like the exact
 * betweenness. The shortest paths come from the same maintained routine graphology-metrics uses;
 * only the summing over fewer sources is ours. With k = n it is the exact value.
 */
export function sampledBetweenness(ties: TieGraph, k: number): Betweenness {
  const n = ties.order;
  if (n === 0) return { scores: new Map(), exact: true, sources: 0 };
  const sources = Math.min(k, n);
  const brandes = createUnweightedIndexedBrandes(ties) as unknown as IndexedBrandes;
  const delta = new Float64Array(n);
  const centrality = new Float64Array(n);
  for (let j = 0; j < sources; j++) {
    const source = Math.floor((j * n) / sources);
    const [stack, predecessors, sigma] = brandes(source);
    delta.fill(0);
    // Nodes come off the stack farthest first, so each passes its dependency on to its predecessors.
    for (let w = stack.pop(); w !== undefined; w = stack.pop()) {
      const coefficient = (1 + delta[w]!) / sigma[w]!;
      for (const v of predecessors[w]!) delta[v]! += sigma[v]! * coefficient;
      if (w !== source) centrality[w]! += delta[w]!;
    }
  }
  if (n > 2) {
    const scale = n / sources / ((n - 1) * (n - 2));
    for (let i = 0; i < n; i++) centrality[i]! *= scale;
  }
  return { scores: new Map(Object.entries(brandes.index.collect(centrality))), exact: sources === n, sources };
}

/** Louvain on tie strength. `randomWalk: false` makes it deterministic: the same journal, the same communities. */
export function louvainOf(ties: TieGraph): Map<string, number> {
  const mapping = louvain(ties, { getEdgeWeight: "weight", randomWalk: false });
  return new Map(Object.entries(mapping));
}
