import { describe, expect, it } from "vitest";
import { rapport, ROOT } from "../helpers.ts";

const today = ["--dir", ROOT, "--today", "2026-11-24"];

describe("the graph commands on the example journal", () => {
  it("finds the mentor, the designer met at UX Camp and the former colleague in the inner circle", async () => {
    const circle = JSON.parse((await rapport(["circle", "--json", ...today])).stdout);
    expect(circle.inner.map((d: { contact: string; score: number }) => [d.contact, d.score])).toEqual([
      ["mara-lindqvist", 79],
      ["david-okafor", 78],
      ["jonas-weber", 71],
      ["anna-schmidt", 62],
    ]);
  });

  it("reaches Łukasz through Jonas, who knows him, rather than through the weak direct tie", async () => {
    const result = await rapport(["path", "lukasz", ...today]);
    expect(result.stdout).toBe(`Łukasz Kowalski · warmth 42 (cost 2.41)
  1. you know Jonas Weber (depth 71) — relationship, contacts/jonas-weber.md:1:1
  2. Jonas Weber knows Łukasz Kowalski — knows, contacts/jonas-weber.md:17:39
`);
  });

  it("runs every command cleanly", async () => {
    for (const args of [
      ["stats"],
      ["intro", "--industry", "banking"],
      ["prep", "product-leaders"],
      ["graph", "--format", "dot"],
    ]) {
      const result = await rapport([...args, ...today]);
      expect([args[0], result.code, result.stderr]).toEqual([args[0], 0, ""]);
    }
  });
});
