/**
 * Watch mode's in-memory journal: after every kind of change (an edit, an added, deleted or renamed
 * file, a new or removed folder, a settings change, a name that others link to, a file that stops
 * being readable) the model it holds is exactly the one a fresh load gives.
 */
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Journal } from "../../src/journal/model.ts";
import { JournalSession } from "../../src/watch/session.ts";
import { expectSameModel, plainLoad, writeMixedJournal } from "../cache/model.ts";
import { contact, tempJournal } from "../helpers.ts";

async function step(session: JournalSession, dir: string, changed: string[], check?: (j: Journal) => void) {
  const journal = await session.update(changed);
  await expectSameModel(journal, await plainLoad(dir));
  check?.(journal);
}

describe("the watch session", () => {
  it("holds exactly the model a fresh load gives, after every kind of change", async () => {
    const dir = await tempJournal({});
    await writeMixedJournal(dir, 120);
    const session = await JournalSession.open(dir, { cache: false });
    await expectSameModel(session.journal, await plainLoad(dir));
    const at = (file: string) => path.join(dir, file);

    // An edit: a new entry that names another contact on its line.
    await writeFile(
      at("contacts/quoted.md"),
      contact("name: Quoted\nwhat: x", "- 2026-11-21 call with [[crlf-bom]]\n"),
    );
    await step(session, dir, ["contacts/quoted.md"], (j) =>
      expect(j.contactById.get("quoted")!.entries.map((e) => e.with)).toEqual([["crlf-bom"]]),
    );

    // A body-only edit: no id or name changed, so every other file keeps its resolved record.
    const before = session.journal;
    await writeFile(at("contacts/quoted.md"), contact("name: Quoted\nwhat: x", "- 2026-11-22 email [[crlf-bom]]\n"));
    await step(session, dir, ["contacts/quoted.md"], (j) => {
      expect(j.contactById.get("crlf-bom")).toBe(before.contactById.get("crlf-bom"));
      expect(j.contactById.get("quoted")).not.toBe(before.contactById.get("quoted"));
      expect(j.touchesOf.get("crlf-bom")!.map((e) => e.date)).toEqual(["2026-11-01", "2026-11-22"]);
    });

    // An added file, and one whose name others now resolve to.
    await writeFile(at("contacts/ben.md"), contact("name: Ben Brandt\naliases: [Benny]\nwhat: y"));
    await step(session, dir, ["contacts/ben.md"], (j) => expect(j.contactById.has("ben")).toBe(true));

    // A rename: the old path is gone, the new one is there, references follow the name.
    await rename(at("contacts/ben.md"), at("contacts/benjamin.md"));
    await step(session, dir, ["contacts/ben.md", "contacts/benjamin.md"], (j) => {
      expect(j.contactById.has("ben")).toBe(false);
      expect(j.contactById.has("benjamin")).toBe(true);
    });

    // A deleted file: links to it become warnings elsewhere.
    await rm(at("contacts/crlf-bom.md"));
    await step(session, dir, ["contacts/crlf-bom.md"], (j) =>
      expect(j.diagnostics.some((d) => d.file === "contacts/quoted.md" && d.code === "unknown-reference")).toBe(true),
    );

    // A new folder with files, reported as the folder only; then the folder removed.
    await mkdir(at("contacts/team"));
    await writeFile(at("contacts/team/ada.md"), contact("name: Ada\nwhat: z"));
    await writeFile(at("contacts/team/notes.txt"), "not markdown");
    await step(session, dir, ["contacts/team"], (j) => expect(j.contactById.has("ada")).toBe(true));
    await rm(at("contacts/team"), { recursive: true });
    await step(session, dir, ["contacts/team"], (j) => expect(j.contactById.has("ada")).toBe(false));

    // The same id twice, then not any more.
    await writeFile(at("events/benjamin.md"), "---\ntitle: Benjamin's party\ndate: 2026-11-30\n---\n");
    await step(session, dir, ["events/benjamin.md"], (j) =>
      expect(j.diagnostics.filter((d) => d.code === "duplicate-id").length).toBe(1),
    );
    await rm(at("events/benjamin.md"));
    await step(session, dir, ["events/benjamin.md"]);

    // Settings: another locale and capacity, then a broken file, then none.
    await writeFile(at("rapport.yaml"), "owner: Alex\nlocale: en\ncapacity: 5\n");
    await step(session, dir, ["rapport.yaml"], (j) => expect(j.settings.capacity).toBe(5));
    await writeFile(at("rapport.yaml"), "owner: [\n");
    await step(session, dir, ["rapport.yaml"]);
    await rm(at("rapport.yaml"));
    await step(session, dir, ["rapport.yaml"], (j) => expect(j.settings.locale).toBe("en"));

    // A file that is not UTF-8 any more, a path that never existed, and a hidden one.
    await writeFile(at("contacts/quoted.md"), new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0x0a]));
    await step(session, dir, ["contacts/quoted.md", "contacts/never.md", "contacts/.hidden.md"], (j) =>
      expect(j.diagnostics.some((d) => d.file === "contacts/quoted.md" && d.code === "not-utf8")).toBe(true),
    );

    // Everything at once, as after a `git checkout`.
    await writeFile(at("contacts/quoted.md"), contact("name: Quoted again\nwhat: x"));
    await writeFile(at("contacts/zoe.md"), contact("name: Zoë\nwhat: w\nknows: [benjamin]"));
    await rm(at("events/no-date.md"));
    await step(session, dir, ["contacts/quoted.md", "contacts/zoe.md", "events/no-date.md"]);
  });

  it("re-resolves what links to a contact when only its name changes", async () => {
    const dir = await tempJournal({
      "contacts/ana.md": contact("name: Ana Lima\nwhat: x"),
      "contacts/ben.md": contact("name: Ben\nwhat: y\nknows: [Ana Lima]"),
    });
    const session = await JournalSession.open(dir);
    expect(session.journal.contactById.get("ben")!.knows[0]!.id).toBe("ana");
    await writeFile(path.join(dir, "contacts/ana.md"), contact("name: Ana Souza\nwhat: x"));
    await step(session, dir, ["contacts/ana.md"], (j) => {
      expect(j.contactById.get("ben")!.knows[0]!.id).toBeUndefined();
      expect(j.diagnostics.map((d) => d.code)).toEqual(["unknown-reference"]);
    });
  });
});
