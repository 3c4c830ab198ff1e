import { describe, expect, it } from "vitest";
import { fromData, loadJournal, toData } from "../../src/journal/index.ts";
import { buildSchedule } from "../../src/schedule/index.ts";
import { ROOT } from "../helpers.ts";

describe("the model as data", () => {
  it("survives JSON and comes back as the same model", async () => {
    const journal = await loadJournal(ROOT);
    const again = fromData(JSON.parse(JSON.stringify(toData(journal))));
    expect(again).toEqual(journal);
    expect([...again.touchesOf.keys()]).toEqual([...journal.touchesOf.keys()]);
    expect(again.metAt.get("2026-11-18-fintech-summit")).toEqual(["jana-nowak", "li-lei", "lukasz-kowalski"]);
  });

  it("can leave out what the browser's schedule does not read, and the schedule stays the same", async () => {
    const journal = await loadJournal(ROOT, { history: true });
    const lean = fromData(JSON.parse(JSON.stringify(toData(journal, { lean: true }))));
    expect(
      lean.contacts.every((c) => c.body === "" && c.mentions.length === 0 && Object.keys(c.keys).length === 0),
    ).toBe(true);
    expect(lean.entries.every((e) => e.notes === "")).toBe(true);
    expect(lean.diagnostics).toEqual([]);
    expect(lean.history?.revisions.size).toBe(0);
    const full = buildSchedule(journal, { today: "2026-11-24", until: "2027-02-22" });
    expect(buildSchedule(lean, { today: "2026-11-24", until: "2027-02-22" })).toEqual(full);
    expect(full.items.length).toBeGreaterThan(10);
  });
});
