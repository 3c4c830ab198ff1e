/**
 * An event page's follow-up status, worked out in the browser for the day it is opened by the same
 * code as at build time (`followupsOf`, site/lib/events.ts), as the agenda is: a page built on the event's next
 * day says "open" where two days later the follow-up is "overdue". The page as built stays for
 * readers without scripts. Everything from the journal is put in with textContent.
 */
import type { FollowupState } from "../../src/journal/followup.ts";
import { followupsOf } from "../lib/events.ts";
import { FOLLOWUP_TONE, shownDay } from "../lib/followup-view.ts";
import { formatDate } from "../lib/format.ts";
import { badge, el } from "./dom.ts";
import { loadModel } from "./model.ts";

export async function initEventFollowups(): Promise<void> {
  const table = document.querySelector<HTMLElement>("[data-followups]");
  const model = table ? await loadModel() : undefined;
  const event = model?.journal.eventById.get(table?.dataset["followups"] ?? "");
  if (!table || !model || !event) return;
  const { journal, today } = model;
  const labels = JSON.parse(table.dataset["stateLabels"] ?? "{}") as Record<FollowupState, string>;
  const statuses = new Map(followupsOf(journal, event, today).map((s) => [s.contact, s]));
  for (const row of table.querySelectorAll<HTMLElement>("tr[data-contact]")) {
    const cell = row.querySelector<HTMLElement>("[data-status]");
    const status = statuses.get(row.dataset["contact"] ?? "");
    if (!cell) continue;
    row.dataset["followup"] = status?.state ?? "";
    if (!status) {
      cell.replaceChildren("—");
      continue;
    }
    cell.replaceChildren(
      badge(labels[status.state], FOLLOWUP_TONE[status.state]),
      " ",
      el("span", { className: "meta", textContent: formatDate(shownDay(status), journal.settings.locale) }),
    );
  }
  table.dataset["ready"] = "true";
}
