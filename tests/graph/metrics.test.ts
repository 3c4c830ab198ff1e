import { describe, expect, it } from "vitest";
import { analyseNetwork } from "../../src/graph/analyse.ts";
import { betweennessOf, sampledBetweenness } from "../../src/graph/metrics.ts";
import { tieGraph } from "../../src/graph/ties.ts";
import { loadJournal } from "../../src/journal/load.ts";
import { contact, tempJournal } from "../helpers.ts";
import { fixture, TODAY } from "./fixture.ts";

describe("graph metrics", () => {
  it("labels each community by what most of its contacts share, largest first", async () => {
    const network = analyseNetwork(await fixture(), TODAY);
    expect(network.communities).toEqual([
      {
        id: 0,
        label: "fintech",
        labelFrom: "tag",
        contacts: 3,
        size: 5,
        members: ["cleo", "dan", "eve", "2026-02-26-summit", "@org:beta"],
      },
      // "design" (tag and industry) and Acme are shared by both: on equal counts the organisation names it.
      {
        id: 1,
        label: "ACME GmbH",
        labelFrom: "organisation",
        contacts: 2,
        size: 3,
        members: ["ana", "ben", "@org:acme"],
      },
      // Nothing written about Fay: the community is named after its member.
      { id: 2, label: "Fay Moss", labelFrom: "member", contacts: 1, size: 1, members: ["fay"] },
    ]);
    expect(network.graph.getNodeAttributes("dan")).toMatchObject({ community: 0, communityLabel: "fintech" });
    expect(network.graph.getNodeAttribute("@me", "community")).toBeUndefined();
  });

  it("names a community held together by an event after the event when its contacts share nothing", async () => {
    const journal = await loadJournal(
      await tempJournal({
        "contacts/a.md": contact("name: A\ntags: [x]\nmet_at: 2026-01-10-dinner"),
        "contacts/b.md": contact("name: B\ntags: [y]\nmet_at: 2026-01-10-dinner"),
        "events/2026-01-10-dinner.md": "---\ntitle: Dinner\ndate: 2026-01-10\n---\n",
      }),
    );
    const { communities } = analyseNetwork(journal, TODAY);
    expect(communities.map((c) => [c.label, c.labelFrom, c.members])).toEqual([
      ["Dinner", "member", ["a", "b", "2026-01-10-dinner"]],
    ]);
  });

  it("counts distinct neighbours without me as the degree", async () => {
    const { graph } = analyseNetwork(await fixture(), TODAY);
    const degrees = Object.fromEntries(graph.mapNodes((n, a) => [n, a.degree]));
    expect(degrees).toEqual({
      "@me": 6,
      ana: 3, // Acme, Ben, the Summit (its notes mention her)
      ben: 3,
      cleo: 4,
      dan: 4,
      eve: 3, // the Summit, Cleo and Dan
      fay: 0,
      "2026-02-26-summit": 4,
      "@org:acme": 2,
      "@org:beta": 1,
    });
  });

  it("computes exact normalised betweenness: the middle of a chain carries every path", async () => {
    const journal = await loadJournal(
      await tempJournal({
        "contacts/a.md": contact("name: A\nknows: [b]"),
        "contacts/b.md": contact("name: B\nknows: [c]"),
        "contacts/c.md": contact("name: C"),
      }),
    );
    const network = analyseNetwork(journal, TODAY);
    expect(network.graph.mapNodes((n, a) => [n, a.betweenness])).toEqual([
      ["@me", undefined],
      ["a", 0],
      ["b", 1],
      ["c", 0],
    ]);
    expect(network.betweenness).toEqual({ exact: true, sources: 3 });
  });

  it("gives graphology-metrics' exact values when the estimate samples every node, and halves with half", async () => {
    const { graph } = analyseNetwork(await fixture(), TODAY, { metrics: false });
    const ties = tieGraph(graph, { withMe: false });
    const exact = betweennessOf(ties);
    const sampled = sampledBetweenness(ties, ties.order);
    expect(sampled.exact).toBe(true);
    expect(exact.exact).toBe(true);
    for (const [node, value] of exact.scores) expect(sampled.scores.get(node)).toBeCloseTo(value, 12);
    expect(exact.scores.get("cleo")).toBeCloseTo(0.2143, 4);

    const estimate = sampledBetweenness(ties, 3);
    expect(estimate).toMatchObject({ exact: false, sources: 3 });
    expect([...estimate.scores.keys()]).toEqual(ties.nodes());
  });
});
