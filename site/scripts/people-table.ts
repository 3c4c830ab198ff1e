/**
 * Sorting and filtering the People table in place. Rows carry their sort keys as data attributes,
 * so a sort is one pass to read keys and one re-append; thousands of rows stay instant.
 */
import { nextDueByContact } from "./model.ts";

type Key = "name" | "circle" | "company" | "depth" | "last" | "next";
const CIRCLE_ORDER: Record<string, string> = { inner: "0", close: "1", network: "2", dormant: "3" };

export function initPeopleTable(): void {
  const table = document.querySelector<HTMLTableElement>("table[data-people]");
  const form = document.querySelector<HTMLFormElement>("form[data-people-filters]");
  const count = document.querySelector<HTMLOutputElement>("output[data-count]");
  if (!table || !form) return;
  const body = table.tBodies[0]!;
  const rows = [...body.rows];

  function apply(): void {
    const data = new FormData(form!);
    const q = String(data.get("q") ?? "")
      .trim()
      .toLocaleLowerCase();
    const circle = String(data.get("circle") ?? "");
    const tag = String(data.get("tag") ?? "");
    const industry = String(data.get("industry") ?? "");
    let shown = 0;
    for (const row of rows) {
      const d = row.dataset;
      const visible =
        (!q || (d["search"] ?? "").includes(q)) &&
        (!circle || d["circle"] === circle) &&
        (!tag || (d["tags"] ?? "").split("\n").includes(tag)) &&
        (!industry || d["industry"] === industry);
      row.hidden = !visible;
      if (visible) shown++;
    }
    if (count) count.value = String(shown);
  }

  function sort(key: Key, descending: boolean): void {
    const value = (row: HTMLTableRowElement): string | number => {
      const v = row.dataset[key] ?? "";
      if (key === "depth") return Number(v);
      if (key === "circle") return CIRCLE_ORDER[v] ?? "9";
      return v;
    };
    const keyed = rows.map((row) => [value(row), row] as const);
    keyed.sort(([a], [b]) => {
      // Empty values (no touch yet, nothing due) go last in either direction.
      if (a === "" || b === "") return a === b ? 0 : a === "" ? 1 : -1;
      const order = a < b ? -1 : a > b ? 1 : 0;
      return descending ? -order : order;
    });
    body.append(...keyed.map(([, row]) => row));
  }

  for (const th of table.tHead!.querySelectorAll<HTMLTableCellElement>("th[data-key]")) {
    th.querySelector("button")!.addEventListener("click", () => {
      const descending = th.getAttribute("aria-sort") === "ascending";
      for (const other of table.tHead!.querySelectorAll("th")) other.removeAttribute("aria-sort");
      th.setAttribute("aria-sort", descending ? "descending" : "ascending");
      sort(th.dataset["key"] as Key, descending);
    });
  }
  form.addEventListener("input", apply);
  form.addEventListener("submit", (event) => event.preventDefault());

  // The next due date comes from the schedule for today, worked out here so it never goes stale;
  // when the browser is idle, so that the table answers first.
  const idle = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 50));
  idle(
    () =>
      void nextDueByContact().then((due) => {
        if (!due) return;
        for (const row of rows) {
          const next = due.get(row.dataset["id"] ?? "");
          row.dataset["next"] = next?.due ?? "";
          const cell = row.querySelector("[data-next-cell]");
          if (cell && next) {
            const time = document.createElement("time");
            time.dateTime = next.due;
            time.textContent = next.label;
            cell.replaceChildren(time);
          }
        }
      }),
  );
}
