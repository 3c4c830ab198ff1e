/**
 * A fast path for the frontmatter most files have: one `key: value` per line, where a value is
 * plain or simply quoted text, a one-line `[a, b]` list, or a `- item` list of such text below its
 * key. The yaml package's parseDocument costs about 0.4 ms per file (as much as the Markdown body);
 * this reads such a block in microseconds. Anything else (nesting, numbers, booleans, escapes,
 * comments after a value, anchors, tabs…) returns undefined and goes to the yaml package, so the
 * result is always exactly what the yaml package gives; tests compare the two on edge cases.
 */

export interface SimpleScalar {
  readonly kind: "scalar";
  /** `null` for an empty value (`key:`). */
  readonly value: string | null;
  readonly quoted: boolean;
  readonly start: number;
  readonly end: number;
}

export interface SimpleSeq {
  readonly kind: "seq";
  readonly items: readonly SimpleScalar[];
  readonly start: number;
}

export type SimpleNode = SimpleScalar | SimpleSeq;

export interface SimplePair {
  readonly key: string;
  readonly keyStart: number;
  readonly value: SimpleNode;
}

export interface SimpleYaml {
  readonly data: Record<string, unknown>;
  /** In source order; empty for an empty block. */
  readonly pairs: readonly SimplePair[];
}

const KEY_LINE = /^([A-Za-z_][A-Za-z0-9_-]*):(?=$| )/;
const ITEM_LINE = /^( *)- /;
/** Keys the YAML core schema does not read as text, and a key JavaScript objects treat specially. */
const SPECIAL_KEY = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE|__proto__)$/;
/** What the core schema resolves to something other than a string (null, booleans, numbers). */
const NOT_TEXT =
  /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
/** Characters that may not start a plain scalar (or that change its meaning) in YAML. */
const INDICATOR_START = /^[-?:,[\]{}#&*!|>'"%@`]/;
/** Control characters, tabs, a CR that does not end a line, the Unicode separators: left to the yaml package. */
const UNUSUAL = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\ufeff]|\r(?!\n)/;
const BLANK = /^ *$/;
const DOUBLE_QUOTED = /^"[^"\\]*"$/;
const SINGLE_QUOTED = /^'[^']*'$/;

interface Line {
  readonly start: number;
  /** Without its line break. */
  readonly text: string;
}

/** Reads `source` if it is simple frontmatter, else undefined. */
export function parseSimpleYaml(source: string): SimpleYaml | undefined {
  if (UNUSUAL.test(source)) return undefined;
  const lines = splitLines(source);
  const data: Record<string, unknown> = {};
  const pairs: SimplePair[] = [];
  for (let i = 0; i < lines.length; i++) {
    const { start, text: line } = lines[i]!;
    if (BLANK.test(line) || line.startsWith("#")) continue;
    const m = KEY_LINE.exec(line);
    if (!m) return undefined;
    const key = m[1]!;
    if (SPECIAL_KEY.test(key) || key in data) return undefined;
    const rest = line.slice(m[0].length);
    const valueAt = start + m[0].length + leading(rest);
    const text = trimSpaces(rest);
    let value: SimpleNode | undefined;
    if (text !== "") value = inline(text, valueAt);
    else {
      // An empty value, or a block list on the lines below.
      const items = blockItems(lines, i + 1);
      if (items === "bad") return undefined;
      value = items ? items.seq : { kind: "scalar", value: null, quoted: false, start: valueAt, end: valueAt };
      if (items) i = items.next - 1;
    }
    if (!value) return undefined;
    pairs.push({ key, keyStart: start, value });
    data[key] = value.kind === "scalar" ? value.value : value.items.map((item) => item.value);
  }
  return { data, pairs };
}

function splitLines(source: string): Line[] {
  const lines: Line[] = [];
  for (let start = 0; ;) {
    const newline = source.indexOf("\n", start);
    const end = newline === -1 ? source.length : newline;
    lines.push({ start, text: source.slice(start, source.charCodeAt(end - 1) === 13 ? end - 1 : end) });
    if (newline === -1) return lines;
    start = newline + 1;
  }
}

/**
 * `- item` lines from `from` on, all at the indentation of the first; undefined when there are
 * none, or when one is not simple (then the yaml package reads the block).
 */
function blockItems(lines: readonly Line[], from: number): { seq: SimpleSeq; next: number } | "bad" | undefined {
  const first = lines[from] && ITEM_LINE.exec(lines[from].text);
  if (!first) return undefined;
  const indent = first[1]!.length;
  const items: SimpleScalar[] = [];
  let i = from;
  for (; i < lines.length; i++) {
    const { start, text: line } = lines[i]!;
    const m = ITEM_LINE.exec(line);
    if (!m || m[1]!.length !== indent) break;
    const rest = line.slice(m[0].length);
    const item = scalar(trimSpaces(rest), start + m[0].length + leading(rest), false);
    if (!item) return "bad";
    items.push(item);
  }
  return { seq: { kind: "seq", items, start: lines[from]!.start + indent }, next: i };
}

/** A value on the key's line: `[a, b]` or text. */
function inline(text: string, start: number): SimpleNode | undefined {
  if (!text.startsWith("[")) return scalar(text, start, false);
  if (!text.endsWith("]")) return undefined;
  const inner = text.slice(1, -1);
  if (BLANK.test(inner)) return { kind: "seq", items: [], start };
  const items: SimpleScalar[] = [];
  let at = start + 1;
  for (const part of inner.split(",")) {
    const item = scalar(trimSpaces(part), at + leading(part), true);
    if (!item) return undefined;
    items.push(item);
    at += part.length + 1;
  }
  return { kind: "seq", items, start };
}

/** Quoted text without escapes, or a plain scalar that the core schema reads as text; else undefined. */
function scalar(text: string, start: number, inFlow: boolean): SimpleScalar | undefined {
  const end = start + text.length;
  if (DOUBLE_QUOTED.test(text) || SINGLE_QUOTED.test(text))
    return { kind: "scalar", value: text.slice(1, -1), quoted: true, start, end };
  if (text === "" || INDICATOR_START.test(text) || NOT_TEXT.test(text)) return undefined;
  // `: ` or a final `:` would be a nested mapping, ` #` starts a comment.
  if (/:(?: |$)| #/.test(text)) return undefined;
  if (inFlow && /[[\]{},:]/.test(text)) return undefined;
  return { kind: "scalar", value: text, quoted: false, start, end };
}

/** YAML's white space is the space (tabs never get here); `trim` would also take NBSP and others. */
function leading(text: string): number {
  let i = 0;
  while (text.charCodeAt(i) === 32) i++;
  return i;
}

function trimSpaces(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 32) end--;
  return text.slice(leading(text), end);
}
