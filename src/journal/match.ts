/**
 * Does a contact match an event goal? Every key the goal names must match (industry AND role …);
 * within a key any value may (skills: [ledger, payments] is ledger OR payments). Values match as
 * whole words inside the contact's field, ignoring case by Unicode's default mapping (no locale
 * lookup: it is the hot path of the schedule, prep and stats), so role "product" matches
 * "Head of Product, Payments" and industry "climate" matches "climate tech".
 */
import type { Contact, Goal } from "./model.ts";

export const GOAL_KEYS = ["industry", "skills", "tags", "company", "role"] as const;
export type GoalKey = (typeof GOAL_KEYS)[number];

/** Criteria for matching contacts: the goal keys, each a list of wanted values. */
export type Criteria = Readonly<Partial<Record<GoalKey, readonly string[]>>>;

export function hasCriteria(criteria: Criteria): boolean {
  return GOAL_KEYS.some((key) => (criteria[key]?.length ?? 0) > 0);
}

export function matchesCriteria(criteria: Criteria, contact: Contact): boolean {
  if (!hasCriteria(criteria)) return false;
  return GOAL_KEYS.every((key) => {
    const wanted = criteria[key] ?? [];
    if (wanted.length === 0) return true;
    const have = fieldOf(contact, key);
    return wanted.some((w) => have.some((h) => containsWord(h, w)));
  });
}

/** A goal given only as free text ("someone interesting") names no criteria and matches nobody. */
export function matchesGoal(goal: Goal, contact: Contact): boolean {
  return matchesCriteria(goal, contact);
}

function fieldOf(contact: Contact, key: GoalKey): readonly string[] {
  switch (key) {
    case "skills":
      return contact.skills;
    case "tags":
      return contact.tags;
    default: {
      const value = contact[key];
      return value ? [value] : [];
    }
  }
}

function containsWord(haystack: string, needle: string): boolean {
  const h = haystack.toLowerCase();
  const n = needle.trim().toLowerCase();
  if (!n) return false;
  let from = 0;
  for (let i = h.indexOf(n, from); i !== -1; i = h.indexOf(n, from)) {
    const before = i === 0 ? "" : h[i - 1]!;
    const after = h[i + n.length] ?? "";
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
    from = i + 1;
  }
  return false;
}
