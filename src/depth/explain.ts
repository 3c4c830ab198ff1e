/**
 * The one line that says why a depth score is what it is, for a contact's page in the terminal and
 * on the site: "knows what and why, not goals · 4 conversations in 12 months (2 in person) · last 12
 * days ago". And the one thing that would deepen the relationship most.
 */
import type { Locale } from "../journal/model.ts";
import { depthMessages } from "./messages.ts";
import { FACETS, FULL_CONVERSATIONS, FULL_MONTHS, RECENT_DAYS, type Depth } from "./score.ts";

export function depthLine(depth: Depth, locale: Locale): string {
  const m = depthMessages(locale);
  const known = FACETS.filter((f) => depth.facets[f]).map((f) => m.facet[f]);
  const missing = FACETS.filter((f) => !depth.facets[f]).map((f) => m.facet[f]);
  const facets =
    missing.length === 0 ? m.knowsAll(known) : known.length === 0 ? m.knowsNone(missing) : m.knowsSome(known, missing);
  const { count, inPerson } = depth.conversations;
  const conversations = m.conversations(count) + (inPerson > 0 ? ` (${m.inPerson(inPerson)})` : "");
  const last = depth.last ? m.lastTouch(depth.last.days) : m.neverInTouch;
  return [facets, conversations, last].join(" · ");
}

export type NextStep = "what" | "why" | "goals" | "reconnect" | "deepen" | "continuity";

/** The step that adds most to the score, in the essay's order: know the person, then talk, then keep at it. */
export function nextStep(depth: Depth): NextStep {
  const missing = FACETS.find((f) => !depth.facets[f]);
  if (missing) return missing;
  if (depth.last === undefined || depth.last.days > RECENT_DAYS) return "reconnect";
  if (depth.conversations.weighted < FULL_CONVERSATIONS) return "deepen";
  return depth.months < FULL_MONTHS ? "continuity" : "deepen";
}

export function nextStepText(step: NextStep, locale: Locale): string {
  return depthMessages(locale).next[step];
}
