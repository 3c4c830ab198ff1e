/**
 * The network kept up to date in watch mode: depth, the inner circle, the graph and the tie graph
 * as `analyseNetwork(journal, today, { metrics: false })` gives them. On a change, only the depth
 * of the contacts it reaches is computed again; their nodes, the ties of the changed contacts and
 * events and the attendance around them are made again in the graph (with the keys and attributes
 * a full build gives them); the circle is picked again from the depths (one pass), and the tie
 * between two nodes is chosen again only where an edge between them changed.
 *
 * Equal to a full build in nodes, edges, keys and attributes; the order in which graphology lists
 * them may differ (a node or edge made again comes last).
 */
import { circleOf, type CircleView } from "../depth/circle.ts";
import { depthOf, depthsOf, type Depth } from "../depth/score.ts";
import type { Network } from "../graph/analyse.ts";
import {
  addTie,
  attendancePlaces,
  buildRankedGraph,
  coAttendanceLocal,
  coAttendanceTie,
  contactAttributes,
  contactTies,
  EdgeKeys,
  eventAttributes,
  mentionTie,
  metAtTie,
  organisationLabel,
  organisationOf,
  rankOf,
  recordIndex,
  type EdgeSpec,
  type RapportGraph,
} from "../graph/build.ts";
import { tieGraph, type TieGraph } from "../graph/ties.ts";
import { ME } from "../graph/types.ts";
import { costOf, relationshipWeight } from "../graph/weights.ts";
import type { Contact, Event, IsoDate, Journal, Position } from "../journal/model.ts";
import { changeBetween, type Change } from "./changes.ts";
import { reachOf, SEP, type Reach } from "./reach.ts";

export class LiveNetwork {
  #journal: Journal;
  #today: IsoDate;
  #depths!: Map<string, Depth>;
  #circle!: CircleView;
  #graph!: RapportGraph;
  #ties!: TieGraph;
  /** Each edge's place in a full build's order (rankOf): the tie graph keeps the first of equals. */
  #ranks!: Map<string, number>;
  /** Each organisation node's people. */
  #members!: Map<string, Set<string>>;
  /** Each contact's and event's place in the model's order. */
  #index!: Map<string, number>;
  #change: Change = { broad: "many" };

  constructor(journal: Journal, today: IsoDate) {
    this.#journal = journal;
    this.#today = today;
    this.#rebuild();
  }

  /** What `analyseNetwork(journal, today, { metrics: false })` returns. */
  get network(): Network {
    return {
      journal: this.#journal,
      today: this.#today,
      depths: this.#depths,
      circle: this.#circle,
      graph: this.#graph,
      ties: this.#ties,
      communities: [],
    };
  }

  /** How the last update went: broad (computed whole) or which records changed. */
  get change(): Change {
    return this.#change;
  }

  /** Brings the network up to `journal`, a later model of the same journal. */
  update(journal: Journal, today: IsoDate): Network {
    const change = changeBetween(this.#journal, journal, this.#today, today);
    const before = this.#journal;
    this.#journal = journal;
    this.#today = today;
    this.#change = change;
    if (change.broad) this.#rebuild();
    else
      this.#refresh(before, change.contacts, change.events, reachOf(before, journal, change.contacts, change.events));
    return this.network;
  }

  #rebuild(): void {
    const journal = this.#journal;
    this.#depths = depthsOf(journal, this.#today);
    this.#circle = circleOf(this.#depths.values());
    this.#ranks = new Map();
    this.#graph = buildRankedGraph(journal, { depths: this.#depths, inner: innerOf(this.#circle) }, this.#ranks);
    this.#ties = tieGraph(this.#graph, { withMe: true, withEvents: false });
    this.#index = recordIndex(journal);
    this.#members = new Map();
    for (const c of journal.contacts) {
      const org = organisationOf(c);
      if (org) addTo(this.#members, org, c.id);
    }
  }

  #refresh(before: Journal, contacts: ReadonlySet<string>, events: ReadonlySet<string>, reach: Reach): void {
    const after = this.#journal;
    const graph = this.#graph;
    const ranks = this.#ranks;
    // Pairs of nodes an edge between them changed: their tie is chosen again at the end.
    const dirty = new Set<string>();
    const mark = (s: string, t: string) => dirty.add(s < t ? s + SEP + t : t + SEP + s);
    const drop = (edge: string) => {
      mark(graph.source(edge), graph.target(edge));
      graph.dropEdge(edge);
      ranks.delete(edge);
    };
    const add = (keys: EdgeKeys, spec: EdgeSpec, rank: number) => {
      const key = addTie(graph, keys, spec);
      if (key === undefined) return;
      ranks.set(key, rank);
      mark(spec.source, spec.target);
    };
    const between = (a: string, b: string, kind: string) =>
      graph.hasNode(a) && graph.hasNode(b)
        ? graph.edges(a, b).filter((e) => graph.getEdgeAttribute(e, "kind") === kind)
        : [];

    // Depth of everyone reached, then the circle from all depths.
    const innerBefore = innerOf(this.#circle);
    for (const id of reach.contacts) this.#depths.set(id, depthOf(after, after.contactById.get(id)!, this.#today));
    this.#circle = circleOf(this.#depths.values());
    const inner = innerOf(this.#circle);

    // 1. Drop the ties that are made again: the changed records' own, and attendance around them.
    for (const id of [...contacts, ...events]) {
      for (const edge of graph.edges(id)) if (ownTie(graph, edge, id)) drop(edge);
    }
    for (const key of reach.attendance) for (const edge of between(...split(key), "met_at")) drop(edge);
    for (const key of reach.pairs) for (const edge of between(...split(key), "co_attendance")) drop(edge);

    // 2. Organisations whose people changed: label again, or gone, or new.
    const orgs = new Set<string>();
    for (const id of contacts) {
      const was = before.contactById.get(id)!;
      const now = after.contactById.get(id)!;
      if (was.company === now.company) continue;
      const from = organisationOf(was);
      const to = organisationOf(now);
      if (from) this.#members.get(from)?.delete(id);
      if (to) addTo(this.#members, to, id);
      for (const org of [from, to]) if (org) orgs.add(org);
    }
    for (const org of orgs) this.#organisation(org);

    // 3. Nodes: the changed records, and every contact whose depth or place in the circle moved.
    const rescored = new Set([...contacts, ...reach.contacts]);
    for (const id of innerBefore) if (!inner.has(id)) rescored.add(id);
    for (const id of inner) if (!innerBefore.has(id)) rescored.add(id);
    for (const id of rescored) {
      const c = after.contactById.get(id)!;
      const depth = this.#depths.get(id)?.score ?? 0;
      graph.replaceNodeAttributes(id, contactAttributes(c, depth, inner.has(id)));
      this.#ties.replaceNodeAttributes(id, { kind: "contact", label: c.name });
      const relationship = `relationship:${ME}:${id}`;
      if (!contacts.has(id) && graph.hasEdge(relationship)) {
        graph.setEdgeAttribute(relationship, "weight", relationshipWeight(depth));
        mark(ME, id);
      }
    }
    for (const id of events) graph.replaceNodeAttributes(id, eventAttributes(after.eventById.get(id)!));

    // 4. The ties made again, each with its full build's key and rank.
    for (const id of contacts) {
      const c = after.contactById.get(id)!;
      const unit = this.#index.get(id)!;
      const keys = new EdgeKeys();
      contactTies(c, this.#depths.get(id)?.score ?? 0).forEach((spec, local) =>
        add(keys, spec, rankOf(0, unit, local)),
      );
      this.#mentions(c, keys, add);
    }
    for (const id of events) this.#mentions(after.eventById.get(id)!, new EdgeKeys(), add);
    const event = this.#eventView(after);
    for (const key of reach.attendance) {
      const [c, e] = split(key);
      const at = event(e);
      const i = at?.position.get(c);
      if (at && i !== undefined) add(new EdgeKeys(), metAtTie(c, at.event, at.place(c)), rankOf(1, at.unit, i));
    }
    for (const key of reach.pairs) {
      const [a, b] = split(key);
      const withB = new Set(after.eventsOf.get(b) ?? []);
      // Numbered in event order, as a full build meets them.
      const keys = new EdgeKeys();
      for (const e of after.eventsOf.get(a) ?? []) {
        if (!withB.has(e)) continue;
        const at = event(e)!;
        const local = coAttendanceLocal(at.position.size, at.position.get(a)!, at.position.get(b)!);
        add(keys, coAttendanceTie(a, b, at.event, at.place(b)), rankOf(1, at.unit, local));
      }
    }

    // 5. The strongest tie again wherever an edge changed.
    for (const key of dirty) this.#chooseTie(...split(key));
  }

  #mentions(record: Contact | Event, keys: EdgeKeys, add: (k: EdgeKeys, s: EdgeSpec, r: number) => void) {
    const unit = this.#index.get(record.id)!;
    record.mentions.forEach((m, local) => {
      const spec = mentionTie(m);
      if (spec) add(keys, spec, rankOf(2, unit, local));
    });
  }

  /** An event's people by their place in its sorted list, and where each is tied to it; once per event. */
  #eventView(journal: Journal) {
    const seen = new Map<string, EventView | undefined>();
    return (id: string): EventView | undefined => {
      if (seen.has(id)) return seen.get(id);
      const event = journal.eventById.get(id);
      const view = event && {
        event,
        unit: this.#index.get(id)!,
        position: new Map((journal.metAt.get(id) ?? []).map((c, i) => [c, i])),
        place: attendancePlaces(journal, event),
      };
      seen.set(id, view);
      return view;
    };
  }

  /** An organisation's node after its people changed: gone with the last one, else labelled again. */
  #organisation(org: string): void {
    const graph = this.#graph;
    const ids = this.#members.get(org);
    if (!ids || ids.size === 0) {
      this.#members.delete(org);
      if (graph.hasNode(org)) {
        graph.dropNode(org);
        this.#ties.dropNode(org);
      }
      return;
    }
    const index = this.#index;
    const people = [...ids]
      .sort((a, b) => index.get(a)! - index.get(b)!)
      .map((id) => this.#journal.contactById.get(id)!);
    const label = organisationLabel(people);
    if (!graph.hasNode(org)) {
      graph.addNode(org, { kind: "organisation", label });
      this.#ties.addNode(org, { kind: "organisation", label });
    } else {
      graph.setNodeAttribute(org, "label", label);
      this.#ties.setNodeAttribute(org, "label", label);
    }
  }

  /** As tieGraph does: the strongest edge between two nodes, the first in a full build's order on a tie. */
  #chooseTie(s: string, t: string): void {
    const ties = this.#ties;
    if (!ties.hasNode(s) || !ties.hasNode(t)) return;
    let best: string | undefined;
    let weight = -Infinity;
    let rank = Infinity;
    for (const edge of this.#graph.edges(s, t)) {
      const w = this.#graph.getEdgeAttribute(edge, "weight");
      const r = this.#ranks.get(edge)!;
      if (w > weight || (w === weight && r < rank)) [best, weight, rank] = [edge, w, r];
    }
    const existing = ties.edge(s, t);
    if (best === undefined) {
      if (existing !== undefined) ties.dropEdge(existing);
      return;
    }
    const attributes = { weight, cost: costOf(weight), edge: best };
    if (existing === undefined) ties.addEdge(s, t, attributes);
    else ties.replaceEdgeAttributes(existing, attributes);
  }
}

interface EventView {
  readonly event: Event;
  readonly unit: number;
  readonly position: ReadonlyMap<string, number>;
  readonly place: (id: string) => Position;
}

/** An edge a record states itself: its relationship with "me", its own ties and its mentions. */
function ownTie(graph: RapportGraph, edge: string, id: string): boolean {
  const kind = graph.getEdgeAttribute(edge, "kind");
  if (kind === "relationship") return graph.target(edge) === id;
  if (kind === "met_at" || kind === "co_attendance") return false;
  return graph.source(edge) === id;
}

function innerOf(circle: CircleView): Set<string> {
  return new Set(circle.inner.map((d) => d.contact));
}

function split(key: string): [string, string] {
  const at = key.indexOf(SEP);
  return [key.slice(0, at), key.slice(at + 1)];
}

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}
