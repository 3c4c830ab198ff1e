import { describe, expect, it } from "vitest";
import { circleOf, INNER_CAP } from "../../src/depth/circle.ts";
import { depthsOf } from "../../src/depth/score.ts";
import { loadJournal } from "../../src/journal/load.ts";
import { contact, tempJournal } from "../helpers.ts";

const TODAY = "2026-03-01";
const FACETS = "what: Something.\nwhy: A reason.\ngoals: A goal.";
const TALKS = "\n- 2025-10-02 call\n- 2025-11-03 coffee\n- 2025-12-04 video\n- 2026-01-05 lunch\n- 2026-02-06 call\n";

describe("the inner circle", () => {
  it("never holds more than ten, deepest first; the next ones are close to entering", async () => {
    const files: Record<string, string> = {};
    for (let i = 1; i <= 12; i++) {
      const id = `c${String(i).padStart(2, "0")}`;
      files[`contacts/${id}.md`] = contact(`name: Person ${i}\n${FACETS}`, TALKS);
    }
    // Deeper than the twelve: one more conversation this month.
    files["contacts/zoe.md"] = contact(`name: Zoë\n${FACETS}`, `${TALKS}- 2026-02-27 coffee\n`);
    files["contacts/shallow.md"] = contact("name: Shallow", "\n- 2026-02-01 email\n");
    const journal = await loadJournal(await tempJournal(files));
    const depths = depthsOf(journal, TODAY);
    // facets 30 + five rich conversations 29.2 + five months 16.7 + recency 15
    expect(depths.get("c01")!.score).toBe(91);
    // a sixth conversation fills the conversation points; February already counted as a month
    expect(depths.get("zoe")!.score).toBe(97);

    const circle = circleOf(depths.values());
    expect(circle.inner).toHaveLength(INNER_CAP);
    // Equal scores: the more recent touch first, then by id.
    expect(circle.inner.map((d) => d.contact)).toEqual([
      "zoe",
      "c01",
      "c02",
      "c03",
      "c04",
      "c05",
      "c06",
      "c07",
      "c08",
      "c09",
    ]);
    expect(circle.close.map((d) => d.contact)).toEqual(["c10", "c11", "c12"]);
    expect(circle.businessCards.map((d) => d.contact)).toEqual(["shallow"]);
  });

  it("is empty when nobody is known deeply enough", async () => {
    const journal = await loadJournal(
      await tempJournal({
        "contacts/a.md": contact("name: A\nwhat: Lawyer.", "\n- 2026-02-01 call\n"),
        "contacts/b.md": contact("name: B"),
      }),
    );
    const circle = circleOf(depthsOf(journal, TODAY).values());
    expect(circle.inner).toEqual([]);
    // A: what 10 + one call 5.8 + one month 3.3 + recency 15 = 34.
    expect(circle.close.map((d) => [d.contact, d.score])).toEqual([["a", 34]]);
  });
});
