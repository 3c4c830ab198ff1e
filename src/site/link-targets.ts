/** Where each `[[link]]` in the journal's notes leads on the site, and the name it shows. */
import type { Journal } from "../journal/model.ts";
import type { SiteUrls } from "./urls.ts";

export { LINK } from "../journal/body.ts";

export interface Target {
  readonly href: string;
  /** The contact's name or the event's title, for a link written without a label. */
  readonly name: string;
}

/** Every link target as written in the journal → where it resolved, built once from the mentions. */
export function linkTargets(journal: Journal, url: SiteUrls): Map<string, Target> {
  const targets = new Map<string, Target>();
  for (const m of journal.mentions) {
    const id = m.to.id;
    if (!id) continue;
    const event = m.to.kind === "event" ? journal.eventById.get(id) : undefined;
    const name = event ? event.title : (journal.contactById.get(id)?.name ?? id);
    targets.set(m.to.raw.trim(), { href: event ? url.event(id) : url.person(id), name });
  }
  return targets;
}

/**
 * What a `[[target|label]]` shows: its label, else the name it resolved to, else the target as
 * written. An empty label counts as none, so that no link is left without text.
 */
export function linkText(target: string, label: string | undefined, targets: ReadonlyMap<string, Target>): string {
  return label?.trim() || targets.get(target.trim())?.name || target.trim();
}
