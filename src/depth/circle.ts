/**
 * The inner circle: the few people you know deeply, never more than ten (the essay: a circle you
 * cannot count on two hands is not one). Who is close to entering it, and the business cards that
 * never became a relationship.
 */
import { compare } from "../journal/resolve.ts";
import { isBusinessCard, type Depth } from "./score.ts";

/** At most this many people are in the inner circle. */
export const INNER_CAP = 10;
/** The depth it takes to be in the inner circle at all. */
export const INNER_MIN = 60;
/** Contacts from this depth up are "close to entering" when they are not in. */
export const CLOSE_MIN = 30;
/** How many of those are named. */
export const CLOSE_CAP = 5;

export interface CircleView {
  /** Deepest first. */
  readonly inner: readonly Depth[];
  /** The next deepest, who would enter with one more step. */
  readonly close: readonly Depth[];
  readonly businessCards: readonly Depth[];
}

/** Deepest first; equal scores by the more recent touch, then by id, so the order never wobbles. */
export function byDepth(a: Depth, b: Depth): number {
  return b.score - a.score || compare(b.last?.date ?? "", a.last?.date ?? "") || compare(a.contact, b.contact);
}

export function circleOf(depths: Iterable<Depth>): CircleView {
  // Only the deepest INNER_CAP + CLOSE_CAP can be in the circle or close to it: they are picked in
  // one pass rather than by sorting every contact (watch mode redoes this on every save).
  const top = new Array<Depth>();
  const businessCards: Depth[] = [];
  for (const d of depths) {
    if (isBusinessCard(d)) businessCards.push(d);
    if (top.length === TOP && byDepth(d, top[TOP - 1]!) >= 0) continue;
    let i = top.length;
    while (i > 0 && byDepth(d, top[i - 1]!) < 0) i--;
    top.splice(i, 0, d);
    if (top.length > TOP) top.pop();
  }
  const inner = top.filter((d) => d.score >= INNER_MIN).slice(0, INNER_CAP);
  const close = top
    .slice(inner.length)
    .filter((d) => d.score >= CLOSE_MIN)
    .slice(0, CLOSE_CAP);
  return { inner, close, businessCards: businessCards.sort(byDepth) };
}

const TOP = INNER_CAP + CLOSE_CAP;
