import { describe, expect, it } from "vitest";
import { loadJournal } from "../../src/journal/load.ts";
import { markdownRenderer } from "../../site/lib/markdown.ts";
import { ROOT } from "../helpers.ts";

describe("notes rendered for the site", () => {
  it("renders GFM where a note uses it, CommonMark with task items elsewhere, links resolved, sanitised", async () => {
    const render = markdownRenderer(await loadJournal(ROOT, { cache: false }));
    const cases: [string, string][] = [
      [
        "Talked *pricing* with [[anna-schmidt]].",
        '<p>Talked <em>pricing</em> with <a href="/people/anna-schmidt/">Anna Schmidt</a>.</p>',
      ],
      [
        "- [ ] send the deck\n- [x] thank her",
        '<ul class="contains-task-list">\n<li class="task-list-item"><input type="checkbox" disabled> send the deck</li>\n<li class="task-list-item"><input type="checkbox" checked disabled> thank her</li>\n</ul>',
      ],
      ["~~maybe~~ surely", "<p><del>maybe</del> surely</p>"],
      [
        "| who | what |\n| --- | --- |\n| Anna | design |",
        "<table>\n<thead>\n<tr>\n<th>who</th>\n<th>what</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>Anna</td>\n<td>design</td>\n</tr>\n</tbody>\n</table>",
      ],
      ["see www.example.org", '<p>see <a href="http://www.example.org">www.example.org</a></p>'],
      // A label, an empty label (which would make a link nobody can see or read) and no label.
      [
        "[[anna-schmidt|Anna]], [[anna-schmidt|]], [[anna-schmidt| ]] and [[nobody|]]",
        '<p><a href="/people/anna-schmidt/">Anna</a>, <a href="/people/anna-schmidt/">Anna Schmidt</a>, <a href="/people/anna-schmidt/">Anna Schmidt</a> and nobody</p>',
      ],
      ["<script>alert(1)</script>", ""],
      ['Hi <img src=x onerror="alert(2)"> [x](javascript:alert(3))', "<p>Hi  <a>x</a></p>"],
      ["   ", ""],
    ];
    for (const [note, html] of cases) expect(render(note), note).toBe(html);
    // Each text is rendered once per journal: the same string comes back.
    expect(render(cases[0]![0])).toBe(cases[0]![1]);
  });
});
