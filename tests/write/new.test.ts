import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { slug } from "../../src/write/slug.ts";
import { contact, rapport, tempJournal } from "../helpers.ts";

describe("slug", () => {
  it("spells umlauts out, drops accents and keeps only ASCII letters, digits and dashes", () => {
    expect(
      [
        "Jürgen Müller",
        "JÜRGEN MÜLLER",
        "Jürgen Müller".normalize("NFD"),
        "Łukasz Kowalski",
        "José García",
        "Zoë Dubois",
        "Søren Sørensen",
        "Straße",
        "Oğuz Yılmaz",
        "Ștefan Novák",
        "李雷 (Li Lei)",
        "  Dr. Jane  O'Neil-Smith ",
        "李雷",
      ].map(slug),
    ).toEqual([
      "juergen-mueller",
      "juergen-mueller",
      "juergen-mueller",
      "lukasz-kowalski",
      "jose-garcia",
      "zoe-dubois",
      "soren-sorensen",
      "strasse",
      "oguz-yilmaz",
      "stefan-novak",
      "li-lei",
      "dr-jane-o-neil-smith",
      "",
    ]);
  });
});

const EVENT = "---\ntitle: Fintech Summit\ndate: 2026-11-18\ngoals: [a payments lead]\n---\n";

describe("rapport new contact", () => {
  it("creates the file from the template, with the keys to fill in next, and check passes", async () => {
    const dir = await tempJournal({ "events/2026-11-18-fintech-summit.md": EVENT });
    const result = await rapport(
      ["new", "contact", "Jürgen", "Müller", "--met-at", "fintech summit", "--company", "Nordbank AG"],
      { cwd: dir },
    );
    expect(result).toEqual({
      code: 0,
      stdout:
        "created contacts/juergen-mueller.md\nnext: what they do, why, and what they want to achieve (what:, why:, goals:)\n",
      stderr: "",
    });
    expect(await readFile(path.join(dir, "contacts/juergen-mueller.md"), "utf8")).toBe(
      [
        "---",
        "name: Jürgen Müller",
        "company: Nordbank AG",
        "role:",
        "industry:",
        "location:",
        "skills: []",
        "email:",
        "phone:",
        "what: # what do they do?",
        "why: # why do they do it?",
        "goals: # what do they want to achieve?",
        "circle: network # inner, close, network or dormant",
        "met_at: 2026-11-18-fintech-summit",
        "rapport: # high if you got on well, whatever they matched",
        "tags: []",
        "---",
        "",
      ].join("\n"),
    );
    // No errors; the one warning is the honest one: a business card until what, why or goals is written.
    const check = await rapport(["check", "--json", "--today", "2026-11-24"], { cwd: dir });
    expect(check.code).toBe(0);
    expect(JSON.parse(check.stdout).diagnostics.map((d: { code: string }) => d.code)).toEqual(["business-card"]);
  });

  it("writes the hints in German for a German journal, and quotes a name YAML would misread", async () => {
    const dir = await tempJournal({ "contacts/x.md": contact("name: X\nwhat: x"), "rapport.yaml": "locale: de\n" });
    const result = await rapport(["new", "contact", "true", "--circle", "close", "--met", "2026-11-20", "--json"], {
      cwd: dir,
    });
    expect(JSON.parse(result.stdout)).toEqual({ file: "contacts/true.md", id: "true", commit: null });
    const text = await readFile(path.join(dir, "contacts/true.md"), "utf8");
    expect(text.split("\n").filter((l) => /^(name|what|circle|met|rapport):/.test(l))).toEqual([
      'name: "true"',
      "what: # was macht die Person?",
      "circle: close # inner, close, network oder dormant",
      "met: 2026-11-20",
      "rapport: # high, wenn ihr euch gut verstanden habt, egal ob sie zum Plan passte",
    ]);
  });

  it("refuses an id that is taken, in contacts or events and in any case, and says which file has it", async () => {
    const mine = contact("name: Jürgen\nwhat: mine");
    const dir = await tempJournal({ "contacts/friends/Juergen-Mueller.md": mine });
    const result = await rapport(["new", "contact", "Jürgen Müller"], { cwd: dir });
    expect(result).toEqual({
      code: 2,
      stdout: "",
      stderr: "rapport: the id 'juergen-mueller' is taken: contacts/friends/Juergen-Mueller.md exists\n",
    });
    expect(await readFile(path.join(dir, "contacts/friends/Juergen-Mueller.md"), "utf8")).toBe(mine);
  });

  it("asks for an id when the name has no letters it can spell, and takes one", async () => {
    const dir = await tempJournal({ "contacts/x.md": contact("name: X\nwhat: x") });
    expect(await rapport(["new", "contact", "李雷"], { cwd: dir })).toEqual({
      code: 2,
      stdout: "",
      stderr: "rapport: cannot make a file name from '李雷': pass one with --id\n",
    });
    expect((await rapport(["new", "contact", "李雷", "--id", "li-lei"], { cwd: dir })).code).toBe(0);
    expect((await readFile(path.join(dir, "contacts/li-lei.md"), "utf8")).split("\n")[1]).toBe("name: 李雷");
  });

  it("refuses an unknown event or circle before writing anything", async () => {
    const dir = await tempJournal({ "events/2026-11-18-fintech-summit.md": EVENT });
    expect(await rapport(["new", "contact", "Jane", "--met-at", "fintech"], { cwd: dir })).toEqual({
      code: 1,
      stdout: "",
      stderr: "rapport: no event 'fintech' for --met-at; did you mean '2026-11-18-fintech-summit'?\n",
    });
    expect(await rapport(["new", "contact", "Jane", "--circle", "friends"], { cwd: dir })).toEqual({
      code: 2,
      stdout: "",
      stderr: "rapport: unknown circle 'friends': use one of inner, close, network, dormant\n",
    });
    expect((await rapport(["check", "--json"], { cwd: dir })).stdout).toContain('"files": 1');
  });
});

describe("rapport new event", () => {
  it("creates events/<date>-<title>.md with an empty goals list and target 3-5", async () => {
    const dir = await tempJournal({ "contacts/x.md": contact("name: X\nwhat: x") });
    const result = await rapport(["new", "event", "Fintech Summit", "--date", "2026-11-18", "--end", "2026-11-19"], {
      cwd: dir,
    });
    expect(result.stdout.split("\n")[0]).toBe("created events/2026-11-18-fintech-summit.md");
    expect(await readFile(path.join(dir, "events/2026-11-18-fintech-summit.md"), "utf8")).toBe(
      [
        "---",
        "title: Fintech Summit",
        "date: 2026-11-18",
        "end: 2026-11-19",
        "location:",
        "url:",
        "target: 3-5 # how many new people you want to meet",
        "goals: [] # whom you want to meet, one '- who: …' line each",
        "met: []",
        "---",
        "",
      ].join("\n"),
    );
    // An upcoming event without goals is the one warning: decide whom to meet.
    const check = await rapport(["check", "--json", "--today", "2026-11-01"], { cwd: dir });
    expect(JSON.parse(check.stdout).diagnostics.map((d: { code: string }) => d.code)).toEqual(["no-goals"]);
  });

  it("refuses a date that does not exist, and an event that exists", async () => {
    const dir = await tempJournal({ "events/2026-11-18-fintech-summit.md": EVENT });
    expect((await rapport(["new", "event", "X", "--date", "2026-02-30"], { cwd: dir })).stderr).toBe(
      "rapport: invalid date '2026-02-30' for --date: write it as YYYY-MM-DD\n",
    );
    expect(await rapport(["new", "event", "fintech summit", "--date", "2026-11-18"], { cwd: dir })).toEqual({
      code: 2,
      stdout: "",
      stderr: "rapport: the id '2026-11-18-fintech-summit' is taken: events/2026-11-18-fintech-summit.md exists\n",
    });
    expect(await readFile(path.join(dir, "events/2026-11-18-fintech-summit.md"), "utf8")).toBe(EVENT);
  });
});
