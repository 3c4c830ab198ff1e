import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import ICAL from "ical.js";
import { launch } from "./browser.ts";
import { watchedPage } from "./page.ts";

const sites = inject("sites");
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

describe("the network view", () => {
  it("draws every node with WebGL and opens a person when their node is clicked", async () => {
    const w = await watchedPage(browser);
    const { page } = w;
    await page.goto(`${sites.example}/network/`, { waitUntil: "networkidle" });
    const graph = page.locator("[data-graph][data-ready]");
    await graph.waitFor();
    const data = (await (await page.request.get(`${sites.example}/data/network.json`)).json()) as { nodes: unknown[] };
    expect(Number(await graph.getAttribute("data-nodes"))).toBe(data.nodes.length);
    expect(await page.locator("[data-graph] canvas").count()).toBeGreaterThan(0);

    await page.fill("input[name=find]", "Jonas Weber");
    await page.keyboard.press("Enter");
    expect(await page.locator("[data-found]").getAttribute("href")).toBe("/people/jonas-weber/");
    await page.waitForTimeout(600); // the camera glides to the node
    const box = (await graph.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForURL(`${sites.example}/people/jonas-weber/`);
    expect(await page.locator("h1").textContent()).toBe("Jonas Weber");
    expect(w.errors).toEqual([]);
    expect(w.foreign(sites.example)).toEqual([]);
  });

  it("serves the graph and the calendar feed", async () => {
    const w = await watchedPage(browser);
    const graph = await w.page.request.get(`${sites.example}/graph.json`);
    const json = (await graph.json()) as {
      attributes: { format: string };
      nodes: { key: string; attributes: { x?: number } }[];
    };
    expect(json.attributes.format).toBe("rapport-graph");
    expect(json.nodes.find((n) => n.key === "jana-nowak")?.attributes.x).toEqual(expect.any(Number));
    const ics = await (await w.page.request.get(`${sites.example}/calendar.ics`)).text();
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const first = calendar
      .getAllSubcomponents("vevent")
      .find((e) => e.getFirstPropertyValue("summary") === "Follow up: Łukasz Kowalski");
    expect(String(first?.getFirstPropertyValue("dtstart"))).toBe("2026-11-24");
  });
});
