import { describe, expect, it } from "vitest";
import { localToday } from "../../src/core/date.ts";
import { loadJournal } from "../../src/journal/load.ts";
import { buildDay, pinnedDay } from "../../src/site/build-day.ts";
import { tempJournal } from "../helpers.ts";

const journalWith = (settings: string) =>
  tempJournal({ "rapport.yaml": settings, "contacts/ada.md": "---\nname: Ada\n---\n" }).then((dir) => loadJournal(dir));
const pinned = () => journalWith("today: 2026-11-24\n");
const unpinned = () => journalWith("owner: Alex\n");

describe("the day a site is built for, and the day its browser side defaults to", () => {
  it("is --today (RAPPORT_TODAY) for both when given, over the journal's pin", async () => {
    const env = { RAPPORT_TODAY: "2026-11-26" };
    expect(buildDay(await pinned(), env)).toBe("2026-11-26");
    expect(pinnedDay(await pinned(), env)).toBe("2026-11-26");
    expect(pinnedDay(await unpinned(), env)).toBe("2026-11-26");
  });

  it("is the journal's pin for both without --today", async () => {
    expect(buildDay(await pinned(), {})).toBe("2026-11-24");
    expect(pinnedDay(await pinned(), {})).toBe("2026-11-24");
  });

  it("leaves the browser its own date when nothing pins the day, so the site never goes stale", async () => {
    const journal = await unpinned();
    expect(pinnedDay(journal, {})).toBeUndefined();
    expect(buildDay(journal, {})).toBe(localToday());
  });
});
