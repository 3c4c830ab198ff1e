/** Helpers for comparing models exactly, and a journal that exercises every path of the parser. */
import { expect } from "vitest";
import { writeJournal } from "../../bench/generate.ts";
import { loadJournal } from "../../src/journal/load.ts";
import type { Journal } from "../../src/journal/model.ts";
import { contact, writeFiles } from "../helpers.ts";

/** The model as text, Maps included, with every key in its order: equal text, identical model. */
export function modelText(journal: Journal): string {
  return JSON.stringify(journal, (_key, value: unknown) =>
    value instanceof Map ? { map: [...value] } : value instanceof Set ? { set: [...value] } : value,
  );
}

export async function expectSameModel(actual: Journal, expected: Journal): Promise<void> {
  expect(actual).toEqual(expected);
  expect(modelText(actual)).toBe(modelText(expected));
}

/** The plain path: no cache, this thread only. */
export function plainLoad(dir: string): Promise<Journal> {
  return loadJournal(dir, { cache: false, threads: 1 });
}

/**
 * A generated journal (big enough for the workers) plus files with every kind of problem, CRLF,
 * a BOM, GFM syntax, quoted and nested frontmatter, a file that is not UTF-8 and one that is not
 * Markdown.
 */
export async function writeMixedJournal(dir: string, contacts = 640): Promise<void> {
  await writeJournal(dir, { contacts, events: Math.round(contacts / 10), seed: 3 });
  await writeFiles(dir, {
    "contacts/quoted.md": contact(
      'name: "Quoted, Person"\nrole: \'CTO: Payments\'\nknows:\n  - nobody-here\n  - "[[ben]]"\nphone: 0171',
      "## 2026-11-19 call with [[quoted]] and [[unknown-one|Someone]]\n\n| a | b |\n|---|---|\n| ~~x~~ | www.example.org |\n\n- [ ] 2026-12-01 send the deck\n- [x] done\n",
    ),
    "contacts/crlf-bom.md":
      "\ufeff---\r\nname: Crlf Bom\r\nwhat: tests\r\n---\r\n- 2026-02-30 bad date\r\n- 2026-11-01 coffee\r\n",
    "contacts/broken.md": "---\nname: [unclosed\n---\nbody\n",
    "contacts/no-frontmatter.md": "Just text, 2026-11-01.\n",
    "contacts/sub/nested.md": contact("name: Nested\nmet: 2026-13-01\ncircle: inner-most\nbirthday: --02-29"),
    "contacts/latin1.md": new Uint8Array([...Buffer.from("---\nname: J"), 0xfc, ...Buffer.from("rgen\n---\n")]),
    "contacts/notes.txt": "not markdown",
    "events/2026-11-18-summit.md":
      "---\ntitle: Summit\ndate: 2026-11-18\nend: 2026-11-17\ntarget: 3-5\ngoals:\n  - who: a payments lead\n    industry: fintech\n  - a designer\nmet: [quoted, crlf-bom]\n---\nMet [[quoted]].\n",
    "events/no-date.md": "---\ntitle: No date\n---\n",
    "rapport.yaml": "owner: Alex\nlocale: de\ncapacity: 3\n",
  });
}
