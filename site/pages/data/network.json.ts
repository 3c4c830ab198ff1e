// What the Network view draws: every node with its place, size and the keys it can be coloured and filtered by.
import type { APIRoute } from "astro";
import { ME } from "../../../src/graph/index.ts";
import { getJournal } from "../../lib/journal.ts";
import { networkOf } from "../../lib/network.ts";
import { url } from "../../lib/urls.ts";

export const GET: APIRoute = async () => {
  const journal = await getJournal();
  const { network, layout } = await networkOf(journal);
  const points = await layout();
  const nodes: unknown[] = [];
  network.graph.forEachNode((id, a) => {
    const p = points.get(id);
    if (id === ME || !p) return;
    const contact = journal.contactById.get(id);
    nodes.push({
      id,
      kind: a.kind,
      label: a.label,
      x: p.x,
      y: p.y,
      size: a.kind === "contact" ? 3 + (a.depth ?? 0) / 12 : a.kind === "event" ? 5 : 3.5,
      ...(a.circle ? { circle: a.circle } : {}),
      ...(a.community !== undefined ? { community: a.community } : {}),
      ...(contact?.tags.length ? { tags: contact.tags } : {}),
      ...(a.kind === "contact" ? { href: url.person(id) } : a.kind === "event" ? { href: url.event(id) } : {}),
    });
  });
  const edges: unknown[] = [];
  const seen = new Set<string>();
  network.graph.forEachEdge((_e, a, source, target) => {
    if (source === ME || target === ME) return;
    const key = source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`;
    if (seen.has(key)) return; // one line per pair is enough for the picture
    seen.add(key);
    edges.push({ source, target, kind: a.kind });
  });
  const communities = network.communities.map((c) => ({ id: c.id, label: c.label }));
  return new Response(JSON.stringify({ nodes, edges, communities }), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
