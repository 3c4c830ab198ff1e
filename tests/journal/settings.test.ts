import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, loadJournal, parseSettings } from "../../src/journal/index.ts";
import { tempJournal } from "../helpers.ts";

describe("settings", () => {
  it("has a default for every value", async () => {
    const journal = await loadJournal(await tempJournal({ "contacts/a.md": "---\nname: A\nwhat: x\n---\n" }));
    expect(journal.settings).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS).toEqual({
      owner: "Me",
      locale: "en",
      cadence: { inner: { amount: 2, unit: "w" }, close: { amount: 6, unit: "w" }, network: { amount: 3, unit: "m" } },
      followupDelay: 1,
      deepenAfter: 14,
      capacity: 5,
      commit: false,
    });
  });

  it("reads every setting from rapport.yaml", () => {
    const text =
      "owner: Alex Berger\nlocale: de\ncadence:\n  inner: 10d\n  network: 1y\nfollowup_delay: 2d\ndeepen_after: 21\ncapacity: 3\ntoday: 2026-11-24\ncommit: true\n";
    expect(parseSettings("rapport.yaml", text)).toEqual({
      settings: {
        owner: "Alex Berger",
        locale: "de",
        cadence: {
          inner: { amount: 10, unit: "d" },
          close: { amount: 6, unit: "w" },
          network: { amount: 1, unit: "y" },
        },
        followupDelay: 2,
        deepenAfter: 21,
        capacity: 3,
        today: "2026-11-24",
        commit: true,
        file: "rapport.yaml",
      },
      diagnostics: [],
    });
  });

  it("reports bad values where they are and keeps the rest", () => {
    const text = "locale: fr\ncadence:\n  inner: often\ntoday: 2026-13-01\ncapacity: 0\nowner: Alex\n";
    const { settings, diagnostics } = parseSettings("rapport.yaml", text);
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`)).toEqual([
      "1:9 invalid-setting 'locale' must be en or de",
      "3:10 invalid-setting 'cadence.inner' must be a duration like 10d, 2w, 3m or 1y, not 'often'",
      "4:8 invalid-setting 'today' must be a real date written YYYY-MM-DD",
      "5:11 invalid-setting 'capacity' must be at least 1",
    ]);
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, owner: "Alex", file: "rapport.yaml" });
  });

  it("reports YAML that cannot be read at its line", () => {
    const { settings, diagnostics } = parseSettings("rapport.yaml", "owner: [Alex\ncapacity: 3\n");
    expect(diagnostics).toEqual([
      {
        file: "rapport.yaml",
        line: 2,
        column: 1,
        severity: "error",
        code: "yaml-syntax",
        message: "invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]",
        hint: "check the indentation and that every 'key:' is followed by a space",
      },
    ]);
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, file: "rapport.yaml" });
  });
});
