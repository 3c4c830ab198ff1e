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

/** Opens a page and, after the test's own checks, asserts nothing ran, failed or left the origin. */
async function open(site: string, path: string, options?: { width?: number }): Promise<Watched> {
  const watched = await watchedPage(browser, options);
  const response = await watched.page.goto(`${site}${path}`, { waitUntil: "networkidle" });
  expect(response?.status()).toBe(200);
  return watched;
}

function clean(watched: Watched, site: string): void {
  expect(watched.dialogs).toEqual([]);
  expect(watched.errors).toEqual([]);
  expect(watched.foreign(site)).toEqual([]);
}

describe("a person page", () => {
  it("shows the facets, with the unknown one as a question, contact details, timeline and connections", async () => {
    const w = await open(sites.example, "/people/jana-nowak/");
    const { page } = w;
    expect(await page.locator("h1").textContent()).toBe("Jana Nowak");
    expect(await page.locator("[data-facet=what] p").textContent()).toBe(
      "Leads product for Paylane's merchant payments, 12 people across two teams.",
    );
    expect(await page.locator("[data-facet=why] p").textContent()).toBe("Unknown — ask why they do it next time.");
    expect(await page.locator("[data-facet=why]").getAttribute("class")).toContain("unknown");
    expect(await page.locator("a[href='mailto:jana@paylane.example']").textContent()).toBe("jana@paylane.example");
    expect(
      await page
        .locator(".timeline > li:not(.revision)")
        .evaluateAll((items) => items.map((li) => [li.getAttribute("data-date"), li.getAttribute("data-source")])),
    ).toEqual([
      ["2026-11-19", "entry"],
      ["2026-11-18", "event"],
    ]);
    expect(await page.locator(".timeline > li:not(.revision)").first().locator(".notes").first().textContent()).toBe(
      "WhatsApp: thanked her for the talk",
    );
    expect(await page.locator("#connections-heading + dl a").first().getAttribute("href")).toBe(
      "/events/2026-11-18-fintech-summit/",
    );
    // The body's introduction under Notes; its entry only in the timeline, once.
    expect(await page.locator("#notes-heading + .notes").innerHTML()).toBe(
      "<p>Met her after the open-banking panel; she disagreed with the panel, politely and precisely.</p>",
    );
    expect(await page.locator(".notes", { hasText: "payout reconciliation" }).count()).toBe(1);
    clean(w, sites.example);
  });

  it("shows the file's git revisions in the timeline, and the agenda a feed of recent commits", async () => {
    const w = await open(sites.example, "/people/jana-nowak/");
    // History only grows: the file's first revision stays the commit that created it.
    expect(await w.page.locator(".timeline > li.revision p:not(.meta)").last().textContent()).toBe(
      "Example journal and test helpers",
    );
    await w.page.goto(`${sites.example}/`, { waitUntil: "networkidle" });
    expect(await w.page.locator("#activity-heading").textContent()).toBe("Recent changes");
    expect(await w.page.locator("li[data-commit]").count()).toBeGreaterThan(0);
    clean(w, sites.example);
  });

  it("links mentions in notes to the person they name", async () => {
    const w = await open(sites.example, "/people/david-okafor/");
    const link = w.page.locator(".timeline .notes a", { hasText: "Anna Schmidt" }).first();
    expect(await link.getAttribute("href")).toBe("/people/anna-schmidt/");
    await link.click();
    await w.page.waitForURL(`${sites.example}/people/anna-schmidt/`);
    expect(await w.page.locator("h1").textContent()).toBe("Anna Schmidt");
    clean(w, sites.example);
  });
});

describe("an event page", () => {
  it("shows which goals were met by whom, new contacts against target and follow-up status", async () => {
    const w = await open(sites.example, "/events/2026-11-18-fintech-summit/");
    const { page } = w;
    const goals = await page
      .locator("[data-goal]")
      .evaluateAll((items) =>
        items.map((li) => [
          li.getAttribute("data-goal"),
          [...li.querySelectorAll(".meta a, .meta .badge")].map((e) => e.textContent),
        ]),
      );
    expect(goals).toEqual([
      ["a payments product lead", ["Jana Nowak"]],
      ["an engineer who has scaled a ledger", ["Łukasz Kowalski"]],
      ["someone from a bank's innovation team", ["nobody yet"]],
    ]);
    expect(await page.locator("[data-new-contacts]").textContent()).toBe("New contacts: 3 (target 3–5)");
    // Worked out again in the browser for the journal's pinned day, the one the site was built for.
    await page.locator("[data-followups][data-ready]").waitFor();
    expect(await followups(w)).toEqual([
      ["Jana Nowak", "on-time", "on time 19 Nov 2026"],
      ["李雷 (Li Lei)", "late", "late 20 Nov 2026"],
      ["Łukasz Kowalski", "overdue", "overdue 19 Nov 2026"],
    ]);
    clean(w, sites.example);
  });

  it("shows the follow-up status for the day it is opened, not the day it was built", async () => {
    // Built for 2026-11-24; opened the day after the event, when only Jana has been written to.
    const w = await open(sites.example, "/events/2026-11-18-fintech-summit/?today=2026-11-19");
    await w.page.locator("[data-followups][data-ready]").waitFor();
    expect(await followups(w)).toEqual([
      ["Jana Nowak", "on-time", "on time 19 Nov 2026"],
      ["李雷 (Li Lei)", "open", "open 19 Nov 2026"],
      ["Łukasz Kowalski", "open", "open 19 Nov 2026"],
    ]);
    expect(await w.page.locator("[data-followups] .badge").evaluateAll((b) => b.map((e) => e.className))).toEqual([
      "badge ok",
      "badge",
      "badge",
    ]);
    clean(w, sites.example);
  });
});

/** Each follow-up row of an event page: the person, the state and the status cell's text. */
function followups(w: Watched): Promise<string[][]> {
  return w.page
    .locator("tr[data-followup]")
    .evaluateAll((rows) =>
      rows.map((r) => [
        r.querySelector("a")!.textContent!,
        r.getAttribute("data-followup")!,
        r.querySelector("[data-status]")!.textContent!.replace(/\s+/g, " ").trim(),
      ]),
    );
}

describe("the events list", () => {
  /** The titles in each part of the Events list, and the parts shown. */
  const parts = (w: Watched) =>
    w.page
      .locator("[data-events]")
      .evaluateAll((sections) =>
        sections.map((section) => [
          section.getAttribute("data-events"),
          (section as HTMLElement).hidden,
          [...section.querySelectorAll("li a")].map((a) => a.textContent),
        ]),
      );

  it("splits events into upcoming and past for the day it is opened", async () => {
    const w = await open(sites.example, "/events/");
    await w.page.locator("body[data-events-ready]").waitFor();
    expect(await parts(w)).toEqual([
      ["upcoming", false, ["Product Leaders Meetup Berlin", "Climate Tech Day"]],
      ["past", false, ["Fintech Summit", "Founders Breakfast München", "UX Camp Hamburg"]],
    ]);
    // The site is built for 2026-11-24; the day before the summit, it is still ahead.
    await w.page.goto(`${sites.example}/events/?today=2026-11-17`, { waitUntil: "networkidle" });
    await w.page.locator("body[data-events-ready]").waitFor();
    expect(await parts(w)).toEqual([
      ["upcoming", false, ["Fintech Summit", "Product Leaders Meetup Berlin", "Climate Tech Day"]],
      ["past", false, ["Founders Breakfast München", "UX Camp Hamburg"]],
    ]);
    clean(w, sites.example);
  });

  it("warns of an upcoming event that has no goals, and not once it is past", async () => {
    const w = await open(sites.german, "/events/");
    await w.page.locator("body[data-events-ready]").waitFor();
    expect(await parts(w)).toEqual([
      ["upcoming", false, ["Fintech-Stammtisch"]],
      ["past", false, ["Fintech Summit"]],
    ]);
    const warning = w.page.locator("[data-event='2026-12-10-stammtisch'] [data-no-goals]");
    expect(await warning.isVisible()).toBe(true);
    expect(await warning.textContent()).toBe("Noch keine Ziele — entscheide vorher, wen du kennenlernen willst.");
    await w.page.goto(`${sites.german}/events/?today=2026-12-11`, { waitUntil: "networkidle" });
    await w.page.locator("body[data-events-ready]").waitFor();
    expect(await parts(w)).toEqual([
      ["upcoming", true, []],
      ["past", false, ["Fintech-Stammtisch", "Fintech Summit"]],
    ]);
    expect(await w.page.locator("[data-events='upcoming']").isVisible()).toBe(false);
    expect(await warning.isVisible()).toBe(false);
    clean(w, sites.german);
  });
});

describe("the people list", () => {
  it("filters by circle and sorts by depth, with the keyboard", async () => {
    const w = await open(sites.example, "/people/");
    const { page } = w;
    const names = () => page.locator("tbody tr:not([hidden]) td:first-child a").allTextContents();
    expect((await names()).length).toBe(13);
    await page.selectOption("select[name=circle]", "close");
    expect(await names()).toEqual(["Anna Schmidt", "David Okafor", "Felix Braun", "Jonas Weber", "Miriam Haddad"]);
    expect(await page.locator("output[data-count]").textContent()).toBe("5");
    await page.locator("th[data-key=depth] button").focus();
    await page.keyboard.press("Enter");
    await page.keyboard.press("Enter");
    expect(await page.locator("th[data-key=depth]").getAttribute("aria-sort")).toBe("descending");
    const depths = await page
      .locator("tbody tr:not([hidden])")
      .evaluateAll((rows) => rows.map((r) => Number(r.getAttribute("data-depth"))));
    expect(depths).toEqual([...depths].sort((a, b) => b - a));
    clean(w, sites.example);
  });
});

describe("search", () => {
  it("finds a contact by a word that appears only in a note, offline, from the site's own index", async () => {
    const w = await open(sites.example, "/people/");
    await w.page.fill("#search-input", "napkins");
    const result = w.page.locator(".search-results a").first();
    await result.waitFor();
    expect(await result.textContent()).toBe("Łukasz Kowalski");
    expect(await result.getAttribute("href")).toBe("/people/lukasz-kowalski/");
    // The excerpt reads as the note's words, with the match marked.
    const excerpt = w.page.locator(".search-results p").first();
    expect(await excerpt.textContent()).toBe(
      'billion entries. lukasz@ledgerly.example On the "Ledgers are forever" panel. We talked afterwards ' +
        "about idempotency keys; he draws diagrams on napkins. send him the paper on event sourcing we talked about",
    );
    expect(await excerpt.locator("mark").allTextContents()).toEqual(["napkins."]);
    clean(w, sites.example);
  });
});

describe("German", () => {
  it("shows German labels and German dates when the journal's locale is de, for the day given with --today", async () => {
    const w = await open(sites.german, "/people/juergen-mueller/");
    const { page } = w;
    expect(await page.locator("html").getAttribute("lang")).toBe("de");
    expect(await page.locator(".site-header nav ul a").allTextContents()).toEqual([
      "Agenda",
      "Personen",
      "Veranstaltungen",
      "Netzwerk",
    ]);
    expect(await page.locator("[data-facet=goals] p").textContent()).toBe(
      "Unbekannt — frag beim nächsten Mal, was sie erreichen wollen.",
    );
    expect(await page.locator(".timeline time").first().textContent()).toBe("Do., 19. Nov. 2026");
    expect(await page.locator(".site-footer").textContent()).toContain("Erstellt am 26. Nov. 2026");
    clean(w, sites.german);
  });

  it("works things out in the browser for the day the site was built for, not the journal's pin", async () => {
    // The journal pins 2026-11-24; the site was built with --today 2026-11-26.
    const w = await open(sites.german, "/");
    await w.page.locator("[data-agenda][data-ready]").waitFor();
    expect(await w.page.locator("[data-agenda-date]").textContent()).toBe("Do. 26. Nov.");
    clean(w, sites.german);
  });
});

describe("private by construction", () => {
  it("runs no script from the journal, whatever it contains, and shows it as text", async () => {
    for (const path of ["/", "/people/", "/people/eve/", "/events/", "/events/2026-11-10-party/"]) {
      const w = await open(sites.xss, path);
      await w.page.waitForTimeout(200);
      clean(w, sites.xss);
    }
    const w = await open(sites.xss, "/people/eve/");
    const { page } = w;
    expect(await page.locator("h1").textContent()).toBe("<script>alert('name')</script>Eve");
    expect(await page.locator("script:not([src])").count()).toBe(0);
    expect(await page.locator("[onerror], [onload], [onmouseover], iframe").count()).toBe(0);
    expect(await page.locator("a[href^='javascript:']").count()).toBe(0);
    expect(await page.locator(".details dd", { hasText: "javascript:alert('website')" }).count()).toBe(1);
    await page.locator("text=click me").click();
    await page.waitForTimeout(200);
    clean(w, sites.xss);
  });

  it("tells robots to stay away and sets a same-origin Content-Security-Policy on every page", async () => {
    const w = await open(sites.example, "/");
    const { page } = w;
    expect(await page.locator("meta[name=robots]").getAttribute("content")).toBe("noindex, nofollow");
    expect(await page.locator("meta[http-equiv=Content-Security-Policy]").getAttribute("content")).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'",
    );
    const robots = await page.goto(`${sites.example}/robots.txt`);
    expect(await robots?.text()).toBe("User-agent: *\nDisallow: /\n");
    clean(w, sites.example);
  });
});
