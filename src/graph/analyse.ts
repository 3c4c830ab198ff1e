/**
 * Everything the graph commands and the site need, computed once per run: depth, the inner circle,
 * the graph, the tie graphs and the metrics, written back onto the graph's nodes. Each step is its
 * own exported function so the benchmark can time it alone.
 */
import { circleOf, type CircleView } from "../depth/circle.ts";
import { depthsOf, type Depth } from "../depth/score.ts";
import type { IsoDate, Journal } from "../journal/model.ts";
import { buildGraph, type RapportGraph } from "./build.ts";
import { labelCommunities, type Community } from "./communities.ts";
import { betweennessOf, degreesOf, louvainOf, type Betweenness } from "./metrics.ts";
import { tieGraph, type TieGraph } from "./ties.ts";
import { ME } from "./types.ts";

export interface Network {
  readonly journal: Journal;
  readonly today: IsoDate;
  readonly depths: ReadonlyMap<string, Depth>;
  readonly circle: CircleView;
  /** Every tie, with metrics on the nodes: what `rapport graph` exports. */
  readonly graph: RapportGraph;
  /** The strongest tie per pair between "me", contacts and organisations: what warm paths run on. */
  readonly ties: TieGraph;
  readonly communities: readonly Community[];
  /** How betweenness was computed; absent when metrics were skipped. */
  readonly betweenness?: Omit<Betweenness, "scores">;
}

/** Degree, betweenness and communities: plain data (Maps), so a worker thread can compute them. */
export interface Metrics {
  readonly degrees: ReadonlyMap<string, number>;
  readonly betweenness: Betweenness;
  readonly louvain: ReadonlyMap<string, number>;
}

export interface AnalyseOptions {
  /**
   * Degree, betweenness and communities (default true). Paths and introductions do not need them,
   * and betweenness is the expensive step on a large journal. Metrics computed elsewhere (a worker)
   * with `metricsOf` for this very journal and day are taken as they are.
   */
  readonly metrics?: boolean | Metrics;
}

export function analyseNetwork(journal: Journal, today: IsoDate, options: AnalyseOptions = {}): Network {
  const depths = depthsOf(journal, today);
  const circle = circleOf(depths.values());
  const graph = buildGraph(journal, { depths, inner: new Set(circle.inner.map((d) => d.contact)) });
  const ties = tieGraph(graph, { withMe: true, withEvents: false });
  if (options.metrics === false) return { journal, today, depths, circle, graph, ties, communities: [] };
  const { degrees, betweenness, louvain } = typeof options.metrics === "object" ? options.metrics : metricsOf(graph);
  const { communities, communityOf } = labelCommunities(journal, graph, louvain, degrees);
  graph.updateEachNodeAttributes((node, a) => {
    if (node === ME) return { ...a, degree: ties.degree(ME) };
    const community = communityOf.get(node)!;
    return {
      ...a,
      degree: degrees.get(node) ?? 0,
      betweenness: round(betweenness.scores.get(node) ?? 0),
      community,
      communityLabel: communities[community]!.label,
    };
  });
  return {
    journal,
    today,
    depths,
    circle,
    graph,
    ties,
    communities,
    betweenness: { exact: betweenness.exact, sources: betweenness.sources },
  };
}

/** The metrics of a network's graph (as built by `analyseNetwork`, with or without metrics). */
export function metricsOf(graph: RapportGraph): Metrics {
  const others = tieGraph(graph, { withMe: false });
  return { degrees: degreesOf(others), betweenness: betweennessOf(others), louvain: louvainOf(others) };
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
