/**
 * How strong each kind of tie is, in (0, 1]. A warm path prefers strong ties: a hop costs 1 / weight,
 * so "knows" costs 1 and "both met at the same event" costs 3.3. The tie with "me" is the
 * relationship's depth, so a deep relationship is a cheap first hop and a business card an expensive one.
 */
import type { EdgeKind } from "./types.ts";

export const KIND_WEIGHT: Readonly<Record<Exclude<EdgeKind, "relationship">, number>> = {
  knows: 1,
  introduced_by: 1,
  mention: 0.6,
  met_at: 0.5,
  works_at: 0.5,
  co_attendance: 0.3,
};

/** The weakest tie to "me" still counts a little: you do have their file. */
export const MIN_RELATIONSHIP_WEIGHT = 0.05;

export function relationshipWeight(depth: number): number {
  return Math.max(MIN_RELATIONSHIP_WEIGHT, depth / 100);
}

export function costOf(weight: number): number {
  return 1 / weight;
}
