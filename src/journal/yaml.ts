/**
 * YAML with positions, for frontmatter and settings alike. The YAML 1.2 core schema keeps
 * `2026-11-18` a string (the schemas check it as a date); YAML 1.1 would make it a Date shifted
 * by the local time zone, and `no` a boolean.
 */
import { isMap, isScalar, isSeq, parseDocument, visit, type Document, type Node } from "yaml";
import type { LineIndex } from "../core/position.ts";
import { parseSimpleYaml, type SimpleNode, type SimpleYaml } from "./simple-yaml.ts";

/** A problem before it knows its file: the caller adds the file. */
export interface Located {
  readonly line: number;
  readonly column: number;
  readonly message: string;
  readonly hint?: string;
  readonly code: string;
}

export interface Yaml {
  /** The document as plain data; `{}` when it is empty or could not be parsed. */
  readonly data: Record<string, unknown>;
  readonly errors: readonly Located[];
  /** Where the value at a path (`["knows", 2]`) starts; falls back to its key, then to the first key. */
  locate(path: readonly (string | number)[]): { line: number; column: number };
  /** Where the key at a top-level path starts, if it exists. */
  locateKey(key: string): { line: number; column: number } | undefined;
  /** The text of a plain scalar exactly as written (`0171 123` stays `0171 123`). */
  rawText(path: readonly (string | number)[]): string | undefined;
}

/**
 * Parses `source`, which starts at `baseOffset` in a file indexed by `lines`, so that every
 * position is reported in file coordinates.
 */
export function parseYaml(source: string, baseOffset: number, lines: LineIndex): Yaml {
  const simple = parseSimpleYaml(source);
  return simple ? simpleYaml(simple, source, baseOffset, lines) : parseYamlDocument(source, baseOffset, lines);
}

/** The yaml package's reading of `source`, always: what `parseYaml` must equal (tests compare the two). */
export function parseYamlDocument(source: string, baseOffset: number, lines: LineIndex): Yaml {
  const doc: Document = parseDocument(source, { schema: "core", prettyErrors: false, uniqueKeys: true });
  const at = (offset: number) => lines.locate(baseOffset + offset);
  const errors: Located[] = doc.errors.map((error) => ({
    ...at(error.pos[0]),
    code: "yaml-syntax",
    message: `invalid YAML: ${error.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "")}`,
    hint: yamlHint(error.code),
  }));

  let data: Record<string, unknown> = {};
  if (errors.length === 0) {
    let js: unknown;
    try {
      js = doc.toJS({ maxAliasCount: 100 });
    } catch (error) {
      // An alias with no anchor (`x: *a`), or aliases expanding too far: yaml throws instead of reporting.
      let alias: number | undefined;
      visit(doc, { Alias: (_key, node) => void (alias ??= node.range?.[0]) });
      errors.push({
        ...at(alias ?? 0),
        code: "yaml-syntax",
        message: `invalid YAML: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`,
        hint: "an alias (*name) must refer to an anchor (&name) defined above it; or quote the value",
      });
    }
    if (errors.length > 0) js = undefined; // reported above; the file keeps its body and its id
    if (js !== null && js !== undefined && (typeof js !== "object" || Array.isArray(js))) {
      errors.push({
        ...at(doc.contents?.range?.[0] ?? 0),
        code: "not-a-mapping",
        message: "expected 'key: value' lines",
        hint: "write each field as 'key: value', e.g. 'name: Jane Doe'",
      });
    } else if (js) {
      data = js as Record<string, unknown>;
    }
  }

  const root = doc.contents as Node | null;

  /** Follows `path` as far as it exists; `offset` is the deepest value (or key) reached. */
  function walk(path: readonly (string | number)[]) {
    let node: Node | null | undefined = root;
    let offset = node?.range?.[0] ?? 0;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && p.key.value === key);
        if (!pair) return { node, offset, complete: false };
        if (isScalar(pair.key) && pair.key.range) offset = pair.key.range[0];
        node = pair.value as Node | null;
      } else if (isSeq(node) && typeof key === "number" && key < node.items.length) {
        node = node.items[key] as Node | null;
      } else {
        return { node, offset, complete: false };
      }
      if (node?.range) offset = node.range[0];
    }
    return { node, offset, complete: true };
  }

  return {
    data,
    errors,
    locate: (path) => at(walk(path).offset),
    locateKey(key) {
      if (!isMap(root)) return undefined;
      const pair = root.items.find((p) => isScalar(p.key) && p.key.value === key);
      return pair && isScalar(pair.key) && pair.key.range ? at(pair.key.range[0]) : undefined;
    },
    rawText(path) {
      const { node, complete } = walk(path);
      if (!complete || !isScalar(node) || !node.range || node.type !== "PLAIN") return undefined;
      return source.slice(node.range[0], node.range[1]);
    },
  };
}

/** The same answers as `parseYamlDocument` gives, from the fast path's pairs. */
function simpleYaml(simple: SimpleYaml, source: string, baseOffset: number, lines: LineIndex): Yaml {
  const at = (offset: number) => lines.locate(baseOffset + offset);
  const { pairs } = simple;
  const find = (key: string | number) => pairs.find((p) => p.key === key);

  function walk(path: readonly (string | number)[]) {
    let node: SimpleNode | "root" | undefined = pairs.length > 0 ? "root" : undefined;
    let offset = pairs[0]?.keyStart ?? 0;
    for (const key of path) {
      if (node === "root") {
        const pair = find(key);
        if (!pair) return { node, offset, complete: false };
        node = pair.value;
        offset = node.start;
      } else if (node?.kind === "seq" && typeof key === "number" && key < node.items.length) {
        node = node.items[key]!;
        offset = node.start;
      } else {
        return { node, offset, complete: false };
      }
    }
    return { node, offset, complete: true };
  }

  return {
    data: simple.data,
    errors: [],
    locate: (path) => at(walk(path).offset),
    locateKey(key) {
      const pair = find(key);
      return pair ? at(pair.keyStart) : undefined;
    },
    rawText(path) {
      const { node, complete } = walk(path);
      if (!complete || typeof node !== "object" || node.kind !== "scalar" || node.quoted) return undefined;
      return source.slice(node.start, node.end);
    },
  };
}

function yamlHint(code: string): string {
  switch (code) {
    case "DUPLICATE_KEY":
      return "each key may appear once: merge the two values or delete one";
    case "BAD_INDENT":
    case "MISSING_CHAR":
      return "check the indentation and that every 'key:' is followed by a space";
    case "BLOCK_AS_IMPLICIT_KEY":
    case "MULTILINE_IMPLICIT_KEY":
      return "quote values that contain ': ' or span lines, e.g. role: \"CTO: Payments\"";
    default:
      return "quote values that contain ':', '#', '[' or start with '@' or '*'";
  }
}
