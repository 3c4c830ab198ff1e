import { describe, expect, it } from "vitest";
import { rapport, ROOT } from "../helpers.ts";

describe("rapport check on the example journal", () => {
  it("passes cleanly", async () => {
    const result = await rapport(["check", "--dir", ROOT, "--today", "2026-11-24"]);
    expect(result).toEqual({ code: 0, stdout: "18 files checked, no problems\n", stderr: "" });
  });
});
