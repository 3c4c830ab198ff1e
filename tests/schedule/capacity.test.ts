/** Rule 8: at most `capacity` flexible items a day, the rest later in priority order; ids never move. */
import { describe, expect, it } from "vitest";
import { buildSchedule } from "../../src/schedule/build.ts";
import { itemOf, journalOf, md, scheduleOf } from "./fixture.ts";

const today = "2026-11-24"; // Tue; 25 Wed, 26 Thu, 27 Fri

/**
 * Capacity 2. Today is full with two overdue inner contacts, so Fin (due today) waits; six rhythm
 * items are due tomorrow; planned items must not move.
 */
const busyDay = {
  "rapport.yaml": "capacity: 2\n",
  "contacts/x1.md": md("name: Xia\ncircle: inner", "- 2026-11-05 call\n"),
  "contacts/x2.md": md("name: Xu\ncircle: inner", "- 2026-11-06 call\n"),
  "contacts/a-inner.md": md("name: Ada\ncircle: inner", "- 2026-11-11 call\n"),
  "contacts/b-close.md": md("name: Bea\ncircle: close", "- 2026-10-14 call\n"),
  "contacts/c-close-high.md": md("name: Cy\ncircle: close\nrapport: high", "- 2026-10-14 call\n"),
  "contacts/d-net.md": md("name: Dan", "- 2026-08-25 call\n"),
  "contacts/e-net-goal.md": md("name: Eve\nindustry: fintech", "- 2026-08-25 call\n"),
  "contacts/f-net-old.md": md("name: Fin", "- 2026-08-24 call\n"),
  "events/2026-08-01-fair.md": md(
    "title: Fair\ndate: 2026-08-01\ngoals:\n  - who: fintech\n    industry: fintech\nmet: [e-net-goal]",
  ),
  // Planned and fixed: on their date whatever the capacity.
  "contacts/g-planned.md": md(
    "name: Gil\nnext: 2026-11-25",
    "- 2026-11-01 email\n- 2026-11-25 lunch\n\n- [ ] 2026-11-25 bring the book\n",
  ),
  "events/2026-11-30-meetup.md": md("title: Meetup\ndate: 2026-11-30"),
};

describe("capacity", () => {
  it("moves the rest to later days in priority order: inner, close (high first), network (goal match, then older)", async () => {
    const { schedule } = await scheduleOf(busyDay, { today });
    expect(schedule.items.map((i) => [i.due, i.kind, i.subject.id, i.originalDue, i.moved])).toEqual([
      ["2026-11-24", "rhythm", "x1", "2026-11-19", undefined],
      ["2026-11-24", "rhythm", "x2", "2026-11-20", undefined],
      ["2026-11-24", "prepare", "2026-11-30-meetup", undefined, undefined],
      ["2026-11-25", "rhythm", "a-inner", undefined, undefined],
      ["2026-11-25", "rhythm", "c-close-high", undefined, undefined],
      ["2026-11-25", "appointment", "g-planned", undefined, undefined],
      ["2026-11-25", "next", "g-planned", undefined, undefined],
      ["2026-11-25", "task", "g-planned", undefined, undefined],
      ["2026-11-26", "rhythm", "b-close", "2026-11-25", "capacity"],
      ["2026-11-26", "rhythm", "e-net-goal", "2026-11-25", "capacity"],
      ["2026-11-27", "rhythm", "f-net-old", "2026-11-24", "capacity"],
      ["2026-11-27", "rhythm", "d-net", "2026-11-25", "capacity"],
    ]);
    expect(itemOf(schedule, "b-close").reason).toBe(
      "close circle, every 6 weeks — last in touch on 14 Oct — moved from Wed 25 Nov: capacity",
    );
  });

  it("puts overdue items on today first, and keeps every id when the items move", async () => {
    const journal = await journalOf(busyDay);
    const tuesday = buildSchedule(journal, { today });
    const wednesday = buildSchedule(journal, { today: "2026-11-25" });
    const ids = (s: typeof tuesday) =>
      s.items
        .filter((i) => i.flexible)
        .map((i) => i.id)
        .sort();
    // Gil's lunch on Wednesday is a touch now, not an appointment ahead: his rhythm starts.
    expect(ids(wednesday)).toEqual([...ids(tuesday), "rhythm:g-planned"].sort());
    // Seen on Wednesday, the overdue inner contacts take Wednesday, and everyone else moves a day on.
    expect(wednesday.items.filter((i) => i.flexible).map((i) => [i.due, i.subject.id, i.overdue])).toEqual([
      ["2026-11-25", "x1", 6],
      ["2026-11-25", "x2", 5],
      ["2026-11-26", "a-inner", 0],
      ["2026-11-26", "c-close-high", 0],
      ["2026-11-27", "b-close", 0],
      ["2026-11-27", "e-net-goal", 0],
      ["2026-11-28", "f-net-old", 1],
      ["2026-11-28", "d-net", 0],
      ["2027-02-25", "g-planned", 0],
    ]);
    expect(itemOf(wednesday, "f-net-old").id).toBe(itemOf(tuesday, "f-net-old").id);
  });

  it("never pushes a first follow-up past its follow-up day plus one, even over capacity", async () => {
    const { schedule } = await scheduleOf(
      {
        "rapport.yaml": "capacity: 1\n",
        "events/2026-11-24-night.md": md("title: Night\ndate: 2026-11-24\nmet: [f1, f2, f3]"),
        "contacts/f1.md": md("name: F1"),
        "contacts/f2.md": md("name: F2"),
        "contacts/f3.md": md("name: F3\nrapport: high"),
        "contacts/inner.md": md("name: In\ncircle: inner", "- 2026-11-11 call\n"),
      },
      { today },
    );
    expect(schedule.items.map((i) => [i.due, i.kind, i.subject.id, i.originalDue])).toEqual([
      ["2026-11-24", "prepare", "2026-11-24-night", undefined],
      ["2026-11-25", "first-followup", "f3", undefined],
      ["2026-11-26", "first-followup", "f1", "2026-11-25"],
      ["2026-11-26", "first-followup", "f2", "2026-11-25"],
      ["2026-11-27", "rhythm", "inner", "2026-11-25"],
    ]);
    expect(itemOf(schedule, "f2").reason).toBe(
      "met at Night on 24 Nov — say you were glad to meet — moved from Wed 25 Nov: capacity",
    );
  });

  it("spreads a backlog of late first follow-ups over the days, keeping a fresh one in time", async () => {
    const { schedule } = await scheduleOf(
      {
        "rapport.yaml": "capacity: 1\n",
        "events/2026-11-01-fair.md": md("title: Fair\ndate: 2026-11-01\nmet: [o1, o2, o3]"),
        "events/2026-11-23-dinner.md": md("title: Dinner\ndate: 2026-11-23\nmet: [n1]"),
        "contacts/o1.md": md("name: O1"),
        "contacts/o2.md": md("name: O2"),
        "contacts/o3.md": md("name: O3"),
        "contacts/n1.md": md("name: N1"),
      },
      { today },
    );
    expect(schedule.items.map((i) => [i.due, i.subject.id, i.originalDue, i.overdue])).toEqual([
      ["2026-11-24", "o1", "2026-11-02", 22],
      ["2026-11-25", "n1", "2026-11-24", 0],
      ["2026-11-26", "o2", "2026-11-02", 22],
      ["2026-11-27", "o3", "2026-11-02", 22],
    ]);
  });

  it("takes an explicit capacity option over the setting", async () => {
    const { schedule } = await scheduleOf(busyDay, { today, capacity: 10 });
    expect(schedule.capacity).toBe(10);
    expect(schedule.items.filter((i) => i.moved === "capacity")).toEqual([]);
  });
});
