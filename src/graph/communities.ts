/**
 * Names Louvain's communities after what their people have in common: the tag, industry or
 * organisation most of the community's contacts share. Ids are renumbered by size, so community 0
 * is the largest and the numbering only changes when the network does.
 */
import { compare } from "../journal/resolve.ts";
import type { Journal } from "../journal/model.ts";
import type { RapportGraph } from "./build.ts";
import { organisationKey } from "./organisation.ts";
import { ORG_PREFIX } from "./types.ts";

export type LabelSource = "tag" | "industry" | "organisation" | "member";

export interface Community {
  readonly id: number;
  readonly label: string;
  readonly labelFrom: LabelSource;
  /** Contacts in the community. */
  readonly contacts: number;
  /** All nodes: contacts, events and organisations. */
  readonly size: number;
  /** Node ids, contacts first, each group sorted. */
  readonly members: readonly string[];
}

/** On equal counts the organisation names a group best, then a tag, then the industry. */
const SOURCE_RANK: Readonly<Record<LabelSource, number>> = { organisation: 0, tag: 1, industry: 2, member: 3 };

export function labelCommunities(
  journal: Journal,
  graph: RapportGraph,
  louvain: ReadonlyMap<string, number>,
  degrees: ReadonlyMap<string, number>,
): { communities: Community[]; communityOf: Map<string, number> } {
  const groups = new Map<number, string[]>();
  for (const [node, c] of louvain) {
    const list = groups.get(c);
    if (list) list.push(node);
    else groups.set(c, [node]);
  }
  const labelled = [...groups.values()].map((nodes) => {
    const contacts = nodes.filter((n) => graph.getNodeAttribute(n, "kind") === "contact").sort(compare);
    const others = nodes.filter((n) => graph.getNodeAttribute(n, "kind") !== "contact").sort(compare);
    return { members: [...contacts, ...others], contacts: contacts.length, ...labelOf(journal, graph, nodes, degrees) };
  });
  labelled.sort(
    (a, b) =>
      b.contacts - a.contacts ||
      b.members.length - a.members.length ||
      compare(a.label, b.label) ||
      compare(a.members[0]!, b.members[0]!),
  );
  const communityOf = new Map<string, number>();
  const communities = labelled.map((c, id): Community => {
    for (const m of c.members) communityOf.set(m, id);
    return {
      id,
      label: c.label,
      labelFrom: c.labelFrom,
      contacts: c.contacts,
      size: c.members.length,
      members: c.members,
    };
  });
  return { communities, communityOf };
}

/**
 * The value most contacts share (each contact counts once per value). When the community's contacts
 * share nothing, it is held together by an event or organisation: it is named after the best
 * connected of those (else the best connected contact).
 */
function labelOf(
  journal: Journal,
  graph: RapportGraph,
  nodes: readonly string[],
  degrees: ReadonlyMap<string, number>,
): { label: string; labelFrom: LabelSource } {
  const counts = new Map<string, { label: string; from: LabelSource; n: number }>();
  const count = (value: string | undefined, from: LabelSource, seen: Set<string>) => {
    const label = value?.trim();
    if (!label) return;
    const key = label.toLocaleLowerCase("und");
    if (seen.has(key)) return;
    seen.add(key);
    const entry = counts.get(key);
    if (!entry) counts.set(key, { label, from, n: 1 });
    else {
      entry.n++;
      if (SOURCE_RANK[from] < SOURCE_RANK[entry.from]) entry.from = from;
    }
  };
  for (const node of nodes) {
    const contact = journal.contactById.get(node);
    if (!contact || graph.getNodeAttribute(node, "kind") !== "contact") continue;
    const seen = new Set<string>();
    for (const tag of contact.tags) count(tag, "tag", seen);
    count(contact.industry, "industry", seen);
    const org = contact.company ? ORG_PREFIX + organisationKey(contact.company) : "";
    if (graph.hasNode(org)) count(graph.getNodeAttribute(org, "label"), "organisation", seen);
  }
  let contacts = 0;
  for (const node of nodes) if (graph.getNodeAttribute(node, "kind") === "contact") contacts++;
  let best: { label: string; from: LabelSource; n: number } | undefined;
  for (const c of counts.values()) {
    if (
      !best ||
      c.n > best.n ||
      (c.n === best.n && (SOURCE_RANK[c.from] - SOURCE_RANK[best.from] || compare(c.label, best.label)) < 0)
    ) {
      best = c;
    }
  }
  if (best && (best.n >= 2 || contacts === 1)) return { label: best.label, labelFrom: best.from };
  const rank = (n: string) => (graph.getNodeAttribute(n, "kind") === "contact" ? 1 : 0);
  const hub = [...nodes].sort(
    (a, b) => rank(a) - rank(b) || (degrees.get(b) ?? 0) - (degrees.get(a) ?? 0) || compare(a, b),
  )[0]!;
  return { label: graph.getNodeAttribute(hub, "label"), labelFrom: "member" };
}
