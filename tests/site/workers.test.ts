import { describe, expect, it } from "vitest";
import { analyseNetwork, metricsOf } from "../../src/graph/analyse.ts";
import { layoutOf } from "../../src/graph/layout.ts";
import { ME } from "../../src/graph/types.ts";
import { loadJournal } from "../../src/journal/load.ts";
import { linkTargets } from "../../src/site/link-targets.ts";
import { noteRenderer } from "../../src/site/notes.ts";
import { siteUrls } from "../../src/site/urls.ts";
import {
  clearJobs,
  notesFromTheLastPage,
  notesRendered,
  pendingNetwork,
  renderedNotes,
  startNetwork,
  startNotes,
} from "../../src/site/workers.ts";
import { ROOT, tempJournal } from "../helpers.ts";

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

  it("renders every note a page shows as the pages would, for the site's base path, from the last page backwards", async () => {
    const journal = await loadJournal(ROOT, { cache: false });
    const url = siteUrls("/private/");
    const targets = linkTargets(journal, url);
    expect(startNotes(journal, Promise.resolve({ targets, home: url.home() }))).toBe(true);
    await notesRendered(journal);
    expect(renderedNotes(journal, "/")).toBeUndefined();
    const html = renderedNotes(journal, "/private/")!;
    const texts = notesFromTheLastPage(journal);
    expect([...html.keys()].sort()).toEqual([...texts].sort());
    const render = noteRenderer(targets);
    for (const text of texts) expect(html.get(text), text).toBe(render(text));
    expect([...html.values()].some((h) => h.includes('href="/private/people/'))).toBe(true);
    clearJobs();
  });

  it("orders the notes by the page that shows each first, the last page first", async () => {
    const dir = await tempJournal({
      "contacts/anna.md": "---\nname: Anna\n---\nAnna's notes.\n\n- 2026-01-02 call: about [[ben]]\n",
      "contacts/ben.md": "---\nname: Ben\n---\nBen's notes.\n",
      "events/2026-01-01-meetup.md": "---\ntitle: Meetup\ndate: 2026-01-01\nmet: [ben]\n---\nWho came.\n",
    });
    const journal = await loadJournal(dir, { cache: false });
    // Events first, then people by id; Ben's page also shows Anna's call, which Anna's page shows first.
    expect(notesFromTheLastPage(journal)).toEqual([
      "Meetup",
      "Ben's notes.",
      "call: about [[ben]]",
      "Anna's notes.",
      "Who came.\n",
    ]);
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
