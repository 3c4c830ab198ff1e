import { describe, expect, it } from "vitest";
import { applyEdit } from "../../src/write/edit.ts";
import { planTick } from "../../src/write/task.ts";

const FILE = [
  "---",
  "name: Jane Doe",
  "---",
  "",
  "- [x] send the slides",
  "- [ ] 2026-12-01 send the article on ledgers",
  "- [ ] ask about the article's sequel",
  "",
  "## 2026-11-20 call",
  "",
  "  - [ ] introduce her to Max",
  "",
].join("\n");

function tick(which: string, text = FILE): string {
  const plan = planTick("contacts/jane-doe.md", text, which);
  if (!plan.ok) return `refused (${plan.code}): ${plan.message}${plan.choices ? `\n${plan.choices.join("\n")}` : ""}`;
  return applyEdit(text, plan.edit);
}

describe("planTick", () => {
  it("ticks the n-th open task, changing one byte", () => {
    expect(tick("3")).toBe(FILE.replace("- [ ] introduce", "- [x] introduce"));
    expect(tick("1")).toBe(FILE.replace("- [ ] 2026-12-01", "- [x] 2026-12-01"));
  });

  it("ticks the task whose text matches exactly, or the one that contains the words", () => {
    expect(tick("Introduce her to MAX")).toBe(FILE.replace("- [ ] introduce", "- [x] introduce"));
    // The due date is not part of the text.
    expect(tick("send the article on ledgers")).toBe(FILE.replace("- [ ] 2026-12-01", "- [x] 2026-12-01"));
    expect(tick("sequel")).toBe(FILE.replace("- [ ] ask", "- [x] ask"));
  });

  it("refuses when the words match several open tasks, and lists them with their numbers", () => {
    expect(tick("article")).toBe(
      [
        "refused (ambiguous): 'article' matches 2 open tasks in contacts/jane-doe.md; give the number:",
        "1. send the article on ledgers (line 6)",
        "2. ask about the article's sequel (line 7)",
      ].join("\n"),
    );
  });

  it("refuses when nothing matches, and lists the open tasks", () => {
    expect(tick("slides")).toBe(
      [
        "refused (not-found): no open task in contacts/jane-doe.md matches 'slides'; the open tasks are:",
        "1. send the article on ledgers (line 6)",
        "2. ask about the article's sequel (line 7)",
        "3. introduce her to Max (line 11)",
      ].join("\n"),
    );
    expect(tick("4").split("\n")[0]).toBe(
      "refused (not-found): there is no open task 4 in contacts/jane-doe.md; the open tasks are:",
    );
    expect(tick("1", "---\nname: J\n---\n- [x] done\n")).toBe(
      "refused (not-found): contacts/jane-doe.md has no open tasks",
    );
  });
});
