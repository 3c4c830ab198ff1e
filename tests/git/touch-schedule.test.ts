/** A `Touch:` commit trailer is a touch for the schedule and the depth, not only for `rapport history`. */
import { describe, expect, it } from "vitest";
import { contact, rapport, tempJournal } from "../helpers.ts";
import { commit, initRepo } from "./repo.ts";

const ids = (items: { id: string }[]) => items.map((i) => i.id);

describe("touches from commit trailers", () => {
  it("move a contact's rhythm on, in rapport today and rapport due", async () => {
    const dir = await tempJournal({});
    await initRepo(dir);
    await commit(dir, "2026-10-01", "Add Mara", {
      "contacts/mara.md": contact(
        "name: Mara Lindqvist\ncircle: inner\nwhat: Advises boards.",
        "- 2026-10-01 call: caught up\n",
      ),
    });
    const before = JSON.parse((await rapport(["today", "--json", "--today", "2026-11-24"], { cwd: dir })).stdout);
    expect(ids(before.overdue)).toEqual(["rhythm:mara"]);

    await commit(dir, "2026-11-20", "Coffee with Mara after the board meeting\n\nTouch: mara");
    const after = await rapport(["today", "--json", "--today", "2026-11-24"], { cwd: dir });
    expect(after.code).toBe(0);
    expect(ids(JSON.parse(after.stdout).overdue)).toEqual([]);
    const due = JSON.parse(
      (await rapport(["due", "--json", "--today", "2026-11-24", "--until", "2026-12-31"], { cwd: dir })).stdout,
    );
    const rhythm = due.days
      .flatMap((d: { items: { id: string; due: string }[] }) => d.items)
      .find((i: { id: string }) => i.id === "rhythm:mara");
    // Two weeks after the trailer's day, not after the last entry.
    expect(rhythm.due).toBe("2026-12-04");
  });

  it("take the channel their subject names: a postcard logged in a commit is the card", async () => {
    const dir = await tempJournal({});
    await initRepo(dir);
    await commit(dir, "2026-10-01", "Add Mara", {
      "contacts/mara.md": contact(
        "name: Mara Lindqvist\ncircle: inner\nwhat: Advises boards.\naddress: |\n  Street 1\n  10115 Berlin",
        "- 2026-10-01 call: caught up\n- 2026-10-20 call: the board\n",
      ),
    });
    const channel = async () => {
      const due = JSON.parse(
        (await rapport(["due", "--json", "--today", "2026-11-24", "--until", "2027-03-31"], { cwd: dir })).stdout,
      );
      const items = due.days.flatMap((d: { items: { id: string; due: string; channel?: string }[] }) => d.items);
      const rhythm = items.find((i: { id: string }) => i.id === "rhythm:mara");
      return [rhythm.due, rhythm.channel];
    };
    // Two calls since the last card: the next rhythm item, overdue since 2026-11-03, is a handwritten postcard.
    expect(await channel()).toEqual(["2026-11-24", "postcard"]);
    // A subject that names no channel is a touch all the same, and not the card.
    await commit(dir, "2026-11-21", "Sent Mara the board deck\n\nTouch: mara");
    expect(await channel()).toEqual(["2026-12-05", "postcard"]);
    await commit(dir, "2026-11-22", "Postcard from Lisbon\n\nTouch: mara");
    expect(await channel()).toEqual(["2026-12-06", "call"]);
  });
});
