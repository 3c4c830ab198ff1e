/** `rapport today`, `due` and `event` on a real journal: exact output, JSON, colour, exit codes. */
import { describe, expect, it } from "vitest";
import { rapport, tempJournal } from "../helpers.ts";
import { md } from "./fixture.ts";
import { JOURNAL, TODAY } from "./journal.ts";

const AGENDA = `2026-11-24 Tue

Overdue
  follow up      Ana Lima · email · 3 days overdue
                 met at Demo Day on 20 Nov — say you were glad to meet
                 “Great to meet you at Demo Day — I'd be glad to continue our conversation.”
  keep in touch  Eva Stone · call · 5 days overdue
                 inner circle, every 2 weeks — last in touch on 5 Nov

Today
  task           Eva Stone
                 send her the book list

Appointments, next 7 days
  2026-11-26 Thu  appointment    Dee Ross · in person
                                 lunch at the market

Events to prepare
  2026-11-24 Tue  prepare        Meetup
                                 decide whom you want to meet (on Fri 27 Nov)

2 follow-ups, 1 appointment, 1 task, 1 event to prepare
`;

const DUE = `2026-11-24 Tue · today
  follow up      Ana Lima · email · 3 days overdue
                 met at Demo Day on 20 Nov — say you were glad to meet
  keep in touch  Eva Stone · call · 5 days overdue
                 inner circle, every 2 weeks — last in touch on 5 Nov
  task           Eva Stone
                 send her the book list
  prepare        Meetup
                 decide whom you want to meet (on Fri 27 Nov)

2026-11-25 Wed
  keep in touch  Fay Long · in person · 104 days overdue · fading
                 close circle, every 6 weeks — last in touch on 1 Jul — going cold — moved from Tue 24 Nov: capacity

2026-11-26 Thu
  appointment    Dee Ross · in person
                 lunch at the market

6 items from 2026-11-24 to 2026-11-27
`;

describe("rapport today", () => {
  it("prints the morning agenda without colour when piped", async () => {
    const cwd = await tempJournal(JOURNAL);
    expect(await rapport(["today", "--today", TODAY], { cwd })).toEqual({ code: 0, stdout: AGENDA, stderr: "" });
    // RAPPORT_TODAY is the same as --today.
    expect((await rapport(["today"], { cwd, env: { RAPPORT_TODAY: TODAY } })).stdout).toBe(AGENDA);
  });

  it("uses colour on a terminal, and none with NO_COLOR", async () => {
    const cwd = await tempJournal(JOURNAL);
    const tty = await rapport(["today", "--today", TODAY], { cwd, tty: true });
    expect(tty.stdout.split("\n")[0]).toBe("\u001b[1m2026-11-24 Tue\u001b[22m");
    expect(tty.stdout).toContain("\u001b[31m3 days overdue\u001b[39m");
    const plain = await rapport(["today", "--today", TODAY], { cwd, tty: true, env: { NO_COLOR: "1" } });
    expect(plain.stdout).toBe(AGENDA);
  });

  it("prints the agenda as JSON with a stable shape", async () => {
    const cwd = await tempJournal(JOURNAL);
    const { code, stdout } = await rapport(["today", "--today", TODAY, "--json"], { cwd });
    expect(code).toBe(0);
    const agenda = JSON.parse(stdout);
    expect(Object.keys(agenda)).toEqual(["today", "overdue", "dueToday", "appointments", "prepare", "summary"]);
    const ids = (list: { id: string }[]) => list.map((i) => i.id);
    expect([ids(agenda.overdue), ids(agenda.dueToday), ids(agenda.appointments), ids(agenda.prepare)]).toEqual([
      ["first-followup:ana:2026-11-20-demo-day", "rhythm:eva"],
      ["task:eva:send-her-the-book-list"],
      ["appointment:dee:2026-11-26"],
      ["prepare:2026-11-27-meetup"],
    ]);
    expect(agenda.summary).toEqual({ followups: 2, appointments: 1, tasks: 1, prepare: 1, fading: 0 });
    expect(agenda.overdue[1]).toEqual({
      id: "rhythm:eva",
      kind: "rhythm",
      flexible: true,
      subject: { kind: "contact", id: "eva", name: "Eva Stone", file: "contacts/eva.md" },
      due: "2026-11-24",
      originalDue: "2026-11-19",
      overdue: 5,
      fading: false,
      priority: 3,
      channel: "call",
      reason: "inner circle, every 2 weeks — last in touch on 5 Nov",
      circle: "inner",
      high: false,
      goalMatch: false,
    });
  });

  it("speaks German when the journal's locale is de", async () => {
    const cwd = await tempJournal({
      "rapport.yaml": "locale: de\n",
      "contacts/eva.md": md("name: Eva\ncircle: inner", "- 2026-11-05 Anruf\n"),
      "contacts/ben.md": md("name: Ben\nmet: 2026-11-23"),
      "contacts/lea.md": md("name: Lea\ncircle: close", "- 2026-07-01 Anruf\n"),
    });
    const { stdout } = await rapport(["today", "--today", TODAY], { cwd });
    expect(stdout).toBe(`2026-11-24 Di

Überfällig
  in Kontakt bleiben  Eva · Anruf · 5 Tage überfällig
                      innerer Kreis, alle 2 Wochen — zuletzt Kontakt am 5. Nov.
  in Kontakt bleiben  Lea · persönlich · 104 Tage überfällig · kühlt ab
                      enger Kreis, alle 6 Wochen — zuletzt Kontakt am 1. Juli — die Beziehung kühlt ab

Heute
  nachfassen          Ben · persönlich
                      am 23. Nov. kennengelernt — sag, dass du dich gefreut hast
                      “Schön, Sie am 23. Nov. kennengelernt zu haben — ich würde mich freuen, in Kontakt zu bleiben.”

3 Follow-ups, 1 kühlt ab
`);
  });

  it("says so when nothing is due", async () => {
    const cwd = await tempJournal({ "contacts/zed.md": md("name: Zed\ncircle: dormant") });
    expect((await rapport(["today", "--today", TODAY], { cwd })).stdout).toBe("2026-11-24 Tue\n\nnothing due\n");
  });
});

describe("rapport due", () => {
  it("groups the days ahead; --days and --until agree", async () => {
    const cwd = await tempJournal(JOURNAL);
    expect(await rapport(["due", "--days", "4", "--today", TODAY], { cwd })).toEqual({
      code: 0,
      stdout: DUE,
      stderr: "",
    });
    expect((await rapport(["due", "--until", "2026-11-27", "--today", TODAY], { cwd })).stdout).toBe(DUE);
  });

  it("shows 7 days by default, and --json gives the days with their items", async () => {
    const cwd = await tempJournal(JOURNAL);
    const { stdout } = await rapport(["due", "--json", "--today", TODAY], { cwd });
    const data = JSON.parse(stdout);
    expect([data.today, data.from, data.until]).toEqual([TODAY, TODAY, "2026-11-30"]);
    expect(data.days.map((d: { date: string; items: { id: string }[] }) => [d.date, d.items.map((i) => i.id)])).toEqual(
      [
        [
          "2026-11-24",
          [
            "first-followup:ana:2026-11-20-demo-day",
            "rhythm:eva",
            "task:eva:send-her-the-book-list",
            "prepare:2026-11-27-meetup",
          ],
        ],
        ["2026-11-25", ["rhythm:fay"]],
        ["2026-11-26", ["appointment:dee:2026-11-26"]],
      ],
    );
    expect(data.days[1].items[0]).toMatchObject({ due: "2026-11-25", originalDue: "2026-08-12", moved: "capacity" });
  });

  it("rejects bad ranges with exit code 2 and one line", async () => {
    const cwd = await tempJournal(JOURNAL);
    const run = (...args: string[]) => rapport(["due", "--today", TODAY, ...args], { cwd });
    expect(await run("--days", "0")).toEqual({
      code: 2,
      stdout: "",
      stderr: "rapport: --days must be a whole number of days, 1 or more, not '0'\n",
    });
    expect((await run("--days", "3", "--until", "2026-12-01")).stderr).toBe(
      "rapport: give --days or --until, not both\n",
    );
    expect((await run("--until", "2026-11-23")).stderr).toBe(
      "rapport: --until 2026-11-23 is before today (2026-11-24)\n",
    );
    expect(await run("--until", "2026-02-30")).toEqual({
      code: 2,
      stdout: "",
      stderr: "rapport: invalid date '2026-02-30' for --until: write it as YYYY-MM-DD\n",
    });
  });
});

describe("rapport event", () => {
  it("shows goals and who matched them, new contacts over target, and everyone's follow-up", async () => {
    const cwd = await tempJournal(JOURNAL);
    expect(await rapport(["event", "demo", "--today", TODAY], { cwd })).toEqual({
      code: 0,
      stderr: "",
      stdout: `Demo Day · 2026-11-20 Fri
follow-up day 2026-11-21 Sat

Goals
  1. a fintech founder → Ana Lima
  2. a banker → nobody you met matches
  3. someone fun → names no industry, skills, tags, company or role, so it matches nobody

3 new contacts (target 1-2)
3 new contacts, more than the 2 you aimed for: quality over quantity — deepen the few you came for

Met there
  Ana Lima  overdue (follow-up day 2026-11-21) · matches #1
  Bo Chen   followed up on time 2026-11-21 · got on well
  Cy Park   followed up late 2026-11-23
`,
    });
  });

  it("prints the outcome as JSON", async () => {
    const cwd = await tempJournal(JOURNAL);
    const report = JSON.parse(
      (await rapport(["event", "2026-11-20-demo-day", "--json", "--today", TODAY], { cwd })).stdout,
    );
    expect(report).toEqual({
      today: TODAY,
      event: {
        id: "2026-11-20-demo-day",
        title: "Demo Day",
        date: "2026-11-20",
        end: "2026-11-20",
        followup: "2026-11-21",
      },
      upcoming: false,
      goals: [
        { text: "a fintech founder", criteria: true, matches: ["ana"] },
        { text: "a banker", criteria: true, matches: [] },
        { text: "someone fun", criteria: false, matches: [] },
      ],
      unmatched: ["a banker"],
      met: [
        { id: "ana", name: "Ana Lima", new: true, goals: [0], followup: { state: "overdue", due: "2026-11-21" } },
        {
          id: "bo",
          name: "Bo Chen",
          new: true,
          rapport: "high",
          goals: [],
          followup: { state: "on-time", due: "2026-11-21", date: "2026-11-21" },
        },
        {
          id: "cy",
          name: "Cy Park",
          new: true,
          goals: [],
          followup: { state: "late", due: "2026-11-21", date: "2026-11-23" },
        },
      ],
      newContacts: 3,
      target: { min: 1, max: 2 },
      overTarget: true,
    });
  });

  it("counts only first meetings as new, says open before the follow-up day, and waits for an upcoming event", async () => {
    const cwd = await tempJournal({
      "events/2026-09-01-first.md": md("title: First\ndate: 2026-09-01\nmet: [old]"),
      "events/2026-11-23-second.md": md("title: Second\ndate: 2026-11-23\nend: 2026-11-24\ntarget: 2\nmet: [old, kid]"),
      "events/2026-12-01-next.md": md("title: Next\ndate: 2026-12-01\ngoals:\n  - who: a designer\n    role: design"),
      "contacts/old.md": md("name: Old Friend", "- 2026-09-02 email\n"),
      "contacts/kid.md": md("name: New Kid"),
    });
    const report = JSON.parse((await rapport(["event", "second", "--json", "--today", TODAY], { cwd })).stdout);
    expect(report.met.map((c: { id: string; new: boolean; followup: object }) => [c.id, c.new, c.followup])).toEqual([
      ["kid", true, { state: "open", due: "2026-11-25" }],
      ["old", false, { state: "open", due: "2026-11-25" }],
    ]);
    expect([report.newContacts, report.overTarget]).toEqual([1, false]);
    expect((await rapport(["event", "next", "--today", TODAY], { cwd })).stdout).toBe(`Next · 2026-12-01 Tue
follow-up day 2026-12-02 Wed

Goals
  1. a designer

upcoming: nobody met yet — \`rapport prep\` shows whom you already know who matches
`);
  });

  it("exits 1 for an unknown event", async () => {
    const cwd = await tempJournal(JOURNAL);
    expect(await rapport(["event", "nope", "--today", TODAY], { cwd })).toEqual({
      code: 1,
      stdout: "",
      stderr: "rapport: no event 'nope'\n",
    });
  });
});
