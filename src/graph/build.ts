/**
 * Builds the relationship graph once from the journal model: "me", contacts, events and
 * organisations, and every tie the journal states, each with its kind and where it is written.
 * A mixed multigraph, because two people can be tied several ways (they know each other and were
 * met at the same event) and "introduced by" and mentions have a direction. One pass over each
 * part of the model; co-attendance is the only quadratic step, and only within one event.
 */
import { MultiGraph } from "graphology";
import type { Depth } from "../depth/score.ts";
import type { Contact, Journal, Position } from "../journal/model.ts";
import { organisationKey } from "./organisation.ts";
import { ME, ORG_PREFIX, positionText, type EdgeAttributes, type EdgeKind, type NodeAttributes } from "./types.ts";
import { KIND_WEIGHT, relationshipWeight } from "./weights.ts";

export type RapportGraph = MultiGraph<NodeAttributes, EdgeAttributes>;

export interface BuildInput {
  readonly depths: ReadonlyMap<string, Depth>;
  /** Ids of the computed inner circle. */
  readonly inner: ReadonlySet<string>;
}

export function buildGraph(journal: Journal, input: BuildInput): RapportGraph {
  const graph: RapportGraph = new MultiGraph({ type: "mixed", allowSelfLoops: false });
  const keys = new Map<string, number>();
  const add = (
    kind: EdgeKind,
    source: string,
    target: string,
    pos: Position,
    directed: boolean,
    extra: Partial<EdgeAttributes> = {},
  ): void => {
    if (source === target || !graph.hasNode(source) || !graph.hasNode(target)) return;
    const base = `${kind}:${source}:${target}`;
    const n = (keys.get(base) ?? 0) + 1;
    keys.set(base, n);
    const key = n === 1 ? base : `${base}:${n}`;
    const weight = kind === "relationship" ? (extra.weight ?? 0) : KIND_WEIGHT[kind];
    const attributes: EdgeAttributes = { kind, pos: positionText(pos), weight, ...extra };
    if (directed) graph.addDirectedEdgeWithKey(key, source, target, attributes);
    else graph.addUndirectedEdgeWithKey(key, source, target, attributes);
  };

  graph.addNode(ME, { kind: "me", label: journal.settings.owner });
  for (const c of journal.contacts) {
    const depth = input.depths.get(c.id)?.score ?? 0;
    graph.addNode(c.id, {
      kind: "contact",
      label: c.name,
      circle: c.circle,
      depth,
      inner: input.inner.has(c.id),
      file: c.file,
    });
  }
  for (const e of journal.events) graph.addNode(e.id, { kind: "event", label: e.title, date: e.date, file: e.file });
  const orgOf = addOrganisations(graph, journal.contacts);

  for (const c of journal.contacts) {
    const start = { file: c.file, line: 1, column: 1 };
    add("relationship", ME, c.id, start, false, { weight: relationshipWeight(graph.getNodeAttribute(c.id, "depth")!) });
    const org = orgOf.get(c.id);
    if (org) add("works_at", c.id, org, c.keys["company"] ?? start, false);
    for (const k of c.knows) if (k.id) add("knows", c.id, k.id, k.pos, false);
    if (c.introducedBy?.id) add("introduced_by", c.id, c.introducedBy.id, c.introducedBy.pos, true);
  }

  for (const e of journal.events) {
    // Where each contact is tied to the event: the event's `met` list first, else the contact's `met_at`.
    const where = new Map<string, Position>();
    for (const m of e.met) if (m.id && !where.has(m.id)) where.set(m.id, m.pos);
    const ids = journal.metAt.get(e.id) ?? [];
    for (const id of ids) {
      const metAt = journal.contactById.get(id)?.metAt;
      if (!where.has(id) && metAt) where.set(id, metAt.pos);
    }
    const pos = (id: string): Position => where.get(id) ?? { file: e.file, line: 1, column: 1 };
    for (const id of ids) add("met_at", id, e.id, pos(id), false);
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        add("co_attendance", ids[i]!, ids[j]!, pos(ids[j]!), false, { event: e.id });
      }
    }
  }

  for (const m of journal.mentions) {
    if (!m.to.id) continue;
    add("mention", m.from, m.to.id, m.to.pos, true, m.entryDate ? { date: m.entryDate } : {});
  }
  return graph;
}

/** One node per organisation; its label is the spelling most contacts use (the first on a tie). */
function addOrganisations(graph: RapportGraph, contacts: readonly Contact[]): Map<string, string> {
  const spellings = new Map<string, Map<string, number>>();
  const orgOf = new Map<string, string>();
  for (const c of contacts) {
    const name = c.company?.trim();
    const key = name ? organisationKey(name) : "";
    if (!name || !key) continue;
    orgOf.set(c.id, ORG_PREFIX + key);
    const counts = spellings.get(key) ?? new Map<string, number>();
    counts.set(name, (counts.get(name) ?? 0) + 1);
    spellings.set(key, counts);
  }
  for (const [key, counts] of spellings) {
    let label = "";
    let best = 0;
    for (const [name, n] of counts) if (n > best) [label, best] = [name, n];
    graph.addNode(ORG_PREFIX + key, { kind: "organisation", label });
  }
  return orgOf;
}
