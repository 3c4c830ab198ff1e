import { describe, expect, it } from "vitest";
import { analyseNetwork } from "../../src/graph/analyse.ts";
import { pathsFromMe, reachOf, warmestPath } from "../../src/graph/reach.ts";
import { FILES, fixture, TODAY } from "./fixture.ts";

describe("warm paths", () => {
  it("goes through a deep relationship rather than a weak direct tie, every hop explained", async () => {
    const network = analyseNetwork(await fixture(), TODAY, { metrics: false });
    // Ben is depth 34 (cost 1/0.34 = 2.94); Ana is depth 63 (1.59) and knows him (1).
    expect(warmestPath(network, "ben", "en")).toEqual({
      nodes: ["@me", "ana", "ben"],
      cost: 2.59,
      warmth: 39,
      hops: [
        {
          from: "@me",
          to: "ana",
          kind: "relationship",
          pos: "contacts/ana.md:1:1",
          edge: "relationship:@me:ana",
          cost: 1.59,
          reason: "you know Ana Lima (depth 63)",
        },
        {
          from: "ana",
          to: "ben",
          kind: "knows",
          pos: "contacts/ana.md:9:9",
          edge: "knows:ana:ben",
          cost: 1,
          reason: "Ana Lima knows Ben Ode",
        },
      ],
    });
  });

  it("keeps your own tie when it is the warmest, and still finds the best introduction", async () => {
    const network = analyseNetwork(await fixture(), TODAY, { metrics: false });
    const reach = reachOf(network, pathsFromMe(network), "dan", "en")!;
    expect(reach.best.nodes).toEqual(["@me", "dan"]);
    expect(reach.best.warmth).toBe(40);
    expect(reach.introduction).toMatchObject({ introducer: "ben", nodes: ["@me", "ana", "ben", "dan"], cost: 4.25 });
    expect(reach.introduction!.hops.map((h) => `${h.reason} — ${h.kind}, ${h.pos}`)).toEqual([
      "you know Ana Lima (depth 63) — relationship, contacts/ana.md:1:1",
      "Ana Lima knows Ben Ode — knows, contacts/ana.md:9:9",
      "notes on Ben Ode mention Dan Roy — mention, contacts/ben.md:10:7",
    ]);
  });

  it("explains co-attendance with the event, and never hops through an event node", async () => {
    const network = analyseNetwork(await fixture(), TODAY, { metrics: false });
    const reach = reachOf(network, pathsFromMe(network), "eve", "en")!;
    expect(reach.best.nodes).toEqual(["@me", "eve"]);
    expect(reach.introduction!.hops.at(-1)!.reason).toBe("Dan Roy and Eve Stone were both met at Summit");
    expect(warmestPath(network, "2026-02-26-summit", "en")).toBeUndefined();
  });

  it("goes through a shared organisation, naming the colleague as the introducer", async () => {
    const files = { ...FILES, "contacts/gil.md": "---\nname: Gil Tan\ncompany: acme\n---\n" };
    const network = analyseNetwork(await fixture(files), TODAY, { metrics: false });
    const reach = reachOf(network, pathsFromMe(network), "gil", "en")!;
    // Gil: depth 0, so 1/0.05 = 20 direct; through Ana and Acme 1.59 + 2 + 2.
    expect(reach.best.nodes).toEqual(["@me", "ana", "@org:acme", "gil"]);
    expect(reach.introduction!.introducer).toBe("ana");
    expect(reach.best.hops.map((h) => h.reason)).toEqual([
      "you know Ana Lima (depth 63)",
      "Ana Lima works at ACME GmbH",
      "Gil Tan works at ACME GmbH",
    ]);
  });

  it("explains hops in German when the journal is German", async () => {
    const network = analyseNetwork(
      await fixture({ ...FILES, "rapport.yaml": "owner: Kim Berg\nlocale: de\n" }),
      TODAY,
      {
        metrics: false,
      },
    );
    const reach = reachOf(network, pathsFromMe(network), "dan", "de")!;
    expect(reach.introduction!.hops.map((h) => h.reason)).toEqual([
      "du kennst Ana Lima (Tiefe 63)",
      "Ana Lima kennt Ben Ode",
      "Notizen zu Ben Ode erwähnen Dan Roy",
    ]);
    const eve = reachOf(network, pathsFromMe(network), "eve", "de")!;
    expect(eve.introduction!.hops.at(-1)!.reason).toBe("Dan Roy und Eve Stone wurden beide bei Summit kennengelernt");
    expect(warmestPath(network, "ben", "de")!.hops.map((h) => h.reason)).toEqual([
      "du kennst Ana Lima (Tiefe 63)",
      "Ana Lima kennt Ben Ode",
    ]);
  });
});
