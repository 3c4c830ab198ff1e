import { describe, expect, it } from "vitest";
import { analyseNetwork } from "../../src/graph/analyse.ts";
import { layoutOf } from "../../src/graph/layout.ts";
import { ME } from "../../src/graph/types.ts";
import { loadJournal } from "../../src/journal/load.ts";
import { clearLayouts, pendingLayout, startLayout } from "../../src/site/layout-job.ts";
import { ROOT } from "../helpers.ts";

describe("the Network view's layout on a worker thread", () => {
  it("places every node exactly where the build's own thread would, for the day asked", async () => {
    const journal = await loadJournal(ROOT, { cache: false });
    const here = layoutOf(analyseNetwork(journal, "2026-11-24"));
    expect(startLayout(journal, "2026-11-24")).toBe(true);
    const positions = pendingLayout(journal, "2026-11-24");
    expect(pendingLayout(journal, "2026-11-25")).toBeUndefined();
    expect(await positions).toEqual(here);
    // The example's 13 contacts, 5 events and the 12 organisations they work for; "me" is left out.
    expect(here.size).toBe(30);
    expect([...here.keys()].filter((k) => k.startsWith("@org:")).length).toBe(12);
    expect(here.has(ME)).toBe(false);
    clearLayouts();
    expect(pendingLayout(journal, "2026-11-24")).toBeUndefined();
  });

  it("stops a worker still at work when the build is over, as after a failed build", async () => {
    const journal = await loadJournal(ROOT, { cache: false });
    expect(startLayout(journal, "2026-11-24")).toBe(true);
    const positions = pendingLayout(journal, "2026-11-24")!;
    clearLayouts();
    await expect(positions).rejects.toThrow("the layout worker stopped");
  });
});
