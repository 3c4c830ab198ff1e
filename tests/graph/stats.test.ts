import { describe, expect, it } from "vitest";
import { analyseNetwork } from "../../src/graph/analyse.ts";
import { networkStats } from "../../src/graph/stats.ts";
import { FILES, fixture, TODAY } from "./fixture.ts";

describe("network stats", () => {
  it("measures depth, spread, follow-up, events and connectors", async () => {
    const stats = networkStats(analyseNetwork(await fixture(), TODAY));
    expect(stats).toEqual({
      today: "2026-03-01",
      contacts: 6,
      circles: { inner: 0, close: 0, network: 6, dormant: 0 },
      innerCircle: { size: 1, cap: 10 },
      businessCards: 3, // Cleo and Eve (met, nothing since), Fay (one email, nothing since)
      allFacets: { count: 1, of: 6, share: 0.167 },
      // Ana 2, Ben 1 (the coffee names him), Dan 1, Fay 1
      conversations: { last12Months: 5, activeContacts: 4, perActiveContact: 1.3 },
      // Fay's email is within 90 days; she is not among the five deepest.
      concentration: { days: 90, deepest: ["ana", "dan", "ben", "cleo", "eve"], count: 4, of: 5, share: 0.8 },
      events: [
        {
          event: "2026-02-26-summit",
          title: "Summit",
          date: "2026-02-26",
          met: 3,
          target: { min: 3, max: 5 },
          againstTarget: "within",
          yield: [
            { months: 3, from: "2026-05-26", inTouch: null },
            { months: 6, from: "2026-08-26", inTouch: null },
            { months: 12, from: "2027-02-26", inTouch: null },
          ],
        },
      ],
      // Due 2026-02-27: Dan was thanked that day; Cleo and Eve never heard back.
      followup: { onTime: 1, late: 0, overdue: 2, rate: { count: 1, of: 3, share: 0.333 }, medianDays: 1 },
      connectors: [
        { contact: "cleo", betweenness: 0.2143 },
        { contact: "dan", betweenness: 0.1786 },
        { contact: "ana", betweenness: 0.1071 },
        { contact: "ben", betweenness: 0.1071 },
      ],
      betweenness: { exact: true, sources: 9 },
      communities: [
        { id: 0, label: "fintech", labelFrom: "tag", contacts: 3, size: 5 },
        { id: 1, label: "ACME GmbH", labelFrom: "organisation", contacts: 2, size: 3 },
      ],
    });
  });

  it("measures an event's yield once the months have passed, and a late follow-up", async () => {
    const files = {
      ...FILES,
      "contacts/cleo.md": FILES["contacts/cleo.md"] + "\n- 2026-03-03 call: finally followed up\n",
      "contacts/eve.md": FILES["contacts/eve.md"] + "\n- 2026-06-10 email: still in touch\n",
    };
    const stats = networkStats(analyseNetwork(await fixture(files), "2026-06-30"));
    expect(stats.events[0]!.yield).toEqual([
      // Of Cleo, Dan and Eve, only Eve had a touch on or after 2026-05-26.
      { months: 3, from: "2026-05-26", inTouch: { count: 1, of: 3, share: 0.333 } },
      { months: 6, from: "2026-08-26", inTouch: null },
      { months: 12, from: "2027-02-26", inTouch: null },
    ]);
    // Dan on time after 1 day, Cleo late after 5 days, Eve late after 104 days: the median is 5.
    expect(stats.followup).toEqual({
      onTime: 1,
      late: 2,
      overdue: 0,
      rate: { count: 1, of: 3, share: 0.333 },
      medianDays: 5,
    });
    expect(stats.events[0]!.againstTarget).toBe("within");
  });
});
