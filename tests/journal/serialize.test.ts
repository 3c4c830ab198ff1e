import { describe, expect, it } from "vitest";
import { fromData, loadJournal, toData } from "../../src/journal/index.ts";
import { ROOT } from "../helpers.ts";

describe("the model as data", () => {
  it("survives JSON and comes back as the same model", async () => {
    const journal = await loadJournal(ROOT);
    const again = fromData(JSON.parse(JSON.stringify(toData(journal))));
    expect(again).toEqual(journal);
    expect([...again.touchesOf.keys()]).toEqual([...journal.touchesOf.keys()]);
    expect(again.metAt.get("2026-11-18-fintech-summit")).toEqual(["jana-nowak", "li-lei", "lukasz-kowalski"]);
  });

  it("can leave the notes out", async () => {
    const journal = await loadJournal(ROOT);
    const lean = fromData(JSON.parse(JSON.stringify(toData(journal, { withoutNotes: true }))));
    expect(lean.contacts.every((c) => c.body === "" && c.entries.every((e) => e.notes === ""))).toBe(true);
    expect(lean.entries.map((e) => [e.date, e.owner, e.channel])).toEqual(
      journal.entries.map((e) => [e.date, e.owner, e.channel]),
    );
  });
});
