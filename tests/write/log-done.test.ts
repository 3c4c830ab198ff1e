import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { contact, rapport, tempJournal } from "../helpers.ts";

const FILES = {
  "contacts/jane-doe.md": contact(
    "name: Jane Doe\naliases: [JD]\nwhat: Payments.",
    "\n- 2026-06-14 LinkedIn: connected\n- [ ] send the article\n",
  ),
  "contacts/anna-schmidt.md": contact("name: Anna\nwhat: Design."),
  "contacts/anna-meyer.md": contact("name: Anna\nwhat: Research."),
  "contacts/juergen-mueller.md": contact("name: Jürgen Müller\nwhat: Banking."),
};

describe("rapport log", () => {
  it("appends the entry, dated today, and says where", async () => {
    const dir = await tempJournal(FILES);
    const result = await rapport(["log", "JD", "WhatsApp:", "thanked", "her", "--today", "2026-11-24"], { cwd: dir });
    expect(result).toEqual({
      code: 0,
      stdout: "contacts/jane-doe.md:8 + - 2026-11-24 WhatsApp: thanked her\n",
      stderr: "",
    });
    expect(await readFile(path.join(dir, "contacts/jane-doe.md"), "utf8")).toBe(
      contact(
        "name: Jane Doe\naliases: [JD]\nwhat: Payments.",
        "\n- 2026-06-14 LinkedIn: connected\n- 2026-11-24 WhatsApp: thanked her\n- [ ] send the article\n",
      ),
    );
  });

  it("takes --date and prints JSON", async () => {
    const dir = await tempJournal(FILES);
    const result = await rapport(["log", "juergen mueller", "call: pilot", "--date", "2026-11-20", "--json"], {
      cwd: dir,
    });
    expect(JSON.parse(result.stdout)).toEqual({
      file: "contacts/juergen-mueller.md",
      line: 6,
      date: "2026-11-20",
      text: "call: pilot",
      written: "- 2026-11-20 call: pilot",
      commit: null,
    });
  });

  it("lists the candidates and exits 2 when a name is ambiguous, writing nothing", async () => {
    const dir = await tempJournal(FILES);
    expect(await rapport(["log", "anna", "call"], { cwd: dir })).toEqual({
      code: 2,
      stdout: "",
      stderr: [
        "rapport: 'anna' matches 2 contacts; use the id:",
        "  anna-meyer    Anna  contacts/anna-meyer.md",
        "  anna-schmidt  Anna  contacts/anna-schmidt.md",
        "",
      ].join("\n"),
    });
    expect(await readFile(path.join(dir, "contacts/anna-meyer.md"), "utf8")).toBe(FILES["contacts/anna-meyer.md"]);
  });

  it("exits 1 with a suggestion when nobody matches", async () => {
    const dir = await tempJournal(FILES);
    expect(await rapport(["log", "jane-do", "call"], { cwd: dir })).toEqual({
      code: 1,
      stdout: "",
      stderr: "rapport: no contact 'jane-do'; did you mean 'jane-doe' (Jane Doe)?\n",
    });
    expect(await rapport(["log", "Jürgen", "call"], { cwd: dir })).toEqual({
      code: 1,
      stdout: "",
      stderr: "rapport: no contact 'Jürgen'; did you mean 'juergen-mueller' (Jürgen Müller)?\n",
    });
  });

  it("refuses a bad --date", async () => {
    const dir = await tempJournal(FILES);
    expect((await rapport(["log", "jane-doe", "call", "--date", "24.11.2026"], { cwd: dir })).stderr).toBe(
      "rapport: invalid date '24.11.2026' for --date: write it as YYYY-MM-DD\n",
    );
  });
});

describe("rapport done", () => {
  it("ticks a task by its words and says which", async () => {
    const dir = await tempJournal(FILES);
    const result = await rapport(["done", "jane-doe", "the", "article"], { cwd: dir });
    expect(result).toEqual({ code: 0, stdout: "contacts/jane-doe.md:8 [x] send the article\n", stderr: "" });
    expect(await readFile(path.join(dir, "contacts/jane-doe.md"), "utf8")).toBe(
      FILES["contacts/jane-doe.md"].replace("- [ ] send", "- [x] send"),
    );
  });

  it("exits 1 with the list of open tasks when none matches", async () => {
    const dir = await tempJournal(FILES);
    expect(await rapport(["done", "jane-doe", "slides"], { cwd: dir })).toEqual({
      code: 1,
      stdout: "",
      stderr:
        "rapport: no open task in contacts/jane-doe.md matches 'slides'; the open tasks are:\n  1. send the article (line 8)\n",
    });
  });

  it("prints JSON", async () => {
    const dir = await tempJournal(FILES);
    const result = await rapport(["done", "jane-doe", "1", "--json"], { cwd: dir });
    expect(JSON.parse(result.stdout)).toEqual({
      file: "contacts/jane-doe.md",
      line: 8,
      task: "send the article",
      due: null,
      commit: null,
    });
  });
});
