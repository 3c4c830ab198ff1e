/** A generated journal of 2 000 contacts and 200 events loads into a complete, consistent model. */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeJournal, type Generated } from "../../bench/generate.ts";
import { loadJournal, type Journal } from "../../src/journal/index.ts";

let dir: string;
let generated: Generated;
let journal: Journal;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "rapport-large-"));
  generated = await writeJournal(dir, { contacts: 2000, events: 200, seed: 7 });
  journal = await loadJournal(dir);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("a journal of 2 000 contacts and 200 events", () => {
  it("loads every file with no diagnostics", () => {
    expect(journal.diagnostics).toEqual([]);
    expect(journal.contacts.length).toBe(2000);
    expect(journal.events.length).toBe(200);
    expect(journal.files.length).toBe(2200);
    expect(journal.entries.length).toBe(generated.entries);
  });

  it("resolves every reference to a contact or event that exists", () => {
    let references = 0;
    for (const c of journal.contacts) {
      const refs = [c.metAt, c.introducedBy, ...c.knows].filter((r) => r !== undefined);
      for (const r of refs) {
        references++;
        expect(r.id === undefined ? r : (r.kind === "event" ? journal.eventById : journal.contactById).has(r.id)).toBe(
          true,
        );
      }
      // What the generator wrote is what the model holds.
      const text = generated.files.get(c.file)!;
      expect(c.metAt?.id).toBe(/^met_at: (.+)$/m.exec(text.replace(/\r/g, ""))?.[1]);
    }
    expect(references).toBeGreaterThan(2000);
    const metAtCount = [...journal.metAt.values()].reduce((n, ids) => n + ids.length, 0);
    expect(metAtCount).toBe(journal.contacts.filter((c) => c.metAt).length);
  });

  it("keeps entries in date order, each touch indexed under its contact", () => {
    const dates = journal.entries.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
    for (const [id, entries] of journal.touchesOf) {
      expect(entries.every((e) => e.owner === id || e.with.includes(id))).toBe(true);
    }
    const own = journal.contacts.reduce((n, c) => n + c.entries.length, 0);
    expect(own).toBe(generated.entries);
  });

  it("parses the CRLF files like the others", () => {
    const crlf = journal.contacts.filter((c) => generated.files.get(c.file)!.includes("\r\n"));
    expect(crlf.length).toBeGreaterThan(50);
    for (const c of crlf)
      expect(c.entries.length).toBe((generated.files.get(c.file)!.match(/^(## |- )\d{4}-\d{2}-\d{2} /gm) ?? []).length);
  });
});
