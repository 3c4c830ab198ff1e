import path from "node:path";
import { describe, expect, it } from "vitest";
import { contact, rapport, tempJournal } from "../helpers.ts";
import { commit, git, initRepo } from "./repo.ts";

const FM = "name: Jane Doe\nmet_at: 2026-01-04-summit";
const EVENT = { "events/2026-01-04-summit.md": "---\ntitle: Summit\ndate: 2026-01-04\n---\n" };

/** Jane's relationship in five commits: created, a call logged, a coffee from a trailer, a facet learnt, another call. */
async function janeRepo(): Promise<{ dir: string; hashes: string[] }> {
  const dir = await tempJournal({});
  await initRepo(dir);
  const hashes = [
    await commit(dir, "2026-01-05", "jane-doe: new contact", { ...EVENT, "contacts/jane-doe.md": contact(FM) }),
    await commit(dir, "2026-02-10", "jane-doe: call", {
      "contacts/jane-doe.md": contact(FM, "\n- 2026-02-10 call: pilot\n"),
    }),
    await commit(dir, "2026-03-01", "Coffee with Jane\n\nTouch: Jane Doe"),
    await commit(dir, "2026-03-05", "what Jane does", {
      "contacts/jane-doe.md": contact(`${FM}\nwhat: Runs payments at Acme.`, "\n- 2026-02-10 call: pilot\n"),
    }),
  ];
  return { dir, hashes };
}

describe("rapport history", () => {
  it("prints entries, trailer touches, events and revisions, newest first", async () => {
    const { dir, hashes } = await janeRepo();
    const short = hashes.map((h) => h.slice(0, 7));
    const named = await rapport(["history", "Jane Doe", "--today", "2026-11-24"], { cwd: dir });
    expect(named).toEqual({
      code: 0,
      stderr: "",
      stdout: [
        "Jane Doe contacts/jane-doe.md — 3 touches, 3 revisions",
        `2026-03-05  revision   what Jane does  ${short[3]} Alex Berger`,
        `2026-03-01  commit     Coffee with Jane  ${short[2]}`,
        `2026-02-10  call       call: pilot  contacts/jane-doe.md:7`,
        `2026-02-10  revision   jane-doe: call  ${short[1]} Alex Berger`,
        `2026-01-05  revision   jane-doe: new contact  ${short[0]} Alex Berger`,
        `2026-01-04  event      Summit  events/2026-01-04-summit.md`,
        "",
      ].join("\n"),
    });
  });

  it("narrows to --since and prints the documented JSON", async () => {
    const { dir, hashes } = await janeRepo();
    const result = await rapport(["history", "jane-doe", "--since", "2026-02-10", "--json", "--today", "2026-11-24"], {
      cwd: dir,
    });
    expect(JSON.parse(result.stdout)).toEqual({
      contact: { id: "jane-doe", name: "Jane Doe", file: "contacts/jane-doe.md" },
      state: "ok",
      since: "2026-02-10",
      items: [
        {
          kind: "revision",
          date: "2026-03-05",
          title: "what Jane does",
          commit: hashes[3],
          author: "Alex Berger",
          path: "contacts/jane-doe.md",
        },
        { kind: "commit", date: "2026-03-01", title: "Coffee with Jane", commit: hashes[2] },
        {
          kind: "entry",
          date: "2026-02-10",
          channel: "call",
          title: "call: pilot",
          file: "contacts/jane-doe.md",
          line: 7,
        },
        {
          kind: "revision",
          date: "2026-02-10",
          title: "jane-doe: call",
          commit: hashes[1],
          author: "Alex Berger",
          path: "contacts/jane-doe.md",
        },
      ],
    });
  });

  it("--diff shows what changed in the file since before the last conversation, uncommitted edits included", async () => {
    const { dir, hashes } = await janeRepo();
    const result = await rapport(["history", "jane-doe", "--diff", "--json", "--today", "2026-11-24"], { cwd: dir });
    const diff = JSON.parse(result.stdout).diff;
    // The last conversation is the coffee on 2026-03-01; the file as it was before that day is the 2026-02-10 revision.
    expect({ ...diff, patch: undefined }).toEqual({
      since: "2026-03-01",
      touch: "Coffee with Jane",
      from: hashes[1],
      fromDate: "2026-02-10",
    });
    expect(diff.patch.split("\n").filter((l: string) => /^[-+][^-+]/.test(l))).toEqual([
      "+what: Runs payments at Acme.",
    ]);

    const human = await rapport(["history", "jane-doe", "--diff", "--since", "2026-03-02", "--today", "2026-11-24"], {
      cwd: dir,
    });
    expect(human.stdout.split("\n").slice(0, 6)).toEqual([
      "Jane Doe contacts/jane-doe.md — 0 touches, 1 revision since 2026-03-02",
      `2026-03-05  revision   what Jane does  ${hashes[3]!.slice(0, 7)} Alex Berger`,
      "",
      `Since the last conversation (2026-03-01 Coffee with Jane), compared with ${hashes[1]!.slice(0, 7)} from 2026-02-10:`,
      "diff --git a/contacts/jane-doe.md b/contacts/jane-doe.md",
      expect.stringMatching(/^index [0-9a-f]+\.\.[0-9a-f]+ 100644$/),
    ]);
  });

  it("works without git, silently: the timeline from the files, and a note why there are no revisions", async () => {
    const dir = await tempJournal({ ...EVENT, "contacts/jane-doe.md": contact(FM, "\n- 2026-02-10 call: pilot\n") });
    const inside = await git(dir, ["rev-parse", "--is-inside-work-tree"]).catch(() => "false");
    expect(inside.trim()).toBe("false");
    expect(await rapport(["history", "jane-doe", "--diff", "--today", "2026-11-24"], { cwd: dir })).toEqual({
      code: 0,
      stderr: "",
      stdout: [
        "Jane Doe contacts/jane-doe.md — 2 touches, 0 revisions",
        "2026-02-10  call       call: pilot  contacts/jane-doe.md:6",
        "2026-01-04  event      Summit  events/2026-01-04-summit.md",
        "no revisions: the journal is not in a git repository",
        "",
        "Since the last conversation (2026-02-10 call: pilot):",
        "no revisions of this file to compare with",
        "",
      ].join("\n"),
    });
  });

  it("says so when the repository has no commits yet", async () => {
    const dir = await tempJournal({ "contacts/jane-doe.md": contact(FM) });
    await initRepo(dir);
    const result = await rapport(["history", "jane-doe", "--today", "2026-11-24"], { cwd: dir });
    expect(result).toEqual({
      code: 0,
      stderr: "",
      stdout:
        "Jane Doe contacts/jane-doe.md — 0 touches, 0 revisions\nno revisions: the repository has no commits yet\n",
    });
  });

  it("never writes to the journal", async () => {
    const { dir } = await janeRepo();
    await rapport(["history", "jane-doe", "--diff", "--today", "2026-11-24"], { cwd: dir });
    expect(await git(dir, ["status", "--porcelain", "--untracked-files=all"])).toBe("");
    expect(path.basename(dir)).toMatch(/^rapport-test-/);
  });
});
