// The relationship graph as `rapport graph --format json` writes it (docs/graph.md), with the positions of the Network view.
import type { APIRoute } from "astro";
import { graphJson } from "../../src/graph/index.ts";
import { getJournal } from "../lib/journal.ts";
import { networkOf } from "../lib/network.ts";

export const GET: APIRoute = async () => {
  const analysed = await networkOf(await getJournal());
  const json = graphJson(analysed.network);
  const layout = await analysed.layout();
  const nodes = json.nodes.map((n) => {
    const p = layout.get(n.key);
    return p ? { ...n, attributes: { ...n.attributes, x: p.x, y: p.y } } : n;
  });
  return new Response(JSON.stringify({ ...json, nodes }), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
