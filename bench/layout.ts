/**
 * The Network view's layout at two Barnes-Hut approximations: graphology's default (0.5) and
 * Gephi's (1.2, what Rapport uses). For each, on generated journals: the median time of ForceAtlas2
 * and two measures of the picture, so the faster setting is shown not to draw a worse one:
 * - edge / pair: the mean length of a tie over the mean distance of two nodes picked at random
 *   (lower: people who know each other sit closer together);
 * - within / across: the mean distance of two nodes in the same community over that of two in
 *   different ones (lower: communities stand apart).
 *
 *   npx node bench/layout.ts [contacts,…] [runs]
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { seededRandom } from "../src/core/random.ts";
import { analyseNetwork, type Network } from "../src/graph/analyse.ts";
import { layoutOf, LAYOUT_THETA, type Point } from "../src/graph/layout.ts";
import { tieGraph } from "../src/graph/ties.ts";
import { loadJournal } from "../src/journal/load.ts";
import { writeJournal } from "./generate.ts";

const [sizesArg = "2000,10000", runsArg = "3"] = process.argv.slice(2);
const SIZES = sizesArg.split(",").map(Number);
const RUNS = Number(runsArg);
const THETAS = [0.5, LAYOUT_THETA];
const PAIRS = 200_000;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function measures(network: Network, points: Map<string, Point>): { edge: number; within: number } {
  const ties = tieGraph(network.graph, { withMe: false });
  const distance = (a: string, b: string) => {
    const p = points.get(a)!;
    const q = points.get(b)!;
    return Math.hypot(p.x - q.x, p.y - q.y);
  };
  let edges = 0;
  ties.forEachEdge((_edge, _attributes, source, target) => (edges += distance(source, target)));
  const community = (node: string) => network.graph.getNodeAttribute(node, "community") as number;
  const nodes = ties.nodes();
  const random = seededRandom(7);
  const pick = () => nodes[Math.floor(random() * nodes.length)]!;
  const sums = { all: 0, within: 0, across: 0 };
  const counts = { all: 0, within: 0, across: 0 };
  for (let i = 0; i < PAIRS; i++) {
    const [a, b] = [pick(), pick()];
    if (a === b) continue;
    const d = distance(a, b);
    const kind = community(a) === community(b) ? "within" : "across";
    sums.all += d;
    counts.all++;
    sums[kind] += d;
    counts[kind]++;
  }
  const mean = (k: keyof typeof sums) => sums[k] / counts[k];
  return { edge: edges / ties.size / mean("all"), within: mean("within") / mean("across") };
}

for (const contacts of SIZES) {
  const dir = await mkdtemp(path.join(tmpdir(), "rapport-bench-layout-"));
  try {
    await writeJournal(dir, { contacts, events: Math.round(contacts / 10), seed: 42, today: "2026-11-24" });
    const network = analyseNetwork(await loadJournal(dir), "2026-11-24");
    console.log(`\n${contacts.toLocaleString("en")} contacts: ${network.graph.order.toLocaleString("en")} nodes`);
    const times = new Map<number, number[]>(THETAS.map((theta) => [theta, []]));
    // Alternating the settings spreads the machine's noise over both.
    for (let run = 0; run < RUNS; run++) {
      for (const theta of THETAS) {
        const start = performance.now();
        layoutOf(network, theta);
        times.get(theta)!.push(performance.now() - start);
      }
    }
    const floor = median(times.get(THETAS[0]!)!);
    for (const theta of THETAS) {
      const ms = median(times.get(theta)!);
      const { edge, within } = measures(network, layoutOf(network, theta));
      console.log(
        `  theta ${theta.toFixed(1)}: ${ms.toFixed(0).padStart(5)} ms (${(ms / floor).toFixed(2)}×)` +
          `  edge / pair ${edge.toFixed(3)}  within / across ${within.toFixed(3)}`,
      );
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
