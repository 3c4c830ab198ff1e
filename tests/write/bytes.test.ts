/**
 * Byte for byte: `rapport log` and `rapport done` change only the bytes they mean to, whatever the
 * file's line endings, final newline, byte order mark or frontmatter comments.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { rapport, tempJournal } from "../helpers.ts";

const BOM = "\uFEFF";

async function logged(
  file: string,
  args: readonly string[],
): Promise<{ bytes: Buffer; code: number; stderr: string; files: string[] }> {
  const dir = await tempJournal({ "contacts/jane-doe.md": Buffer.from(file, "utf8") });
  const result = await rapport([...args, "--today", "2026-11-24"], { cwd: dir });
  const bytes = await readFile(path.join(dir, "contacts/jane-doe.md"));
  return { bytes, code: result.code, stderr: result.stderr, files: await readdir(path.join(dir, "contacts")) };
}

const LOG = ["log", "jane-doe", "WhatsApp: thanked her for the talk"];
const DONE = ["done", "jane-doe", "1"];

const CASES: [string, string, readonly string[], string][] = [
  [
    "CRLF",
    "---\r\nname: Jane Doe\r\nwhat: Payments.\r\n---\r\n\r\n- 2026-06-14 LinkedIn: connected\r\n- [ ] send the article\r\n",
    LOG,
    "---\r\nname: Jane Doe\r\nwhat: Payments.\r\n---\r\n\r\n- 2026-06-14 LinkedIn: connected\r\n- 2026-11-24 WhatsApp: thanked her for the talk\r\n- [ ] send the article\r\n",
  ],
  [
    "CRLF, a heading log",
    "---\r\nname: Jane Doe\r\n---\r\n\r\n## 2026-06-14 met\r\n\r\nNotes.\r\n",
    LOG,
    "---\r\nname: Jane Doe\r\n---\r\n\r\n## 2026-06-14 met\r\n\r\nNotes.\r\n\r\n## 2026-11-24 WhatsApp: thanked her for the talk\r\n",
  ],
  [
    "no final newline",
    "---\nname: Jane Doe\n---\n\n- 2026-06-14 LinkedIn: connected",
    LOG,
    "---\nname: Jane Doe\n---\n\n- 2026-06-14 LinkedIn: connected\n- 2026-11-24 WhatsApp: thanked her for the talk",
  ],
  [
    "no final newline, no entries yet",
    "---\nname: Jane Doe\n---\n\nNotes.",
    LOG,
    "---\nname: Jane Doe\n---\n\nNotes.\n\n- 2026-11-24 WhatsApp: thanked her for the talk",
  ],
  [
    "a byte order mark",
    `${BOM}---\nname: Jane Doe\n---\n\n- 2026-06-14 LinkedIn: connected\n`,
    LOG,
    `${BOM}---\nname: Jane Doe\n---\n\n- 2026-06-14 LinkedIn: connected\n- 2026-11-24 WhatsApp: thanked her for the talk\n`,
  ],
  [
    "comments and odd spacing in the frontmatter",
    "---\n# people from the summit\nname:   Jane Doe   # say 'Jane'\ntags: [a,   b] # keep\n---\n- 2026-06-14 LinkedIn: connected  \n\ttrailing tab\n",
    LOG,
    "---\n# people from the summit\nname:   Jane Doe   # say 'Jane'\ntags: [a,   b] # keep\n---\n- 2026-06-14 LinkedIn: connected  \n\ttrailing tab\n- 2026-11-24 WhatsApp: thanked her for the talk\n",
  ],
  [
    "CRLF with a BOM, ticking a task",
    `${BOM}---\r\nname: Jane Doe\r\n---\r\n\r\n- [x] done before\r\n- [ ] send the article\r\n- [ ] call back`,
    DONE,
    `${BOM}---\r\nname: Jane Doe\r\n---\r\n\r\n- [x] done before\r\n- [x] send the article\r\n- [ ] call back`,
  ],
  [
    "a file that marks done tasks with X",
    "---\nname: Jane Doe\n---\n\n- [X] done before\n- [ ] send the article\n",
    DONE,
    "---\nname: Jane Doe\n---\n\n- [X] done before\n- [X] send the article\n",
  ],
];

describe("writes change only the bytes they mean to", () => {
  for (const [name, before, args, after] of CASES) {
    it(`${args[0]} in a file with ${name}`, async () => {
      const result = await logged(before, args);
      expect(result.stderr).toBe("");
      expect(result.code).toBe(0);
      expect(result.bytes.equals(Buffer.from(after, "utf8"))).toBe(true);
      expect(result.bytes.toString("utf8")).toBe(after);
      // No temporary file is left beside it.
      expect(result.files).toEqual(["jane-doe.md"]);
    });
  }

  it("leaves a file that is not UTF-8 alone", async () => {
    const latin1 = Buffer.from("---\nname: J\xfcrgen\n---\n", "latin1");
    const dir = await tempJournal({ "contacts/jane-doe.md": latin1 });
    const result = await rapport([...LOG], { cwd: dir });
    expect(result).toEqual({
      code: 2,
      stdout: "",
      stderr: "rapport: contacts/jane-doe.md is not valid UTF-8; save it as UTF-8 in your editor first\n",
    });
    expect((await readFile(path.join(dir, "contacts/jane-doe.md"))).equals(latin1)).toBe(true);
  });
});
