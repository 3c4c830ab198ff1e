import { execFile } from "node:child_process";
import { mkdir, readdir, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { outFolder, outFolderRefusal } from "../../src/site/out-folder.ts";
import { rapport, ROOT, tempFolder, tempJournal, userEnv } from "../helpers.ts";

/** A tmpfs: another file system than the project's, as `/tmp` is on many systems. */
const ELSEWHERE = "/dev/shm";

/** The test needs two file systems; without them it would test nothing. */
async function expectAnotherFileSystem(dir: string): Promise<void> {
  expect((await stat(dir)).dev).not.toBe((await stat(ROOT)).dev);
}

describe("the folder a site is built into", () => {
  it("is refused when building, which empties it, would delete anything but an earlier site", async () => {
    const journal = await tempJournal({ "contacts/ada.md": "---\nname: Ada\n---\n" });
    const project = await tempFolder();
    const where = { journal, project };
    const refusal = (out: string) => outFolderRefusal(out, where);
    expect(await refusal(journal)).toBe("it holds the journal, and building empties it: choose a folder of its own");
    expect(await refusal(path.dirname(journal))).toBe(
      "it holds the journal, and building empties it: choose a folder of its own",
    );
    expect(await refusal(project)).toBe("it holds Rapport itself, and building empties it: choose a folder of its own");
    expect(await refusal(path.join(journal, "contacts", "site"))).toBe("it is inside the journal's contacts/ folder");
    expect(await refusal(path.join(journal, "contacts", "ada.md"))).toBe("it is inside the journal's contacts/ folder");

    const other = await tempFolder();
    await writeFile(path.join(other, "notes.txt"), "mine");
    expect(await refusal(path.join(other, "notes.txt"))).toBe("it is not a folder");
    expect(await refusal(other)).toBe(
      "it is not empty and holds no site built by Rapport (no data/journal.json), and building empties it",
    );
    await mkdir(path.join(other, ".git"));
    expect(await refusal(other)).toBe(
      "it holds a git repository, which building would delete: build into another folder and copy the site in",
    );

    // A new folder, an empty one, one beside the journal's files, and an earlier site are fine.
    const site = await tempFolder();
    expect(await refusal(path.join(site, "new"))).toBeUndefined();
    expect(await refusal(site)).toBeUndefined();
    expect(await refusal(path.join(journal, "site"))).toBeUndefined();
    await mkdir(path.join(site, "data"));
    await writeFile(path.join(site, "data", "journal.json"), "{}");
    await writeFile(path.join(site, "index.html"), "<h1>Agenda</h1>");
    expect(await refusal(site)).toBeUndefined();
    expect(await readFile(path.join(other, "notes.txt"), "utf8")).toBe("mine");
  });

  it("is the output folder itself where Astro can rename into it", async () => {
    const project = await tempFolder();
    const out = path.join(project, "not-yet", "site");
    const folder = await outFolder(out, project);
    expect(folder.build).toBe(out);
    await folder.finish();
    await folder.close();
    expect((await readdir(project)).sort()).toEqual([".astro", "not-yet"]);
    expect(await readdir(path.join(project, ".astro"))).toEqual([]);
    expect(await readdir(out)).toEqual([]);
  });

  it("is inside the project where Astro cannot, and swapped in once the site is complete", async () => {
    const project = await tempFolder();
    const parent = await tempFolder(ELSEWHERE);
    await expectAnotherFileSystem(parent);
    const out = path.join(parent, "site");
    await mkdir(path.join(out, "people", "old"), { recursive: true });
    await writeFile(path.join(out, "people", "old", "index.html"), "the last build's page");

    const folder = await outFolder(out, project);
    expect(path.dirname(folder.build)).toBe(path.join(project, ".astro"));
    await mkdir(path.join(folder.build, "people", "ada"), { recursive: true });
    await writeFile(path.join(folder.build, "people", "ada", "index.html"), "<h1>Ada</h1>\n");
    // Until the build is finished, the last site stays as it was.
    expect(await readFile(path.join(out, "people", "old", "index.html"), "utf8")).toBe("the last build's page");

    await folder.finish();
    await folder.close();
    expect(await readdir(path.join(out, "people"))).toEqual(["ada"]);
    expect(await readFile(path.join(out, "people", "ada", "index.html"), "utf8")).toBe("<h1>Ada</h1>\n");
    expect(await readdir(parent)).toEqual(["site"]);
    expect(await readdir(path.join(project, ".astro"))).toEqual([]);
  });

  it("leaves the previous site whole when the copy fails", async () => {
    const project = await tempFolder();
    const parent = await tempFolder(ELSEWHERE);
    await expectAnotherFileSystem(parent);
    const out = path.join(parent, "site");
    await mkdir(out);
    await writeFile(path.join(out, "index.html"), "the last build's agenda");
    const folder = await outFolder(out, project);
    await writeFile(path.join(folder.build, "index.html"), "the new agenda");
    // Node's copy refuses a named pipe: a copy that fails halfway, as a full disk would make it.
    await promisify(execFile)("mkfifo", [path.join(folder.build, "pipe")]);
    await expect(folder.finish()).rejects.toThrow("pipe");
    await folder.close();
    expect(await readdir(parent)).toEqual(["site"]);
    expect(await readdir(out)).toEqual(["index.html"]);
    expect(await readFile(path.join(out, "index.html"), "utf8")).toBe("the last build's agenda");
    expect(await readdir(path.join(project, ".astro"))).toEqual([]);
  });
});

describe("rapport build", () => {
  it("builds into a folder on another file system", async () => {
    const journal = await tempJournal({
      "rapport.yaml": "today: 2026-11-24\n",
      "contacts/ada.md": "---\nname: Ada Lovelace\n---\nMet her at the summit.\n",
    });
    const parent = await tempFolder(ELSEWHERE);
    await expectAnotherFileSystem(parent);
    const out = path.join(parent, "site");
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [path.join(ROOT, "bin/rapport.js"), "build", "--dir", journal, "--out", out],
      { cwd: journal, env: userEnv() },
    );
    expect(stdout).toMatch(
      /^built 6 pages into \S+ in [\d.]+ s \(pages [\d.]+ s, search index [\d.]+ s, copied into place [\d.]+ s\)\n$/,
    );
    expect(await readFile(path.join(out, "people", "ada", "index.html"), "utf8")).toContain("Met her at the summit.");
    // The stylesheet is the asset Astro moves with a rename, which failed across file systems.
    expect((await readdir(path.join(out, "_astro"))).filter((f) => f.endsWith(".css")).length).toBe(1);
    expect((await stat(path.join(out, "pagefind", "pagefind.js"))).isFile()).toBe(true);
    expect(await readdir(parent)).toEqual(["site"]);
    const leftovers = (await readdir(path.join(ROOT, ".astro"))).filter((f) => /^(site-|\.rapport-probe-)/.test(f));
    expect(leftovers).toEqual([]);
  }, 60_000);

  it("refuses to build into the journal's own folder, and leaves it as it was", async () => {
    const journal = await tempJournal({ "contacts/ada.md": "---\nname: Ada\n---\nNotes.\n" });
    const result = await rapport(["build", "--dir", journal, "--out", "."], { cwd: journal });
    expect(result).toEqual({
      code: 2,
      stdout: "",
      stderr:
        "rapport: will not build into .: it holds the journal, and building empties it: choose a folder of its own\n",
    });
    expect(await readdir(journal)).toEqual(["contacts"]);
    expect(await readFile(path.join(journal, "contacts", "ada.md"), "utf8")).toBe("---\nname: Ada\n---\nNotes.\n");
  });
});
