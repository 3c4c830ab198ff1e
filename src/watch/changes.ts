/**
 * What changed between two models of one journal, as watch mode sees it. The session's resolver
 * hands back the very same contact or event object for a file that did not change, so comparing
 * objects finds the changed records in one pass. Anything that moves every record (a new, removed
 * or renamed file, a changed id, name or alias, the settings, git history, another day) is "broad":
 * the reports are then computed whole.
 */
import type { IsoDate, Journal } from "../journal/model.ts";

/** More changed records than this is a checkout or a rename seen by every file: compute whole. */
export const MAX_CHANGED = 200;

export type Broad = "today" | "settings" | "history" | "contacts" | "events" | "many";

export type Change =
  | { readonly broad: Broad }
  | {
      readonly broad?: undefined;
      /** Ids of contacts whose record is new. */
      readonly contacts: ReadonlySet<string>;
      /** Ids of events whose record is new. */
      readonly events: ReadonlySet<string>;
    };

/** One pass of identity comparisons, cheap enough for the live schedule and network to ask in turn. */
export function changeBetween(before: Journal, after: Journal, todayBefore: IsoDate, todayAfter: IsoDate): Change {
  if (todayBefore !== todayAfter) return { broad: "today" };
  if (before.history !== after.history) return { broad: "history" };
  if (before.settings !== after.settings && JSON.stringify(before.settings) !== JSON.stringify(after.settings))
    return { broad: "settings" };
  const contacts = changedIds(before.contacts, after.contacts);
  if (!contacts) return { broad: "contacts" };
  // Events are ordered by date: a moved date reorders them, which every event-derived order follows.
  const events = changedIds(before.events, after.events);
  if (!events) return { broad: "events" };
  if (contacts.size + events.size > MAX_CHANGED) return { broad: "many" };
  return { contacts, events };
}

/** The ids whose object changed, or undefined when the ids themselves (or their order) differ. */
function changedIds(
  before: readonly { readonly id: string }[],
  after: readonly { readonly id: string }[],
): Set<string> | undefined {
  if (before.length !== after.length) return undefined;
  const changed = new Set<string>();
  for (let i = 0; i < after.length; i++) {
    const a = before[i]!;
    const b = after[i]!;
    if (a.id !== b.id) return undefined;
    if (a !== b) changed.add(b.id);
  }
  return changed;
}
