/** `rapport ics`: the schedule as iCalendar, read back with a real parser (ical.js). */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { rapport, tempJournal } from "../helpers.ts";
import { JOURNAL, TODAY } from "./journal.ts";

interface Parsed {
  name: string;
  events: { uid: string; start: string; end: string; allDay: boolean; summary: string; description: string }[];
}

function parse(text: string): Parsed {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return {
    name: String(calendar.getFirstPropertyValue("x-wr-calname")),
    events: calendar.getAllSubcomponents("vevent").map((v) => {
      const e = new ICAL.Event(v);
      return {
        uid: e.uid,
        start: e.startDate.toString(),
        end: e.endDate.toString(),
        allDay: e.startDate.isDate && e.endDate.isDate,
        summary: e.summary,
        description: e.description,
      };
    }),
  };
}

describe("rapport ics", () => {
  it("writes one all-day event per item with its stable UID, date, summary and reason", async () => {
    const cwd = await tempJournal(JOURNAL);
    const { code, stdout } = await rapport(["ics", "--today", TODAY], { cwd });
    expect(code).toBe(0);
    expect(stdout.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(stdout.endsWith("END:VCALENDAR\r\n")).toBe(true);
    const calendar = parse(stdout);
    expect(calendar.name).toBe("Rapport — Test Owner");
    expect(calendar.events.map((e) => [e.uid, e.start, e.end, e.allDay, e.summary])).toEqual([
      ["first-followup:ana:2026-11-20-demo-day@rapport", "2026-11-24", "2026-11-25", true, "Follow up: Ana Lima"],
      ["rhythm:eva@rapport", "2026-11-24", "2026-11-25", true, "Keep in touch: Eva Stone"],
      ["task:eva:send-her-the-book-list@rapport", "2026-11-24", "2026-11-25", true, "Task: Eva Stone"],
      ["prepare:2026-11-27-meetup@rapport", "2026-11-24", "2026-11-25", true, "Prepare: Meetup"],
      ["rhythm:fay@rapport", "2026-11-25", "2026-11-26", true, "Keep in touch: Fay Long"],
      ["appointment:dee:2026-11-26@rapport", "2026-11-26", "2026-11-27", true, "Appointment: Dee Ross"],
      ["deepen:bo:2026-11-20-demo-day@rapport", "2026-12-05", "2026-12-06", true, "Deepen: Bo Chen"],
      ["rhythm:cy@rapport", "2027-02-23", "2027-02-24", true, "Keep in touch: Cy Park"],
    ]);
    expect(calendar.events[0]!.description).toBe(
      "met at Demo Day on 20 Nov — say you were glad to meet\n" +
        "suggested channel: email\n" +
        "“Great to meet you at Demo Day — I'd be glad to continue our conversation.”",
    );
    expect(calendar.events[2]!.description).toBe("send her the book list");
  });

  it("keeps the UID when an item moves to another day, so a re-import updates it", async () => {
    const cwd = await tempJournal(JOURNAL);
    const tuesday = parse((await rapport(["ics", "--today", TODAY], { cwd })).stdout);
    const wednesday = parse((await rapport(["ics", "--today", "2026-11-25"], { cwd })).stdout);
    const fay = (c: Parsed) => c.events.filter((e) => e.uid === "rhythm:fay@rapport").map((e) => e.start);
    expect([fay(tuesday), fay(wednesday)]).toEqual([["2026-11-25"], ["2026-11-26"]]);
    // The same items on Wednesday (the open task is overdue now): nothing gets a second UID.
    const uids = (c: Parsed) => c.events.map((e) => e.uid).sort();
    expect(uids(wednesday)).toEqual(uids(tuesday));
  });

  it("writes --out atomically, outside the journal's folders only", async () => {
    const cwd = await tempJournal(JOURNAL);
    const expected = (await rapport(["ics", "--today", TODAY], { cwd })).stdout;
    expect(await rapport(["ics", "--out", "feed.ics", "--today", TODAY], { cwd })).toEqual({
      code: 0,
      stdout: "wrote 8 events to feed.ics\n",
      stderr: "",
    });
    expect(await readFile(path.join(cwd, "feed.ics"), "utf8")).toBe(expected);
    // Writing again replaces the file; no temporary file is left behind.
    await rapport(["ics", "--out", "feed.ics", "--today", "2026-11-25"], { cwd });
    expect(parse(await readFile(path.join(cwd, "feed.ics"), "utf8")).events).toHaveLength(8);
    expect((await readdir(cwd)).sort()).toEqual(["contacts", "events", "feed.ics", "rapport.yaml"]);

    expect(await rapport(["ics", "--out", "contacts/feed.ics", "--today", TODAY], { cwd })).toEqual({
      code: 2,
      stdout: "",
      stderr:
        "rapport: will not write contacts/feed.ics inside the journal's contacts/ folder: choose a file elsewhere\n",
    });
    expect((await rapport(["ics", "--out", "nowhere/feed.ics", "--today", TODAY], { cwd })).stderr).toBe(
      "rapport: cannot write nowhere/feed.ics: the folder nowhere does not exist\n",
    );
    expect((await readdir(path.join(cwd, "contacts"))).sort()).toEqual(
      Object.keys(JOURNAL)
        .filter((f) => f.startsWith("contacts/"))
        .map((f) => f.slice(9))
        .sort(),
    );
  });

  it("lists the events as JSON", async () => {
    const cwd = await tempJournal(JOURNAL);
    const data = JSON.parse((await rapport(["ics", "--json", "--today", TODAY], { cwd })).stdout);
    expect(data.today).toBe(TODAY);
    expect(data.file).toBeNull();
    expect(data.events[4]).toEqual({
      uid: "rhythm:fay@rapport",
      date: "2026-11-25",
      summary: "Keep in touch: Fay Long",
    });
  });
});
