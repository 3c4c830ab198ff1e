import { describe, expect, it } from "vitest";
import { analyseNetwork, metricsOf } from "../../src/graph/analyse.ts";
import { layoutOf } from "../../src/graph/layout.ts";
import { ME } from "../../src/graph/types.ts";
import { loadJournal } from "../../src/journal/load.ts";
import { linkTargets } from "../../src/site/link-targets.ts";
import { noteRenderer } from "../../src/site/notes.ts";
import { siteUrls } from "../../src/site/urls.ts";
import { clearJobs, pendingNetwork, pendingNotes, startNetwork, startNotes } from "../../src/site/workers.ts";
import { ROOT } from "../helpers.ts";

describe("the build's work on worker threads", () => {
  it("gives the network's metrics and layout exactly as the build's own thread would, for the day asked", async () => {
    const journal = await loadJournal(ROOT, { cache: false });
    const here = analyseNetwork(journal, "2026-11-24");
    expect(startNetwork(journal, "2026-11-24")).toBe(true);
    const job = pendingNetwork(journal, "2026-11-24")!;
    expect(pendingNetwork(journal, "2026-11-25")).toBeUndefined();
    const metrics = await job.metrics;
    expect(metrics).toEqual(metricsOf(analyseNetwork(journal, "2026-11-24", { metrics: false }).graph));
    // The network built with the worker's metrics is the one built with its own.
    const there = analyseNetwork(journal, "2026-11-24", { metrics });
    expect(there.communities).toEqual(here.communities);
    expect(there.betweenness).toEqual(here.betweenness);
    expect(there.graph.export()).toEqual(here.graph.export());
    expect(here.communities.length).toBeGreaterThan(1);
    const positions = await job.positions;
    expect(positions).toEqual(layoutOf(here));
    // The example's 13 contacts, 5 events and the 12 organisations they work for; "me" is left out.
    expect(positions.size).toBe(30);
    expect([...positions.keys()].filter((k) => k.startsWith("@org:")).length).toBe(12);
    expect(positions.has(ME)).toBe(false);
    clearJobs();
    expect(pendingNetwork(journal, "2026-11-24")).toBeUndefined();
  });

  it("renders every body, entry title and entry note as the pages would, for the site's base path", async () => {
    const journal = await loadJournal(ROOT, { cache: false });
    const url = siteUrls("/private/");
    const targets = linkTargets(journal, url);
    expect(startNotes(journal, targets, url.home())).toBe(true);
    expect(pendingNotes(journal, "/")).toBeUndefined();
    const html = (await pendingNotes(journal, "/private/"))!;
    const texts = [
      ...journal.contacts.map((c) => c.body),
      ...journal.events.map((e) => e.body),
      ...journal.entries.flatMap((e) => [e.title, e.notes]),
    ].filter((t) => t.trim());
    expect(html.size).toBe(new Set(texts).size);
    const render = noteRenderer(targets);
    for (const text of texts) expect(html.get(text), text).toBe(render(text));
    const linked = [...html.values()].find((h) => h.includes('href="/private/people/'));
    expect(linked).toBeDefined();
    clearJobs();
  });

  it("stops a worker still at work when the build is over, as after a failed build", async () => {
    const journal = await loadJournal(ROOT, { cache: false });
    expect(startNetwork(journal, "2026-11-24")).toBe(true);
    const job = pendingNetwork(journal, "2026-11-24")!;
    clearJobs();
    await expect(job.metrics).rejects.toThrow("the network worker stopped");
    await expect(job.positions).rejects.toThrow("the network worker stopped");
  });
});
