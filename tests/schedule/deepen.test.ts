/** Rule 2: the deepening appointment with the people you came for, or got on well with. */
import { describe, expect, it } from "vitest";
import { itemOf, md, outline, scheduleOf } from "./fixture.ts";

const today = "2026-11-24";
const summit = md(`
title: Summit
date: 2026-11-10
goals:
  - who: someone building fintech
    industry: fintech
  - just someone interesting
`);

describe("deepen", () => {
  it("is due 14 days after the first follow-up for a goal match or rapport: high, never after a real conversation", async () => {
    const { schedule } = await scheduleOf(
      {
        "events/2026-11-10-summit.md": summit,
        "contacts/fay.md": md(
          "name: Fay\nindustry: fintech\nmet_at: 2026-11-10-summit\nemail: f@example.org",
          "- 2026-11-11 email: glad we met\n",
        ),
        "contacts/gus.md": md("name: Gus\nrapport: high\nmet_at: 2026-11-10-summit", "- 2026-11-12 email: thanks\n"),
        // Followed up and then had coffee: nothing left to deepen, the rhythm runs from the coffee.
        "contacts/hal.md": md(
          "name: Hal\nindustry: fintech\nmet_at: 2026-11-10-summit",
          "- 2026-11-11 email: thanks\n- 2026-11-20 coffee at the station\n",
        ),
        // The call is already arranged (a future-dated entry): it is an appointment, not a deepen item.
        "contacts/ivy.md": md(
          "name: Ivy\nindustry: fintech\nmet_at: 2026-11-10-summit",
          "- 2026-11-11 email: thanks\n- 2026-12-01 call: her roadmap\n",
        ),
        // Neither a goal match nor high rapport: the ordinary rhythm.
        "contacts/kai.md": md("name: Kai\nindustry: design\nmet_at: 2026-11-10-summit", "- 2026-11-11 email\n"),
      },
      { today },
    );
    expect(outline(schedule)).toEqual([
      ["2026-11-25", "deepen", "fay"],
      ["2026-11-26", "deepen", "gus"],
      ["2026-12-01", "appointment", "ivy"],
      ["2027-02-11", "rhythm", "kai"],
      ["2027-02-20", "rhythm", "hal"],
    ]);
    expect(itemOf(schedule, "fay")).toMatchObject({
      id: "deepen:fay:2026-11-10-summit",
      priority: 2,
      goalMatch: true,
      channel: "email",
      event: "2026-11-10-summit",
      reason: "matched “someone building fintech” at Summit — arrange a proper conversation",
    });
    expect(itemOf(schedule, "gus")).toMatchObject({
      high: true,
      goalMatch: false,
      reason: "you got on well at Summit — arrange a proper conversation",
    });
    expect(itemOf(schedule, "ivy")).toMatchObject({ channel: "call", reason: "call: her roadmap" });
  });

  it("waits for the first follow-up, honours deepen_after and ends 60 days after the event", async () => {
    const early = (date: string, who: string) =>
      md(`title: Early ${date}\ndate: ${date}\ngoals:\n  - who: fintech\n    industry: fintech\nmet: [${who}]`);
    const { schedule } = await scheduleOf(
      {
        "rapport.yaml": "deepen_after: 10d\n",
        "events/2026-11-10-summit.md": summit,
        "events/2026-09-24-early.md": early("2026-09-24", "jon"),
        "events/2026-09-25-edge.md": early("2026-09-25", "kim"),
        "contacts/fay.md": md("name: Fay\nindustry: fintech\nmet_at: 2026-11-10-summit", "- 2026-11-11 email\n"),
        // 61 days after the event: the rhythm takes over.
        "contacts/jon.md": md("name: Jon\nindustry: fintech", "- 2026-09-25 email: glad we met\n"),
        // 60 days after the event: still deepened.
        "contacts/kim.md": md("name: Kim\nindustry: fintech", "- 2026-09-26 email: glad we met\n"),
        // Not followed up yet: the first follow-up comes first.
        "contacts/lu.md": md("name: Lu\nindustry: fintech\nmet_at: 2026-11-10-summit"),
      },
      { today },
    );
    expect(schedule.items.map((i) => [i.due, i.kind, i.subject.id, i.originalDue])).toEqual([
      [today, "first-followup", "lu", "2026-11-11"],
      [today, "deepen", "kim", "2026-10-06"],
      [today, "deepen", "fay", "2026-11-21"],
      ["2026-12-25", "rhythm", "jon", undefined],
    ]);
  });
});
