import { describe, expect, it } from "vitest";
import { depthLine, nextStep } from "../../src/depth/explain.ts";
import { depthOf, depthsOf, isBusinessCard } from "../../src/depth/score.ts";
import { loadJournal } from "../../src/journal/load.ts";
import { contact, tempJournal } from "../helpers.ts";

const TODAY = "2026-03-01";

async function journalWith(files: Record<string, string>) {
  return loadJournal(await tempJournal(files));
}

describe("the depth score", () => {
  it("adds facets, conversations weighted by richness, months in touch and recency", async () => {
    const journal = await journalWith({
      "contacts/ana.md": contact(
        "name: Ana Lima\nwhat: Runs a studio.\nwhy: Loves type.\ngoals: Open a school.",
        [
          "",
          "- 2025-02-01 lunch: more than twelve months ago, not counted",
          "- 2025-11-15 postcard from Porto",
          "- 2025-12-05 email: the article",
          "- 2026-01-10 call: the school plan",
          "- 2026-02-20 coffee: talked about type",
          "- 2026-03-05 lunch: planned, after today, not counted",
          "",
        ].join("\n"),
      ),
    });
    const depth = depthOf(journal, journal.contactById.get("ana")!, TODAY);
    expect(depth).toEqual({
      contact: "ana",
      score: 75,
      facets: { what: true, why: true, goals: true },
      // in person 1 + call 1 + postcard 0.6 + email 0.3 = 2.9 of 6
      conversations: { count: 4, weighted: 2.9, inPerson: 1, byRichness: { rich: 2, written: 1, short: 1, low: 0 } },
      months: 4,
      last: { date: "2026-02-20", days: 9, source: "entry" },
      firstMet: "2025-02-01",
      laterConversations: 4,
      breakdown: {
        facets: { points: 30, max: 30 },
        conversations: { points: 16.9, max: 35 },
        months: { points: 13.3, max: 20 },
        recency: { points: 15, max: 15 },
      },
    });
    expect(depthLine(depth, "en")).toBe(
      "knows what, why and goals · 4 conversations in 12 months (1 in person) · last 9 days ago",
    );
    expect(depthLine(depth, "de")).toBe(
      "kennt Was, Warum und Ziele · 4 Gespräche in 12 Monaten (1 persönlich) · zuletzt vor 9 Tagen",
    );
    expect(nextStep(depth)).toBe("deepen");
  });

  it("lets recency fall linearly after 30 days and names the missing facets", async () => {
    const journal = await journalWith({
      "contacts/bo.md": contact("name: Bo Berg\nwhat: Data engineer.", "\n- 2025-08-08 video: first call\n"),
    });
    const depth = depthOf(journal, journal.contactById.get("bo")!, TODAY);
    // 205 days ago: (365 - 205) / (365 - 30) of 15 points = 7.2
    expect(depth.breakdown).toEqual({
      facets: { points: 10, max: 30 },
      conversations: { points: 5.8, max: 35 },
      months: { points: 3.3, max: 20 },
      recency: { points: 7.2, max: 15 },
    });
    expect(depth.score).toBe(26);
    expect(depthLine(depth, "en")).toBe(
      "knows what, not why or goals · 1 conversation in 12 months · last 205 days ago",
    );
    expect(depthLine(depth, "de")).toBe(
      "kennt Was, nicht Warum oder Ziele · 1 Gespräch in 12 Monaten · zuletzt vor 205 Tagen",
    );
    expect(nextStep(depth)).toBe("why");
  });

  it("counts being met at an event as a touch but not as a conversation", async () => {
    const journal = await journalWith({
      "contacts/cleo.md": contact("name: Cleo Park\nmet_at: 2026-02-26-summit"),
      "events/2026-02-26-summit.md": "---\ntitle: Summit\ndate: 2026-02-26\n---\n",
    });
    const depth = depthOf(journal, journal.contactById.get("cleo")!, TODAY);
    expect(depth.conversations.count).toBe(0);
    expect(depth.months).toBe(1);
    expect(depth.last).toEqual({ date: "2026-02-26", days: 3, source: "event" });
    expect(depth.score).toBe(18);
    expect(isBusinessCard(depth)).toBe(true);
    expect(depthLine(depth, "en")).toBe(
      "knows neither what nor why nor goals · no conversations in 12 months · last 3 days ago",
    );
    expect(depthLine(depth, "de")).toBe(
      "kennt weder Was noch Warum noch Ziele · kein Gespräch in 12 Monaten · zuletzt vor 3 Tagen",
    );
  });

  it("counts an entry in another file that names the contact on its own line, at its channel's richness", async () => {
    const journal = await journalWith({
      "contacts/ana.md": contact("name: Ana Lima", "\n- 2026-02-20 lunch with [[ben]]\n"),
      "contacts/ben.md": contact("name: Ben Ode\nmet: 2026-01-05"),
      "events/2026-02-10-meetup.md":
        "---\ntitle: Meetup\ndate: 2026-02-10\n---\n\n- 2026-02-10 event: [[ben]] gave a talk\n",
    });
    const ben = depthOf(journal, journal.contactById.get("ben")!, TODAY);
    // lunch (in person, 1) + the event entry (low, 0.15)
    expect(ben.conversations).toEqual({
      count: 2,
      weighted: 1.15,
      inPerson: 1,
      byRichness: { rich: 1, written: 0, short: 0, low: 1 },
    });
    expect(ben.laterConversations).toBe(2);
    expect(isBusinessCard(ben)).toBe(false);
  });

  it("calls a contact a business card only with no facet and no conversation after the first meeting", async () => {
    const journal = await journalWith({
      "contacts/a.md": contact("name: A\nmet: 2026-01-05", "\n- 2026-01-05 coffee: the day we met\n"),
      "contacts/b.md": contact("name: B\nmet: 2026-01-05", "\n- 2026-01-06 email: glad we met\n"),
      "contacts/c.md": contact("name: C\nwhat: Lawyer.\nmet: 2026-01-05"),
      "contacts/d.md": contact("name: D", "\n- 2025-12-15 email: hello\n"),
    });
    const cards = [...depthsOf(journal, TODAY).values()].filter(isBusinessCard).map((d) => d.contact);
    expect(cards).toEqual(["a", "d"]);
  });

  it("says never when there was no touch at all", async () => {
    const journal = await journalWith({ "contacts/z.md": contact("name: Z\nwhat: Something.\nwhy: Because.") });
    const depth = depthOf(journal, journal.contactById.get("z")!, TODAY);
    expect(depth.score).toBe(20);
    expect(depth.last).toBeUndefined();
    expect(depthLine(depth, "en")).toBe(
      "knows what and why, not goals · no conversations in 12 months · never in touch",
    );
    expect(depthLine(depth, "de")).toBe(
      "kennt Was und Warum, nicht Ziele · kein Gespräch in 12 Monaten · noch kein Kontakt",
    );
    expect(nextStep(depth)).toBe("goals");
  });
});
