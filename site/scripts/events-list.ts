/**
 * The Events list for the day it is opened, by the same split as at build time (site/lib/events.ts):
 * an event a site built last week listed as upcoming is past now, and loses its "no goals" warning,
 * which only matters while there is still time to plan. It re-sorts the items the page has; the page
 * and the model come from one journal, so each event has its item.
 */
import { eventsAround } from "../lib/events.ts";
import { loadModel } from "./model.ts";

export async function initEventsList(): Promise<void> {
  const sections = {
    upcoming: document.querySelector<HTMLElement>('[data-events="upcoming"]'),
    past: document.querySelector<HTMLElement>('[data-events="past"]'),
  };
  const model = sections.upcoming && sections.past ? await loadModel() : undefined;
  if (!model) return;
  const items = new Map(
    [...document.querySelectorAll<HTMLElement>("li[data-event]")].map((li) => [li.dataset["event"], li]),
  );
  const parts = eventsAround(model.journal, model.today);
  for (const part of ["upcoming", "past"] as const) {
    const section = sections[part]!;
    const list = parts[part].flatMap((event) => items.get(event.id) ?? []);
    section.querySelector("ul")?.replaceChildren(...list);
    section.hidden = list.length === 0;
    for (const li of list) li.querySelector<HTMLElement>("[data-no-goals]")?.toggleAttribute("hidden", part === "past");
  }
  document.body.dataset["eventsReady"] = "true";
}
