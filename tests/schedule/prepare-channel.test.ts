/** Rule 5 (preparing events), rule 9 (the suggested channel and the postcard) and the German schedule. */
import { describe, expect, it } from "vitest";
import { itemOf, md, scheduleOf } from "./fixture.ts";

const today = "2026-11-24";

describe("prepare", () => {
  const events = {
    "events/2026-11-27-soon.md": md(
      "title: Soon\ndate: 2026-11-27\ngoals:\n  - who: a ledger engineer\n    skills: [ledger]\n  - who: a bank person\n    industry: banking",
    ),
    "events/2026-12-05-later.md": md("title: Later\ndate: 2026-12-05"),
    "events/2026-12-20-far.md": md("title: Far\ndate: 2026-12-20"),
    "events/2026-11-20-past.md": md("title: Past\ndate: 2026-11-20"),
  };

  it("is due a week before an event in the next 14 days, or today when that is later", async () => {
    const { schedule } = await scheduleOf(events, { today });
    expect(schedule.items.map((i) => [i.id, i.due, i.reason, i.priority, i.flexible])).toEqual([
      ["prepare:2026-11-27-soon", today, "review your goals: 2 people you want to meet (on Fri 27 Nov)", 0, false],
      ["prepare:2026-12-05-later", "2026-11-28", "decide whom you want to meet (on Sat 5 Dec)", 0, false],
    ]);
    expect(itemOf(schedule, "2026-11-27-soon")).toMatchObject({ overdue: 0, event: "2026-11-27-soon" });
    expect(itemOf(schedule, "2026-11-27-soon").channel).toBeUndefined();
  });

  it("looks further ahead when the caller shows more days", async () => {
    const { schedule } = await scheduleOf(events, { today, until: "2026-12-20" });
    expect(schedule.items.map((i) => [i.id, i.due])).toEqual([
      ["prepare:2026-11-27-soon", today],
      ["prepare:2026-12-05-later", "2026-11-28"],
      ["prepare:2026-12-20-far", "2026-12-13"],
    ]);
  });
});

describe("suggested channel", () => {
  it("is the one used most in the last 90 days, the latest on a tie, else what is known", async () => {
    const { schedule } = await scheduleOf(
      {
        "contacts/most.md": md(
          "name: Most\nemail: m@example.org",
          "- 2026-09-01 WhatsApp\n- 2026-10-01 WhatsApp\n- 2026-11-01 email\n- 2026-05-01 call\n- 2026-05-02 call\n- 2026-05-03 call\n",
        ),
        "contacts/tie.md": md("name: Tie", "- 2026-10-01 call\n- 2026-11-01 video\n"),
        // Only old entries, or entries with no channel: fall back to what is known.
        "contacts/old.md": md("name: Old\nwhatsapp: '+49 1'\nemail: o@example.org", "- 2026-01-01 call\n"),
        "contacts/note.md": md("name: Note\nemail: n@example.org\nphone: '+49 2'", "- 2026-11-01 thought about her\n"),
        "contacts/phone.md": md("name: Phone\nphone: '+49 3'", "- 2026-11-01 note\n"),
        "contacts/link.md": md("name: Link\nlinkedin: https://linkedin.example/in/link", "- 2026-11-01 note\n"),
      },
      { today },
    );
    const channel = (id: string) => itemOf(schedule, id).channel;
    expect(channel("most")).toBe("whatsapp");
    expect(channel("tie")).toBe("video");
    expect(channel("old")).toBe("whatsapp");
    expect(channel("note")).toBe("email");
    expect(channel("phone")).toBe("call");
    expect(channel("link")).toBe("linkedin");
  });

  it("suggests a handwritten postcard every third rhythm item for inner and close contacts with an address", async () => {
    const address = "address: |\n  Street 1\n  10115 Berlin";
    const { schedule } = await scheduleOf(
      {
        // Two touches since the last card: the third is a card.
        "contacts/tom.md": md(`name: Tom\ncircle: inner\n${address}`, "- 2026-11-01 call\n- 2026-11-12 call\n"),
        "contacts/uma.md": md(
          `name: Uma\ncircle: close\n${address}`,
          "- 2026-10-01 call\n- 2026-10-20 postcard from Rome\n- 2026-11-10 call\n- 2026-11-15 call\n",
        ),
        // One touch since the card: not yet, and a card is never "the channel used most".
        "contacts/vic.md": md(
          `name: Vic\ncircle: inner\n${address}`,
          "- 2026-10-01 postcard\n- 2026-10-02 postcard\n- 2026-11-15 call\n",
        ),
        "contacts/wes.md": md(`name: Wes\ncircle: network\n${address}`, "- 2026-09-01 call\n- 2026-10-01 call\n"),
        "contacts/xan.md": md("name: Xan\ncircle: inner", "- 2026-11-01 call\n- 2026-11-12 call\n"),
      },
      { today },
    );
    const channel = (id: string) => itemOf(schedule, id).channel;
    expect(channel("tom")).toBe("postcard");
    expect(channel("uma")).toBe("postcard");
    expect(channel("vic")).toBe("call");
    expect(channel("wes")).toBe("call");
    expect(channel("xan")).toBe("call");
  });
});

describe("German", () => {
  it("gives reasons, drafts and days in German when locale is de", async () => {
    const { schedule } = await scheduleOf(
      {
        "rapport.yaml": "locale: de\ncapacity: 1\n",
        "events/2026-11-20-demo-day.md": md(
          "title: Demo Day\ndate: 2026-11-20\ngoals:\n  - who: Fintech\n    industry: fintech\nmet: [ana, bo]",
        ),
        "contacts/ana.md": md("name: Ana\nindustry: fintech", "- 2026-11-21 E-Mail: schön, dich zu treffen\n"),
        "contacts/bo.md": md("name: Bo\nrapport: high", "- 2026-11-22 Nachricht\n"),
        "contacts/cem.md": md("name: Cem\nmet: 2026-11-23"),
        "contacts/dora.md": md("name: Dora\ncircle: close", "- 2026-08-01 Anruf\n"),
        "contacts/eda.md": md("name: Eda\ncircle: inner", "- 2026-11-11 Treffen\n"),
        "events/2026-11-26-abend.md": md("title: Abend\ndate: 2026-11-26"),
        "events/2026-12-01-tag.md": md("title: Tag\ndate: 2026-12-01\ngoals:\n  - who: x\n    industry: y"),
      },
      { today },
    );
    const reason = (id: string) => itemOf(schedule, id).reason;
    expect(reason("ana")).toBe("passt zu „Fintech“ bei Demo Day — verabrede ein richtiges Gespräch");
    expect(reason("bo")).toBe("ihr habt euch bei Demo Day gut verstanden — verabrede ein richtiges Gespräch");
    expect(itemOf(schedule, "cem")).toMatchObject({
      due: today,
      reason: "am 23. Nov. kennengelernt — sag, dass du dich gefreut hast",
      draft: "Schön, Sie am 23. Nov. kennengelernt zu haben — ich würde mich freuen, in Kontakt zu bleiben.",
    });
    expect(itemOf(schedule, "dora")).toMatchObject({
      due: "2026-11-26",
      reason:
        "enger Kreis, alle 6 Wochen — zuletzt Kontakt am 1. Aug. — die Beziehung kühlt ab — verschoben vom Di. 24. Nov.: Kapazität",
    });
    expect(itemOf(schedule, "eda")).toMatchObject({
      due: "2026-11-25",
      reason: "innerer Kreis, alle 2 Wochen — zuletzt Kontakt am 11. Nov.",
    });
    expect(reason("2026-11-26-abend")).toBe("entscheide, wen du kennenlernen willst (am Do. 26. Nov.)");
    expect(reason("2026-12-01-tag")).toBe("prüfe deine Ziele: 1 Mensch, den du kennenlernen willst (am Di. 1. Dez.)");
  });

  it("drafts the first follow-up in German, on time and late", async () => {
    const { schedule } = await scheduleOf(
      {
        "rapport.yaml": "locale: de\n",
        "events/2026-11-23-abend.md": md("title: Gründerabend\ndate: 2026-11-23\nmet: [ana]"),
        "events/2026-11-10-messe.md": md("title: Messe\ndate: 2026-11-10\nmet: [bo]"),
        "contacts/ana.md": md("name: Ana"),
        "contacts/bo.md": md("name: Bo"),
      },
      { today },
    );
    expect(itemOf(schedule, "ana")).toMatchObject({
      reason: "am 23. Nov. bei Gründerabend kennengelernt — sag, dass du dich gefreut hast",
      draft: "Schön, Sie bei „Gründerabend“ kennengelernt zu haben — sind Sie gut nach Hause gekommen?",
    });
    expect(itemOf(schedule, "bo").draft).toBe(
      "Schön, Sie bei „Messe“ kennengelernt zu haben — ich würde unser Gespräch gern fortsetzen.",
    );
  });
});
