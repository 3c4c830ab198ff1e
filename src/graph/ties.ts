/**
 * The ties between two nodes, collapsed to one undirected edge carrying the strongest of them. The
 * algorithms need this simple graph: Louvain refuses mixed graphs, and a warm path should take the
 * strongest tie between two people, not count every way they are connected. Each tie remembers the
 * edge that made it, so every hop can still be explained with its kind and position.
 */
import { UndirectedGraph } from "graphology";
import type { RapportGraph } from "./build.ts";
import { ME, type NodeAttributes } from "./types.ts";
import { costOf } from "./weights.ts";

export interface TieAttributes {
  /** The strongest tie's weight. */
  weight: number;
  /** What a path pays to cross it: 1 / weight. */
  cost: number;
  /** Key of the strongest edge in the full graph. */
  edge: string;
}

export type TieGraph = UndirectedGraph<Pick<NodeAttributes, "kind" | "label">, TieAttributes>;

export interface TieOptions {
  /** With "me": for warm paths. Without: for the metrics. */
  readonly withMe: boolean;
  /**
   * With events (default): for the metrics. Warm paths leave them out: people met at one event are
   * tied by co-attendance already, and a chain of introductions runs through people.
   */
  readonly withEvents?: boolean;
}

export function tieGraph(graph: RapportGraph, options: TieOptions): TieGraph {
  const ties: TieGraph = new UndirectedGraph();
  graph.forEachNode((node, a) => {
    if (node === ME && !options.withMe) return;
    if (a.kind === "event" && options.withEvents === false) return;
    ties.addNode(node, { kind: a.kind, label: a.label });
  });
  graph.forEachEdge((edge, a, source, target) => {
    if (!ties.hasNode(source) || !ties.hasNode(target)) return;
    const existing = ties.edge(source, target);
    if (existing === undefined) {
      ties.addEdge(source, target, { weight: a.weight, cost: costOf(a.weight), edge });
    } else if (a.weight > ties.getEdgeAttribute(existing, "weight")) {
      ties.replaceEdgeAttributes(existing, { weight: a.weight, cost: costOf(a.weight), edge });
    }
  });
  return ties;
}
