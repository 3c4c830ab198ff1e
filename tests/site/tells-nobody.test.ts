/**
 * Building a private journal's site tells nobody: Astro's telemetry, which records each build in
 * the user's configuration folder and sends it to Astro's makers, is off.
 */
import { execFile } from "node:child_process";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { ROOT, tempFolder, tempJournal, userEnv } from "../helpers.ts";

describe("rapport build", () => {
  it("leaves Astro's telemetry off: nothing is recorded in the configuration folder", async () => {
    const journal = await tempJournal({
      "rapport.yaml": "today: 2026-11-24\n",
      "contacts/ada.md": "---\nname: Ada Lovelace\n---\nMet her at the summit.\n",
    });
    const config = await tempFolder();
    const out = path.join(await tempFolder(), "site");
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [path.join(ROOT, "bin/rapport.js"), "build", "--dir", journal, "--out", out],
      { cwd: journal, env: { ...userEnv(), XDG_CONFIG_HOME: config } },
    );
    expect(stdout).toMatch(/^built 6 pages into /);
    // With telemetry on, Astro writes astro/config.json here, with an anonymous id for its reports.
    expect(await readdir(config)).toEqual([]);
  }, 60_000);
});
