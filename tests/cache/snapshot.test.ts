/**
 * The journal snapshot gives exactly the model of the plain path (no cache, one thread) when
 * nothing changed, and is never used when anything did: an edited, added, removed or renamed
 * file, the settings, the folder, a file too fresh for its stamp to prove anything. A damaged or
 * foreign snapshot is ignored and rebuilt, never fatal.
 */
import { statSync } from "node:fs";
import { cp, mkdir, mkdtemp, readFile, rename, rm, stat, symlink, unlink, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readSnapshot, SNAPSHOT_FILE, snapshotKey, writeSnapshot } from "../../src/cache/snapshot.ts";
import { RACY_MS } from "../../src/cache/store.ts";
import { parserVersion } from "../../src/cache/version.ts";
import { loadWithStats } from "../../src/journal/load.ts";
import type { Journal } from "../../src/journal/model.ts";
import { SETTINGS_FILES } from "../../src/journal/settings.ts";
import { contact, rapport, tempJournal, writeFiles } from "../helpers.ts";
import { expectSameModel, plainLoad, writeMixedJournal } from "./model.ts";

let dir: string;
let plain: Journal;

const cacheDir = () => path.join(dir, ".rapport-cache");
const snapshotFile = () => path.join(cacheDir(), SNAPSHOT_FILE);
/** Lets every file in the journal become old enough for its stamp to be trusted. */
const settle = () => sleep(RACY_MS + 200);

/** Loads with the cache and says whether the model came from the snapshot. */
async function load(at = dir): Promise<{ journal: Journal; snapshot: boolean }> {
  const { journal, stats } = await loadWithStats(at, { threads: 1 });
  return { journal, snapshot: stats.snapshot === true };
}

/** Loads twice more after a settle: the first writes the snapshot, the second is served from it. */
async function expectServedFromSnapshot(expected: Journal): Promise<void> {
  await settle();
  const first = await load();
  await expectSameModel(first.journal, expected);
  const second = await load();
  expect(second.snapshot).toBe(true);
  await expectSameModel(second.journal, expected);
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "rapport-snapshot-"));
  await writeFiles(dir, { ".gitignore": ".rapport-cache/\n" });
  await writeMixedJournal(dir, 120);
  plain = await plainLoad(dir);
}, 60_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("the journal snapshot", () => {
  it("is not written while a file is too fresh for its stamp to be trusted", async () => {
    await rm(cacheDir(), { recursive: true, force: true });
    // The files were written just now.
    const first = await load();
    expect(first.snapshot).toBe(false);
    await expectSameModel(first.journal, plain);
    await expect(stat(snapshotFile())).rejects.toThrow();
  });

  it("is left by a load that parsed most files to the next load, which takes them from the parse cache", async () => {
    await rm(cacheDir(), { recursive: true, force: true });
    await settle();
    const cold = await loadWithStats(dir, { threads: 1 });
    expect(cold.stats).toEqual({ cached: 0, parsed: plain.files.length, threads: 1 });
    await expect(stat(snapshotFile())).rejects.toThrow();
    const cached = await loadWithStats(dir, { threads: 1 });
    // Every file but the one that is not UTF-8 (its diagnostic comes from reading it) is cached.
    expect(cached.stats).toEqual({ cached: plain.files.length - 1, parsed: 1, threads: 1 });
    expect((await stat(snapshotFile())).isFile()).toBe(true);
    const warm = await load();
    expect(warm.snapshot).toBe(true);
    await expectSameModel(warm.journal, plain);
  });

  it("serves the plain model, frozen and with its sharing, when nothing changed", async () => {
    await expectServedFromSnapshot(plain);
    const { journal, snapshot } = await load();
    expect(snapshot).toBe(true);
    for (const [j, label] of [
      [journal, "snapshot"],
      [plain, "plain"],
    ] as const) {
      const own = new Set(j.contacts.flatMap((c) => c.entries).concat(j.events.flatMap((e) => e.entries)));
      expect(
        j.entries.every((e) => own.has(e)),
        label,
      ).toBe(true);
      expect(
        [...j.touchesOf.values()].every((list) => list.every((e) => own.has(e))),
        label,
      ).toBe(true);
      expect(
        j.contacts.every((c) => j.contactById.get(c.id) === c),
        label,
      ).toBe(true);
      const tasks = [...j.contacts, ...j.events].flatMap((r) => r.tasks);
      expect(j.tasks.length, label).toBe(tasks.length);
      expect(
        j.tasks.every((t, i) => t === tasks[i]),
        label,
      ).toBe(true);
      expect(frozenEverywhere(j), label).toBe(true);
    }
    expect(journal.settings.locale).toBe("de");
  });

  it("is not used after an edit, even of the same size, and is written again", async () => {
    const file = path.join(dir, "contacts/quoted.md");
    const before = await readFile(file, "utf8");
    const { mtime } = await stat(file);
    // The same number of bytes, the old modification time: only the change time and the bytes differ.
    await writeFile(file, before.replace("Quoted, Person", "Quoted, Persom"));
    await utimes(file, mtime, mtime);
    try {
      const edited = await load();
      expect(edited.snapshot).toBe(false);
      const expected = await plainLoad(dir);
      expect(expected.contactById.get("quoted")!.name).toBe("Quoted, Persom");
      await expectSameModel(edited.journal, expected);
      await expectServedFromSnapshot(expected);
    } finally {
      await writeFile(file, before);
    }
    const restored = await load();
    expect(restored.snapshot).toBe(false);
    await expectSameModel(restored.journal, plain);
  });

  it("is not used when a file is added, removed or renamed", async () => {
    await expectServedFromSnapshot(plain);
    const added = path.join(dir, "contacts/added.md");
    await writeFile(added, contact("name: Added Person\nwhat: tests"));
    let seen = await load();
    expect(seen.snapshot).toBe(false);
    expect(seen.journal.contactById.get("added")!.name).toBe("Added Person");
    await expectSameModel(seen.journal, await plainLoad(dir));

    const renamed = path.join(dir, "contacts/renamed.md");
    await rename(added, renamed);
    seen = await load();
    expect(seen.snapshot).toBe(false);
    expect(seen.journal.contactById.has("added")).toBe(false);
    expect(seen.journal.contactById.get("renamed")!.name).toBe("Added Person");
    await expectSameModel(seen.journal, await plainLoad(dir));

    // Back to the very files the snapshot was made of: it is valid again.
    await unlink(renamed);
    seen = await load();
    expect(seen.snapshot).toBe(true);
    await expectSameModel(seen.journal, plain);

    // A file that is not Markdown is part of the model too (a diagnostic).
    await writeFile(path.join(dir, "events/readme.txt"), "notes");
    seen = await load();
    expect(seen.snapshot).toBe(false);
    expect(seen.journal.diagnostics.filter((d) => d.code === "not-markdown").map((d) => d.file)).toEqual([
      "contacts/notes.txt",
      "events/readme.txt",
    ]);
    await unlink(path.join(dir, "events/readme.txt"));
    await expectSameModel((await load()).journal, plain);
  });

  it("is not used when the settings change, appear or go", async () => {
    await expectServedFromSnapshot(plain);
    const settings = path.join(dir, "rapport.yaml");
    const before = await readFile(settings, "utf8");
    await writeFile(settings, before.replace("locale: de", "locale: en"));
    let seen = await load();
    expect(seen.snapshot).toBe(false);
    expect(seen.journal.settings.locale).toBe("en");
    await expectSameModel(seen.journal, await plainLoad(dir));

    await unlink(settings);
    seen = await load();
    expect(seen.snapshot).toBe(false);
    expect(seen.journal.settings.owner).toBe("Me");
    await expectSameModel(seen.journal, await plainLoad(dir));

    await writeFile(settings, before);
    await expectSameModel((await load()).journal, plain);
  });

  it("is not used for a journal moved to another folder", async () => {
    await expectServedFromSnapshot(plain);
    const moved = await mkdtemp(path.join(tmpdir(), "rapport-snapshot-moved-"));
    try {
      await cp(dir, moved, { recursive: true, preserveTimestamps: true });
      const there = await load(moved);
      expect(there.snapshot).toBe(false);
      expect(there.journal.dir).toBe(moved);
      await expectSameModel(there.journal, await plainLoad(moved));
    } finally {
      await rm(moved, { recursive: true, force: true });
    }
  });

  it("trusts no stamp of a file changed within the racy window before it was written", async () => {
    await expectServedFromSnapshot(plain);
    const version = parserVersion()!;
    const listing = plain.files.filter((f) => f.endsWith(".md"));
    const key = snapshotKey({
      dir,
      markdown: listing,
      stats: listing.map((f) => statSync(path.join(dir, f), { throwIfNoEntry: false })),
      others: ["contacts/notes.txt"],
      settings: SETTINGS_FILES,
    });
    const written = Number((await readFile(snapshotFile(), "latin1")).split("\n")[3]);
    expect(readSnapshot(cacheDir(), version, key)).toBeDefined();
    // The same key, had a file changed within RACY_MS before the snapshot was written.
    expect(readSnapshot(cacheDir(), version, { ...key, newest: written - RACY_MS + 1 })).toBeUndefined();
    expect(readSnapshot(cacheDir(), version, { ...key, newest: written - RACY_MS - 1 })).toBeDefined();
    expect(readSnapshot(cacheDir(), "another-parser", key)).toBeUndefined();
  });

  it("measures freshness from when the files were looked at, not from when the snapshot is written", async () => {
    await expectServedFromSnapshot(plain);
    const version = parserVersion()!;
    const listing = plain.files.filter((f) => f.endsWith(".md"));
    const files = {
      dir,
      markdown: listing,
      stats: listing.map((f) => statSync(path.join(dir, f), { throwIfNoEntry: false })),
      others: ["contacts/notes.txt"],
      settings: SETTINGS_FILES,
    };
    const { newest } = snapshotKey(files);
    await rm(snapshotFile());
    // Looked at one second after the last change: whatever the clock says now, a change right after
    // the look could hide behind an unchanged stamp, so nothing is written.
    writeSnapshot(cacheDir(), version, snapshotKey({ ...files, taken: newest + 1000 }), plain);
    await expect(stat(snapshotFile())).rejects.toThrow();
    const settled = snapshotKey({ ...files, taken: newest + RACY_MS + 1 });
    writeSnapshot(cacheDir(), version, settled, plain);
    expect(Number((await readFile(snapshotFile(), "latin1")).split("\n")[3])).toBe(newest + RACY_MS + 1);
    await expectSameModel(readSnapshot(cacheDir(), version, settled)!, plain);
  });

  it("is never fatal: a damaged, truncated, foreign or empty snapshot is ignored and rebuilt", async () => {
    await expectServedFromSnapshot(plain);
    const bytes = await readFile(snapshotFile());
    const damaged = Buffer.from(bytes);
    for (let at = Math.floor(bytes.length / 2); at < bytes.length; at += 4099) damaged[at] = damaged[at]! ^ 0xff;
    const magic = bytes.indexOf(0x0a) + 1;
    const foreign = Buffer.concat([
      bytes.subarray(0, magic),
      Buffer.from("another-parser"),
      bytes.subarray(bytes.indexOf(0x0a, magic)),
    ]);
    const inHeader = Buffer.from(bytes);
    inHeader[bytes.indexOf(0x0a, magic) + 3] = 0x7a;
    const broken = [
      damaged,
      bytes.subarray(0, Math.floor(bytes.length * 0.7)),
      bytes.subarray(0, 40),
      foreign,
      inHeader,
      Buffer.from("hello"),
      Buffer.alloc(0),
    ];
    for (const [i, content] of broken.entries()) {
      await writeFile(snapshotFile(), content);
      const again = await load();
      expect(again.snapshot, `case ${i}`).toBe(false);
      await expectSameModel(again.journal, plain);
      // Rebuilt at once (the files are old enough): the next load is served from it.
      expect((await load()).snapshot, `case ${i}`).toBe(true);
    }
  });

  it("is neither read nor written with --no-cache", async () => {
    await rm(cacheDir(), { recursive: true, force: true });
    await settle();
    expect((await rapport(["--no-cache", "check"], { cwd: dir })).code).toBe(1);
    await expect(stat(snapshotFile())).rejects.toThrow();
    // With the cache: the first run fills the parse cache, the second writes the snapshot.
    expect((await rapport(["check"], { cwd: dir })).code).toBe(1);
    await expect(stat(snapshotFile())).rejects.toThrow();
    expect((await rapport(["check"], { cwd: dir })).code).toBe(1);
    expect((await stat(snapshotFile())).isFile()).toBe(true);
    const { journal, stats } = await loadWithStats(dir, { cache: false });
    expect(stats.snapshot).toBeUndefined();
    await expectSameModel(journal, plain);
  });

  it("is not used when a settings path turns into something that is not a file", async () => {
    const at = await tempJournal({
      ".gitignore": ".rapport-cache/\n",
      "contacts/ana.md": contact("name: Ana\nwhat: law"),
    });
    await settle();
    await load(at);
    expect((await load(at)).snapshot).toBe(false); // took the file from the parse cache, wrote the snapshot
    expect((await load(at)).snapshot).toBe(true);
    await mkdir(path.join(at, "rapport.yaml"));
    const seen = await loadWithStats(at, { threads: 1 });
    expect(seen.stats.snapshot).toBeUndefined();
    expect(seen.journal.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code} ${d.message}`)).toEqual([
      "rapport.yaml:1:1 unreadable cannot read the file (EISDIR)",
    ]);
  });

  it("reports a settings file or a contact that is a link round in a circle, with the cache as without", async () => {
    const at = await tempJournal({
      ".gitignore": ".rapport-cache/\n",
      "contacts/ana.md": contact("name: Ana\nwhat: law"),
    });
    await symlink("rapport.yaml", path.join(at, "rapport.yaml"));
    await symlink("loop.md", path.join(at, "contacts/loop.md"));
    const expected = [
      "contacts/loop.md:1:1 error cannot read the file (ELOOP) — it is a link that leads round in a circle: point it at a file, or remove it",
      "rapport.yaml:1:1 error cannot read the file (ELOOP) — it is a link that leads round in a circle: point it at a file, or remove it",
      "1 file checked: 2 errors, 0 warnings",
      "",
    ].join("\n");
    for (const args of [["--no-cache", "check"], ["check"], ["check"]]) {
      const result = await rapport(args, { cwd: at });
      expect(result).toEqual({ code: 1, stdout: expected, stderr: "" });
    }
  });
});

/** Every plain object and array in the model is frozen; its Maps are not (as `deepFreeze` leaves them). */
function frozenEverywhere(value: unknown, seen = new Set<object>()): boolean {
  if (typeof value !== "object" || value === null || seen.has(value)) return true;
  seen.add(value);
  if (value instanceof Map) {
    if (Object.isFrozen(value)) return false;
    for (const [k, v] of value) if (!frozenEverywhere(k, seen) || !frozenEverywhere(v, seen)) return false;
    return true;
  }
  if (!Object.isFrozen(value)) return false;
  return Object.values(value).every((v) => frozenEverywhere(v, seen));
}
