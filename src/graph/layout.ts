/**
 * Where each node sits in the site's Network view, computed at build time (ForceAtlas2 from
 * graphology) so the browser only draws. "Me" is left out of the picture: tied to everyone, it would pull the whole
 * network into one knot. Seeded start positions make the picture the same on every build.
 */
import forceAtlas2Import from "graphology-layout-forceatlas2";
import randomImport from "graphology-layout/random.js";
import { seededRandom } from "../core/random.ts";
import type { Network } from "./analyse.ts";
import { cjsDefault } from "./interop.ts";
import { tieGraph } from "./ties.ts";

const forceAtlas2 = cjsDefault(forceAtlas2Import);
const random = cjsDefault(randomImport);

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** Fewer iterations for large graphs keep the build fast; the layout settles early at that size. */
function iterationsFor(order: number): number {
  return order <= 500 ? 300 : order <= 3000 ? 120 : 60;
}

/**
 * Barnes-Hut's approximation of the repulsion, used above 1 000 nodes: Gephi's own default
 * (graphology's is 0.5), about half the time of 0.5 for the same picture (`npx node bench/layout.ts`:
 * edge lengths and community spread).
 */
export const LAYOUT_THETA = 1.2;

export function layoutOf(network: Network, theta = LAYOUT_THETA): Map<string, Point> {
  const graph = tieGraph(network.graph, { withMe: false });
  random.assign(graph, { rng: seededRandom(42), scale: 100, center: 0 });
  forceAtlas2.assign(graph, {
    iterations: iterationsFor(graph.order),
    getEdgeWeight: "weight",
    settings: {
      ...forceAtlas2.inferSettings(graph),
      gravity: 1,
      barnesHutOptimize: graph.order > 1000,
      barnesHutTheta: theta,
    },
  });
  const points = new Map<string, Point>();
  graph.forEachNode((node, a) => {
    const placed = a as typeof a & { x: number; y: number };
    points.set(node, { x: round(placed.x), y: round(placed.y) });
  });
  return points;
}

function round(v: number): number {
  return Math.round(v * 100) / 100;
}
