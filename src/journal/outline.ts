/**
 * What the body reader needs of a Markdown body: its top-level headings, its list items (with the
 * first paragraph of each and its task check) and the source range of every text node, in
 * document order. From the mdast of remark-parse; or, for a body written in the plain subset most
 * journal files use (paragraphs, `#` headings, one level of `- ` items and `[[links]]`, with none
 * of the characters that start other Markdown), read line by line in a fraction of the time. The
 * line reader answers only where it is sure to agree with remark-parse, else returns undefined;
 * tests compare the two on edge cases and thousands of random bodies.
 */
import type { ListItem, Nodes, Root, Text } from "mdast";
import { toString } from "mdast-util-to-string";

export interface OutlineHeading {
  readonly depth: number;
  readonly start: number;
  readonly end: number;
  /** Where its text starts (after the `#`s). */
  readonly textStart: number;
  readonly text: string;
}

export interface OutlineItem {
  readonly start: number;
  readonly end: number;
  /** A GFM task item's check; undefined for other items. */
  readonly checked?: boolean;
  /** Its first child, when that is a paragraph. */
  readonly para?: { readonly start: number; readonly column: number; readonly text: string };
}

export interface Outline {
  /** The top-level headings, in order. */
  readonly headings: readonly OutlineHeading[];
  /** Every list item, at any depth, in document order. */
  readonly items: readonly OutlineItem[];
  /** The source range of every text node, in document order. */
  readonly texts: readonly { readonly start: number; readonly end: number }[];
}

export function treeOutline(tree: Root): Outline {
  const headings: OutlineHeading[] = [];
  for (const node of tree.children) {
    if (node.type !== "heading") continue;
    const start = node.position?.start.offset ?? 0;
    headings.push({
      depth: node.depth,
      start,
      end: node.position?.end.offset ?? 0,
      textStart: node.children[0]?.position?.start.offset ?? start,
      text: toString(node),
    });
  }
  const listItems: ListItem[] = [];
  const textNodes: Text[] = [];
  collect(tree, listItems, textNodes);
  const items = listItems.map((item): OutlineItem => {
    const para = item.children[0];
    return {
      start: item.position?.start.offset ?? 0,
      end: item.position?.end.offset ?? 0,
      ...(item.checked === null || item.checked === undefined ? {} : { checked: item.checked }),
      ...(para?.type === "paragraph"
        ? {
            para: {
              start: para.position?.start.offset ?? 0,
              column: para.position?.start.column ?? 3,
              text: toString(para),
            },
          }
        : {}),
    };
  });
  const texts = textNodes.map((t) => ({ start: t.position?.start.offset ?? 0, end: t.position?.end.offset ?? 0 }));
  return { headings, items, texts };
}

/** Every list item and every text node below `node`, in document order (what `unist-util-visit` visits). */
function collect(node: Nodes, items: ListItem[], texts: Text[]): void {
  if (node.type === "listItem") items.push(node);
  else if (node.type === "text") texts.push(node);
  if ("children" in node) for (const child of node.children) collect(child, items, texts);
}

/**
 * Characters that start Markdown other than plain text and `[[links]]` (escapes, code, emphasis,
 * HTML, entities, images, inline links, GFM), tabs, a CR that does not end a line, NUL and BOM.
 */
const NOT_PLAIN = /[\\`*_<>&!~|@\t\u0000\ufeff]|\]\(|\r(?!\n)|\[\^|:-|-:|www\.|https?:/i;
const HEADING = /^(#{1,6})( +)(\S.*)$/;
const TASK = /^\[([ xX])\] (?=\S)/;
const ORDERED = /^\d{1,9}[.)]/;

/** The outline of a body in the plain subset, or undefined when the body is not in it. */
export function plainOutline(body: string): Outline | undefined {
  if (NOT_PLAIN.test(body)) return undefined;
  const headings: OutlineHeading[] = [];
  const items: OutlineItem[] = [];
  const texts: { start: number; end: number }[] = [];
  let paragraph: { start: number; end: number } | undefined;
  let previous: "blank" | "paragraph" | "item" | "heading" = "blank";
  const close = () => {
    if (paragraph) texts.push(paragraph);
    paragraph = undefined;
  };

  for (let start = 0; start <= body.length;) {
    const newline = body.indexOf("\n", start);
    const next = newline === -1 ? body.length : newline;
    const end = body.charCodeAt(next - 1) === 13 ? next - 1 : next;
    const line = body.slice(start, end);
    const first = line.charAt(0);

    if (/^ *$/.test(line)) {
      close();
      previous = "blank";
    } else if (first === " " || line.endsWith(" ")) {
      // Indented (nested blocks, continuations, code) or trailing spaces (hard breaks): remark reads those.
      return undefined;
    } else if (first === "#") {
      const m = HEADING.exec(line);
      if (!m || m[3]!.endsWith("#")) return undefined;
      close();
      const textStart = start + m[1]!.length + m[2]!.length;
      headings.push({ depth: m[1]!.length, start, end, textStart, text: m[3]! });
      texts.push({ start: textStart, end });
      previous = "heading";
    } else if (first === "-") {
      // A `- ` item, after a blank line, a heading or another item (never interrupting a paragraph).
      if (line.charAt(1) !== " " || line.charAt(2) === " " || previous === "paragraph") return undefined;
      let content = start + 2;
      let checked: boolean | undefined;
      const task = TASK.exec(line.slice(2));
      if (task) {
        checked = task[1] !== " ";
        content += 4;
      } else if (line.charAt(2) === "[" && line.charAt(3) !== "[") return undefined;
      // An item that starts with a heading or another list holds that, not a paragraph.
      const lead = body.charAt(content);
      if (lead === "#" || lead === "-" || lead === "+" || lead === "=" || ORDERED.test(body.slice(content, end)))
        return undefined;
      items.push({
        start,
        end,
        ...(checked === undefined ? {} : { checked }),
        para: { start: content, column: content - start + 1, text: body.slice(content, end) },
      });
      texts.push({ start: content, end });
      previous = "item";
    } else if (
      first === "=" ||
      first === "+" ||
      (first === "[" && line.charAt(1) !== "[") ||
      ORDERED.test(line) ||
      previous === "item"
    ) {
      // Setext underlines, other list markers, definitions, and lines an item would take in lazily.
      return undefined;
    } else {
      if (paragraph) paragraph.end = end;
      else paragraph = { start, end };
      previous = "paragraph";
    }
    start = next + 1;
  }
  close();
  return { headings, items, texts };
}
