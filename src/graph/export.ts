/**
 * The graph for other tools. JSON is graphology's own serialisation (`graph.export()`), so the site
 * loads it with `Graph.from(json)` and draws it with sigma; GEXF comes from graphology-gexf (Gephi);
 * DOT (Graphviz) has no maintained graphology writer, so it is written here. Shapes: docs/graph.md.
 */
import type { SerializedGraph } from "graphology-types";
import { write as writeGexf } from "graphology-gexf";
import type { Network } from "./analyse.ts";
import type { Community } from "./communities.ts";
import type { EdgeAttributes, NodeAttributes } from "./types.ts";

export const GRAPH_FORMAT_VERSION = 1;

export interface GraphAttributes {
  format: "rapport-graph";
  version: number;
  owner: string;
  today: string;
  /** Exact, or estimated from `sources` nodes on a large journal. */
  betweenness: { exact: boolean; sources: number };
  communities: Omit<Community, "members">[];
}

export type GraphJson = SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export function graphJson(network: Network): GraphJson {
  const exported = network.graph.export();
  return {
    attributes: {
      format: "rapport-graph",
      version: GRAPH_FORMAT_VERSION,
      owner: network.journal.settings.owner,
      today: network.today,
      betweenness: { ...(network.betweenness ?? { exact: true, sources: 0 }) },
      communities: network.communities.map(({ members: _members, ...c }) => c),
    },
    options: exported.options,
    nodes: exported.nodes,
    edges: exported.edges,
  };
}

/** GEXF 1.3: node and edge attributes become typed attvalues; owner and today go in the metadata. */
export function graphGexf(network: Network): string {
  const graph = network.graph.copy();
  graph.replaceAttributes({ owner: network.journal.settings.owner, today: network.today });
  return writeGexf(graph, { version: "1.3", pretty: true });
}

const SHAPE: Readonly<Record<NodeAttributes["kind"], string>> = {
  me: "doublecircle",
  contact: "ellipse",
  event: "box",
  organisation: "hexagon",
};

/**
 * Graphviz DOT: a digraph in which undirected ties have `dir=none`. Graphviz reserves `pos` and
 * wants integer weights, so the position is `origin` and the tie strength `strength`.
 */
export function graphDot(network: Network): string {
  const { graph } = network;
  const lines = [`digraph ${quote(network.journal.settings.owner)} {`];
  graph.forEachNode((node, a) => {
    const attrs: [string, string | number | boolean | undefined][] = [
      ["label", a.label],
      ["shape", SHAPE[a.kind]],
      ["kind", a.kind],
      ["circle", a.circle],
      ["depth", a.depth],
      ["inner", a.inner],
      ["degree", a.degree],
      ["betweenness", a.betweenness],
      ["community", a.community],
      ["community_label", a.communityLabel],
    ];
    lines.push(`  ${quote(node)} [${attrList(attrs)}];`);
  });
  graph.forEachEdge((edge, a, source, target, _s, _t, undirected) => {
    const attrs: [string, string | number | boolean | undefined][] = [
      ["kind", a.kind],
      ["origin", a.pos],
      ["strength", a.weight],
      ["penwidth", Math.round((1 + 2 * a.weight) * 10) / 10],
      ["date", a.date],
      ["event", a.event],
      ["dir", undirected ? "none" : undefined],
      ["id", edge],
    ];
    lines.push(`  ${quote(source)} -> ${quote(target)} [${attrList(attrs)}];`);
  });
  lines.push("}");
  return `${lines.join("\n")}\n`;
}

function attrList(attrs: readonly [string, string | number | boolean | undefined][]): string {
  return attrs
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${typeof v === "string" ? quote(v) : String(v)}`)
    .join(", ");
}

function quote(text: string): string {
  return `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\r?\n/g, "\\n")}"`;
}
