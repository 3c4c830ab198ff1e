/**
 * `Touch:` commit trailers as touches: each value names a contact by id, name or alias. A value
 * that names nobody, or more than one contact, is ignored: a commit message is history and cannot
 * be corrected, so guessing would count the wrong person. Pure.
 */
import type { CommitTouch, Contact } from "../journal/model.ts";
import { contactIndex, type ContactIndex } from "../write/lookup.ts";
import type { Commit } from "./parse-log.ts";

/** Contact id → its trailer touches, oldest first. `commits` newest first, as git log prints them. */
export function touchesFrom(commits: readonly Commit[], contacts: readonly Contact[]): Map<string, CommitTouch[]> {
  // Built on the first trailer: most histories have none.
  let index: ContactIndex | undefined;
  const touches = new Map<string, CommitTouch[]>();
  for (let i = commits.length - 1; i >= 0; i--) {
    const commit = commits[i]!;
    const seen = new Set<string>();
    for (const value of commit.touches) {
      index ??= contactIndex(contacts);
      const found = index.find(value);
      if (found.kind !== "found" || seen.has(found.contact.id)) continue;
      seen.add(found.contact.id);
      const touch: CommitTouch = {
        contact: found.contact.id,
        date: commit.date,
        commit: commit.hash,
        subject: commit.subject,
      };
      const list = touches.get(touch.contact);
      if (list) list.push(touch);
      else touches.set(touch.contact, [touch]);
    }
  }
  // git prints by commit date; a touch is dated by its author, which may differ after a rebase.
  for (const list of touches.values()) list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return touches;
}
