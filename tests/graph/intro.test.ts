import { describe, expect, it } from "vitest";
import { analyseNetwork } from "../../src/graph/analyse.ts";
import { introductions, prepare } from "../../src/graph/intro.ts";
import { fixture, TODAY } from "./fixture.ts";

describe("intro and prep", () => {
  it("orders matches by warmth, each with the best person to introduce you", async () => {
    const network = analyseNetwork(await fixture(), TODAY, { metrics: false });
    const found = introductions(network, { tags: ["fintech"] }, "en");
    expect(
      found.map((r) => [r.contact, r.best.warmth, r.best.cost, r.introduction?.introducer, r.introduction?.cost]),
    ).toEqual([
      ["dan", 40, 2.5, "ben", 4.25],
      ["cleo", 18, 5.56, "dan", 5.83],
    ]);
  });

  it("combines criteria like event goals: every key must match, any value within a key", async () => {
    const network = analyseNetwork(await fixture(), TODAY, { metrics: false });
    // Dan directly (2.5) is warmer than Ben through Ana (1.59 + 1).
    expect(introductions(network, { industry: ["design", "fintech"] }, "en").map((r) => r.contact)).toEqual([
      "ana",
      "dan",
      "ben",
      "cleo",
    ]);
    // Dan is in fintech too, but has no company.
    expect(introductions(network, { industry: ["fintech"], company: ["beta"] }, "en").map((r) => r.contact)).toEqual([
      "cleo",
    ]);
    expect(introductions(network, { skills: ["ledger"] }, "en")).toEqual([]);
  });

  it("prepares each goal of an event; free-text goals match nobody", async () => {
    const journal = await fixture();
    const network = analyseNetwork(journal, TODAY, { metrics: false });
    const prep = prepare(network, journal.eventById.get("2026-02-26-summit")!, "en");
    expect(prep.event).toBe("2026-02-26-summit");
    expect(prep.upcoming).toBe(false);
    expect(prep.goals.map((g) => [g.goal.text, g.hasCriteria, g.matches.map((m) => m.contact), g.introducers])).toEqual(
      [
        // Dan (40) is worth asking about Cleo (18); Ben (34) is not worth asking about Dan (40).
        ["fintech people", true, ["dan", "cleo"], [{ contact: "dan", to: ["cleo"] }]],
        ["someone nice", false, [], []],
      ],
    );
    expect(prepare(network, journal.eventById.get("2026-02-26-summit")!, "en").upcoming).toBe(false);
    expect(
      prepare(
        analyseNetwork(journal, "2026-02-20", { metrics: false }),
        journal.eventById.get("2026-02-26-summit")!,
        "en",
      ).upcoming,
    ).toBe(true);
  });
});
