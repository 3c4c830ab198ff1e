import matter from "gray-matter";
import type { LineIndex } from "../core/position.ts";
import { parseYaml, type Located, type Yaml } from "./yaml.ts";

export type { Located };

export interface Frontmatter extends Omit<Yaml, "errors"> {
  /** Whether the file starts with a frontmatter block. */
  readonly present: boolean;
  /** The body after the closing `---`, as written. */
  readonly body: string;
  /** Offset of the body in the text. */
  readonly bodyOffset: number;
  readonly errors: readonly Located[];
}

const EMPTY: Omit<Yaml, "errors"> = {
  data: {},
  locate: () => ({ line: 1, column: 1 }),
  locateKey: () => undefined,
  rawText: () => undefined,
};

/**
 * Splits a file into frontmatter and body with gray-matter; the YAML itself is parsed by
 * `parseYaml` so that every value keeps its position.
 */
export function splitFrontmatter(text: string, lines: LineIndex): Frontmatter {
  let source: string | undefined;
  // gray-matter only splits here: the engine hands back the raw block and parseYaml does the rest.
  const file = matter(text, { engines: { yaml: { parse: (s: string) => ((source = s), {}), stringify: () => "" } } });
  const present = text.startsWith("---") && text.charAt(3) !== "-";
  const bodyOffset = text.length - file.content.length;
  if (!present) return { ...EMPTY, present, body: text, bodyOffset: 0, errors: [] };

  const errors: Located[] = [];
  if (!/\r?\n---/.test(text.slice(3))) {
    errors.push({
      line: 1,
      column: 1,
      code: "frontmatter-unclosed",
      message: "frontmatter is not closed",
      hint: "add a line with just '---' after the last key",
    });
  }
  // The block starts right after the opening `---` (gray-matter's `matter`); an empty one is never handed to the engine.
  // With CRLF, the block ends in the `\r` of the line before the closing `---`: a lone CR is not a line break to YAML.
  const block = (source ?? file.matter).replace(/\r$/, "");
  const yaml = parseYaml(block, text.indexOf(block, 3), lines);
  return { ...yaml, present, body: file.content, bodyOffset, errors: [...errors, ...yaml.errors] };
}
