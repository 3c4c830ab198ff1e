/**
 * Screenshots of the example journal's site for the README: builds it with `rapport build`, serves
 * it on localhost and photographs four pages in Debian's Chromium (npm run screenshots).
 */
import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { launch } from "../tests/e2e/browser.ts";
import { serve } from "../tests/e2e/serve.ts";

const ROOT = path.resolve(import.meta.dirname, "..");
const OUT = path.join(ROOT, "docs", "screenshots");

const work = await mkdtemp(path.join(tmpdir(), "rapport-shots-"));
try {
  const site = path.join(work, "site");
  await promisify(execFile)(process.execPath, [
    path.join(ROOT, "bin/rapport.js"),
    "build",
    "--dir",
    ROOT,
    "--out",
    site,
  ]);
  const server = await serve(site);
  const browser = await launch();
  try {
    const page = await browser.newPage({ viewport: { width: 1100, height: 860 }, deviceScaleFactor: 1 });
    const shots: [string, string, string?][] = [
      ["agenda", "/?today=2026-11-24", "[data-agenda][data-ready]"],
      ["person", "/people/jana-nowak/"],
      ["event", "/events/2026-11-18-fintech-summit/"],
      ["network", "/network/", "[data-graph][data-ready]"],
    ];
    for (const [name, url, ready] of shots) {
      await page.goto(`${server.url}${url}`, { waitUntil: "networkidle" });
      if (ready) await page.locator(ready).waitFor();
      await page.waitForTimeout(400);
      await page.screenshot({ path: path.join(OUT, `${name}.png`) });
      console.log(`docs/screenshots/${name}.png`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
} finally {
  await rm(work, { recursive: true, force: true });
}
