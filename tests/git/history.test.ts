import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { readHistory } from "../../src/git/history.ts";
import type { Commit } from "../../src/git/parse-log.ts";
import { revisionsOf } from "../../src/git/revisions.ts";
import { loadJournal, touchesOf } from "../../src/journal/index.ts";
import { contact, tempJournal } from "../helpers.ts";
import { commit, git, initRepo } from "./repo.ts";

const JANE = contact("name: Jane Doe\naliases: [JD]\nwhat: Payments.");
const revision = (hash: string, date: string, subject: string, file: string) => ({
  commit: hash,
  date,
  author: "Alex Berger",
  subject,
  path: file,
});

describe("readHistory", () => {
  it("gives each file its revisions, newest first, following renames backwards", async () => {
    const dir = await tempJournal({});
    await initRepo(dir);
    const c1 = await commit(dir, "2026-01-05", "add jane", { "contacts/jane.md": JANE });
    const c2 = await commit(dir, "2026-02-10", "jane: call", {
      "contacts/jane.md": `${JANE}\n- 2026-02-10 call: hi\n`,
    });
    await git(dir, ["mv", "contacts/jane.md", "contacts/jane-doe.md"]);
    const c3 = await commit(dir, "2026-03-01", "rename jane");
    const c4 = await commit(dir, "2026-03-15", "add Jürgen", { "contacts/Jürgen Müller.md": contact("name: Jürgen") });
    const c5 = await commit(dir, "2026-04-01", "jane: coffee", {
      "contacts/jane-doe.md": `${JANE}\n- 2026-02-10 call: hi\n- 2026-04-01 coffee\n`,
    });

    const history = await readHistory(dir, ["contacts/Jürgen Müller.md", "contacts/jane-doe.md"]);
    expect(history.state).toBe("ok");
    expect([...history.revisions.keys()].sort()).toEqual(["contacts/Jürgen Müller.md", "contacts/jane-doe.md"]);
    expect(history.revisions.get("contacts/jane-doe.md")).toEqual([
      revision(c5, "2026-04-01", "jane: coffee", "contacts/jane-doe.md"),
      revision(c3, "2026-03-01", "rename jane", "contacts/jane-doe.md"),
      revision(c2, "2026-02-10", "jane: call", "contacts/jane.md"),
      revision(c1, "2026-01-05", "add jane", "contacts/jane.md"),
    ]);
    expect(history.revisions.get("contacts/Jürgen Müller.md")).toEqual([
      revision(c4, "2026-03-15", "add Jürgen", "contacts/Jürgen Müller.md"),
    ]);
  });

  it("keeps two files apart when one is renamed and a new one takes its old name in the same commit", () => {
    // git reports this only with -B, which reads every modified file and is too slow for the one pass;
    // the walk itself must still get it right, so it is checked on the parsed commits.
    const commits: Commit[] = [
      {
        hash: "c2",
        date: "2026-02-01",
        author: "A",
        subject: "a becomes b, new a",
        touches: [],
        changes: [
          { status: "R", from: "contacts/a.md", path: "contacts/b.md" },
          { status: "A", path: "contacts/a.md" },
        ],
      },
      {
        hash: "c1",
        date: "2026-01-05",
        author: "A",
        subject: "add a",
        touches: [],
        changes: [{ status: "A", path: "contacts/a.md" }],
      },
    ];
    const revisions = revisionsOf(commits, ["contacts/a.md", "contacts/b.md"]);
    expect(revisions.get("contacts/a.md")?.map((r) => [r.commit, r.path])).toEqual([["c2", "contacts/a.md"]]);
    expect(revisions.get("contacts/b.md")?.map((r) => [r.commit, r.path])).toEqual([
      ["c2", "contacts/b.md"],
      ["c1", "contacts/a.md"],
    ]);
  });

  it("does not give a file the revisions of an older file that was deleted from the same path", async () => {
    const dir = await tempJournal({});
    await initRepo(dir);
    await commit(dir, "2026-01-05", "add old", { "contacts/a.md": contact("name: Old") });
    await git(dir, ["rm", "-q", "contacts/a.md"]);
    await commit(dir, "2026-01-06", "remove old");
    const c3 = await commit(dir, "2026-02-01", "add new", { "contacts/a.md": contact("name: New") });

    const history = await readHistory(dir, ["contacts/a.md"]);
    expect(history.revisions.get("contacts/a.md")).toEqual([revision(c3, "2026-02-01", "add new", "contacts/a.md")]);
  });

  it("reads the author's own calendar day, not UTC's", async () => {
    const dir = await tempJournal({});
    await initRepo(dir);
    await writeAndCommitAt(dir, "2026-05-01T23:30:00+02:00");
    const history = await readHistory(dir, ["contacts/a.md"]);
    expect(history.revisions.get("contacts/a.md")?.map((r) => r.date)).toEqual(["2026-05-01"]);
  });
});

async function writeAndCommitAt(dir: string, instant: string): Promise<void> {
  await commit(dir, "2026-01-01", "setup", { "contacts/a.md": contact("name: A") });
  await git(dir, ["commit", "-q", "--amend", "-m", "late", "--date", instant]);
}

describe("Touch: trailers", () => {
  it("count as touches with the contacts they name by id, name or alias; unknown and ambiguous ones are ignored", async () => {
    const dir = await tempJournal({});
    await initRepo(dir);
    const files = {
      "contacts/jane-doe.md": JANE,
      "contacts/max.md": contact("name: Max Muster\nwhat: Ledgers."),
      "contacts/anna-a.md": contact("name: Anna\nwhat: A."),
      "contacts/anna-b.md": contact("name: Anna\nwhat: B."),
    };
    await commit(dir, "2026-01-05", "start", files);
    const c2 = await commit(
      dir,
      "2026-02-10",
      "Coffee with Jane and Max\n\nWe talked about ledgers.\n\nTouch: jane-doe\nTouch: Max Muster\nTouch: nobody\nTouch: Anna",
    );
    const c3 = await commit(dir, "2026-03-01", "Lunch\n\ntouch: jd", {
      "contacts/max.md": contact("name: Max Muster\nwhat: Ledgers, and pricing."),
    });
    await commit(dir, "2026-03-02", "Not a trailer: Touch: jane-doe is in the subject only");

    const journal = await loadJournal(dir, { history: true });
    const history = journal.history!;
    expect(history.state).toBe("ok");
    expect([...history.touches.keys()].sort()).toEqual(["jane-doe", "max"]);
    expect(history.touches.get("jane-doe")).toEqual([
      { contact: "jane-doe", date: "2026-02-10", commit: c2, subject: "Coffee with Jane and Max" },
      { contact: "jane-doe", date: "2026-03-01", commit: c3, subject: "Lunch" },
    ]);
    expect(history.touches.get("max")).toEqual([
      { contact: "max", date: "2026-02-10", commit: c2, subject: "Coffee with Jane and Max" },
    ]);
    // The schedule's one definition of a touch counts them.
    // Its channel is the one the subject names first, as for an entry's title.
    expect(touchesOf(journal, "jane-doe").map((t) => [t.date, t.source, t.channel, t.title])).toEqual([
      ["2026-02-10", "commit", "in-person", "Coffee with Jane and Max"],
      ["2026-03-01", "commit", "in-person", "Lunch"],
    ]);
    // The empty commit c2 changed no file, so it is a touch but not a revision.
    expect(history.revisions.get("contacts/max.md")?.map((r) => r.subject)).toEqual(["Lunch", "start"]);
  });
});

describe("unusual repositories", () => {
  it("a journal that is not a git repository has an empty history", async () => {
    const dir = await nonRepoDir();
    const history = await readHistory(dir, ["contacts/a.md"]);
    expect(history).toEqual({ state: "not-a-repository", revisions: new Map(), touches: new Map() });
  });

  it("a repository without commits has an empty history", async () => {
    const dir = await tempJournal({ "contacts/a.md": contact("name: A") });
    await initRepo(dir);
    await git(dir, ["add", "-A"]);
    const history = await readHistory(dir, ["contacts/a.md"]);
    expect(history).toEqual({ state: "no-commits", revisions: new Map(), touches: new Map() });
  });

  it("a shallow clone has the history it has", async () => {
    const origin = await tempJournal({});
    await initRepo(origin);
    await commit(origin, "2026-01-05", "one", { "contacts/a.md": contact("name: A") });
    await commit(origin, "2026-02-05", "two\n\nTouch: a", { "contacts/a.md": contact("name: A\nwhat: x") });
    const last = await commit(origin, "2026-03-05", "three", { "contacts/a.md": contact("name: A\nwhat: y") });
    const clone = path.join(await tempJournal({}), "clone");
    await git(origin, ["clone", "-q", "--depth", "1", `file://${origin}`, clone]);

    const journal = await loadJournal(clone, { history: true });
    expect(journal.history!.state).toBe("shallow");
    // The one commit of a shallow clone shows every file as added, as git itself does.
    expect(journal.history!.revisions.get("contacts/a.md")).toEqual([
      revision(last, "2026-03-05", "three", "contacts/a.md"),
    ]);
    expect(journal.history!.touches).toEqual(new Map());
  });

  it("a journal in a subfolder of a larger repository reads its own files, with paths relative to it", async () => {
    const root = await tempJournal({});
    await initRepo(root);
    const c1 = await commit(root, "2026-01-05", "code and journal", {
      "src/app.ts": "x",
      "notes/journal/contacts/a.md": contact("name: A"),
      "notes/journal/rapport.yaml": "owner: Alex\n",
    });
    await commit(root, "2026-01-06", "code only", { "src/app.ts": "y" });
    const c3 = await commit(root, "2026-01-07", "journal\n\nTouch: a", {
      "notes/journal/contacts/a.md": contact("name: A\nwhat: x"),
    });

    const journal = await loadJournal(path.join(root, "notes/journal"), { history: true });
    expect(journal.history!.state).toBe("ok");
    expect([...journal.history!.revisions.keys()]).toEqual(["contacts/a.md"]);
    expect(journal.history!.revisions.get("contacts/a.md")).toEqual([
      revision(c3, "2026-01-07", "journal", "contacts/a.md"),
      revision(c1, "2026-01-05", "code and journal", "contacts/a.md"),
    ]);
    expect(journal.history!.touches.get("a")?.map((t) => t.commit)).toEqual([c3]);
  });

  it("loading without history leaves it out", async () => {
    const journal = await loadJournal(await tempJournal({ "contacts/a.md": contact("name: A") }));
    expect(journal.history).toBeUndefined();
  });
});

/** A folder outside any repository (the system temp folder might itself sit in one, so check). */
async function nonRepoDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "rapport-norepo-"));
  onTestFinished(() => rm(dir, { recursive: true, force: true }));
  await git(dir, ["init", "-q"]).then(() => rm(path.join(dir, ".git"), { recursive: true, force: true }));
  const inside = await git(dir, ["rev-parse", "--is-inside-work-tree"]).catch(() => "false");
  expect(inside.trim()).toBe("false");
  return dir;
}
