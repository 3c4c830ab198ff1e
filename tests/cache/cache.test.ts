/**
 * The parse cache and the parallel parse give exactly the model of the plain path (no cache, one
 * thread), on a generated journal plus files with every kind of problem; a damaged or foreign
 * cache is survived and rebuilt; the cache is only ever written where git does not see it.
 */
import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cacheDirFor } from "../../src/cache/location.ts";
import { SNAPSHOT_FILE } from "../../src/cache/snapshot.ts";
import { CACHE_FILE, RACY_MS } from "../../src/cache/store.ts";
import { loadJournal, readParsed } from "../../src/journal/load.ts";
import type { Journal } from "../../src/journal/model.ts";
import { contact, rapport, tempJournal, writeFiles } from "../helpers.ts";
import { expectSameModel, plainLoad, writeMixedJournal } from "./model.ts";

const run = promisify(execFile);

let dir: string;
let plain: Journal;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "rapport-cache-"));
  await writeFiles(dir, { ".gitignore": "node_modules/\n.rapport-cache/\n" });
  await writeMixedJournal(dir);
  plain = await plainLoad(dir);
}, 120_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

const cacheFile = () => path.join(dir, ".rapport-cache", CACHE_FILE);

describe("the parse cache", () => {
  it("gives the plain model when cold, then when warm, then after an edit", async () => {
    await rm(path.join(dir, ".rapport-cache"), { recursive: true, force: true });
    const cold = await readParsed(dir, { threads: 1 });
    expect(cold.stats).toEqual({ cached: 0, parsed: plain.files.length, threads: 1 });
    await expectSameModel(await loadJournal(dir, { threads: 1 }), plain);

    // Everything but the file that is not UTF-8 (its diagnostic comes from reading it) is cached.
    const warm = await readParsed(dir);
    expect(warm.stats).toEqual({ cached: plain.files.length - 1, parsed: 1, threads: 1 });
    await expectSameModel(await loadJournal(dir), plain);

    const file = path.join(dir, "contacts/quoted.md");
    const before = await readFile(file, "utf8");
    await writeFile(file, `${before}- 2026-11-20 email: sent [[crlf-bom]] the deck\n`);
    try {
      const edited = await readParsed(dir);
      expect(edited.stats).toEqual({ cached: plain.files.length - 2, parsed: 2, threads: 1 });
      await expectSameModel(await loadJournal(dir), await plainLoad(dir));
    } finally {
      await writeFile(file, before);
    }
    await expectSameModel(await loadJournal(dir), plain);
  });

  it("is never fatal: a damaged, truncated or foreign cache file is ignored and rebuilt", async () => {
    // A fresh cache holds one record per file. Earlier loads may have appended later copies of
    // every record (a racy file is stamped again), and a copy in the intact part would be served.
    await rm(path.join(dir, ".rapport-cache"), { recursive: true, force: true });
    await loadJournal(dir);
    const { size } = await stat(cacheFile());
    const bytes = await readFile(cacheFile());
    const damaged = Buffer.from(bytes);
    for (let at = Math.floor(size / 3); at < size; at += 997) damaged[at] = damaged[at]! ^ 0xff;

    for (const broken of [damaged, bytes.subarray(0, Math.floor(size / 2)), Buffer.from("hello"), Buffer.alloc(0)]) {
      await writeFile(cacheFile(), broken);
      const again = await readParsed(dir);
      expect(again.stats.parsed).toBeGreaterThan(1);
      await expectSameModel(await loadJournal(dir), plain);
      // Rebuilt whole: the next load takes every file from it.
      expect((await readParsed(dir)).stats.parsed).toBe(1);
    }
  });

  it("never serves a parse made by another parser version", async () => {
    await loadJournal(dir);
    const bytes = await readFile(cacheFile());
    // The header's second line is the parser's version: another one, same records.
    const magic = bytes.indexOf(0x0a) + 1;
    const header = bytes.indexOf(0x0a, magic);
    const other = Buffer.concat([bytes.subarray(0, magic), Buffer.from("some-other-parser"), bytes.subarray(header)]);
    await writeFile(cacheFile(), other);
    expect((await readParsed(dir)).stats.cached).toBe(0);
    await expectSameModel(await loadJournal(dir), plain);
  });

  it("is off with cache: false and with --no-cache", async () => {
    await rm(path.join(dir, ".rapport-cache"), { recursive: true, force: true });
    await loadJournal(dir, { cache: false });
    await expect(stat(cacheFile())).rejects.toThrow();
    expect((await rapport(["--no-cache", "check"], { cwd: dir })).code).toBe(1);
    await expect(stat(cacheFile())).rejects.toThrow();
    expect((await rapport(["check"], { cwd: dir })).code).toBe(1);
    expect((await stat(cacheFile())).isFile()).toBe(true);
  });
});

describe("the parallel parse", () => {
  // parallelMinMs: 0 starts the workers whatever the files would take to parse here.
  it("gives the plain model, in the same order, on two and on three threads", async () => {
    for (const threads of [2, 3]) {
      const parallel = await readParsed(dir, { cache: false, threads, parallelMinMs: 0 });
      expect(parallel.stats).toEqual({ cached: 0, parsed: plain.files.length, threads });
      await expectSameModel(await loadJournal(dir, { cache: false, threads, parallelMinMs: 0 }), plain);
    }
  });

  it("fills the cache that a one-thread load then reads", async () => {
    await rm(path.join(dir, ".rapport-cache"), { recursive: true, force: true });
    expect((await readParsed(dir, { threads: 2, parallelMinMs: 0 })).stats.threads).toBe(2);
    const warm = await readParsed(dir, { threads: 1 });
    expect(warm.stats.cached).toBe(plain.files.length - 1);
    await expectSameModel(await loadJournal(dir, { threads: 1 }), plain);
  });

  it("stays on this thread when there are too few files to time", async () => {
    const small = await tempJournal({ "contacts/a.md": contact("name: A\nwhat: x") });
    expect((await readParsed(small, { threads: 4, parallelMinMs: 0 })).stats).toEqual({
      cached: 0,
      parsed: 1,
      threads: 1,
    });
  });
});

describe("where the cache lives", () => {
  it("is .rapport-cache/ when the journal's .gitignore lists it", async () => {
    expect(cacheDirFor(dir)).toBe(path.join(dir, ".rapport-cache"));
    // Once every file is older than the racy window, the load also writes the journal's snapshot.
    await sleep(RACY_MS + 200);
    await loadJournal(dir);
    expect((await readdir(path.join(dir, ".rapport-cache"))).sort()).toEqual([".gitignore", SNAPSHOT_FILE, CACHE_FILE]);
    expect(await readFile(path.join(dir, ".rapport-cache", ".gitignore"), "utf8")).toBe("*\n");
  });

  it("is inside .git in a git repository, so git status stays clean", async () => {
    const repo = await tempJournal({ "contacts/a.md": contact("name: A\nwhat: x") });
    await run("git", ["init", "-q", repo]);
    await run("git", ["-C", repo, "add", "."]);
    await run("git", ["-C", repo, "-c", "user.name=A", "-c", "user.email=a@example.org", "commit", "-qm", "a"]);
    expect(cacheDirFor(repo)).toBe(path.join(repo, ".git", "rapport-cache"));
    expect((await rapport(["check"], { cwd: repo })).code).toBe(0);
    expect((await stat(path.join(repo, ".git", "rapport-cache", CACHE_FILE))).isFile()).toBe(true);
    expect((await run("git", ["-C", repo, "status", "--porcelain", "--ignored"])).stdout).toBe("");
    expect((await readParsed(repo)).stats).toEqual({ cached: 1, parsed: 0, threads: 1 });
  });

  it("is nowhere for a plain folder: nothing is written", async () => {
    const plainDir = await tempJournal({ "contacts/a.md": contact("name: A\nwhat: x") });
    expect(cacheDirFor(plainDir)).toBeUndefined();
    await loadJournal(plainDir);
    expect((await readParsed(plainDir)).stats.cached).toBe(0);
    expect(await readdir(plainDir)).toEqual(["contacts"]);
  });

  it("survives a cache folder that cannot be written", async () => {
    const blocked = await tempJournal({
      ".gitignore": ".rapport-cache\n",
      "contacts/a.md": contact("name: A\nwhat: x"),
    });
    await writeFile(path.join(blocked, ".rapport-cache"), "a file where the folder would be");
    await expectSameModel(await loadJournal(blocked), await plainLoad(blocked));
  });
});
