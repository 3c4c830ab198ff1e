import { symlink } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { JournalUnreadable, loadJournal } from "../../src/journal/index.ts";
import { tempJournal } from "../helpers.ts";

describe("loadJournal", () => {
  it("skips hidden files and folders such as .obsidian and .DS_Store", async () => {
    const dir = await tempJournal({
      "contacts/a.md": "---\nname: A\nwhat: x\n---\n",
      "contacts/.DS_Store": "\u0000\u0001",
      ".obsidian/workspace.json": "{}",
      "contacts/.trash/old.md": "not even frontmatter",
    });
    const journal = await loadJournal(dir);
    expect(journal.files).toEqual(["contacts/a.md"]);
    expect(journal.diagnostics).toEqual([]);
  });

  it("lists nested folders and linked ones, links to files, and nothing hidden at any depth", async () => {
    const card = (name: string) => `---\nname: ${name}\nwhat: x\n---\n`;
    const dir = await tempJournal({
      "contacts/b.md": card("B"),
      "contacts/team/c.md": card("C"),
      "contacts/team/deep/d.md": card("D"),
      "contacts/team/deep/notes.txt": "x",
      "contacts/team/.hidden/e.md": card("E"),
      "events/2026/2026-11-18-summit.md": "---\ntitle: Summit\ndate: 2026-11-18\n---\n",
      "elsewhere/f.md": card("F"),
      "shared/g.md": card("G"),
    });
    await symlink(path.join(dir, "elsewhere/f.md"), path.join(dir, "contacts/f.md"));
    await symlink(path.join(dir, "shared"), path.join(dir, "contacts/linked-folder"));
    const journal = await loadJournal(dir, { cache: false });
    expect(journal.files).toEqual([
      "contacts/b.md",
      "contacts/f.md",
      "contacts/linked-folder/g.md",
      "contacts/team/c.md",
      "contacts/team/deep/d.md",
      "events/2026/2026-11-18-summit.md",
    ]);
    expect(journal.diagnostics.map((d) => `${d.file} ${d.code}`)).toEqual([
      "contacts/team/deep/notes.txt not-markdown",
    ]);
  });

  it("does not follow a link back to a folder it is listing, which would list the same files again and again", async () => {
    const card = (name: string) => `---\nname: ${name}\nwhat: x\n---\n`;
    const dir = await tempJournal({ "contacts/a.md": card("A"), "contacts/team/b.md": card("B") });
    await symlink("..", path.join(dir, "contacts/team/up"));
    await symlink(".", path.join(dir, "contacts/here"));
    const journal = await loadJournal(dir, { cache: false });
    expect(journal.files).toEqual(["contacts/a.md", "contacts/team/b.md"]);
    expect(journal.diagnostics).toEqual([]);
  });

  it("reports a file that is not UTF-8 and still reads it", async () => {
    const latin1 = Buffer.from("---\nname: J\u00fcrgen\nwhat: x\n---\n", "latin1");
    const journal = await loadJournal(await tempJournal({ "contacts/juergen.md": latin1 }));
    expect(journal.diagnostics).toEqual([
      {
        file: "contacts/juergen.md",
        line: 1,
        column: 1,
        severity: "error",
        code: "not-utf8",
        message: "the file is not valid UTF-8",
        hint: "save it as UTF-8 in your editor",
      },
    ]);
    expect(journal.contactById.get("juergen")?.name).toBe("J\uFFFDrgen");
  });

  it("reports a file it cannot read and loads the others", async () => {
    const dir = await tempJournal({ "contacts/a.md": "---\nname: A\nwhat: x\n---\n" });
    await symlink(path.join(dir, "nowhere.md"), path.join(dir, "contacts/b.md"));
    const journal = await loadJournal(dir);
    expect(journal.diagnostics).toEqual([
      {
        file: "contacts/b.md",
        line: 1,
        column: 1,
        severity: "error",
        code: "unreadable",
        message: "cannot read the file (ENOENT)",
        hint: "it is a link to a file that does not exist: fix or remove the link",
      },
    ]);
    expect(journal.contacts.map((c) => c.id)).toEqual(["a"]);
  });

  it("refuses a folder that is not a journal", async () => {
    const dir = await tempJournal({ "README.md": "hi" });
    await expect(loadJournal(dir)).rejects.toThrow(JournalUnreadable);
    await expect(loadJournal(path.join(dir, "missing"))).rejects.toThrow(
      `cannot read the journal folder ${path.join(dir, "missing")}: it does not exist or is not a folder`,
    );
  });

  it("returns a frozen model", async () => {
    const journal = await loadJournal(
      await tempJournal({ "contacts/a.md": "---\nname: A\nskills: [x]\n---\nNotes.\n" }),
    );
    const a = journal.contacts[0]!;
    expect(Object.isFrozen(journal)).toBe(true);
    expect(Object.isFrozen(a)).toBe(true);
    expect(Object.isFrozen(a.skills)).toBe(true);
  });
});
