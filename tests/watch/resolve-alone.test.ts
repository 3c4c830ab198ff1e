/**
 * A saved file resolved alone (with just the files it names) gives the model a fresh load gives:
 * references by id, by another case, by name and by alias, ambiguous names, a reference of the
 * wrong kind, several files saved at once; and the cases it must leave to the whole resolver (a
 * reference to nothing, whose hint is the closest of all ids; duplicate ids) are left to it.
 */
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { JournalSession, type ModelUpdate } from "../../src/watch/session.ts";
import { expectSameModel, plainLoad } from "../cache/model.ts";
import { contact, tempJournal } from "../helpers.ts";

async function step(session: JournalSession, changed: string[]): Promise<ModelUpdate> {
  const journal = await session.update(changed);
  await expectSameModel(journal, await plainLoad(session.dir));
  return session.lastUpdate;
}

describe("a saved file resolved alone", () => {
  it("resolves as the whole journal would, and leaves what it cannot to the whole resolver", async () => {
    const dir = await tempJournal({
      "contacts/ana.md": contact("name: Ana Lima\naliases: [Nana]", "- 2026-11-01 call\n"),
      "contacts/ben.md": contact("name: Ben Ode"),
      "contacts/ben-2.md": contact("name: Ben Ode"),
      "contacts/cleo.md": contact("name: Summit", "- 2026-10-01 email\n"),
      "contacts/dan.md": contact("name: Dan Roy", "- 2026-11-02 coffee with [[ana]]\n"),
      "events/2026-11-10-summit.md": "---\ntitle: Summit\ndate: 2026-11-10\nmet: [ana]\n---\n",
    });
    const session = await JournalSession.open(dir, { cache: false });
    const append = async (file: string, text: string) =>
      writeFile(path.join(dir, file), (await readFile(path.join(dir, file), "utf8")) + text);

    // By id in another case, by name, by alias; in an entry line, in `knows`, in an event's `met`.
    await append("contacts/dan.md", "- 2026-11-20 call with [[ANA]] and [[Summit]]\n");
    expect(await step(session, ["contacts/dan.md"])).toBe("alone");
    await writeFile(
      path.join(dir, "contacts/dan.md"),
      contact("name: Dan Roy\nknows: [Nana, cleo]\nintroduced_by: Ana Lima", "- 2026-11-02 coffee with [[Nana]]\n"),
    );
    expect(await step(session, ["contacts/dan.md"])).toBe("alone");
    // An ambiguous name (two Ben Odes) and a contact's name given where an event is wanted.
    await writeFile(
      path.join(dir, "contacts/dan.md"),
      contact("name: Dan Roy\nknows: [Ben Ode]\nmet_at: 2026-11-10-summit", "- 2026-11-21 lunch with [[Ben Ode]]\n"),
    );
    expect(await step(session, ["contacts/dan.md"])).toBe("whole");
    await append("contacts/dan.md", "- 2026-11-22 email about [[ben-2]]\n");
    expect(await step(session, ["contacts/dan.md"])).toBe("alone");
    await writeFile(
      path.join(dir, "events/2026-11-10-summit.md"),
      "---\ntitle: Summit\ndate: 2026-11-10\nmet: [ana]\n---\n- 2026-11-10 talk with [[cleo]], see [[Summit]]\n",
    );
    expect(await step(session, ["events/2026-11-10-summit.md"])).toBe("alone");
    // Two files saved at once.
    await append("contacts/ana.md", "- 2026-11-23 call with [[dan]]\n");
    await append("contacts/cleo.md", "- 2026-11-23 call with [[ben]]\n");
    expect(await step(session, ["contacts/ana.md", "contacts/cleo.md"])).toBe("alone");
    // A reference to nothing: the hint names the closest of all ids, so the whole journal resolves it.
    await append("contacts/ana.md", "- 2026-11-24 call with [[bne]]\n");
    expect(await step(session, ["contacts/ana.md"])).toBe("patched");
    // Duplicate ids (a new file; the duplicate is left out, so the records are the same ones and
    // the model is patched), then while they last every save is resolved with the whole journal.
    await writeFile(path.join(dir, "contacts/ben.md"), contact("name: Ben Ode", "- 2026-11-24 call\n"));
    await writeFile(path.join(dir, "events/ben.md"), "---\ntitle: Ben\ndate: 2026-11-24\n---\n");
    expect(await step(session, ["contacts/ben.md", "events/ben.md"])).toBe("patched");
    await append("contacts/cleo.md", "- 2026-11-24 call\n");
    expect(await step(session, ["contacts/cleo.md"])).toBe("patched");
  });
});
