import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it, onTestFinished } from "vitest";
import { outFolder } from "../../src/site/out-folder.ts";
import { ROOT, tempJournal, userEnv } from "../helpers.ts";

/** A tmpfs: another file system than the project's, as `/tmp` is on many systems. */
const ELSEWHERE = "/dev/shm";

async function folderIn(parent: string): Promise<string> {
  const dir = await mkdtemp(path.join(parent, "rapport-out-"));
  onTestFinished(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

describe("the folder a site is built in", () => {
  it("is the output folder itself when it is on the project's file system", async () => {
    const project = await folderIn(tmpdir());
    const out = path.join(project, "not-yet", "site");
    const folder = await outFolder(out, project);
    expect(folder.build).toBe(out);
    await folder.finish();
    await folder.close();
    expect(await readdir(project)).toEqual([]);
  });

  it("is inside the project when the output folder is on another file system, and copied into place", async () => {
    const project = await folderIn(tmpdir());
    const out = await folderIn(ELSEWHERE);
    // The test needs two file systems; without them it would test nothing.
    expect((await stat(out)).dev).not.toBe((await stat(project)).dev);
    await mkdir(path.join(out, ".git"));
    await writeFile(path.join(out, ".git", "HEAD"), "ref: refs/heads/main\n");
    await writeFile(path.join(out, "old.html"), "the last build's page");

    const folder = await outFolder(out, project);
    expect(path.dirname(folder.build)).toBe(path.join(project, ".astro"));
    await mkdir(path.join(folder.build, "people", "ada"), { recursive: true });
    await writeFile(path.join(folder.build, "people", "ada", "index.html"), "<h1>Ada</h1>\n");
    // Until the build is finished, the last site stays as it was.
    expect((await readdir(out)).sort()).toEqual([".git", "old.html"]);

    await folder.finish();
    await folder.close();
    expect((await readdir(out)).sort()).toEqual([".git", "people"]);
    expect(await readFile(path.join(out, "people", "ada", "index.html"), "utf8")).toBe("<h1>Ada</h1>\n");
    expect(await readFile(path.join(out, ".git", "HEAD"), "utf8")).toBe("ref: refs/heads/main\n");
    expect(await readdir(path.join(project, ".astro"))).toEqual([]);
  });
});

describe("rapport build", () => {
  it("builds into a folder on another file system", async () => {
    const journal = await tempJournal({
      "rapport.yaml": "today: 2026-11-24\n",
      "contacts/ada.md": "---\nname: Ada Lovelace\n---\nMet her at the summit.\n",
    });
    const out = path.join(await folderIn(ELSEWHERE), "site");
    const before = await readdir(path.join(ROOT, ".astro")).catch(() => []);
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [path.join(ROOT, "bin/rapport.js"), "build", "--dir", journal, "--out", out],
      { cwd: journal, env: userEnv() },
    );
    expect(stdout).toMatch(/^built 6 pages into \S+ in [\d.]+ s \(pages [\d.]+ s, search index [\d.]+ s\)\n$/);
    expect(await readFile(path.join(out, "people", "ada", "index.html"), "utf8")).toContain("Met her at the summit.");
    // The stylesheet is the asset Astro moves with a rename, which failed across file systems.
    expect((await readdir(path.join(out, "_astro"))).filter((f) => f.endsWith(".css")).length).toBe(1);
    expect((await stat(path.join(out, "pagefind", "pagefind.js"))).isFile()).toBe(true);
    expect(await readdir(path.join(ROOT, ".astro"))).toEqual(before);
  }, 60_000);
});
