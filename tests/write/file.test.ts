import { chmod, lstat, readdir, readFile, stat, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createFile, editBytes, readSnapshot, replaceFile, WriteRefused } from "../../src/write/file.ts";
import { tempJournal } from "../helpers.ts";

const EDIT = { offset: 4, remove: 0, insert: "X" };

describe("replaceFile", () => {
  it("refuses, leaving the file as the other writer left it, when it changed on disk after it was read", async () => {
    const dir = await tempJournal({ "contacts/a.md": "abcdefgh\n" });
    const file = path.join(dir, "contacts/a.md");
    const snapshot = await readSnapshot(file);
    // Someone saves the file in their editor while Rapport is writing.
    await writeFile(file, "abcdefgh\nsaved in the editor\n");
    const error = await replaceFile("contacts/a.md", snapshot, editBytes(snapshot, EDIT)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WriteRefused);
    expect((error as WriteRefused).message).toBe(
      "contacts/a.md changed on disk while Rapport was writing it; nothing was written, try again",
    );
    expect(await readFile(file, "utf8")).toBe("abcdefgh\nsaved in the editor\n");
    expect(await readdir(path.join(dir, "contacts"))).toEqual(["a.md"]);
  });

  it("replaces the file, keeping its permissions and leaving no temporary file", async () => {
    const dir = await tempJournal({ "contacts/a.md": "abcdefgh\n" });
    const file = path.join(dir, "contacts/a.md");
    await chmod(file, 0o640);
    const snapshot = await readSnapshot(file);
    await replaceFile("contacts/a.md", snapshot, editBytes(snapshot, EDIT));
    expect(await readFile(file, "utf8")).toBe("abcdXefgh\n");
    expect((await stat(file)).mode & 0o777).toBe(0o640);
    expect(await readdir(path.join(dir, "contacts"))).toEqual(["a.md"]);
  });

  it("writes through a symlink instead of replacing the link with a file", async () => {
    const dir = await tempJournal({ "elsewhere/a.md": "abcdefgh\n", "contacts/.keep": "" });
    const link = path.join(dir, "contacts/a.md");
    await symlink(path.join(dir, "elsewhere/a.md"), link);
    const snapshot = await readSnapshot(link);
    await replaceFile("contacts/a.md", snapshot, editBytes(snapshot, EDIT));
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readFile(path.join(dir, "elsewhere/a.md"), "utf8")).toBe("abcdXefgh\n");
  });

  it("applies the edit to the bytes read: multi-byte text before it is copied, not re-encoded", async () => {
    const dir = await tempJournal({ "contacts/a.md": "\uFEFFJürgen 李雷\r\n" });
    const snapshot = await readSnapshot(path.join(dir, "contacts/a.md"));
    const bytes = editBytes(snapshot, { offset: snapshot.text.indexOf("\r\n"), remove: 0, insert: " ✓" });
    expect(bytes.equals(Buffer.from("\uFEFFJürgen 李雷 ✓\r\n", "utf8"))).toBe(true);
  });
});

describe("createFile", () => {
  it("never creates a file over an existing one", async () => {
    const dir = await tempJournal({ "contacts/a.md": "mine\n" });
    const error = await createFile("contacts/a.md", path.join(dir, "contacts/a.md"), Buffer.from("new\n")).catch(
      (e: unknown) => e,
    );
    expect((error as WriteRefused).refusal).toEqual({
      ok: false,
      code: "exists",
      message: "contacts/a.md exists already; nothing was written",
    });
    expect(await readFile(path.join(dir, "contacts/a.md"), "utf8")).toBe("mine\n");
  });

  it("creates the folder when the journal has none yet", async () => {
    const dir = await tempJournal({ "contacts/a.md": "x" });
    await createFile("events/e.md", path.join(dir, "events/e.md"), Buffer.from("new\n"));
    expect(await readFile(path.join(dir, "events/e.md"), "utf8")).toBe("new\n");
  });
});
