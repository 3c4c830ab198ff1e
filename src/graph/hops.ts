/**
 * A hop of a warm path, explained: which tie it crosses, what kind it is and where the journal says
 * so ("Anna knows Jonas — knows, contacts/anna.md:7:9").
 */
import type { Locale } from "../journal/model.ts";
import type { RapportGraph } from "./build.ts";
import { graphMessages } from "./messages.ts";
import type { TieGraph } from "./ties.ts";
import type { EdgeKind } from "./types.ts";

export interface Hop {
  readonly from: string;
  readonly to: string;
  readonly kind: EdgeKind;
  /** `file:line:col` of the tie in the journal. */
  readonly pos: string;
  /** The edge's key in the graph export. */
  readonly edge: string;
  readonly cost: number;
  readonly reason: string;
}

export function hopsOf(graph: RapportGraph, ties: TieGraph, nodes: readonly string[], locale: Locale): Hop[] {
  const hops: Hop[] = [];
  for (let i = 1; i < nodes.length; i++) {
    const from = nodes[i - 1]!;
    const to = nodes[i]!;
    const tie = ties.getEdgeAttributes(ties.edge(from, to)!);
    const a = graph.getEdgeAttributes(tie.edge);
    hops.push({
      from,
      to,
      kind: a.kind,
      pos: a.pos,
      edge: tie.edge,
      cost: round(tie.cost),
      reason: reasonOf(graph, tie.edge, locale),
    });
  }
  return hops;
}

export function pathCost(ties: TieGraph, nodes: readonly string[]): number {
  let cost = 0;
  for (let i = 1; i < nodes.length; i++) cost += ties.getEdgeAttribute(ties.edge(nodes[i - 1]!, nodes[i]!)!, "cost");
  return cost;
}

/** The sentence for an edge, read in the direction the journal wrote it. */
export function reasonOf(graph: RapportGraph, edge: string, locale: Locale): string {
  const m = graphMessages(locale);
  const a = graph.getEdgeAttributes(edge);
  const label = (node: string) => graph.getNodeAttribute(node, "label");
  const source = graph.source(edge);
  const target = graph.target(edge);
  switch (a.kind) {
    case "relationship":
      return m.relationship(label(target), graph.getNodeAttribute(target, "depth") ?? 0);
    case "knows":
      return m.knows(label(source), label(target));
    case "introduced_by":
      return m.introducedBy(label(source), label(target));
    case "mention":
      return m.mention(label(source), label(target), a.date);
    case "met_at":
      return m.metAt(label(source), label(target));
    case "co_attendance":
      return m.coAttendance(label(source), label(target), a.event ? label(a.event) : "");
    case "works_at":
      return m.worksAt(label(source), label(target));
  }
}

export function round(value: number): number {
  return Math.round(value * 100) / 100;
}
