/** `rapport dev` serves a journal and the open page follows the files as they change. */
import { spawn, type ChildProcess } from "node:child_process";
import { readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { createServer as createHttpServer } from "node:http";
import { createServer } from "node:net";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
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

/** An npm registry on localhost that only notes what it is asked. */
async function listeningRegistry(): Promise<{ url: string; asked: string[] }> {
  const asked: string[] = [];
  const server = createHttpServer((request, response) => {
    asked.push(request.url ?? "");
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { url: `http://127.0.0.1:${(server.address() as { port: number }).port}`, asked };
}

/**
 * Astro checks for a new version at most every 12 days, and notes when it last did in the
 * project's `.astro/settings.json`: without that note, its dev server checks at once. The file is
 * put back as it was after the test.
 */
async function forgetLastUpdateCheck(): Promise<void> {
  const settings = path.join(ROOT, ".astro", "settings.json");
  const before = await readFile(settings, "utf8").catch(() => undefined);
  await rm(settings, { force: true });
  onTestFinished(() => (before === undefined ? rm(settings, { force: true }) : writeFile(settings, before)));
}

/**
 * Starts `rapport dev` on `dir`, with `config` as the user's configuration folder and `registry`
 * as npm's registry, outside CI as on a person's machine (Astro skips its update check on CI).
 */
async function startDev(dir: string, config: string, registry: string): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const bin = path.join(ROOT, "bin/rapport.js");
  const { CI: _ci, CONTINUOUS_INTEGRATION: _integration, ...env } = userEnv();
  const child = spawn(process.execPath, [bin, "dev", "--dir", dir, "--port", String(port)], {
    cwd: ROOT,
    env: { ...env, XDG_CONFIG_HOME: config, npm_config_registry: registry },
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
    const registry = await listeningRegistry();
    await forgetLastUpdateCheck();
    const { url, child } = await startDev(dir, config, registry.url);
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
      // Astro's telemetry, which notes an id in astro/ here, and its update check, which asks npm's
      // registry for the latest astro, stayed off.
      expect(await readdir(config)).toEqual([]);
      expect(registry.asked).toEqual([]);
    } finally {
      child.kill("SIGTERM");
    }
  });
});
