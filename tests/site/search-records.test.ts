import { describe, expect, it } from "vitest";
import { loadJournal } from "../../src/journal/load.ts";
import { plainText, searchRecords } from "../../src/site/search-records.ts";
import { siteUrls } from "../../src/site/urls.ts";
import { ROOT, tempJournal } from "../helpers.ts";

describe("search records", () => {
  it("holds a person's names, work, facets, contact details, notes and tasks, under the page's address", async () => {
    const journal = await loadJournal(ROOT, { cache: false });
    const records = searchRecords(journal, siteUrls("/"));
    expect(records.length).toBe(journal.contacts.length + journal.events.length);
    expect(records.find((r) => r.meta.title === "Łukasz Kowalski")).toEqual({
      url: "/people/lukasz-kowalski/",
      content: [
        "Łukasz Kowalski",
        "Lukasz",
        "Staff engineer · Ledgerly",
        "fintech",
        "Warszawa",
        "ledger, distributed systems",
        "fintech, engineering",
        "Built the double-entry ledger at Ledgerly, now 2 billion entries.",
        "lukasz@ledgerly.example",
        'On the "Ledgers are forever" panel. We talked afterwards about idempotency keys; he draws',
        "diagrams on napkins.",
        "send him the paper on event sourcing we talked about",
      ].join("\n"),
      language: "en",
      meta: { title: "Łukasz Kowalski" },
    });
  });

  it("holds an event's title, place, tags, goals and notes, with links as the names they resolved to", async () => {
    const journal = await loadJournal(ROOT, { cache: false });
    const record = searchRecords(journal, siteUrls("/private/")).find((r) => r.meta.title === "Fintech Summit");
    expect(record?.url).toBe("/private/events/2026-11-18-fintech-summit/");
    expect(record?.content.split("\n").slice(0, 7)).toEqual([
      "Fintech Summit",
      "Berlin, Station",
      "fintech, conference",
      "a payments product lead",
      "an engineer who has scaled a ledger",
      "someone from a bank's innovation team",
      "Planned for three conversations, came home with three — and one of them matched no plan at all",
    ]);
    expect(record?.content).toContain(
      '\n"Ledgers are forever": double-entry at scale, with Łukasz Kowalski on the panel.\n',
    );
  });

  it("follows the journal's locale and encodes ids that are not plain ASCII", async () => {
    const dir = await tempJournal({
      "rapport.yaml": "locale: de\n",
      "contacts/jürgen müller.md": "---\nname: Jürgen Müller\nmood: ruhig\nscore: 3\nlist: [a]\n---\n",
    });
    const journal = await loadJournal(dir, { cache: false });
    expect(searchRecords(journal, siteUrls("/"))).toEqual([
      {
        url: "/people/j%C3%BCrgen%20m%C3%BCller/",
        content: "Jürgen Müller\nruhig\n3",
        language: "de",
        meta: { title: "Jürgen Müller" },
      },
    ]);
  });
});

describe("notes as plain text for search", () => {
  const targets = new Map([["anna", { href: "/people/anna/", name: "Anna Schmidt" }]]);

  it("keeps the words and drops the markup", () => {
    const cases: [string, string][] = [
      ["Talked *pricing* and __hiring__ with [[anna]].", "Talked pricing and hiring with Anna Schmidt."],
      ["[[anna|Ann]] and [[nobody]] and [[anna#Work]]", "Ann and nobody and Anna Schmidt"],
      // An empty label counts as none, as in the notes the pages show (src/site/notes.ts).
      ["[[anna|]] and [[anna| ]] and [[nobody|]]", "Anna Schmidt and Anna Schmidt and nobody"],
      ["## Call\n\n- [x] sent the deck\n1. first\n> quoted", "Call\nsent the deck\nfirst\nquoted"],
      ["see [the post](https://example.org) ![a chart](c.png)", "see the post a chart"],
      ["<script>alert(1)</script> `code` ~~gone~~ snake_case \\*star\\*", "alert(1) code gone snake_case *star*"],
      ["  spaced   out  \n\n\n", "spaced out"],
    ];
    for (const [markdown, text] of cases) expect(plainText(markdown, targets), markdown).toBe(text);
  });
});
