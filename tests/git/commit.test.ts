import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { contact, rapport, tempJournal, writeFiles } from "../helpers.ts";
import { commit, git, initRepo } from "./repo.ts";

const JANE = contact("name: Jane Doe\nwhat: Payments.", "\n- 2026-06-14 LinkedIn: connected\n- [ ] send the article\n");

async function repo(files: Record<string, string> = {}): Promise<string> {
  const dir = await tempJournal({});
  await initRepo(dir);
  await commit(dir, "2026-06-14", "start", {
    "contacts/jane-doe.md": JANE,
    "contacts/max.md": contact("name: Max\nwhat: x"),
    ...files,
  });
  return dir;
}

/** What the last commit changed, its subject, and what is still staged. */
async function state(dir: string): Promise<{ subject: string; files: string; staged: string }> {
  return {
    subject: (await git(dir, ["log", "-1", "--format=%s"])).trim(),
    files: (await git(dir, ["show", "--name-status", "--format=", "HEAD"])).trim(),
    staged: (await git(dir, ["diff", "--cached", "--name-status"])).trim(),
  };
}

describe("--commit", () => {
  it("commits only the touched file with a message that reads as a log line, leaving what is staged staged", async () => {
    const dir = await repo();
    await writeFiles(dir, {
      "contacts/max.md": contact("name: Max\nwhat: staged by the person"),
      "notes.txt": "staged too",
    });
    await git(dir, ["add", "contacts/max.md", "notes.txt"]);

    const result = await rapport(
      ["log", "jane-doe", "WhatsApp: thanked her for the talk", "--commit", "--today", "2026-11-24"],
      {
        cwd: dir,
      },
    );
    expect(result.code).toBe(0);
    expect(result.stdout.split("\n")[1]).toMatch(
      /^committed [0-9a-f]{7,} jane-doe: WhatsApp — thanked her for the talk$/,
    );
    expect(await state(dir)).toEqual({
      subject: "jane-doe: WhatsApp — thanked her for the talk",
      files: "M\tcontacts/jane-doe.md",
      staged: "M\tcontacts/max.md\nA\tnotes.txt",
    });
    // The working tree is clean for the file: what was written is what was committed.
    expect(await git(dir, ["status", "--porcelain", "--", "contacts/jane-doe.md"])).toBe("");
  });

  it("follows the 'commit' setting, and --no-commit overrides it", async () => {
    const dir = await repo({ "rapport.yaml": "commit: true\nlocale: de\n" });
    expect((await rapport(["done", "jane-doe", "article"], { cwd: dir })).code).toBe(0);
    expect((await state(dir)).subject).toBe("jane-doe: erledigt — send the article");
    expect((await rapport(["log", "max", "call", "--no-commit", "--today", "2026-11-24"], { cwd: dir })).code).toBe(0);
    expect((await state(dir)).subject).toBe("jane-doe: erledigt — send the article");
    expect((await git(dir, ["status", "--porcelain"])).trim()).toBe("M contacts/max.md");
  });

  it("commits a new file without sweeping in anything staged", async () => {
    const dir = await repo();
    await writeFiles(dir, { "notes.txt": "staged" });
    await git(dir, ["add", "notes.txt"]);
    const result = await rapport(["new", "contact", "Li Lei", "--commit"], { cwd: dir });
    expect(result.code).toBe(0);
    expect(await state(dir)).toEqual({
      subject: "li-lei: new contact",
      files: "A\tcontacts/li-lei.md",
      staged: "A\tnotes.txt",
    });
  });

  it("works in a repository without commits yet", async () => {
    const dir = await tempJournal({ "contacts/jane-doe.md": JANE });
    await initRepo(dir);
    const result = await rapport(["new", "event", "Demo Day", "--date", "2026-12-10", "--commit"], { cwd: dir });
    expect(result.code).toBe(0);
    expect((await state(dir)).files).toBe("A\tevents/2026-12-10-demo-day.md");
    expect((await git(dir, ["status", "--porcelain"])).trim()).toBe("?? contacts/");
  });

  it("refuses before writing when the file has uncommitted changes of the person's", async () => {
    const dir = await repo();
    const edited = JANE.replace("Payments.", "Payments, half-way through an edit");
    await writeFiles(dir, { "contacts/jane-doe.md": edited });
    expect(await rapport(["log", "jane-doe", "call", "--commit"], { cwd: dir })).toEqual({
      code: 2,
      stdout: "",
      stderr:
        "rapport: cannot commit: contacts/jane-doe.md has changes that are not committed; commit them first, or leave out --commit; nothing was written\n",
    });
    expect(await readFile(path.join(dir, "contacts/jane-doe.md"), "utf8")).toBe(edited);
  });

  it("refuses before writing when the journal is not in a repository", async () => {
    const dir = await tempJournal({ "contacts/jane-doe.md": JANE, "rapport.yaml": "commit: true\n" });
    const inside = await git(dir, ["rev-parse", "--is-inside-work-tree"]).catch(() => "false");
    expect(inside.trim()).toBe("false");
    expect(await rapport(["log", "jane-doe", "call"], { cwd: dir })).toEqual({
      code: 2,
      stdout: "",
      stderr:
        "rapport: cannot commit (the 'commit' setting is on): the journal is not in a git repository; nothing was written\n",
    });
    expect(await readFile(path.join(dir, "contacts/jane-doe.md"), "utf8")).toBe(JANE);
  });

  it("refuses before writing during a merge", async () => {
    const dir = await repo();
    await git(dir, ["checkout", "-q", "-b", "side"]);
    await commit(dir, "2026-07-01", "side", { "contacts/max.md": contact("name: Max\nwhat: side") });
    await git(dir, ["checkout", "-q", "main"]);
    await commit(dir, "2026-07-02", "main", { "contacts/max.md": contact("name: Max\nwhat: main") });
    await git(dir, ["merge", "-q", "side"]).catch(() => undefined);
    const result = await rapport(["log", "jane-doe", "call", "--commit"], { cwd: dir });
    expect(result.stderr).toBe(
      "rapport: cannot commit: a merge, rebase, cherry-pick or revert is in progress; finish it first; nothing was written\n",
    );
    expect(await readFile(path.join(dir, "contacts/jane-doe.md"), "utf8")).toBe(JANE);
  });
});
