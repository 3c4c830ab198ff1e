/**
 * Builds the relationship graph once from the journal model: "me", contacts, events and
 * organisations, and every tie the journal states, each with its kind and where it is written.
 * A mixed multigraph, because two people can be tied several ways (they know each other and were
 * met at the same event) and "introduced by" and mentions have a direction. One pass over each
 * part of the model; co-attendance is the only quadratic step, and only within one event.
 *
 * The ties of one contact, one event or one pair of people are made by the functions below, so
 * watch mode (src/watch) can make them again for what a change reaches and get the very edges,
 * keys and attributes a full build gives.
 */
import { MultiGraph } from "graphology";
import type { Depth } from "../depth/score.ts";
import type { Contact, Event, Journal, Mention, Position } from "../journal/model.ts";
import { organisationKey } from "./organisation.ts";
import { ME, ORG_PREFIX, positionText, type EdgeAttributes, type EdgeKind, type NodeAttributes } from "./types.ts";
import { KIND_WEIGHT, relationshipWeight } from "./weights.ts";

export type RapportGraph = MultiGraph<NodeAttributes, EdgeAttributes>;

export interface BuildInput {
  readonly depths: ReadonlyMap<string, Depth>;
  /** Ids of the computed inner circle. */
  readonly inner: ReadonlySet<string>;
}

/** A tie as the journal states it, before it gets its key. */
export interface EdgeSpec {
  readonly kind: EdgeKind;
  readonly source: string;
  readonly target: string;
  readonly pos: Position;
  readonly directed: boolean;
  readonly extra?: Partial<EdgeAttributes>;
}

/**
 * Where an edge comes in a full build's order: contacts' ties, then events' ties, then mentions,
 * each by its contact, event or file and its place there. The tie graph keeps the first of equally
 * strong edges, so watch mode needs this order for edges it adds later.
 */
export function rankOf(phase: 0 | 1 | 2, unit: number, local: number): number {
  return phase * 2 ** 50 + unit * 2 ** 30 + local;
}

/** Numbers repeated keys: the first `kind:source:target` keeps the plain key, the next gets `:2`… */
export class EdgeKeys {
  readonly #seen = new Map<string, number>();

  next(spec: EdgeSpec): string {
    const base = `${spec.kind}:${spec.source}:${spec.target}`;
    const n = (this.#seen.get(base) ?? 0) + 1;
    this.#seen.set(base, n);
    return n === 1 ? base : `${base}:${n}`;
  }
}

/**
 * Adds a tie unless it is a loop or an end is missing; returns its key, or undefined. The keys
 * count only the ties added, as a full build does.
 */
export function addTie(graph: RapportGraph, keys: EdgeKeys, spec: EdgeSpec): string | undefined {
  const { kind, source, target, extra = {} } = spec;
  if (source === target || !graph.hasNode(source) || !graph.hasNode(target)) return undefined;
  const key = keys.next(spec);
  const weight = kind === "relationship" ? (extra.weight ?? 0) : KIND_WEIGHT[kind];
  const attributes: EdgeAttributes = { kind, pos: positionText(spec.pos), weight, ...extra };
  if (spec.directed) graph.addDirectedEdgeWithKey(key, source, target, attributes);
  else graph.addUndirectedEdgeWithKey(key, source, target, attributes);
  return key;
}

export function contactAttributes(c: Contact, depth: number, inner: boolean): NodeAttributes {
  return { kind: "contact", label: c.name, circle: c.circle, depth, inner, file: c.file };
}

export function eventAttributes(e: Event): NodeAttributes {
  return { kind: "event", label: e.title, date: e.date, file: e.file };
}

/** The organisation node a contact works at, if its `company` names one. */
export function organisationOf(c: Contact): string | undefined {
  const name = c.company?.trim();
  const key = name ? organisationKey(name) : "";
  return name && key ? ORG_PREFIX + key : undefined;
}

/** An organisation's label: the spelling most of its people use, the first one on a tie. */
export function organisationLabel(members: Iterable<Contact>): string {
  const counts = new Map<string, number>();
  for (const c of members) {
    const name = c.company!.trim();
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  let label = "";
  let best = 0;
  for (const [name, n] of counts) if (n > best) [label, best] = [name, n];
  return label;
}

/** A contact's own ties: to "me" (its depth), its organisation, whom it knows, who introduced it. */
export function contactTies(c: Contact, depth: number): EdgeSpec[] {
  const start = { file: c.file, line: 1, column: 1 };
  const ties: EdgeSpec[] = [
    {
      kind: "relationship",
      source: ME,
      target: c.id,
      pos: start,
      directed: false,
      extra: { weight: relationshipWeight(depth) },
    },
  ];
  const org = organisationOf(c);
  if (org) ties.push({ kind: "works_at", source: c.id, target: org, pos: c.keys["company"] ?? start, directed: false });
  for (const k of c.knows)
    if (k.id) ties.push({ kind: "knows", source: c.id, target: k.id, pos: k.pos, directed: false });
  if (c.introducedBy?.id)
    ties.push({
      kind: "introduced_by",
      source: c.id,
      target: c.introducedBy.id,
      pos: c.introducedBy.pos,
      directed: true,
    });
  return ties;
}

/** Where each contact is tied to the event: the event's `met` list first, else the contact's `met_at`. */
export function attendancePlaces(journal: Journal, e: Event): (id: string) => Position {
  const where = new Map<string, Position>();
  for (const m of e.met) if (m.id && !where.has(m.id)) where.set(m.id, m.pos);
  for (const id of journal.metAt.get(e.id) ?? []) {
    const metAt = journal.contactById.get(id)?.metAt;
    if (!where.has(id) && metAt) where.set(id, metAt.pos);
  }
  return (id) => where.get(id) ?? { file: e.file, line: 1, column: 1 };
}

export function metAtTie(id: string, e: Event, pos: Position): EdgeSpec {
  return { kind: "met_at", source: id, target: e.id, pos, directed: false };
}

/** `a` before `b` in the event's (sorted) list of people met; the position is `b`'s. */
export function coAttendanceTie(a: string, b: string, e: Event, pos: Position): EdgeSpec {
  return { kind: "co_attendance", source: a, target: b, pos, directed: false, extra: { event: e.id } };
}

export function mentionTie(m: Mention): EdgeSpec | undefined {
  if (!m.to.id) return undefined;
  return {
    kind: "mention",
    source: m.from,
    target: m.to.id,
    pos: m.to.pos,
    directed: true,
    ...(m.entryDate ? { extra: { date: m.entryDate } } : {}),
  };
}

export function buildGraph(journal: Journal, input: BuildInput): RapportGraph {
  return buildRankedGraph(journal, input);
}

/** The full build; with `ranks`, each edge's place in it (rankOf) is recorded there. */
export function buildRankedGraph(journal: Journal, input: BuildInput, ranks?: Map<string, number>): RapportGraph {
  const graph: RapportGraph = new MultiGraph({ type: "mixed", allowSelfLoops: false });
  const keys = new EdgeKeys();
  const add = (spec: EdgeSpec, rank: number) => {
    const key = addTie(graph, keys, spec);
    if (key !== undefined) ranks?.set(key, rank);
  };

  graph.addNode(ME, { kind: "me", label: journal.settings.owner });
  for (const c of journal.contacts) {
    graph.addNode(c.id, contactAttributes(c, input.depths.get(c.id)?.score ?? 0, input.inner.has(c.id)));
  }
  for (const e of journal.events) graph.addNode(e.id, eventAttributes(e));
  addOrganisations(graph, journal.contacts);

  journal.contacts.forEach((c, unit) => {
    contactTies(c, graph.getNodeAttribute(c.id, "depth")!).forEach((spec, local) => add(spec, rankOf(0, unit, local)));
  });

  journal.events.forEach((e, i) => {
    const unit = journal.contacts.length + i;
    const pos = attendancePlaces(journal, e);
    const ids = journal.metAt.get(e.id) ?? [];
    ids.forEach((id, i) => add(metAtTie(id, e, pos(id)), rankOf(1, unit, i)));
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        add(coAttendanceTie(ids[i]!, ids[j]!, e, pos(ids[j]!)), rankOf(1, unit, coAttendanceLocal(ids.length, i, j)));
      }
    }
  });

  const records = recordIndex(journal);
  const counts = new Map<string, number>();
  for (const m of journal.mentions) {
    const local = counts.get(m.from) ?? 0;
    counts.set(m.from, local + 1);
    const spec = mentionTie(m);
    if (spec) add(spec, rankOf(2, records.get(m.from) ?? 0, local));
  }
  return graph;
}

/** A co-attendance edge's place among its event's edges: after the met_at ones, pair by pair. */
export function coAttendanceLocal(size: number, i: number, j: number): number {
  return size + i * size + j;
}

/** Each contact's and event's place in the model's order: contacts, then events. */
export function recordIndex(journal: Journal): Map<string, number> {
  const index = new Map<string, number>();
  journal.contacts.forEach((c, i) => index.set(c.id, i));
  journal.events.forEach((e, i) => index.set(e.id, journal.contacts.length + i));
  return index;
}

/** One node per organisation, in the order contacts first name it. */
function addOrganisations(graph: RapportGraph, contacts: readonly Contact[]): void {
  const members = new Map<string, Contact[]>();
  for (const c of contacts) {
    const org = organisationOf(c);
    if (!org) continue;
    const list = members.get(org);
    if (list) list.push(c);
    else members.set(org, [c]);
  }
  for (const [org, list] of members) graph.addNode(org, { kind: "organisation", label: organisationLabel(list) });
}
