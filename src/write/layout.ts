/**
 * Where things are in a journal file, for writing into it: the body, the Markdown tree with offsets,
 * and each entry and task the parser found, located in the file's text. It reuses the journal's
 * parser (what counts as an entry or a task is decided in one place) and adds only the extents the
 * parser does not keep: where a list item or a heading's section ends.
 */
import type { Heading, List, ListItem, Root } from "mdast";
import type { Node } from "unist";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { LineIndex } from "../core/position.ts";
import type { RawEntry, RawTask } from "../journal/body.ts";
import { splitFrontmatter } from "../journal/frontmatter.ts";
import { parseFile, type ParsedFile } from "../journal/parse-file.ts";
import type { Position } from "../journal/model.ts";
import { refuse, type Refusal } from "./edit.ts";

const processor = unified().use(remarkParse).use(remarkGfm);

export interface LocatedEntry {
  readonly entry: RawEntry;
  /** Offset of the entry's date (its text) in the file. */
  readonly at: number;
  readonly heading?: Heading;
  readonly item?: ListItem;
  /** The list holding `item`. */
  readonly list?: List;
}

export interface Layout {
  readonly text: string;
  /** Offset of the body in the file (after the byte order mark and frontmatter). */
  readonly bodyStart: number;
  /** The Markdown tree of the body; its offsets are relative to `bodyStart`. */
  readonly tree: Root;
  readonly parsed: ParsedFile;
  /** Entries in document order. */
  readonly entries: readonly LocatedEntry[];
  readonly tasks: readonly { readonly task: RawTask; readonly at: number }[];
}

/** Lays out a file's text for writing, or refuses when its frontmatter has no end (the body is unknown). */
export function layout(file: string, text: string): { ok: true; layout: Layout } | Refusal {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const source = text.slice(bom);
  const parsed = parseFile(file, source);
  if (parsed.diagnostics.some((d) => d.code === "frontmatter-unclosed")) {
    return refuse(
      "unsafe",
      `${file}: the frontmatter is not closed, so where the notes start is unclear; add the closing '---' first`,
    );
  }
  const lines = new LineIndex(source);
  const fm = splitFrontmatter(source, lines);
  const bodyStart = bom + fm.bodyOffset;
  const tree = processor.parse(fm.body) as Root;
  const offsetOf = (pos: Position) => bom + lines.lineStart(pos.line) + pos.column - 1;

  // Nodes by the offset (in the file) where the parser's entries and tasks start.
  const headings = new Map<number, Heading>();
  for (const node of tree.children) {
    const first =
      node.type === "heading" ? (node.children[0]?.position?.start.offset ?? node.position?.start.offset) : undefined;
    if (node.type === "heading" && first !== undefined) headings.set(bodyStart + first, node);
  }
  const items = new Map<number, { item: ListItem; list: List }>();
  visit(tree, "list", (list: List) => {
    for (const item of list.children) {
      const para = item.children[0];
      const start = para?.type === "paragraph" ? para.position?.start.offset : undefined;
      if (start !== undefined) items.set(bodyStart + start, { item, list });
    }
  });

  const record = parsed.record;
  const entries = (record?.entries ?? []).map((entry): LocatedEntry => {
    const at = offsetOf(entry.pos);
    if (entry.style === "heading") {
      const heading = headings.get(at);
      return heading ? { entry, at, heading } : { entry, at };
    }
    const found = items.get(at);
    return found ? { entry, at, item: found.item, list: found.list } : { entry, at };
  });
  const tasks = (record?.tasks ?? []).map((task) => ({ task, at: offsetOf(task.pos) }));
  entries.sort((a, b) => a.at - b.at);
  tasks.sort((a, b) => a.at - b.at);
  return { ok: true, layout: { text, bodyStart, tree, parsed, entries, tasks } };
}

export function startOf(node: Node, layout: Layout): number {
  return layout.bodyStart + (node.position?.start.offset ?? 0);
}

export function endOf(node: Node, layout: Layout): number {
  return layout.bodyStart + (node.position?.end.offset ?? 0);
}
