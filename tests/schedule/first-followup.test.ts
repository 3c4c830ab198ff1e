/** Rule 1: the first follow-up after a meeting, and the draft that comes with it. */
import { describe, expect, it } from "vitest";
import { itemOf, md, outline, scheduleOf } from "./fixture.ts";

const today = "2026-11-24"; // a Tuesday

const demoDay = md(`
title: Demo Day
date: 2026-11-20
goals:
  - who: a fintech founder
    industry: fintech
met: [ana, eli]
`);

describe("first follow-up", () => {
  it("is due the day after the event for a contact in the event's met list, with a late draft once overdue", async () => {
    const { schedule } = await scheduleOf(
      {
        "events/2026-11-20-demo-day.md": demoDay,
        "contacts/ana.md": md("name: Ana Lima\nindustry: fintech\nemail: ana@example.org"),
        "contacts/eli.md": md("name: Eli Berg"),
      },
      { today },
    );
    expect(itemOf(schedule, "ana")).toEqual({
      id: "first-followup:ana:2026-11-20-demo-day",
      kind: "first-followup",
      flexible: true,
      subject: { kind: "contact", id: "ana", name: "Ana Lima", file: "contacts/ana.md" },
      due: today,
      originalDue: "2026-11-21",
      overdue: 3,
      fading: false,
      priority: 1,
      channel: "email",
      reason: "met at Demo Day on 20 Nov — say you were glad to meet",
      draft: "Great to meet you at Demo Day — I'd be glad to continue our conversation.",
      event: "2026-11-20-demo-day",
      circle: "network",
      high: false,
      goalMatch: true,
    });
    // Nothing known about Eli but the meeting: the only way left is in person.
    expect(itemOf(schedule, "eli")).toMatchObject({ due: today, channel: "in-person", goalMatch: false });
  });

  it("counts met_at, a multi-day event's last day and an explicit followup day", async () => {
    const { schedule } = await scheduleOf(
      {
        "events/2026-11-23-camp.md": md("title: Camp\ndate: 2026-11-23\nend: 2026-11-24"),
        "events/2026-11-22-meetup.md": md("title: Meetup\ndate: 2026-11-22\nfollowup: 2026-11-26"),
        "contacts/bo.md": md("name: Bo\nmet_at: 2026-11-23-camp\nwhatsapp: '+49 170 1'"),
        "contacts/dora.md": md("name: Dora\nmet_at: 2026-11-22-meetup\nphone: '+49 30 1'"),
      },
      { today },
    );
    expect(itemOf(schedule, "bo")).toMatchObject({
      due: "2026-11-25",
      overdue: 0,
      channel: "whatsapp",
      draft: "Great to meet you at Camp — did you get home well?",
    });
    expect(itemOf(schedule, "bo").originalDue).toBeUndefined();
    expect(itemOf(schedule, "dora")).toMatchObject({
      id: "first-followup:dora:2026-11-22-meetup",
      due: "2026-11-26",
      channel: "call",
      reason: "met at Meetup on 22 Nov — say you were glad to meet",
    });
  });

  it("is due the day after `met` when there is no event", async () => {
    const { schedule } = await scheduleOf(
      { "contacts/cem.md": md("name: Cem\nmet: 2026-11-23\nemail: c@example.org") },
      { today },
    );
    expect(itemOf(schedule, "cem")).toMatchObject({
      id: "first-followup:cem:2026-11-23",
      due: "2026-11-24",
      overdue: 0,
      reason: "met on 23 Nov — say you were glad to meet",
      draft: "Great to meet you on 23 Nov — I'd be glad to stay in touch.",
    });
    expect(itemOf(schedule, "cem").event).toBeUndefined();
  });

  it("is done by any entry after the meeting, not by notes written on the day", async () => {
    const { schedule } = await scheduleOf(
      {
        "events/2026-11-20-demo-day.md": demoDay,
        "contacts/ana.md": md("name: Ana\nmet_at: 2026-11-20-demo-day", "- 2026-11-20 notes: talked about payouts\n"),
        "contacts/eli.md": md("name: Eli", "- 2026-11-22 email: glad we met\n"),
      },
      { today },
    );
    expect(itemOf(schedule, "ana").kind).toBe("first-followup");
    // Eli was followed up: the rhythm of the network circle runs from that email.
    expect(itemOf(schedule, "eli")).toMatchObject({ kind: "rhythm", due: "2027-02-22" });
  });

  it("follows the latest meeting for a contact met at two events, once", async () => {
    const { schedule } = await scheduleOf(
      {
        "events/2026-10-01-old-conf.md": md("title: Old Conf\ndate: 2026-10-01\nmet: [eli]"),
        "events/2026-11-20-demo-day.md": demoDay,
        "contacts/ana.md": md("name: Ana"),
        "contacts/eli.md": md("name: Eli\nemail: eli@example.org", "- 2026-10-02 email: glad we met\n"),
      },
      { today },
    );
    const eli = schedule.items.filter((i) => i.subject.id === "eli");
    expect(eli.map((i) => [i.id, i.due, i.originalDue])).toEqual([
      ["first-followup:eli:2026-11-20-demo-day", today, "2026-11-21"],
    ]);
    expect(eli[0]!.reason).toBe("met at Demo Day on 20 Nov — say you were glad to meet");
  });

  it("comes before deepening and rhythm: one item per contact", async () => {
    const { schedule } = await scheduleOf(
      {
        "events/2026-11-20-demo-day.md": demoDay,
        "contacts/ana.md": md("name: Ana\ncircle: inner\nrapport: high\nindustry: fintech", "- 2026-09-01 call\n"),
        "contacts/eli.md": md("name: Eli", "- 2026-11-21 email: glad we met\n"),
      },
      { today },
    );
    expect(outline(schedule)).toEqual([
      [today, "first-followup", "ana"],
      ["2027-02-21", "rhythm", "eli"],
    ]);
  });
});
