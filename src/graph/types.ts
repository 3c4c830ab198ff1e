/** The attributes Rapport puts on the graph's nodes and edges; the JSON export is exactly these. */
import type { Circle, IsoDate, Position } from "../journal/model.ts";

export type NodeKind = "me" | "contact" | "event" | "organisation";

export const EDGE_KINDS = [
  "relationship",
  "knows",
  "introduced_by",
  "met_at",
  "mention",
  "co_attendance",
  "works_at",
] as const;
export type EdgeKind = (typeof EDGE_KINDS)[number];

export interface NodeAttributes {
  kind: NodeKind;
  label: string;
  /** Contacts: the circle written in the file. */
  circle?: Circle;
  /** Contacts: depth 0-100 (see docs/depth.md). */
  depth?: number;
  /** Contacts: one of the computed inner circle (at most 10). */
  inner?: boolean;
  /** Events: the first day. */
  date?: IsoDate;
  /** Contacts and events: the file, relative to the journal. */
  file?: string;
  /** Distinct neighbours, not counting "me". */
  degree?: number;
  /** Normalised betweenness centrality (0-1), computed without "me". */
  betweenness?: number;
  /** Louvain community id (0 is the largest), absent for "me". */
  community?: number;
  communityLabel?: string;
}

export interface EdgeAttributes {
  kind: EdgeKind;
  /** Where the journal says so, `file:line:col`. */
  pos: string;
  /** Tie strength in (0, 1]: knows 1 … co-attendance 0.3; relationship = depth / 100. */
  weight: number;
  /** Mentions inside a dated entry: the entry's date. */
  date?: IsoDate;
  /** Co-attendance: the event both were met at. */
  event?: string;
}

export const ME = "@me";
export const ORG_PREFIX = "@org:";

export function positionText(pos: Position): string {
  return `${pos.file}:${pos.line}:${pos.column}`;
}
