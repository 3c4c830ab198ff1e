/** Every error and warning `rapport check` knows, each from a real file, at its exact line and column. */
import { describe, expect, it } from "vitest";
import { lintJournal, loadJournal, sortDiagnostics, type Diagnostic } from "../../src/journal/index.ts";
import { tempJournal } from "../helpers.ts";

const BROKEN: Record<string, string> = {
  "contacts/yaml-broken.md": "---\nname: Anna Schmidt\nrole: CTO: Payments\n---\nNotes.\n",
  "contacts/no-name.md": "---\ncompany: Acme\nwhat: Sells anvils.\n---\n",
  "contacts/ben.md":
    "---\nname: Ben\nskills:\n  lead: true\nmet: 2026-02-30\ncircle: innner\ncadence: 2 weeks\nbirthday: 13-45\n---\nBen notes.\n\n## 2026-02-31 call: impossible\n",
  "contacts/team/max-muster.md": "---\nname: Max Muster\nwhat: Builds things.\n---\n",
  "contacts/old/max-muster.md": "---\nname: Max Other\nwhat: Also builds things.\n---\n",
  "contacts/cara.md":
    "---\nname: Cara\nknows: [max-mustr, Kim]\nmet_at: cara\nintroduced_by: 2026-11-18-summit\n---\nSee [[nobody]] and `[[in-code]]`.\n",
  "contacts/kim-a.md": "---\nname: Kim Lee\nwhat: A.\n---\n",
  "contacts/kim-b.md": "---\nname: Kim Lee\nwhat: B.\n---\n",
  "contacts/dora.md": "---\nname: Dora\nknows: [Kim Lee]\n---\n",
  "contacts/photo.jpg": "not a contact\n",
  "contacts/unclosed.md": "---\nname: Unclosed\nwhat: x\n",
  "contacts/plain.md": "Just notes, no frontmatter.\n",
  "contacts/dup-key.md": "---\nname: Eve\nname: Eva\n---\nNotes.\n",
  // Unreadable YAML and no body: only the YAML error, not a business card it cannot know it is.
  "contacts/yaml-only.md": "---\nname: [Bad\n---\n",
  // An alias with no anchor: yaml throws rather than reporting it; Rapport reports it, located.
  "contacts/alias.md": "---\nname: Al\nrole: *a\n---\nNotes.\n",
  "events/2026-11-18-summit.md":
    "---\ntitle: Summit\ndate: 2026-11-18\nmet: [cara, dora]\ngoals: [a payments lead]\n---\n",
  "events/2026-12-03-meetup.md": "---\ntitle: Meetup\ndate: 2026-12-03\n---\nPlans.\n",
  "events/no-title.md": "---\ndate: 2026-10-10\n---\n",
  "events/no-date.md": "---\ntitle: No date\n---\n",
  "events/2026-05-01-bad-end.md": "---\ntitle: Bad end\ndate: 2026-05-02\nend: 2026-05-01\ntarget: lots\n---\n",
  "rapport.yaml": "owner: Alex\ncapacity: many\ncolour: blue\n",
};

type Row = [
  file: string,
  line: number,
  column: number,
  severity: Diagnostic["severity"],
  code: string,
  message: string,
];

const EXPECTED: Row[] = [
  [
    "contacts/alias.md",
    3,
    7,
    "error",
    "yaml-syntax",
    "invalid YAML: Unresolved alias (the anchor must be set before the alias): a",
  ],
  [
    "contacts/ben.md",
    4,
    3,
    "error",
    "invalid-type",
    "'skills' must be a list of text; one item is a mapping (key: value pairs)",
  ],
  ["contacts/ben.md", 5, 6, "error", "invalid-date", "'met' is not a real date: 2026-02-30 does not exist"],
  ["contacts/ben.md", 6, 9, "error", "unknown-circle", "unknown circle 'innner'"],
  [
    "contacts/ben.md",
    7,
    10,
    "error",
    "invalid-duration",
    "'cadence' must be a duration like 10d, 2w, 3m or 1y, not '2 weeks'",
  ],
  [
    "contacts/ben.md",
    8,
    11,
    "error",
    "invalid-date",
    "'birthday' must be a date: YYYY-MM-DD, or --MM-DD / MM-DD without the year, not '13-45'",
  ],
  ["contacts/ben.md", 12, 4, "error", "invalid-date", "entry date 2026-02-31 does not exist"],
  ["contacts/cara.md", 3, 9, "error", "unknown-reference", "unknown contact 'max-mustr' in knows"],
  ["contacts/cara.md", 3, 20, "error", "unknown-reference", "unknown contact 'Kim' in knows"],
  ["contacts/cara.md", 4, 9, "error", "wrong-kind", "'cara' in met_at is a contact, not an event"],
  ["contacts/cara.md", 5, 16, "error", "wrong-kind", "'2026-11-18-summit' in introduced_by is an event, not a contact"],
  ["contacts/cara.md", 7, 5, "warning", "unknown-reference", "unknown contact or event 'nobody' in link"],
  [
    "contacts/dora.md",
    1,
    1,
    "warning",
    "business-card",
    "'Dora' is an identity-less business card: no notes and none of what, why or goals",
  ],
  [
    "contacts/dora.md",
    3,
    9,
    "error",
    "ambiguous-reference",
    "ambiguous contact 'Kim Lee' in knows: kim-a (contacts/kim-a.md), kim-b (contacts/kim-b.md)",
  ],
  ["contacts/dup-key.md", 3, 1, "error", "yaml-syntax", "invalid YAML: Map keys must be unique"],
  ["contacts/no-name.md", 1, 1, "error", "missing-field", "contact has no 'name'"],
  ["contacts/photo.jpg", 1, 1, "warning", "not-markdown", "not a Markdown file: Rapport reads only .md files here"],
  ["contacts/plain.md", 1, 1, "error", "missing-frontmatter", "contact file has no frontmatter"],
  [
    "contacts/team/max-muster.md",
    1,
    1,
    "error",
    "duplicate-id",
    "duplicate id 'max-muster': contacts/old/max-muster.md has the same file name",
  ],
  ["contacts/unclosed.md", 1, 1, "error", "frontmatter-unclosed", "frontmatter is not closed"],
  [
    "contacts/yaml-broken.md",
    3,
    7,
    "error",
    "yaml-syntax",
    "invalid YAML: Nested mappings are not allowed in compact mappings",
  ],
  [
    "contacts/yaml-only.md",
    2,
    11,
    "error",
    "yaml-syntax",
    "invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]",
  ],
  ["events/2026-05-01-bad-end.md", 4, 6, "error", "invalid-date", "'end' (2026-05-01) is before 'date' (2026-05-02)"],
  [
    "events/2026-05-01-bad-end.md",
    5,
    9,
    "error",
    "invalid-value",
    "'target' must be a number or a range like 3-5, not 'lots'",
  ],
  ["events/2026-12-03-meetup.md", 3, 7, "warning", "no-goals", "upcoming event 'Meetup' has no goals"],
  ["events/no-date.md", 1, 1, "error", "missing-field", "event has no 'date'"],
  ["events/no-title.md", 1, 1, "error", "missing-field", "event has no 'title'"],
  ["rapport.yaml", 2, 11, "error", "invalid-setting", "'capacity' must be a whole number"],
  ["rapport.yaml", 3, 1, "error", "unknown-setting", "unknown setting 'colour'"],
];

describe("diagnostics", () => {
  it("reports every problem of every file, located, and loads everything that could be read", async () => {
    const dir = await tempJournal(BROKEN);
    const journal = await loadJournal(dir);
    const all = sortDiagnostics([...journal.diagnostics, ...lintJournal(journal, "2026-11-24")]);
    expect(all.map((d): Row => [d.file, d.line, d.column, d.severity, d.code, d.message])).toEqual(EXPECTED);

    // One bad file never hides the others: every contact with a usable file is in the model.
    expect(journal.contacts.map((c) => c.id)).toEqual([
      "alias",
      "ben",
      "cara",
      "dora",
      "dup-key",
      "kim-a",
      "kim-b",
      "max-muster",
      "no-name",
      "plain",
      "unclosed",
      "yaml-broken",
      "yaml-only",
    ]);
    expect(journal.contacts.find((c) => c.id === "ben")).toMatchObject({ name: "Ben", circle: "network", skills: [] });
    expect(journal.contactById.get("no-name")?.name).toBe("no-name");
    expect(journal.contactById.get("max-muster")?.name).toBe("Max Other");
    expect(journal.events.map((e) => e.id)).toEqual([
      "2026-05-01-bad-end",
      "no-title",
      "2026-11-18-summit",
      "2026-12-03-meetup",
    ]);
    expect(journal.settings.owner).toBe("Alex");
    expect(journal.settings.capacity).toBe(5);
  });

  it("gives hints that say how to fix the problem", async () => {
    const dir = await tempJournal(BROKEN);
    const journal = await loadJournal(dir);
    const hint = (file: string, line: number) =>
      journal.diagnostics.find((d) => d.file === file && d.line === line)?.hint;
    expect(hint("contacts/cara.md", 3)).toBe("did you mean 'max-muster'?");
    expect(hint("contacts/ben.md", 6)).toBe("did you mean 'inner'? use one of inner, close, network, dormant");
    expect(hint("contacts/dora.md", 3)).toBe("write the id (the file name) instead of the name");
    expect(hint("contacts/yaml-broken.md", 3)).toBe(
      `quote values that contain ': ' or span lines, e.g. role: "CTO: Payments"`,
    );
    expect(hint("contacts/plain.md", 1)).toBe("start the file with '---', name: Jane Doe, '---'");
  });
});
