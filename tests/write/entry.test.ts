import { describe, expect, it } from "vitest";
import { applyEdit } from "../../src/write/edit.ts";
import { planEntry } from "../../src/write/entry.ts";

const FM = "---\nname: Jane Doe\nwhat: Payments.\n---\n";

/** The new text, or the refusal message. */
function append(text: string, date: string, line: string): string {
  const plan = planEntry("contacts/jane-doe.md", text, { date, text: line });
  return plan.ok ? applyEdit(text, plan.edit) : `refused: ${plan.message}`;
}

describe("planEntry", () => {
  it("appends a dated list item after the last one, with the same marker, indent and separator", () => {
    const before = `${FM}\nNotes.\n\n* 2026-06-14: LinkedIn: connected\n* 2026-06-30: video: research\n\nMore notes.\n`;
    expect(append(before, "2026-11-24", "WhatsApp: thanked her for the talk")).toBe(
      `${FM}\nNotes.\n\n* 2026-06-14: LinkedIn: connected\n* 2026-06-30: video: research\n* 2026-11-24: WhatsApp: thanked her for the talk\n\nMore notes.\n`,
    );
  });

  it("appends a dated heading of the same level at the end of the last entry's section", () => {
    const before = `${FM}\n### 2026-06-13 Treffen\n\nNotes.\n\n### 2026-09-30 Anruf\n\nMore.\n`;
    expect(append(before, "2026-11-24", "email: sent the deck")).toBe(
      `${FM}\n### 2026-06-13 Treffen\n\nNotes.\n\n### 2026-09-30 Anruf\n\nMore.\n\n### 2026-11-24 email: sent the deck\n`,
    );
  });

  it("puts a heading before the next section of the same level when the log is not last", () => {
    const before = `${FM}\n## 2026-06-13 met\n\nNotes.\n\n## Open questions\n\n- pricing?\n`;
    expect(append(before, "2026-11-24", "call")).toBe(
      `${FM}\n## 2026-06-13 met\n\nNotes.\n\n## 2026-11-24 call\n\n## Open questions\n\n- pricing?\n`,
    );
  });

  it("keeps a newest-first log newest first", () => {
    const before = `${FM}\n- 2026-10-01 call\n- 2026-09-01 email\n- 2026-08-01 met\n`;
    expect(append(before, "2026-11-24", "coffee")).toBe(
      `${FM}\n- 2026-11-24 coffee\n- 2026-10-01 call\n- 2026-09-01 email\n- 2026-08-01 met\n`,
    );
    expect(append(before, "2026-09-15", "coffee")).toBe(
      `${FM}\n- 2026-10-01 call\n- 2026-09-15 coffee\n- 2026-09-01 email\n- 2026-08-01 met\n`,
    );
  });

  it("puts an entry with an earlier --date at its place by date", () => {
    const before = `${FM}\n- 2026-08-01 met\n- 2026-10-01 call\n`;
    expect(append(before, "2026-09-01", "email")).toBe(
      `${FM}\n- 2026-08-01 met\n- 2026-09-01 email\n- 2026-10-01 call\n`,
    );
    expect(append(before, "2026-07-01", "email")).toBe(
      `${FM}\n- 2026-07-01 email\n- 2026-08-01 met\n- 2026-10-01 call\n`,
    );
  });

  it("follows the newest entry's style when a file has both", () => {
    const before = `${FM}\n## 2026-01-10 met\n\nNotes.\n\n## Log\n\n- 2026-03-01 call\n- 2026-04-01 email\n`;
    expect(append(before, "2026-11-24", "coffee")).toBe(
      `${FM}\n## 2026-01-10 met\n\nNotes.\n\n## Log\n\n- 2026-03-01 call\n- 2026-04-01 email\n- 2026-11-24 coffee\n`,
    );
  });

  it("keeps a loose list loose, a nested list nested and an ordered list counting", () => {
    expect(append(`${FM}\n- 2026-03-01 call\n\n- 2026-04-01 email\n`, "2026-11-24", "coffee")).toBe(
      `${FM}\n- 2026-03-01 call\n\n- 2026-04-01 email\n\n- 2026-11-24 coffee\n`,
    );
    expect(
      append(`${FM}\n- Log\n  - 2026-03-01 call\n    notes\n  - 2026-04-01 email\n- Other\n`, "2026-11-24", "coffee"),
    ).toBe(`${FM}\n- Log\n  - 2026-03-01 call\n    notes\n  - 2026-04-01 email\n  - 2026-11-24 coffee\n- Other\n`);
    expect(append(`${FM}\n1. 2026-03-01 call\n2. 2026-04-01 email\n`, "2026-11-24", "coffee")).toBe(
      `${FM}\n1. 2026-03-01 call\n2. 2026-04-01 email\n3. 2026-11-24 coffee\n`,
    );
  });

  it("gives a file without entries a dated list item at the end, after a blank line", () => {
    expect(append(FM, "2026-11-24", "met at the summit")).toBe(`${FM}\n- 2026-11-24 met at the summit\n`);
    expect(append(`${FM}\nNotes.\n`, "2026-11-24", "call")).toBe(`${FM}\nNotes.\n\n- 2026-11-24 call\n`);
    expect(append(`${FM}\nNotes.\n\n`, "2026-11-24", "call")).toBe(`${FM}\nNotes.\n\n- 2026-11-24 call\n`);
  });

  it("does not take a date inside a code block for an entry", () => {
    const before = `${FM}\n\`\`\`\n- 2026-01-01 not an entry\n\`\`\`\n`;
    expect(append(before, "2026-11-24", "call")).toBe(`${before}\n- 2026-11-24 call\n`);
  });

  it("refuses what it cannot write safely", () => {
    expect(append("---\nname: Jane\n\n- 2026-01-01 call\n", "2026-11-24", "x")).toBe(
      "refused: contacts/jane-doe.md: the frontmatter is not closed, so where the notes start is unclear; add the closing '---' first",
    );
    expect(append(FM, "2026-11-24", "two\nlines")).toBe(
      "refused: an entry is one line; add notes beneath it in your editor",
    );
    expect(append(FM, "2026-11-24", "2026-11-20 call")).toBe(
      "refused: the text starts with a date: pass it as --date 2026-11-20 instead",
    );
    expect(append(FM, "2026-11-24", "  ")).toBe(
      "refused: the entry is empty: say what happened, e.g. 'call: talked about the pilot'",
    );
    expect(append(FM, "2026-02-30", "call")).toBe("refused: '2026-02-30' is not a date written YYYY-MM-DD");
    // An unclosed code fence would swallow the entry: it would not read back, so it is refused.
    expect(append(`${FM}\n\`\`\`\ncode\n`, "2026-11-24", "call")).toBe(
      "refused: contacts/jane-doe.md: the entry would not read back as written here; add it in your editor",
    );
  });

  it("reports the line the entry lands on", () => {
    const plan = planEntry("contacts/jane-doe.md", `${FM}\n- 2026-03-01 call\n- 2026-04-01 email\n`, {
      date: "2026-11-24",
      text: "coffee",
    });
    expect(plan.ok && plan.line).toBe(8);
  });
});
