/** `rapport dev` serves a journal and the open page follows the files as they change. */
import { spawn, type ChildProcess } from "node:child_process";
import { readdir, readFile, rename, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, tempFolder, tempJournal, userEnv } from "../helpers.ts";
import { launch } from "./browser.ts";
import { watchedPage } from "./page.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Starts `rapport dev` on `dir`, with `config` as the user's configuration folder. */
async function startDev(dir: string, config: string): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const bin = path.join(ROOT, "bin/rapport.js");
  // Outside CI, as on a person's machine: Astro skips its update check on CI anyway.
  const { CI: _ci, CONTINUOUS_INTEGRATION: _integration, ...env } = userEnv();
  const child = spawn(process.execPath, [bin, "dev", "--dir", dir, "--port", String(port)], {
    cwd: ROOT,
    env: { ...env, XDG_CONFIG_HOME: config },
  });
  await new Promise<void>((resolve, reject) => {
    let output = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("Rapport is serving")) resolve();
    });
    child.once("exit", (code) => reject(new Error(`rapport dev exited with ${code}: ${output}`)));
  });
  return { url: `http://127.0.0.1:${port}`, child };
}

describe("rapport dev", () => {
  it("reloads the open page when a contact changes, is added or is renamed", async () => {
    const dir = await tempJournal({
      "contacts/anna.md": "---\nname: Anna Schmidt\nwhat: Design.\n---\nNotes.\n",
      "rapport.yaml": "today: 2026-11-24\n",
    });
    const config = await tempFolder();
    const { url, child } = await startDev(dir, config);
    try {
      const { page } = await watchedPage(browser);
      await page.goto(`${url}/people/anna/`);
      expect(await page.locator("h1").textContent()).toBe("Anna Schmidt");
      const file = path.join(dir, "contacts/anna.md");
      await writeFile(file, (await readFile(file, "utf8")).replace("Anna Schmidt", "Anna Berg"));
      await expect.poll(() => page.locator("h1").textContent(), { timeout: 15_000 }).toBe("Anna Berg");

      // From here the list is open, and the dev server's own reload must bring in what changes.
      await page.goto(`${url}/people/`);
      const rows = () =>
        page.locator("tbody td:first-child a").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
      expect(await rows()).toEqual(["/people/anna/"]);
      await writeFile(path.join(dir, "contacts/ben.md"), "---\nname: Ben Okafor\nwhat: Music.\n---\n");
      await expect.poll(rows, { timeout: 15_000 }).toEqual(["/people/anna/", "/people/ben/"]);
      await rename(path.join(dir, "contacts/ben.md"), path.join(dir, "contacts/benjamin.md"));
      await expect.poll(rows, { timeout: 15_000 }).toEqual(["/people/anna/", "/people/benjamin/"]);
      // Astro's update check, which asks npm and notes the time in astro/ here, stayed off.
      expect(await readdir(config)).toEqual([]);
    } finally {
      child.kill("SIGTERM");
    }
  });
});
