/** What the People pages show per contact, computed once per build for everyone (linear). */
import type { IsoDate } from "../../src/core/date.ts";
import { depthsOf, type Depth } from "../../src/depth/index.ts";
import type { Contact, Journal } from "../../src/journal/model.ts";
import { lastTouch } from "../../src/journal/touches.ts";

export interface PersonRow {
  readonly contact: Contact;
  readonly depth: Depth | undefined;
  readonly lastTouch?: IsoDate;
}

const rows = new WeakMap<Journal, Map<string, PersonRow>>();

export function peopleRows(journal: Journal, today: IsoDate): Map<string, PersonRow> {
  let map = rows.get(journal);
  if (!map) {
    const depths = depthsOf(journal, today);
    map = new Map(
      journal.contacts.map((c) => {
        const last = lastTouch(journal, c.id, today)?.date;
        return [c.id, { contact: c, depth: depths.get(c.id), ...(last ? { lastTouch: last } : {}) }];
      }),
    );
    rows.set(journal, map);
  }
  return map;
}
