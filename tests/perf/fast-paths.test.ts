/**
 * The parser's two fast paths give exactly what the full parsers give: the simple-frontmatter
 * reader against the yaml package (data, errors, every position and raw text), and the
 * task-items-only Markdown parse against full GFM (the whole tree, positions included). Each is
 * checked on hand-picked edge cases and on a few thousand random combinations of them.
 */
import { describe, expect, it } from "vitest";
import { LineIndex } from "../../src/core/position.ts";
import { parseMarkdown, parseMarkdownGfm } from "../../src/journal/body.ts";
import { parseSimpleYaml } from "../../src/journal/simple-yaml.ts";
import { parseYaml, parseYamlDocument, type Yaml } from "../../src/journal/yaml.ts";

/** mulberry32, so every run checks the same combinations. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function combinations(pool: readonly string[], count: number, seed: number, maxLines: number): string[] {
  const rnd = random(seed);
  return Array.from({ length: count }, () =>
    Array.from({ length: 1 + Math.floor(rnd() * maxLines) }, () => pool[Math.floor(rnd() * pool.length)]!).join("\n"),
  );
}

const YAML_LINES = [
  "name: Jane Doe",
  "name: Jürgen Müller",
  "name: 李雷",
  "name: 'Jane'",
  'name: "Jane"',
  "name: ''",
  "phone: 0171 123",
  "phone: 0171",
  "n: 12",
  "x: 1.5",
  "x: .5",
  "x: 1e3",
  "x: 0x1F",
  "x: 0o17",
  "x: 1_000",
  "x: true",
  "x: True",
  "x: yes",
  "x: no",
  "x: ~",
  "x: null",
  "x: .inf",
  "x: .nan",
  "x:",
  "x:   ",
  "met: 2026-11-18",
  "met: 2026-02-30",
  "target: 3-5",
  "tags: [a, b]",
  "tags: [ a , b ]",
  "tags: [a,b]",
  "tags: []",
  "tags: [ ]",
  "tags: [a,,b]",
  "tags: [a, b,]",
  "tags: [a, [b]]",
  "tags: [a: b]",
  "tags: [a:b]",
  "tags: [http://a.b]",
  "tags: [12, b]",
  "tags: [true]",
  "tags: ['a', b]",
  "tags: [a] b",
  "tags: [a",
  "knows: [[jane]]",
  "knows: [[jane], [[ben]]]",
  'met_at: "[[jane]]"',
  "met_at: [[jane|Jane]]",
  "tags:\n  - a\n  - b",
  "tags:\n- a\n- 'b'",
  'tags:   \n    - a  \n    - "b c"',
  "tags:\n  - a\n - b",
  "tags:\n  - a\n    - b",
  "tags:\n  -\n  - b",
  "tags:\n  - - b",
  "tags:\n  - [b]",
  "tags:\n\n  - a",
  "tags:\n  - a\n# c\n  - b",
  "tags:\n  - 12",
  "tags:\n  - a: b",
  "met:\n  - jana-nowak\n  - li-lei",
  'phone: "+49 40 5550123"',
  'name: "Jane \\"J\\" Doe"',
  'name: "a # b: c"',
  'name: "x" # c',
  "name: 'it''s'",
  "name: ' padded '",
  'tags: ["a, b", c]',
  "tags: ['a', \"b\", c]",
  'tags: ["[x]"]',
  "goals:\n- x\n- who: y",
  "what: a: b",
  "what: a:",
  "what: a #c",
  "what: a#c",
  "what: see [[ben]] and [x]",
  "what: a, b, c",
  "what: a ]",
  "what: {a: b}",
  "what: multi\n  line",
  "what: a\tb",
  "what: b   ",
  "what: a\u00a0",
  "what: \u00a0a",
  "what: a\u2028b",
  "what: http://example.org/a?b=c",
  "what: -5",
  "what: +5",
  "what: -",
  "what: - a",
  "what: ?a",
  "what: :a",
  "what: @x",
  "what: `x`",
  "what: %x",
  "what: &a x",
  "who: *a",
  "what: !str 5",
  "what: |\n  text",
  "what: >\n  text",
  "what: {",
  "what: [",
  "# comment",
  "#comment: x",
  "  # indented comment",
  "",
  "   ",
  "dup: a",
  "dup: b",
  "true: x",
  "null: x",
  "Null: x",
  "__proto__: x",
  "constructor: x",
  "x : y",
  "x:y",
  "- a",
  "  indented: x",
  "...",
  "---",
  "KEY-1: v",
  "_k: v",
  "straße: x",
  "1: x",
  "a b: c",
  "x: a\rb",
  "x: \u0001",
];

const EDGE_YAML = [
  "",
  "# only a comment",
  "\n\nname: Jane\n\n",
  "name: Jane\r\ncompany: Acme\r\ntags: [a, b]",
  "name: Jane\r\n",
  "name: Jane\n# comment\ncompany: Acme",
  "name: Jane Doe\nknows: [ben, chloe]\nmet: 2026-11-18\nx:",
  "name: Jane\nx:\n",
  "name: Jane\nx:\n  - a",
];

/** The paths the parser asks about: every key, list items, and paths that do not exist. */
function paths(data: Record<string, unknown>): (string | number)[][] {
  const keys = Object.keys(data);
  return [
    [],
    ...keys.map((k) => [k]),
    ...keys.flatMap((k) => [0, 1, 2, 5].map((i) => [k, i])),
    ...keys.map((k) => [k, "who"]),
    ...keys.map((k) => [k, 0, "who"]),
    ["missing"],
    ["missing", 0],
    [0],
  ];
}

function answers(yaml: Yaml, data: Record<string, unknown>) {
  return {
    data: yaml.data,
    errors: yaml.errors,
    locate: paths(data).map((p) => yaml.locate(p)),
    locateKey: [...Object.keys(data), "missing"].map((k) => yaml.locateKey(k)),
    rawText: paths(data).map((p) => yaml.rawText(p)),
  };
}

function expectSameYaml(source: string): boolean {
  // As in a file: the block starts after `---\n`, so positions are in file coordinates.
  const text = `---\n${source}\n---\n`;
  const lines = new LineIndex(text);
  let full: Yaml;
  try {
    full = parseYamlDocument(source, 4, lines);
  } catch (error) {
    // An alias to a missing anchor throws inside the yaml package (a separate bug): the fast path must too.
    expect(() => parseYaml(source, 4, lines)).toThrow((error as Error).message);
    return false;
  }
  const fast = parseYaml(source, 4, lines);
  expect(answers(fast, full.data), JSON.stringify(source)).toEqual(answers(full, full.data));
  // Key order too: it is the order of a contact's `keys` and `extra`.
  expect(JSON.stringify(fast.data)).toBe(JSON.stringify(full.data));
  return parseSimpleYaml(source) !== undefined;
}

describe("the simple-frontmatter fast path", () => {
  it("answers every question exactly as the yaml package does, on edge cases", () => {
    let fast = 0;
    for (const line of YAML_LINES) {
      for (const source of [line, `name: Jane\n${line}\nrole: CTO`, `${line}\r\nrole: CTO`]) {
        if (expectSameYaml(source)) fast++;
      }
    }
    for (const source of EDGE_YAML) expectSameYaml(source);
    // The fast path is taken where it should be, not just left to the yaml package.
    expect(fast).toBeGreaterThan(80);
  });

  it("answers exactly as the yaml package does on 3 000 random blocks", () => {
    let fast = 0;
    for (const source of combinations(YAML_LINES, 3000, 7, 6)) if (expectSameYaml(source)) fast++;
    for (const source of combinations(YAML_LINES, 500, 8, 4)) expectSameYaml(source.replace(/\n/g, "\r\n"));
    expect(fast).toBeGreaterThan(100);
  });

  it("reads typical frontmatter without the yaml package", () => {
    const source = "name: Jürgen Müller\ncompany: Acme GmbH\nskills: [payments, ledger]\nmet: 2026-11-18\ncadence: 3m";
    expect(parseSimpleYaml(source)?.data).toEqual({
      name: "Jürgen Müller",
      company: "Acme GmbH",
      skills: ["payments", "ledger"],
      met: "2026-11-18",
      cadence: "3m",
    });
    expect(parseSimpleYaml("target: 5")).toBeUndefined();
    expect(parseSimpleYaml("role: 'CTO: Payments'")?.data).toEqual({ role: "CTO: Payments" });
    expect(parseSimpleYaml("role: CTO: Payments")).toBeUndefined();
    expect(parseSimpleYaml("goals:\n  - who: a payments lead")).toBeUndefined();
  });
});

const MARKDOWN_LINES = [
  "Met at the summit.",
  "## 2026-11-19 call: pricing with [[ben]]",
  "# 2026-11-18 Fintech Summit",
  "### Notes",
  "- 2026-11-20 coffee with [[chloe|Chloé]]",
  "  continued notes",
  "  - 2026-11-21 nested entry",
  "* 2026-11-22 email",
  "1. 2026-11-23 numbered",
  "- [ ] 2026-11-30 send the deck",
  "- [x] done task",
  "- [X] done task",
  "- [ ]",
  "- [] not a task",
  "* [ ] star task",
  "1. [ ] ordered task",
  "  - [ ] nested task",
  "[ ] not a list",
  "- text [ ] later",
  "| a | b |",
  "|---|---|",
  "a | b",
  "-|-",
  "a",
  ":-",
  "-:",
  ":-:",
  "---",
  "***",
  "Heading",
  "===",
  "~~struck~~",
  "~single~",
  "www.example.com",
  "WWW.EXAMPLE.COM",
  "https://example.org/[[x]]",
  "HTTP://EXAMPLE.ORG",
  "mail jane@example.org",
  "mailto:jane@example.org",
  "note[^1]",
  "[^1]: the footnote [[ben]]",
  "[ref]: http://example.org",
  "[ref]: /local",
  "[link][ref] and [ref]",
  "```",
  "code [[inside]]",
  "    indented code",
  "`inline [[code]]`",
  "> quote with [[ben]]",
  "> - 2026-11-24 quoted entry",
  "<div>html [[x]]</div>",
  "&amp; &#123; &copy;",
  "\\[[escaped]]",
  "[[a]][[b]]",
  "[[unclosed",
  "_em_ *em* **strong** __strong__",
  "*a **b** c*",
  "![image](pic.png)",
  "<https://example.org>",
  "<jane@example.org>",
  "line with trailing spaces  ",
  "\tleading tab",
  "",
  "",
  "2026-11-25 not an entry",
  "- 2026-13-45 bad date",
  "Ünïcödé 李雷 — “quotes”",
  "a\\",
  "b",
];

describe("the task-items-only Markdown parse", () => {
  it("gives exactly the GFM tree on every edge case", () => {
    for (const line of MARKDOWN_LINES) {
      for (const body of [
        line,
        `${line}\n`,
        `Intro\n\n${line}\n- [ ] task\n`,
        `- ${line}`,
        `## 2026-01-01 x\n${line}`,
      ]) {
        expect(parseMarkdown(body), JSON.stringify(body)).toEqual(parseMarkdownGfm(body));
      }
    }
  });

  it("gives exactly the GFM tree on 600 random bodies", () => {
    const bodies = combinations(MARKDOWN_LINES, 600, 11, 12);
    let plain = 0;
    for (const body of bodies) {
      expect(parseMarkdown(body), JSON.stringify(body)).toEqual(parseMarkdownGfm(body));
      if (!/[~|@]|\[\^|:-|-:|www\.|https?:/i.test(body)) plain++;
    }
    expect(plain).toBeGreaterThan(60);
  });
});
