import { describe, expect, it } from "vitest";
import { parseBody } from "../../src/journal/body.ts";
import { LineIndex } from "../../src/core/position.ts";

/** The undated part of `body`, read as the loader reads a file's body. */
const undated = (body: string) => parseBody(body, 0, new LineIndex(body), "contacts/x.md", "contact").undated;

describe("a body without its entries", () => {
  it("keeps a heading after an entry's section even when it is indented", () => {
    expect(undated("## 2026-01-01 call\nnotes\n  ## Family\nkept\n")).toBe("  ## Family\nkept");
  });

  it("cuts a dated list item nested in a dated heading's section with the section", () => {
    expect(undated("## 2026-01-01 lunch\n\n- 2026-01-02 call\n\n## Family\n\nKids.\n")).toBe("## Family\n\nKids.");
  });

  it("keeps a list one list, and text apart from what followed the entry", () => {
    expect(undated("- a\n- 2026-01-01 call\n- b\n")).toBe("- a\n- b");
    // Without the blank line, the introduction would become a heading over the rule.
    expect(undated("Intro\n- 2026-01-01 call\n---\nMore\n")).toBe("Intro\n\n---\nMore");
    expect(undated("Intro\n1. 2026-01-01 call\n2. b\n")).toBe("Intro\n\n2. b");
    expect(undated("- a\n- 2026-01-01 call\n- 2026-01-02 email\n- b\n")).toBe("- a\n- b");
  });

  it("cuts list entries inside a quote, and keeps the quote one quote", () => {
    expect(undated("> Quote\n> - 2026-01-01 call\n> - b\n")).toBe("> Quote\n>\n> - b");
    expect(undated("> - a\n> - 2026-01-01 call\n> - b\n")).toBe("> - a\n> - b");
  });

  it("reads every kind of line break, and a last line without one", () => {
    expect(undated("Intro\r\r- 2026-01-01 call\r\rMore\r")).toBe("Intro\r\r\rMore");
    expect(undated("Intro\r\n\r\n- 2026-01-01 call\r\n- b\r\n")).toBe("Intro\r\n\r\n- b");
    expect(undated("Intro\n\n## 2026-01-01 call\nnotes")).toBe("Intro");
    expect(undated("- 2026-01-01 call\n\nText.")).toBe("Text.");
    expect(undated("## 2026-01-01 call")).toBe("");
  });
});
