import { describe, expect, it } from "vitest";
import { loadJournal, parseFile } from "../../src/journal/index.ts";
import { tempJournal } from "../helpers.ts";

const JANE = `---
name: Jane Doe
aliases: [JD]
company: Paylane
phone: 01711234567
birthday: --04-12
email: jane@example.org
tags: ["#fintech", speaker]
met_at: "[[2026-11-18-summit]]"
knows: [[max-muster]]
favourite_tea: Earl Grey
cadence: 2w
---
Notes about Jane, with a link to [[max-muster|Max]].

## 2026-11-19 WhatsApp: thanked her for the talk

She answered within the hour. [[lisa]] says hi.

## 2026-11-20 lunch with [[max-muster]] and [[Lisa Berg]]

- 2026-11-21 Anruf: Termin im Dezember vereinbart
  Sie bringt [[lisa]] mit.
- 2026-12-05 coffee at the station
- [ ] 2026-12-01 send her the article
- [ ] ask about the Vienna launch
- [x] thank her for the intro
- not dated, not a task

\`\`\`
## 2026-11-22 call: inside a code block
[[nobody]]
\`\`\`
`;

const FILES = {
  "contacts/jane-doe.md": JANE,
  "contacts/max-muster.md": "---\nname: Max Muster\nwhat: Builds ledgers.\n---\n",
  "contacts/lisa.md": "---\nname: Lisa Berg\nwhat: Designs.\n---\n",
  "events/2026-11-18-summit.md": "---\ntitle: Summit\ndate: 2026-11-18\nmet: [Lisa Berg]\n---\n",
};

describe("parsing a contact", () => {
  it("reads frontmatter into typed fields, keeping numbers as written and unknown keys as extra", async () => {
    const journal = await loadJournal(await tempJournal(FILES));
    expect(journal.diagnostics).toEqual([]);
    const jane = journal.contactById.get("jane-doe")!;
    expect(jane).toMatchObject({
      name: "Jane Doe",
      aliases: ["JD"],
      phone: "01711234567",
      birthday: { month: 4, day: 12 },
      email: ["jane@example.org"],
      tags: ["fintech", "speaker"],
      circle: "network",
      cadence: { amount: 2, unit: "w" },
      extra: { favourite_tea: "Earl Grey" },
    });
    expect(jane.metAt).toEqual({
      raw: "[[2026-11-18-summit]]",
      id: "2026-11-18-summit",
      kind: "event",
      pos: { file: "contacts/jane-doe.md", line: 9, column: 9 },
    });
    expect(jane.knows).toEqual([
      {
        raw: "[[max-muster]]",
        id: "max-muster",
        kind: "contact",
        pos: { file: "contacts/jane-doe.md", line: 10, column: 9 },
      },
    ]);
    expect(jane.keys["favourite_tea"]).toEqual({ file: "contacts/jane-doe.md", line: 11, column: 16 });
  });

  it("reads entries from dated headings and list items, with channel, notes and who was there", async () => {
    const journal = await loadJournal(await tempJournal(FILES));
    const jane = journal.contactById.get("jane-doe")!;
    expect(
      jane.entries.map((e) => [e.date, e.channel, e.style, e.title, e.with, `${e.pos.line}:${e.pos.column}`, e.notes]),
    ).toEqual([
      [
        "2026-11-19",
        "whatsapp",
        "heading",
        "WhatsApp: thanked her for the talk",
        [],
        "16:4",
        "She answered within the hour. [[lisa]] says hi.",
      ],
      [
        "2026-11-20",
        "in-person",
        "heading",
        "lunch with [[max-muster]] and [[Lisa Berg]]",
        ["max-muster", "lisa"],
        "20:4",
        // The two dated list items beneath are entries of their own, and shown as such.
        "- [ ] 2026-12-01 send her the article\n- [ ] ask about the Vienna launch\n- [x] thank her for the intro\n- not dated, not a task\n\n```\n## 2026-11-22 call: inside a code block\n[[nobody]]\n```",
      ],
      ["2026-11-21", "call", "list", "Anruf: Termin im Dezember vereinbart", [], "22:3", "Sie bringt [[lisa]] mit."],
      ["2026-12-05", "in-person", "list", "coffee at the station", [], "24:3", ""],
    ]);
  });

  it("cuts an entry nested in another's notes from them: each entry's text is shown once", async () => {
    const body = [
      "## 2026-11-19 call: the pilot",
      "",
      "She wants a pilot.",
      "",
      "- 2026-11-20 email: sent the deck",
      "  with the pricing page",
      "- likes hiking",
      "",
      "### 2026-11-21 lunch",
      "",
      "Budget in Q1.",
      "",
      "## 2026-11-22 coffee",
      "",
      "- 2026-11-23 message: thanks",
      "  - 2026-11-24 call: follow-up",
      "    about the contract",
      "  - undated detail",
      "",
    ].join("\n");
    const journal = await loadJournal(
      await tempJournal({
        "contacts/ada.md": `---\nname: Ada\n---\n${body}`,
        // Indented with tabs: what is left keeps its shape, a paragraph and a list, not code.
        "contacts/bea.md": "---\nname: Bea\n---\n- 2026-11-19 call\n\tintro\n\t- 2026-11-20 email: deck\n\t- undated\n",
      }),
    );
    expect(journal.contactById.get("bea")!.entries.map((e) => [e.date, e.notes])).toEqual([
      ["2026-11-19", "intro\n\n  - undated"],
      ["2026-11-20", ""],
    ]);
    expect(journal.contactById.get("ada")!.entries.map((e) => [e.date, e.style, e.notes])).toEqual([
      ["2026-11-19", "heading", "She wants a pilot.\n\n- likes hiking"],
      ["2026-11-21", "heading", "Budget in Q1."],
      ["2026-11-22", "heading", ""],
      ["2026-11-20", "list", "with the pricing page"],
      ["2026-11-23", "list", "- undated detail"],
      ["2026-11-24", "list", "about the contract"],
    ]);
  });

  it("keeps the body without its entries: the introduction, undated sections, list items and tasks", async () => {
    const body = [
      "",
      "",
      "Met her at the summit.",
      "",
      "## 2026-11-19 call: the pilot",
      "",
      "She wants a pilot.",
      "",
      "### What she said",
      "",
      "Budget in Q1.",
      "",
      "## Family",
      "",
      "Two kids; the elder studies in Lyon.",
      "",
      "- likes hiking",
      "- 2026-11-21 email: sent the deck",
      "  with the pricing page",
      "- [ ] ask about Lyon",
      "",
      "## Projects",
      "",
      "### 2026-11-22 lunch",
      "",
      "Notes under a dated heading one level down.",
      "",
      "## 2026-11-23 coffee",
      "",
    ].join("\n");
    const journal = await loadJournal(
      await tempJournal({
        "contacts/ada.md": `---\nname: Ada\n---\n${body}`,
        "contacts/bea.md": `---\nname: Bea\n---\r\n\r\nIntro.\r\n\r\n- 2026-11-19 call\r\n- undated\r\n`,
        "contacts/cem.md": "---\nname: Cem\n---\n- 2026-11-19 call\n\n## 2026-11-20 coffee\n\nNotes.\n",
        "contacts/dan.md": "---\nname: Dan\n---\n\n    indented code first\n\nText.\n\n",
      }),
    );
    const undated = (id: string) => journal.contactById.get(id)!.undated;
    expect(undated("ada")).toBe(
      [
        "Met her at the summit.",
        "",
        "## Family",
        "",
        "Two kids; the elder studies in Lyon.",
        "",
        "- likes hiking",
        "- [ ] ask about Lyon",
        "",
        "## Projects",
        "",
      ]
        .join("\n")
        .trimEnd(),
    );
    expect(undated("bea")).toBe("Intro.\r\n\r\n- undated");
    expect(undated("cem")).toBe("");
    expect(undated("dan")).toBe("    indented code first\n\nText.");
    expect(journal.contactById.get("ada")!.body).toBe(body);
  });

  it("reads tasks, open and done, with and without a due date", async () => {
    const journal = await loadJournal(await tempJournal(FILES));
    expect(journal.contactById.get("jane-doe")!.tasks).toEqual([
      {
        owner: "jane-doe",
        ownerKind: "contact",
        text: "send her the article",
        done: false,
        due: "2026-12-01",
        pos: { file: "contacts/jane-doe.md", line: 25, column: 7 },
      },
      {
        owner: "jane-doe",
        ownerKind: "contact",
        text: "ask about the Vienna launch",
        done: false,
        pos: { file: "contacts/jane-doe.md", line: 26, column: 7 },
      },
      {
        owner: "jane-doe",
        ownerKind: "contact",
        text: "thank her for the intro",
        done: true,
        pos: { file: "contacts/jane-doe.md", line: 27, column: 7 },
      },
    ]);
  });

  it("reads mentions outside code, with the entry they sit in, and never from a code block", async () => {
    const journal = await loadJournal(await tempJournal(FILES));
    const mentions = journal.contactById.get("jane-doe")!.mentions;
    expect(
      mentions.map((m) => [m.to.id, m.label, m.entryDate, m.inEntryLine, `${m.to.pos.line}:${m.to.pos.column}`]),
    ).toEqual([
      ["max-muster", "Max", undefined, false, "14:34"],
      ["lisa", undefined, "2026-11-19", false, "18:31"],
      ["max-muster", undefined, "2026-11-20", true, "20:26"],
      ["lisa", undefined, "2026-11-20", true, "20:45"],
      ["lisa", undefined, "2026-11-21", false, "23:14"],
    ]);
  });

  it("derives who was met where and every touch with a contact", async () => {
    const journal = await loadJournal(await tempJournal(FILES));
    expect([...journal.metAt]).toEqual([["2026-11-18-summit", ["jane-doe", "lisa"]]]);
    expect(journal.eventsOf.get("lisa")).toEqual(["2026-11-18-summit"]);
    // Lisa was at the lunch written in Jane's file, so that entry is a touch with her too.
    expect(journal.touchesOf.get("lisa")!.map((e) => [e.owner, e.date])).toEqual([["jane-doe", "2026-11-20"]]);
    expect(journal.entries.map((e) => e.date)).toEqual(["2026-11-19", "2026-11-20", "2026-11-21", "2026-12-05"]);
  });
});

describe("the bytes of a file", () => {
  const LF =
    "---\nname: Łukasz Kowalski\nknows: [jane]\n---\nNotes.\n\n## 2026-11-19 call: hello [[jane]]\n\n- [ ] 2026-12-01 write back\n";

  it("gives identical results and positions for LF, CRLF and a UTF-8 BOM", () => {
    const plain = parseFile("contacts/łukasz.md", LF);
    const crlf = parseFile("contacts/łukasz.md", LF.replace(/\n/g, "\r\n"));
    const bom = parseFile("contacts/łukasz.md", `\uFEFF${LF.replace(/\n/g, "\r\n")}`);
    for (const parsed of [crlf, bom]) {
      expect(parsed.diagnostics).toEqual([]);
      expect(parsed.record).toMatchObject({ kind: "contact", name: "Łukasz Kowalski" });
      const record = parsed.record!;
      const base = plain.record!;
      expect(record.entries.map((e) => [e.date, e.title, e.pos])).toEqual(
        base.entries.map((e) => [e.date, e.title, e.pos]),
      );
      expect(record.tasks).toEqual(base.tasks);
      expect(record.links).toEqual(base.links);
      expect(record.kind === "contact" && record.knows).toEqual(base.kind === "contact" && base.knows);
    }
    expect(plain.record!.entries[0]!.pos).toEqual({ file: "contacts/łukasz.md", line: 7, column: 4 });
    expect(plain.record!.links[0]!.pos).toEqual({ file: "contacts/łukasz.md", line: 7, column: 27 });
  });

  it("takes Unicode file names as ids, NFC-normalised", async () => {
    const decomposed = "Mu\u0308ller.md";
    const journal = await loadJournal(
      await tempJournal({
        "contacts/李雷.md": "---\nname: 李雷\nknows: [Müller]\nwhat: Data.\n---\n",
        [`contacts/${decomposed}`]: "---\nname: Jürgen Müller\nknows: [李雷]\nwhat: Banking.\n---\n",
      }),
    );
    expect(journal.diagnostics).toEqual([]);
    expect(journal.contacts.map((c) => c.id)).toEqual(["Müller", "李雷"]);
    expect(journal.contactById.get("李雷")!.knows[0]!.id).toBe("Müller");
    expect(journal.contactById.get("Müller")!.knows[0]!.id).toBe("李雷");
  });

  it("keeps ids unique across subfolders and resolves names and aliases", async () => {
    const journal = await loadJournal(
      await tempJournal({
        "contacts/work/anna.md": "---\nname: Anna Schmidt\naliases: [Annie]\nwhat: Design.\n---\n",
        "contacts/friends/ben.md": "---\nname: Ben\nknows: [Annie, anna schmidt, contacts/anna]\nwhat: Music.\n---\n",
      }),
    );
    expect(journal.diagnostics).toEqual([]);
    expect(journal.contactById.get("ben")!.knows.map((k) => k.id)).toEqual(["anna", "anna", "anna"]);
    expect(journal.files).toEqual(["contacts/friends/ben.md", "contacts/work/anna.md"]);
  });
});
