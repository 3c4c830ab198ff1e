/**
 * Watch mode's incremental schedule and network: after every kind of edit, what the live parts
 * hold is exactly what the full computation gives on a fresh load (schedule items, depths, circle,
 * every node, edge, key and attribute of the graph and the tie graph), and the common edits take
 * the incremental path rather than computing whole.
 */
import { readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { writeJournal } from "../../bench/generate.ts";
import { analyseNetwork } from "../../src/graph/analyse.ts";
import type { RapportGraph } from "../../src/graph/build.ts";
import type { TieGraph } from "../../src/graph/ties.ts";
import { loadJournal } from "../../src/journal/load.ts";
import type { Journal } from "../../src/journal/model.ts";
import { buildSchedule } from "../../src/schedule/build.ts";
import type { Broad } from "../../src/watch/changes.ts";
import { LiveNetwork } from "../../src/watch/live-network.ts";
import { LiveSchedule } from "../../src/watch/live-schedule.ts";
import { JournalSession } from "../../src/watch/session.ts";
import { expectSameModel } from "../cache/model.ts";
import { contact, tempJournal } from "../helpers.ts";

const TODAY = "2026-11-24";

/** Nodes and edges by key with everything graphology exports about them. */
function graphOf(graph: RapportGraph) {
  return {
    nodes: graph.mapNodes((key, attributes) => ({ key, attributes })).sort((a, b) => cmp(a.key, b.key)),
    edges: graph
      .mapEdges((key, attributes, source, target, _s, _t, undirected) => ({
        key,
        source,
        target,
        undirected,
        attributes,
      }))
      .sort((a, b) => cmp(a.key, b.key)),
  };
}

/** The tie graph's keys are graphology's own: compare by the pair of ends. */
function tiesOf(ties: TieGraph) {
  return {
    nodes: ties.mapNodes((key, attributes) => ({ key, attributes })).sort((a, b) => cmp(a.key, b.key)),
    edges: ties
      .mapEdges((_key, attributes, source, target) => ({ ends: [source, target].sort().join(" "), attributes }))
      .sort((a, b) => cmp(a.ends, b.ends)),
  };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

class Live {
  readonly schedule: LiveSchedule;
  readonly network: LiveNetwork;
  readonly session: JournalSession;
  constructor(session: JournalSession) {
    this.session = session;
    this.schedule = new LiveSchedule(session.journal, TODAY);
    this.network = new LiveNetwork(session.journal, TODAY);
  }

  /**
   * Applies a change and checks the model and both parts against a fresh load; returns how the
   * update went: broad (computed whole) or incremental, and then how the model was made: the
   * saved files resolved alone ("alone"), the previous model patched, or assembled whole.
   */
  async step(changed: string[], today = TODAY): Promise<Broad | "incremental" | "patched" | "alone"> {
    const journal = await this.session.update(changed);
    const schedule = this.schedule.update(journal, today);
    const network = this.network.update(journal, today);
    const fresh = await loadJournal(this.session.dir, { cache: false, threads: 1 });
    await expectSameModel(journal, fresh);
    expectSame(fresh, today, schedule.items, network);
    expect(this.schedule.change.broad).toBe(this.network.change.broad);
    const how = this.session.lastUpdate;
    return this.network.change.broad ?? (how === "whole" ? "incremental" : how);
  }
}

function expectSame(
  fresh: Journal,
  today: string,
  items: ReturnType<typeof buildSchedule>["items"],
  network: ReturnType<LiveNetwork["update"]>,
): void {
  const full = analyseNetwork(fresh, today, { metrics: false });
  expect(items).toEqual(buildSchedule(fresh, { today }).items);
  expect([...network.depths]).toEqual([...full.depths]);
  expect(network.circle).toEqual(full.circle);
  expect(graphOf(network.graph)).toEqual(graphOf(full.graph));
  expect(tiesOf(network.ties)).toEqual(tiesOf(full.ties));
}

const at = (dir: string, file: string) => path.join(dir, file);

async function edit(dir: string, file: string, fn: (text: string) => string): Promise<void> {
  const before = await readFile(at(dir, file), "utf8");
  const after = fn(before);
  expect(after).not.toBe(before);
  await writeFile(at(dir, file), after);
}

describe("watch mode's live schedule and network", () => {
  it("equal a full computation after every kind of edit to a small journal", async () => {
    const dir = await tempJournal({
      "rapport.yaml": "owner: Kim Berg\ncapacity: 2\n",
      "events/2026-11-10-summit.md":
        "---\ntitle: Summit\ndate: 2026-11-10\nmet: [ana, ben, cleo]\ngoals:\n  - who: fintech people\n    industry: [fintech]\n---\n",
      "events/2026-10-01-meetup.md": "---\ntitle: Meetup\ndate: 2026-10-01\nmet: [ben, cleo]\n---\n",
      "events/2026-12-01-fair.md": "---\ntitle: Fair\ndate: 2026-12-01\n---\n",
      "contacts/ana.md": contact(
        "name: Ana Lima\ncompany: ACME GmbH\nindustry: fintech\nwhat: builds payment rails\nknows: [ben]\ncircle: close",
        "## 2026-11-12 email: thanks for the talk\n",
      ),
      "contacts/ben.md": contact(
        "name: Ben Ode\ncompany: Acme\nintroduced_by: ana\ncircle: inner\nrapport: high",
        "- 2026-11-11 call with [[ana]]\n- 2026-09-01 in-person lunch\n",
      ),
      "contacts/cleo.md": contact("name: Cleo Park\ncompany: Beta Inc.\ncircle: network\nmet_at: 2026-11-10-summit"),
      "contacts/dan.md": contact("name: Dan Roy\ncircle: network\nmet: 2026-11-20\nknows: [cleo, cleo]"),
      "contacts/eve.md": contact("name: Eve Stone\ncircle: dormant\nwhy: curious\ngoals: grow"),
    });
    const live = new Live(await JournalSession.open(dir, { cache: false }));
    expectSame(await loadJournal(dir, { cache: false }), TODAY, live.schedule.schedule.items, live.network.network);

    // An entry appended, linking another contact on its line.
    await edit(dir, "contacts/ana.md", (t) => `${t}- 2026-11-23 in-person coffee with [[cleo]]\n`);
    expect(await live.step(["contacts/ana.md"])).toBe("alone");
    // A link added to `knows`, then removed; a mention in the body.
    await edit(dir, "contacts/dan.md", (t) => t.replace("knows: [cleo, cleo]", "knows: [cleo, cleo, ana]"));
    expect(await live.step(["contacts/dan.md"])).toBe("alone");
    await edit(
      dir,
      "contacts/dan.md",
      (t) => `${t.replace(", ana]", "]")}\nAsked [[eve]] about [[2026-12-01-fair]].\n`,
    );
    expect(await live.step(["contacts/dan.md"])).toBe("alone");
    // A facet edited: depth moves, and with it the circle and the tie to "me".
    await edit(dir, "contacts/eve.md", (t) => t.replace("why: curious", "why: curious\nwhat: writes books"));
    expect(await live.step(["contacts/eve.md"])).toBe("alone");
    // Attendance: a contact's met_at moves to another event; an event's met list changes.
    // (Attendance moved: the model is assembled whole, schedule and graph are still incremental.)
    await edit(dir, "contacts/cleo.md", (t) => t.replace("met_at: 2026-11-10-summit", "met_at: 2026-10-01-meetup"));
    expect(await live.step(["contacts/cleo.md"])).toBe("incremental");
    await edit(dir, "events/2026-11-10-summit.md", (t) => t.replace("met: [ana, ben, cleo]", "met: [ana, dan, ben]"));
    expect(await live.step(["events/2026-11-10-summit.md"])).toBe("incremental");
    await edit(dir, "events/2026-10-01-meetup.md", (t) => t.replace("met: [ben, cleo]", "met: [ben, cleo, ana]"));
    expect(await live.step(["events/2026-10-01-meetup.md"])).toBe("incremental");
    // A contact's first touch moves earlier; the only touch with another contact goes away.
    await edit(dir, "contacts/ben.md", (t) => `${t}- 2025-01-05 email: new year's wishes to [[dan]]\n`);
    expect(await live.step(["contacts/ben.md"])).toBe("alone");
    await edit(dir, "contacts/ana.md", (t) => t.replace(" with [[cleo]]", ""));
    expect(await live.step(["contacts/ana.md"])).toBe("alone");
    // An organisation: a new spelling, a new company, the last person leaving one.
    await edit(dir, "contacts/ben.md", (t) => t.replace("company: Acme", "company: ACME"));
    expect(await live.step(["contacts/ben.md"])).toBe("alone");
    await edit(dir, "contacts/cleo.md", (t) => t.replace("company: Beta Inc.", "company: Gamma"));
    expect(await live.step(["contacts/cleo.md"])).toBe("alone");
    // An appointment, a task, a snooze and a `next` day.
    await edit(
      dir,
      "contacts/ben.md",
      (t) => `${t}- 2026-11-27 call: plan the workshop\n\n- [ ] 2026-11-25 send the deck\n`,
    );
    expect(await live.step(["contacts/ben.md"])).toBe("alone");
    await edit(dir, "contacts/dan.md", (t) =>
      t.replace("circle: network", "circle: network\nsnooze: 2026-11-28\nnext: 2026-11-30"),
    );
    expect(await live.step(["contacts/dan.md"])).toBe("alone");
    // An event's goals edited (who matches), and its date moved (the events' order: computed whole).
    await edit(dir, "events/2026-11-10-summit.md", (t) => t.replace("industry: [fintech]", "industry: [books]"));
    expect(await live.step(["events/2026-11-10-summit.md"])).toBe("alone");
    await edit(dir, "events/2026-10-01-meetup.md", (t) => t.replace("date: 2026-10-01", "date: 2026-11-15"));
    expect(await live.step(["events/2026-10-01-meetup.md"])).toBe("events");
    // Broken YAML (the name falls back to the id: everything is resolved again, and in a journal
    // this small every record is a changed one, still patched), broken otherwise, then fixed.
    const ana = await readFile(at(dir, "contacts/ana.md"), "utf8");
    await writeFile(at(dir, "contacts/ana.md"), ana.replace("circle: close", "circle: [close"));
    expect(await live.step(["contacts/ana.md"])).toBe("patched");
    await writeFile(at(dir, "contacts/ana.md"), ana.replace("name: Ana Lima", "name: [Ana Lima"));
    expect(await live.step(["contacts/ana.md"])).toBe("alone");
    await writeFile(at(dir, "contacts/ana.md"), ana);
    expect(await live.step(["contacts/ana.md"])).toBe("patched");
    // A name others link to; a rename; a delete; an added file; another day.
    await edit(dir, "contacts/ana.md", (t) => t.replace("name: Ana Lima", "name: Ana Lima-Ode"));
    expect(await live.step(["contacts/ana.md"])).toBe("patched");
    await rename(at(dir, "contacts/eve.md"), at(dir, "contacts/eva.md"));
    expect(await live.step(["contacts/eve.md", "contacts/eva.md"])).toBe("contacts");
    await rm(at(dir, "contacts/dan.md"));
    expect(await live.step(["contacts/dan.md"])).toBe("contacts");
    await writeFile(at(dir, "contacts/fay.md"), contact("name: Fay Moss\ncompany: Beta\nknows: [ben]"));
    expect(await live.step(["contacts/fay.md"])).toBe("contacts");
    await writeFile(at(dir, "rapport.yaml"), "owner: Kim Berg\ncapacity: 1\n");
    expect(await live.step(["rapport.yaml"])).toBe("settings");
    expect(await live.step([], "2026-11-26")).toBe("today");
    // And back to the incremental path after all that.
    await edit(dir, "contacts/fay.md", (t) => `${t}- 2026-11-24 email with [[ben]]\n`);
    expect(await live.step(["contacts/fay.md"], "2026-11-26")).toBe("alone");
  });

  it("equal a full computation on a generated journal of 300 contacts", async () => {
    const dir = await tempJournal({});
    const generated = await writeJournal(dir, { contacts: 300, events: 30, seed: 11 });
    const live = new Live(await JournalSession.open(dir, { cache: false }));
    const ids = generated.contactIds;
    const events = generated.eventIds;
    const file = (i: number) => `contacts/${ids[i]}.md`;

    for (let i = 0; i < 14; i++) {
      const target = file((i * 37) % ids.length);
      const other = ids[(i * 53 + 7) % ids.length]!;
      const steps: ((t: string) => string)[] = [
        (t) => `${t}- ${TODAY} call: talked it through with [[${other}]]\n`,
        (t) => t.replace(/^circle: \w+$/m, "circle: inner"),
        (t) => t.replace(/^company: .*$/m, `company: Firma ${i % 3}`),
        (t) =>
          /^met_at: /m.test(t)
            ? t.replace(/^met_at: .*$/m, `met_at: ${events[i % events.length]}`)
            : t.replace(/^met: .*$/m, `met_at: ${events[i % events.length]}`),
        (t) => t.replace(/^what: .*\n/m, "").replace(/^name: .*$/m, (line) => `${line}\nwhat: Something new ${i}`),
        (t) =>
          /^knows: /m.test(t)
            ? t.replace(/^knows: .*$/m, `knows: [${other}]`)
            : t.replace(/^name: .*$/m, (line) => `${line}\nknows: [${other}]`),
        (t) => `${t}\n- [ ] 2026-11-30 write to [[${other}]]\n## 2026-12-02 in-person: lunch\n`,
      ];
      await edit(dir, target, steps[i % steps.length]!);
      // Attendance moved (met_at): the model is assembled whole, schedule and graph still incremental.
      expect([i, await live.step([target])]).toEqual([i, i % steps.length === 3 ? "incremental" : "alone"]);
    }
    // An event's attendance and goals.
    const eventFile = `events/${events[3]}.md`;
    await edit(dir, eventFile, (t) => t.replace(/^target: .*$/m, `met: [${ids[1]}, ${ids[2]}, ${ids[3]}]`));
    expect(await live.step([eventFile])).toBe("incremental");
    await edit(dir, eventFile, (t) => t.replace(/industry: .*/, "industry: books and bees"));
    expect(await live.step([eventFile])).toBe("alone");
    // A name: every record is resolved again, too many to patch or to bring up to date one by one.
    await edit(dir, file(5), (t) => t.replace(/^name: (.*)$/m, "name: $1 Jr."));
    expect(await live.step([file(5)])).toBe("many");
    await edit(dir, file(6), (t) => `${t}- ${TODAY} email: thanks\n`);
    expect(await live.step([file(6)])).toBe("alone");
  });
});
