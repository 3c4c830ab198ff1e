/** Rules 3, 4, 6 and 7: the circles' rhythm, what is planned, snooze, dormant, overdue and fading. */
import { describe, expect, it } from "vitest";
import { nextByContact } from "../../src/schedule/agenda.ts";
import { itemOf, md, outline, scheduleOf } from "./fixture.ts";

const today = "2026-11-24";

describe("rhythm", () => {
  it("is due at the last touch plus the circle's cadence or the contact's own", async () => {
    const { schedule } = await scheduleOf(
      {
        "rapport.yaml": "cadence:\n  network: 2m\n",
        "contacts/inner.md": md("name: Ina\ncircle: inner", "- 2026-11-20 call\n"),
        "contacts/close.md": md("name: Cleo\ncircle: close", "## 2026-11-01 lunch\n"),
        "contacts/net.md": md("name: Nils", "- 2026-11-05 email\n"),
        "contacts/own.md": md("name: Olga\ncircle: close\ncadence: 10d", "- 2026-11-20 video\n"),
        "contacts/zzz.md": md("name: Zed\ncircle: dormant", "- 2020-01-01 email\n"),
        "contacts/fresh.md": md("name: Fritz\ncircle: close\nemail: f@example.org"),
      },
      { today },
    );
    expect(outline(schedule)).toEqual([
      [today, "rhythm", "fresh"],
      ["2026-11-30", "rhythm", "own"],
      ["2026-12-04", "rhythm", "inner"],
      ["2026-12-13", "rhythm", "close"],
      ["2027-01-05", "rhythm", "net"],
    ]);
    expect(itemOf(schedule, "fresh")).toMatchObject({ reason: "no touch recorded yet", overdue: 0, priority: 4 });
    expect(itemOf(schedule, "inner")).toMatchObject({
      id: "rhythm:inner",
      priority: 3,
      channel: "call",
      reason: "inner circle, every 2 weeks — last in touch on 20 Nov",
    });
    expect(itemOf(schedule, "own").reason).toBe("close circle, every 10 days — last in touch on 20 Nov");
    expect(itemOf(schedule, "net").reason).toBe("network, every 2 months — last in touch on 5 Nov");
  });

  it("counts entries in other files that name the contact on their own line, and being met at an event", async () => {
    const { schedule } = await scheduleOf(
      {
        "events/2026-10-01-fair.md": md("title: Fair\ndate: 2026-10-01\nmet: [mo]"),
        "contacts/mo.md": md("name: Mo\ncircle: close", "- 2026-09-01 email\n- 2026-10-02 email: glad we met again\n"),
        "contacts/pat.md": md("name: Pat\ncircle: close", "- 2026-10-20 lunch with [[ute]]\n"),
        "contacts/ute.md": md("name: Ute\ncircle: close", "- 2026-09-01 call\n"),
      },
      { today },
    );
    expect(itemOf(schedule, "ute")).toMatchObject({ due: "2026-12-01", channel: "in-person" });
    expect(itemOf(schedule, "mo")).toMatchObject({ due: today, originalDue: "2026-11-13" });
  });

  it("is overdue with its age, and fading once overdue by more than its whole cadence", async () => {
    const { schedule } = await scheduleOf(
      {
        "contacts/kim.md": md("name: Kim\ncircle: inner", "- 2026-11-01 call\n"),
        "contacts/lea.md": md("name: Lea\ncircle: close", "- 2026-08-01 call\n"),
        // Exactly one cadence overdue is not yet fading; one day more is.
        "contacts/max.md": md("name: Max\ncadence: 10d", "- 2026-11-04 call\n"),
        "contacts/noa.md": md("name: Noa\ncadence: 10d", "- 2026-11-03 call\n"),
      },
      { today },
    );
    const view = (id: string) => {
      const i = itemOf(schedule, id);
      return [i.due, i.originalDue, i.overdue, i.fading];
    };
    expect(view("kim")).toEqual([today, "2026-11-15", 9, false]);
    expect(view("lea")).toEqual([today, "2026-09-12", 73, true]);
    expect(view("max")).toEqual([today, "2026-11-14", 10, false]);
    expect(view("noa")).toEqual([today, "2026-11-13", 11, true]);
    expect(itemOf(schedule, "lea").reason).toBe("close circle, every 6 weeks — last in touch on 1 Aug — going cold");
  });
});

describe("planned items", () => {
  it("put next, appointments and dated open tasks on their date and stand in for the rhythm", async () => {
    const { schedule } = await scheduleOf(
      {
        "contacts/pia.md": md("name: Pia\nnext: 2026-11-28", "- 2026-10-01 email\n"),
        // A `next` day that passed without a touch stays, overdue.
        "contacts/quinn.md": md("name: Quinn\nnext: 2026-11-20", "- 2026-11-01 email\n"),
        // A `next` day met by a touch is done.
        "contacts/rob.md": md("name: Rob\nnext: 2026-11-10", "- 2026-11-12 email\n"),
        "contacts/sue.md": md(
          "name: Sue\ncircle: inner",
          "- 2026-11-20 call\n- 2026-11-27 dinner: her birthday\n\n- [ ] 2026-11-30 send the deck\n- [x] 2026-11-25 book the table\n- [ ] undated idea\n",
        ),
        "events/2026-12-06-expo.md": md(
          "title: Expo\ndate: 2026-12-06\ngoals:\n  - who: x\n    industry: y",
          "- [ ] 2026-12-05 book the train\n",
        ),
      },
      { today },
    );
    expect(outline(schedule)).toEqual([
      [today, "next", "quinn"],
      ["2026-11-27", "appointment", "sue"],
      ["2026-11-28", "next", "pia"],
      ["2026-11-29", "prepare", "2026-12-06-expo"],
      ["2026-11-30", "task", "sue"],
      ["2026-12-05", "task", "2026-12-06-expo"],
      ["2027-02-12", "rhythm", "rob"],
    ]);
    expect(itemOf(schedule, "quinn")).toMatchObject({
      id: "next:quinn",
      originalDue: "2026-11-20",
      overdue: 4,
      flexible: false,
      priority: 0,
      reason: "your planned next touch",
    });
    expect(itemOf(schedule, "sue", "appointment")).toMatchObject({
      id: "appointment:sue:2026-11-27",
      channel: "in-person",
      reason: "dinner: her birthday",
    });
    expect(itemOf(schedule, "sue", "task")).toMatchObject({ id: "task:sue:send-the-deck", reason: "send the deck" });
    // The site's "next due" column: each contact's first item.
    const next = nextByContact(schedule);
    expect([...next].map(([id, i]) => [id, i.id]).sort()).toEqual([
      ["pia", "next:pia"],
      ["quinn", "next:quinn"],
      ["rob", "rhythm:rob"],
      ["sue", "appointment:sue:2026-11-27"],
    ]);
    expect(itemOf(schedule, "2026-12-06-expo", "task")).toMatchObject({
      id: "task:2026-12-06-expo:book-the-train",
      subject: { kind: "event", id: "2026-12-06-expo", name: "Expo", file: "events/2026-12-06-expo.md" },
    });
  });
});

describe("snooze and dormant", () => {
  it("hide rules 1-3 until the snooze day, where the item appears; planned items stay", async () => {
    const { schedule } = await scheduleOf(
      {
        "contacts/sam.md": md(
          "name: Sam\ncircle: close\nsnooze: 2026-12-01",
          "- 2026-09-01 email\n\n- [ ] 2026-11-26 return the book\n",
        ),
        "contacts/tia.md": md("name: Tia\nmet: 2026-11-20\nsnooze: 2026-11-30"),
        // A snooze that has ended changes nothing.
        "contacts/una.md": md("name: Una\ncircle: close\nsnooze: 2026-11-01", "- 2026-09-01 email\n"),
        "contacts/vic.md": md("name: Vic\ncircle: dormant\nnext: 2026-11-25", "- 2020-01-01 email\n"),
      },
      { today },
    );
    expect(schedule.items.map((i) => [i.due, i.kind, i.subject.id, i.originalDue, i.moved])).toEqual([
      [today, "rhythm", "una", "2026-10-13", undefined],
      ["2026-11-25", "next", "vic", undefined, undefined],
      ["2026-11-26", "task", "sam", undefined, undefined],
      ["2026-11-30", "first-followup", "tia", "2026-11-21", "snooze"],
      ["2026-12-01", "rhythm", "sam", "2026-10-13", "snooze"],
    ]);
    expect(itemOf(schedule, "sam", "rhythm").reason).toBe(
      "close circle, every 6 weeks — last in touch on 1 Sep — snoozed until Tue 1 Dec",
    );
  });
});
