import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launch } from "./browser.ts";
import { watchedPage } from "./page.ts";

const sites = inject("sites");
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

describe("a journal with errors", () => {
  it("still builds, and lists its problems in the terminal", () => {
    expect(sites.brokenOutput.replace(/\d+\.\d s/g, "N s")).toBe(
      [
        "contacts/anna.md:3:9 error unknown contact 'max-mustr' in knows — did you mean 'max-muster'?",
        `contacts/broken.md:3:7 error invalid YAML: Nested mappings are not allowed in compact mappings — quote values that contain ': ' or span lines, e.g. role: "CTO: Payments"`,
        "built 8 pages into ../broken-site in N s (pages N s, search index N s); 2 problems in the journal: see the Problems page or run rapport check",
        "",
      ].join("\n"),
    );
  });

  it("renders everything else, and lists the problems on their own page", async () => {
    const w = await watchedPage(browser);
    await w.page.goto(`${sites.broken}/people/anna/`, { waitUntil: "networkidle" });
    expect(await w.page.locator("h1").textContent()).toBe("Anna");
    await w.page.locator("nav a.has-errors").click();
    await w.page.waitForURL(`${sites.broken}/diagnostics/`);
    expect(
      await w.page
        .locator(".problems li")
        .evaluateAll((lis) =>
          lis.map((li) => [li.getAttribute("data-severity"), li.querySelector("code")!.textContent]),
        ),
    ).toEqual([
      ["error", "contacts/anna.md:3:9"],
      ["error", "contacts/broken.md:3:7"],
    ]);
    expect(w.errors).toEqual([]);
  });
});
