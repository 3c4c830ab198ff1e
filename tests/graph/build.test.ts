import { describe, expect, it } from "vitest";
import { analyseNetwork } from "../../src/graph/analyse.ts";
import { tieGraph } from "../../src/graph/ties.ts";
import { fixture, TODAY } from "./fixture.ts";

describe("the relationship graph", () => {
  it("has me, the contacts, the events and one node per organisation however it is spelled", async () => {
    const { graph } = analyseNetwork(await fixture(), TODAY, { metrics: false });
    const nodes = graph.mapNodes((key, a) => [key, a.kind, a.label]);
    expect(nodes).toEqual([
      ["@me", "me", "Kim Berg"],
      ["ana", "contact", "Ana Lima"],
      ["ben", "contact", "Ben Ode"],
      ["cleo", "contact", "Cleo Park"],
      ["dan", "contact", "Dan Roy"],
      ["eve", "contact", "Eve Stone"],
      ["fay", "contact", "Fay Moss"],
      ["2026-02-26-summit", "event", "Summit"],
      // "ACME GmbH" and "Acme" meet; the label is the first spelling on a tie.
      ["@org:acme", "organisation", "ACME GmbH"],
      ["@org:beta", "organisation", "Beta Inc."],
    ]);
  });

  it("has every tie with its kind, direction, weight and source position", async () => {
    const { graph } = analyseNetwork(await fixture(), TODAY, { metrics: false });
    const edges = graph.mapEdges((key, a, source, target, _s, _t, undirected) => [
      key,
      undirected ? "--" : "->",
      a.pos,
      a.weight,
      a.date ?? a.event ?? null,
    ]);
    expect(edges).toEqual([
      ["relationship:@me:ana", "--", "contacts/ana.md:1:1", 0.63, null],
      ["works_at:ana:@org:acme", "--", "contacts/ana.md:3:10", 0.5, null],
      ["knows:ana:ben", "--", "contacts/ana.md:9:9", 1, null],
      ["relationship:@me:ben", "--", "contacts/ben.md:1:1", 0.34, null],
      ["works_at:ben:@org:acme", "--", "contacts/ben.md:3:10", 0.5, null],
      ["introduced_by:ben:ana", "->", "contacts/ben.md:7:16", 1, null],
      ["relationship:@me:cleo", "--", "contacts/cleo.md:1:1", 0.18, null],
      ["works_at:cleo:@org:beta", "--", "contacts/cleo.md:3:10", 0.5, null],
      ["relationship:@me:dan", "--", "contacts/dan.md:1:1", 0.4, null],
      ["relationship:@me:eve", "--", "contacts/eve.md:1:1", 0.18, null],
      ["relationship:@me:fay", "--", "contacts/fay.md:1:1", 0.18, null],
      // The event's `met` list is where Cleo (also met_at) and Dan are tied to it; Eve only by her met_at.
      ["met_at:cleo:2026-02-26-summit", "--", "events/2026-02-26-summit.md:10:5", 0.5, null],
      ["met_at:dan:2026-02-26-summit", "--", "events/2026-02-26-summit.md:11:5", 0.5, null],
      ["met_at:eve:2026-02-26-summit", "--", "contacts/eve.md:3:9", 0.5, null],
      ["co_attendance:cleo:dan", "--", "events/2026-02-26-summit.md:11:5", 0.3, "2026-02-26-summit"],
      ["co_attendance:cleo:eve", "--", "contacts/eve.md:3:9", 0.3, "2026-02-26-summit"],
      ["co_attendance:dan:eve", "--", "contacts/eve.md:3:9", 0.3, "2026-02-26-summit"],
      // A mention in an entry records the entry's date.
      ["mention:ana:ben", "->", "contacts/ana.md:12:26", 0.6, "2026-02-20"],
      ["mention:ben:dan", "->", "contacts/ben.md:10:7", 0.6, null],
      ["mention:2026-02-26-summit:ana", "->", "events/2026-02-26-summit.md:14:23", 0.6, null],
    ]);
  });

  it("collapses the ties between two nodes into the strongest, remembering which edge it was", async () => {
    const { graph } = analyseNetwork(await fixture(), TODAY, { metrics: false });
    const ties = tieGraph(graph, { withMe: false });
    expect(ties.order).toBe(9);
    // Ana and Ben: knows (1), introduced_by (1) and a mention (0.6); the first strongest wins.
    expect(ties.getEdgeAttributes(ties.edge("ana", "ben")!)).toEqual({ weight: 1, cost: 1, edge: "knows:ana:ben" });
    expect(ties.getEdgeAttributes(ties.edge("dan", "cleo")!)).toEqual({
      weight: 0.3,
      cost: 1 / 0.3,
      edge: "co_attendance:cleo:dan",
    });
    expect(ties.size).toBe(12);
    expect(tieGraph(graph, { withMe: true }).size).toBe(18);
  });

  it("builds co-attendance from the event's met list and met_at alike, once per pair and event", async () => {
    const journal = await fixture();
    const { graph } = analyseNetwork(journal, TODAY, { metrics: false });
    const pairs = graph.filterEdges((_e, a) => a.kind === "co_attendance").map((e) => graph.extremities(e).join("+"));
    expect(pairs).toEqual(["cleo+dan", "cleo+eve", "dan+eve"]);
  });
});
