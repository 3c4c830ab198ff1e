/**
 * `rapport intro` and `rapport prep`: who in the journal matches what you look for, ordered by how
 * warmly you can reach them, each with the best person to introduce you. Matching is the shared
 * `matchesCriteria`/`matchesGoal`, one pass over the contacts.
 */
import { compare } from "../journal/resolve.ts";
import { hasCriteria, matchesCriteria, matchesGoal, type Criteria } from "../journal/match.ts";
import type { Contact, Event, Goal, Locale } from "../journal/model.ts";
import type { Network } from "./analyse.ts";
import { pathsFromMe, reachOf, type Paths, type Reach } from "./reach.ts";

export function introductions(network: Network, criteria: Criteria, locale: Locale): Reach[] {
  return reachAll(network, pathsFromMe(network), (c) => matchesCriteria(criteria, c), locale);
}

export interface Introducer {
  readonly contact: string;
  /** The matching contacts they are the best introduction to, where asking them helps (see `helps`). */
  readonly to: readonly string[];
}

export interface GoalPrep {
  readonly goal: Goal;
  /** False for a goal in free text only: it matches nobody. */
  readonly hasCriteria: boolean;
  readonly matches: readonly Reach[];
  readonly introducers: readonly Introducer[];
}

export interface Prep {
  readonly event: string;
  readonly upcoming: boolean;
  readonly goals: readonly GoalPrep[];
}

export function prepare(network: Network, event: Event, locale: Locale): Prep {
  const paths = pathsFromMe(network);
  const goals = event.goals.map((goal): GoalPrep => {
    const matches = reachAll(network, paths, (c) => matchesGoal(goal, c), locale);
    return { goal, hasCriteria: hasCriteria(goal), matches, introducers: introducersOf(network, matches) };
  });
  return { event: event.id, upcoming: event.date >= network.today, goals };
}

function reachAll(network: Network, paths: Paths, match: (c: Contact) => boolean, locale: Locale): Reach[] {
  const found: Reach[] = [];
  for (const c of network.journal.contacts) {
    if (!match(c)) continue;
    const reach = reachOf(network, paths, c.id, locale);
    if (reach) found.push(reach);
  }
  return found.sort((a, b) => a.best.cost - b.best.cost || compare(a.contact, b.contact));
}

/** Who can introduce you to most of the matches, each match under its best introducer. */
function introducersOf(network: Network, matches: readonly Reach[]): Introducer[] {
  const to = new Map<string, string[]>();
  for (const m of matches) {
    const who = m.introduction?.introducer;
    if (!who || !helps(network, m, who)) continue;
    const list = to.get(who);
    if (list) list.push(m.contact);
    else to.set(who, [m.contact]);
  }
  return [...to]
    .map(([contact, list]) => ({ contact, to: list }))
    .sort((a, b) => b.to.length - a.to.length || compare(a.contact, b.contact));
}

/**
 * Asking for an introduction helps when it is the warmest way in, or when you know the introducer
 * better than the person and they are not in your inner circle; nobody needs an introduction to a
 * friend.
 */
function helps(network: Network, reach: Reach, introducer: string): boolean {
  if (reach.best.nodes.length > 2) return true;
  const depth = (id: string) => network.depths.get(id)?.score ?? 0;
  const inner = network.circle.inner.some((d) => d.contact === reach.contact);
  return !inner && depth(introducer) > depth(reach.contact);
}
