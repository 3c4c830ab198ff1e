/**
 * The watcher on real files: an edit, an added file, a deleted file and a rename each arrive as
 * an update whose model is the fresh load's; a burst of saves is one update; an update overtaken
 * by a newer change is told so. The tests wait for events, never for a time.
 */
import { spawn } from "node:child_process";
import { appendFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { createInterface } from "node:readline";
import { afterEach, describe, expect, it } from "vitest";
import { analyseNetwork } from "../../src/graph/analyse.ts";
import { agendaOf } from "../../src/schedule/agenda.ts";
import { buildSchedule } from "../../src/schedule/build.ts";
import { JournalSession } from "../../src/watch/session.ts";
import { watchJournal, type JournalWatcher, type WatchUpdate } from "../../src/watch/watch.ts";
import { expectSameModel, plainLoad } from "../cache/model.ts";
import { contact, ROOT, tempJournal } from "../helpers.ts";

/** Updates as they arrive; `next()` waits for the next one not yet taken. */
function inbox() {
  const updates: WatchUpdate[] = [];
  const waiting: ((u: WatchUpdate) => void)[] = [];
  let taken = 0;
  return {
    push(update: WatchUpdate) {
      updates.push(update);
      waiting.shift()?.(update);
    },
    next(): Promise<WatchUpdate> {
      const ready = updates[taken];
      taken++;
      return ready ? Promise.resolve(ready) : new Promise((resolve) => waiting.push(resolve));
    },
  };
}

let watcher: JournalWatcher | undefined;
afterEach(() => watcher?.close());

const FILES = {
  "contacts/ana.md": contact("name: Ana Lima\nwhat: x"),
  "contacts/ben.md": contact("name: Ben\nwhat: y\nknows: [ana]"),
  "events/2026-11-18-summit.md": "---\ntitle: Summit\ndate: 2026-11-18\nmet: [ana]\n---\n",
};

describe("watchJournal", () => {
  it("sees an edit, an added file, a deleted file and a rename", async () => {
    const dir = await tempJournal(FILES);
    const session = await JournalSession.open(dir);
    const box = inbox();
    watcher = watchJournal(session, (u) => box.push(u));
    await watcher.ready;
    const at = (file: string) => path.join(dir, file);

    await appendFile(at("contacts/ana.md"), "- 2026-11-19 call with [[ben]]\n");
    let update = await box.next();
    expect(update.changed).toEqual(["contacts/ana.md"]);
    expect(update.journal.contactById.get("ana")!.entries.map((e) => e.with)).toEqual([["ben"]]);
    await expectSameModel(update.journal, await plainLoad(dir));

    await writeFile(at("contacts/chloe.md"), contact("name: Chloé\nwhat: z\nknows: [ben]"));
    update = await box.next();
    expect(update.changed).toEqual(["contacts/chloe.md"]);
    expect(update.journal.contactById.get("chloe")!.knows.map((k) => k.id)).toEqual(["ben"]);
    await expectSameModel(update.journal, await plainLoad(dir));

    await rm(at("contacts/ben.md"));
    update = await box.next();
    expect(update.changed).toEqual(["contacts/ben.md"]);
    expect(update.journal.contactById.has("ben")).toBe(false);
    await expectSameModel(update.journal, await plainLoad(dir));

    await rename(at("contacts/chloe.md"), at("contacts/chloe-martin.md"));
    update = await box.next();
    expect(update.changed).toEqual(["contacts/chloe-martin.md", "contacts/chloe.md"]);
    expect(update.journal.contacts.map((c) => c.id)).toEqual(["ana", "chloe-martin"]);
    await expectSameModel(update.journal, await plainLoad(dir));
  });

  it("takes a burst of saves as one update", async () => {
    const dir = await tempJournal(FILES);
    const session = await JournalSession.open(dir);
    const box = inbox();
    // A long debounce, so the three writes below surely fall into one window.
    watcher = watchJournal(session, (u) => box.push(u), { debounceMs: 1500 });
    await watcher.ready;
    await writeFile(path.join(dir, "contacts/d.md"), contact("name: D\nwhat: d"));
    await writeFile(path.join(dir, "contacts/e.md"), contact("name: E\nwhat: e"));
    await appendFile(path.join(dir, "contacts/ana.md"), "- 2026-11-20 email\n");
    const update = await box.next();
    expect(update.changed).toEqual(["contacts/ana.md", "contacts/d.md", "contacts/e.md"]);
    expect(update.generation).toBe(1);
    await expectSameModel(update.journal, await plainLoad(dir));
  });

  it("tells an update when a newer change has overtaken it", async () => {
    const dir = await tempJournal(FILES);
    const session = await JournalSession.open(dir);
    const box = inbox();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    watcher = watchJournal(session, async (u) => {
      box.push(u);
      // The first update's work is still running when the second change comes in.
      if (u.generation === 1) await held;
    });
    await watcher.ready;
    await appendFile(path.join(dir, "contacts/ana.md"), "- 2026-11-20 email\n");
    const first = await box.next();
    expect(first.current()).toBe(true);
    await appendFile(path.join(dir, "contacts/ben.md"), "- 2026-11-21 call\n");
    const second = await box.next();
    expect([first.current(), second.current()]).toEqual([false, true]);
    expect(second.journal.contactById.get("ben")!.entries.length).toBe(1);
    release();
  });
});

describe("rapport watch", () => {
  it("prints a line of JSON when ready and for every update, and stops on SIGINT", async () => {
    const dir = await tempJournal(FILES);
    const child = spawn(
      process.execPath,
      [path.join(ROOT, "bin/rapport.js"), "watch", "--json", "--dir", dir, "--today", "2026-11-24"],
      { env: { ...process.env, NO_COLOR: "1" }, stdio: ["ignore", "pipe", "pipe"] },
    );
    const lines = createInterface({ input: child.stdout });
    const next = () =>
      new Promise<Record<string, unknown>>((resolve) => lines.once("line", (l) => resolve(JSON.parse(l))));
    const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
    try {
      expect(await next()).toEqual({
        event: "ready",
        files: 3,
        cached: 0,
        parsed: 3,
        threads: 1,
        errors: 0,
        warnings: 0,
      });
      // Printed once the files are watched: the change is seen.
      const changed = next();
      await writeFile(path.join(dir, "contacts/dora.md"), contact("name: Dora\nknows: [nobody]"));
      const update = await changed;
      const fresh = await plainLoad(dir);
      const { graph } = analyseNetwork(fresh, "2026-11-24", { metrics: false });
      expect([graph.order, graph.size]).toEqual([5, 5]);
      const { ms, ...rest } = update;
      expect(typeof ms).toBe("number");
      expect(rest).toEqual({
        event: "update",
        changed: ["contacts/dora.md"],
        files: 4,
        errors: 1,
        warnings: 1,
        // Exactly what the schedule and the graph give for a fresh load of the journal.
        agenda: agendaOf(buildSchedule(fresh, { today: "2026-11-24" })).summary,
        graph: { nodes: graph.order, edges: graph.size },
        diagnostics: [
          {
            file: "contacts/dora.md",
            line: 1,
            column: 1,
            severity: "warning",
            code: "business-card",
            message: "'Dora' is an identity-less business card: no notes and none of what, why or goals",
            hint: "write down what they do (what:), why (why:) and what they want to achieve (goals:), or a first note",
          },
          {
            file: "contacts/dora.md",
            line: 3,
            column: 9,
            severity: "error",
            code: "unknown-reference",
            message: "unknown contact 'nobody' in knows",
            hint: "create contacts/nobody.md or fix the spelling",
          },
        ],
      });
    } finally {
      child.kill("SIGINT");
    }
    expect(await exited).toBe(0);
  });
});
