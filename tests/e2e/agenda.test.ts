import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launch } from "./browser.ts";
import { watchedPage, type Watched } from "./page.ts";

const sites = inject("sites");
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

async function agenda(query: string, width = 1200): Promise<Watched> {
  const w = await watchedPage(browser, { width });
  await w.page.goto(`${sites.example}/${query}`, { waitUntil: "networkidle" });
  await w.page.locator("[data-agenda][data-ready]").waitFor();
  return w;
}

const items = (w: Watched, section: string) =>
  w.page
    .locator(`[data-section=${section}] li[data-kind]`)
    .evaluateAll((lis) =>
      lis.map(
        (li) => `${li.getAttribute("data-due")} ${li.getAttribute("data-kind")} ${li.getAttribute("data-subject")}`,
      ),
    );

describe("the agenda", () => {
  it("shows the schedule for a fixed day, with reasons, channels and a draft", async () => {
    const w = await agenda("?today=2026-11-24");
    expect(await w.page.locator("[data-agenda-date]").textContent()).toBe("Tue 24 Nov");
    expect(await w.page.locator("[data-agenda-summary]").textContent()).toBe(
      "5 follow-ups, 2 appointments, 1 event to prepare",
    );
    expect(await items(w, "overdue")).toEqual([
      "2026-11-24 first-followup lukasz-kowalski",
      "2026-11-24 rhythm mara-lindqvist",
      "2026-11-24 rhythm miriam-haddad",
      "2026-11-24 rhythm jonas-weber",
      "2026-11-24 rhythm sophie-martin",
    ]);
    const first = w.page.locator("[data-section=overdue] li").first();
    expect(await first.locator(".meta").textContent()).toBe(
      "met at Fintech Summit on 18 Nov — say you were glad to meet",
    );
    expect(await first.locator(".badge").allTextContents()).toEqual(["first follow-up", "email", "5 days overdue"]);
    expect(await first.locator("blockquote.draft").textContent()).toBe(
      "Great to meet you at Fintech Summit — I'd be glad to continue our conversation.",
    );
    expect(await items(w, "days")).toEqual([
      "2026-11-25 task david-okafor",
      "2026-11-26 next katrin-vogel",
      "2026-11-27 appointment felix-braun",
      "2026-12-01 task 2026-12-03-product-leaders-meetup",
    ]);
    expect(await items(w, "prepare")).toEqual(["2026-11-26 prepare 2026-12-03-product-leaders-meetup"]);
    expect(
      await w.page
        .locator("[data-section=lastEvent] li[data-followup]")
        .evaluateAll((lis) => lis.map((li) => li.getAttribute("data-followup"))),
    ).toEqual(["on-time", "late", "overdue"]);
    expect(w.errors).toEqual([]);
    expect(w.foreign(sites.example)).toEqual([]);
  });

  it("is worked out for the day it is opened, not the day it was built", async () => {
    const w = await agenda("?today=2026-11-27");
    expect(await w.page.locator("[data-agenda-date]").textContent()).toBe("Fri 27 Nov");
    expect(await w.page.locator(".site-footer time").getAttribute("datetime")).toBe("2026-11-24");
    const today = await items(w, "today");
    expect(today).toContain("2026-11-27 appointment felix-braun");
    expect(await items(w, "days")).not.toContain("2026-11-25 task david-okafor");
    expect(w.errors).toEqual([]);
  });

  it("fits a phone's screen and shows keyboard focus", async () => {
    const w = await agenda("?today=2026-11-24", 375);
    const overflow = await w.page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    await w.page.keyboard.press("Tab");
    expect(await w.page.evaluate(() => document.activeElement?.textContent)).toBe("Skip to content");
    const outline = await w.page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).toBe("solid");
    expect(w.errors).toEqual([]);
  });
});

describe("the person page's next step", () => {
  it("says what is due next, computed in the browser", async () => {
    const w = await watchedPage(browser);
    await w.page.goto(`${sites.example}/people/jana-nowak/?today=2026-11-24`, { waitUntil: "networkidle" });
    const next = w.page.locator("[data-next-due]");
    await expect.poll(() => next.textContent()).not.toBe("");
    expect(await next.textContent()).toBe(
      "Thu 3 Dec · matched “a payments product lead” at Fintech Summit — arrange a proper conversation",
    );
  });
});
