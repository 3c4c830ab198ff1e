/**
 * Times the relationship graph on a generated journal of 10 000 contacts and 1 000 events: the
 * journal is generated and loaded once, then every step runs alone, several times; the table shows
 * each step's median and names the one that dominates.
 *
 *   npx node bench/graph.ts [contacts] [events] [runs]
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { writeJournal } from "./generate.ts";
import { loadJournal } from "../src/journal/load.ts";
import { circleOf } from "../src/depth/circle.ts";
import { depthsOf } from "../src/depth/score.ts";
import { analyseNetwork, type Network } from "../src/graph/analyse.ts";
import { buildGraph } from "../src/graph/build.ts";
import { labelCommunities } from "../src/graph/communities.ts";
import { betweennessOf, degreesOf, louvainOf } from "../src/graph/metrics.ts";
import { pathsFromMe } from "../src/graph/reach.ts";
import { tieGraph } from "../src/graph/ties.ts";

const [contacts = 10_000, events = 1_000, runs = 3] = process.argv.slice(2).map(Number);
const today = "2026-11-24";

const dir = await mkdtemp(path.join(tmpdir(), "rapport-bench-graph-"));
try {
  await writeJournal(dir, { contacts, events, seed: 42, today });
  let t = performance.now();
  const journal = await loadJournal(dir);
  console.log(
    `${contacts} contacts, ${events} events: loaded in ${Math.round(performance.now() - t)} ms (not counted)`,
  );

  const times = new Map<string, number[]>();
  const time = <T>(step: string, fn: () => T): T => {
    const start = performance.now();
    const result = fn();
    const list = times.get(step) ?? [];
    list.push(performance.now() - start);
    times.set(step, list);
    return result;
  };

  let sizes = "";
  let mode = "";
  for (let run = 0; run < runs; run++) {
    const depths = time("depth of every contact", () => depthsOf(journal, today));
    const circle = time("inner circle", () => circleOf(depths.values()));
    const inner = new Set(circle.inner.map((d) => d.contact));
    const graph = time("build graph", () => buildGraph(journal, { depths, inner }));
    const ties = time("tie graph for paths", () => tieGraph(graph, { withMe: true, withEvents: false }));
    const others = time("tie graph for metrics", () => tieGraph(graph, { withMe: false }));
    const degrees = time("degree", () => degreesOf(others));
    const b = time("betweenness", () => betweennessOf(others));
    mode = b.exact ? "exact" : `estimated from ${b.sources} of ${others.order} source nodes`;
    const louvain = time("louvain", () => louvainOf(others));
    const { communities } = time("community labels", () => labelCommunities(journal, graph, louvain, degrees));
    const network: Network = { journal, today, depths, circle, graph, ties, communities };
    time("dijkstra from me (intro, prep)", () => pathsFromMe(network));
    time("analyseNetwork, all of the above but dijkstra", () => analyseNetwork(journal, today));
    sizes = `graph: ${graph.order} nodes, ${graph.size} edges; tie graph without me: ${others.order} nodes, ${others.size} edges; ${communities.length} communities`;
  }
  console.log(sizes);
  console.log(`betweenness: ${mode}`);

  const median = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    const m = s.length >> 1;
    return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
  };
  const rows = [...times].map(([step, xs]) => ({ step, ms: median(xs) }));
  const total = rows.find((r) => r.step.startsWith("analyseNetwork"))!;
  const steps = rows.filter((r) => r !== total);
  const dominant = steps.filter((r) => !r.step.startsWith("dijkstra")).sort((a, b) => b.ms - a.ms)[0]!;
  const width = Math.max(...rows.map((r) => r.step.length));
  console.log(`\nmedian of ${runs} runs`);
  console.log(`${"step".padEnd(width)}  ${"ms".padStart(8)}  share`);
  for (const r of steps) {
    console.log(
      `${r.step.padEnd(width)}  ${r.ms.toFixed(0).padStart(8)}  ${((r.ms / total.ms) * 100).toFixed(0).padStart(4)}%`,
    );
  }
  console.log(`${total.step.padEnd(width)}  ${total.ms.toFixed(0).padStart(8)}`);
  console.log(`\ndominant step: ${dominant.step} (${((dominant.ms / total.ms) * 100).toFixed(0)}% of analyseNetwork)`);
} finally {
  await rm(dir, { recursive: true, force: true });
}
