import { MultiGraph } from "graphology";
import { parse } from "graphology-gexf";
import { describe, expect, it } from "vitest";
import { analyseNetwork } from "../../src/graph/analyse.ts";
import { graphDot, graphGexf, graphJson } from "../../src/graph/export.ts";
import { loadJournal } from "../../src/journal/load.ts";
import { contact, tempJournal } from "../helpers.ts";
import { fixture, TODAY } from "./fixture.ts";

describe("graph exports", () => {
  it("writes JSON in graphology's format, so the site can load it with Graph.from", async () => {
    const network = analyseNetwork(await fixture(), TODAY);
    const json = JSON.parse(JSON.stringify(graphJson(network)));
    expect(json.attributes).toEqual({
      format: "rapport-graph",
      version: 1,
      owner: "Kim Berg",
      today: "2026-03-01",
      betweenness: { exact: true, sources: 9 },
      communities: [
        { id: 0, label: "fintech", labelFrom: "tag", contacts: 3, size: 5 },
        { id: 1, label: "ACME GmbH", labelFrom: "organisation", contacts: 2, size: 3 },
        { id: 2, label: "Fay Moss", labelFrom: "member", contacts: 1, size: 1 },
      ],
    });
    expect(json.options).toEqual({ type: "mixed", multi: true, allowSelfLoops: false });
    expect(json.nodes[1]).toEqual({
      key: "ana",
      attributes: {
        kind: "contact",
        label: "Ana Lima",
        circle: "network",
        depth: 63,
        inner: true,
        file: "contacts/ana.md",
        degree: 3,
        betweenness: 0.1071,
        community: 1,
        communityLabel: "ACME GmbH",
      },
    });
    expect(json.edges.find((e: { key: string }) => e.key === "introduced_by:ben:ana")).toEqual({
      key: "introduced_by:ben:ana",
      source: "ben",
      target: "ana",
      attributes: { kind: "introduced_by", pos: "contacts/ben.md:7:16", weight: 1 },
    });
    expect(json.edges.find((e: { key: string }) => e.key === "knows:ana:ben")).toMatchObject({ undirected: true });

    const loaded = MultiGraph.from(json);
    expect([loaded.order, loaded.size, loaded.type]).toEqual([10, 20, "mixed"]);
    expect(loaded.getNodeAttributes("dan")).toEqual(network.graph.getNodeAttributes("dan"));
  });

  it("writes GEXF that graphology-gexf reads back with every attribute", async () => {
    const network = analyseNetwork(await fixture(), TODAY);
    const xml = graphGexf(network);
    expect(xml.split("\n").slice(0, 6)).toEqual([
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<gexf version="1.3" xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd">',
      "  <meta>",
      "    <owner>Kim Berg</owner>",
      "    <today>2026-03-01</today>",
      "  </meta>",
    ]);
    const back = parse(MultiGraph, xml);
    expect([back.order, back.size]).toEqual([10, 20]);
    network.graph.forEachNode((node, a) => expect(back.getNodeAttributes(node)).toEqual(a));
    network.graph.forEachEdge((edge, a, source, target, _s, _t, undirected) => {
      expect(back.getEdgeAttributes(edge)).toEqual(a);
      expect([back.source(edge), back.target(edge), back.isUndirected(edge)]).toEqual([source, target, undirected]);
    });
  });

  it("writes DOT with undirected ties as dir=none and the position as origin", async () => {
    const journal = await loadJournal(
      await tempJournal({
        "rapport.yaml": "owner: Kim\n",
        "contacts/a.md": contact('name: A "the" One\nknows: [b]'),
        "contacts/b.md": contact("name: B\nintroduced_by: a"),
      }),
    );
    expect(graphDot(analyseNetwork(journal, TODAY))).toBe(
      [
        'digraph "Kim" {',
        '  "@me" [label="Kim", shape="doublecircle", kind="me", degree=2];',
        '  "a" [label="A \\"the\\" One", shape="ellipse", kind="contact", circle="network", depth=0, inner=false, degree=1, betweenness=0, community=0, community_label="A \\"the\\" One"];',
        '  "b" [label="B", shape="ellipse", kind="contact", circle="network", depth=0, inner=false, degree=1, betweenness=0, community=0, community_label="A \\"the\\" One"];',
        '  "@me" -> "a" [kind="relationship", origin="contacts/a.md:1:1", strength=0.05, penwidth=1.1, dir="none", id="relationship:@me:a"];',
        '  "a" -> "b" [kind="knows", origin="contacts/a.md:3:9", strength=1, penwidth=3, dir="none", id="knows:a:b"];',
        '  "@me" -> "b" [kind="relationship", origin="contacts/b.md:1:1", strength=0.05, penwidth=1.1, dir="none", id="relationship:@me:b"];',
        '  "b" -> "a" [kind="introduced_by", origin="contacts/b.md:3:16", strength=1, penwidth=3, id="introduced_by:b:a"];',
        "}",
        "",
      ].join("\n"),
    );
  });
});
