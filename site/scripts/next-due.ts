/** Fills a person page's "next due" line from the schedule for today. */
import { nextDueByContact } from "./model.ts";

export function initNextDue(): void {
  const slot = document.querySelector<HTMLElement>("[data-next-due]");
  if (!slot) return;
  void nextDueByContact().then((due) => {
    const next = due?.get(slot.dataset["nextDue"] ?? "");
    if (next) slot.textContent = next.label;
  });
}
