/**
 * The agenda, worked out in the browser for the day it is opened by the same schedule code as
 * `rapport today` (a site built on Monday shows Wednesday's agenda on Wednesday). Everything from
 * the journal is put in with textContent, never as HTML.
 */
import { addDays, type IsoDate } from "../../src/core/date.ts";
import type { Journal } from "../../src/journal/model.ts";
import { siteUrls, type SiteUrls } from "../../src/site/urls.ts";
import { agendaOf, daysOf, scheduleMessages, summaryText, type ScheduleItem } from "../../src/schedule/index.ts";
import { followupsOf } from "../lib/events.ts";
import { FOLLOWUP_TONE } from "../lib/followup-view.ts";
import { badge, el } from "./dom.ts";
import { loadSchedule } from "./model.ts";

interface Labels {
  kinds: Record<string, string>;
  nothingDue: string;
  onTime: string;
  late: string;
  open: string;
  overdue: string;
  agendaFor: string;
}

export async function initAgenda(): Promise<void> {
  const root = document.querySelector<HTMLElement>("[data-agenda]");
  const state = await loadSchedule();
  if (!root || !state) return;
  const { journal, today, schedule } = state;
  const labels = JSON.parse(root.dataset["labels"] ?? "{}") as Labels;
  const m = scheduleMessages(journal.settings.locale);
  const url = siteUrls(document.body.dataset["base"] ?? "/");
  const href = (item: ScheduleItem) =>
    item.subject.kind === "event" ? url.event(item.subject.id) : url.person(item.subject.id);

  const agenda = agendaOf(schedule);
  root.querySelector("[data-agenda-date]")!.textContent = m.day(today, today);
  root.querySelector("[data-agenda-summary]")!.textContent = summaryText(agenda.summary, m);

  function item(i: ScheduleItem, showDay = false): HTMLLIElement {
    const head = el(
      "p",
      {},
      el("a", { href: href(i), textContent: i.subject.name }),
      " ",
      badge(labels.kinds[i.kind] ?? i.kind),
    );
    if (i.channel) head.append(" ", badge(m.channel[i.channel], "ok"));
    if (i.overdue > 0) head.append(" ", badge(m.overdue(i.overdue), "danger"));
    if (i.fading) head.append(" ", badge(m.fadingLabel, "warn"));
    const li = el("li", {}, head);
    li.dataset["kind"] = i.kind;
    li.dataset["subject"] = i.subject.id;
    li.dataset["due"] = i.due;
    li.append(el("p", { className: "meta", textContent: showDay ? `${m.day(i.due, today)} · ${i.reason}` : i.reason }));
    if (i.draft) li.append(el("blockquote", { className: "draft", textContent: i.draft }));
    return li;
  }

  function fill(key: string, nodes: HTMLElement[]): void {
    const section = root!.querySelector<HTMLElement>(`[data-section=${key}]`)!;
    section.querySelector("ol")!.replaceChildren(...nodes);
    section.hidden = nodes.length === 0;
  }

  fill(
    "overdue",
    agenda.overdue.map((i) => item(i)),
  );
  // Today's appointments belong with today's follow-ups; the agenda keeps them apart for the terminal.
  const todays = [...agenda.appointments.filter((i) => i.due === today), ...agenda.dueToday];
  fill(
    "today",
    todays.map((i) => item(i)),
  );
  if (agenda.overdue.length + todays.length === 0) {
    fill("today", [el("li", { textContent: labels.nothingDue })]);
  }
  const coming = daysOf(schedule, addDays(today, 7)).filter((d) => d.date > today);
  fill(
    "days",
    coming.flatMap((d) => d.items.filter((i) => i.kind !== "prepare").map((i) => item(i, true))),
  );
  fill(
    "prepare",
    agenda.prepare.map((i) => item(i, true)),
  );
  fill("lastEvent", lastEventStatus(journal, today, labels, url));
  fill(
    "fading",
    schedule.items.filter((i) => i.fading).map((i) => item(i)),
  );
  root.dataset["ready"] = "true";
}

/** Who from the most recent past event has been followed up, and who is still waiting. */
function lastEventStatus(journal: Journal, today: IsoDate, labels: Labels, url: SiteUrls): HTMLLIElement[] {
  const event = [...journal.events].reverse().find((e) => e.date < today && (journal.metAt.get(e.id)?.length ?? 0) > 0);
  if (!event) return [];
  const text = { "on-time": labels.onTime, late: labels.late, open: labels.open, overdue: labels.overdue } as const;
  const heading = el("li", {}, el("a", { href: url.event(event.id), textContent: event.title }));
  return [
    heading,
    ...followupsOf(journal, event, today).flatMap((status) => {
      const contact = journal.contactById.get(status.contact);
      if (!contact) return [];
      const li = el(
        "li",
        {},
        el("a", { href: url.person(contact.id), textContent: contact.name }),
        " ",
        badge(text[status.state], FOLLOWUP_TONE[status.state]),
      );
      li.dataset["followup"] = status.state;
      return [li];
    }),
  ];
}
