/**
 * Reads the structure of a Markdown body from its mdast: dated headings and list items become
 * entries, GFM task items become tasks, and `[[links]]` in text nodes become mentions. Code blocks
 * and inline code are separate node types, so nothing inside them is ever read as a link or entry.
 */
import type { ListItem, Nodes, Paragraph, Root, RootContent, Text } from "mdast";
import { gfmTaskListItemFromMarkdown } from "mdast-util-gfm-task-list-item";
import { toString } from "mdast-util-to-string";
import { gfmTaskListItem } from "micromark-extension-gfm-task-list-item";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified, type Processor } from "unified";
import { isIsoDate, type IsoDate } from "../core/date.ts";
import type { LineIndex } from "../core/position.ts";
import { channelOf } from "./channels.ts";
import { undatedPart } from "./undated.ts";
import type { Located } from "./yaml.ts";
import type { Channel, OwnerKind, Position } from "./model.ts";

/** A link as written in a body, before it is resolved against the journal's ids and names. */
export interface RawLink {
  readonly target: string;
  readonly label?: string;
  readonly pos: Position;
  readonly entryDate?: IsoDate;
  readonly inEntryLine: boolean;
}

export interface RawEntry {
  readonly date: IsoDate;
  readonly channel: Channel;
  readonly title: string;
  readonly notes: string;
  readonly style: "heading" | "list";
  readonly pos: Position;
  /** Links on the entry's own line, by their `target` text. */
  readonly withLinks: readonly RawLink[];
}

export interface RawTask {
  readonly text: string;
  readonly done: boolean;
  readonly due?: IsoDate;
  readonly pos: Position;
}

export interface Body {
  /** The body without its entries (see `undatedPart`). */
  readonly undated: string;
  readonly entries: readonly RawEntry[];
  readonly tasks: readonly RawTask[];
  readonly links: readonly RawLink[];
  readonly errors: readonly Located[];
}

const gfmProcessor = unified().use(remarkParse).use(remarkGfm);

/**
 * CommonMark with GFM task items only. Full GFM costs about three times as much to parse as
 * CommonMark (the autolink-literal and table constructs are tried at almost every character and
 * line), and everything GFM adds besides task items needs one of the characters `GFM_SYNTAX`
 * looks for; a body without them parses to the very same tree with this processor.
 */
const taskProcessor = unified().use(remarkParse).use(remarkTaskItems);

/** The unified plugin for GFM task items alone (`- [ ] …`), without the rest of GFM. */
export function remarkTaskItems(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTaskListItem());
  (data.fromMarkdownExtensions ??= []).push(gfmTaskListItemFromMarkdown());
}

/**
 * What can start GFM syntax other than a task item: strikethrough (`~`), a table (a `|`, or a
 * delimiter row of colons and dashes, `:-` / `-:`), a footnote (`[^`), an autolink literal (`@`,
 * `www.`, `http://`).
 */
export const GFM_SYNTAX = /[~|@]|\[\^|:-|-:|www\.|https?:/i;

/** The body's mdast, exactly as remark-parse with remark-gfm gives it. */
export function parseMarkdown(body: string): Root {
  return (GFM_SYNTAX.test(body) ? gfmProcessor : taskProcessor).parse(body) as Root;
}

/** The full GFM parse, always: what `parseMarkdown` must equal (tests compare the two). */
export function parseMarkdownGfm(body: string): Root {
  return gfmProcessor.parse(body) as Root;
}

/** `2026-11-19 call: …`, `2026-11-19: …`, `2026-11-19 — …`: a date, then a separator or the end. */
const DATED = /^(\d{4}-\d{2}-\d{2})(?=$|[\s:,.—–-])[\s:,.—–-]*/u;
/** An Obsidian link, `[[target]]`, `[[target#heading]]` or `[[target|label]]`: target in group 1, label in 2. */
export const LINK = /(?<!\\)\[\[([^[\]|#\n]+)(?:#[^[\]|\n]*)?(?:\|([^[\]\n]*))?\]\]/gu;

interface Span {
  readonly start: number;
  readonly end: number;
  readonly date: IsoDate;
  /** Links before this offset are on the entry's own line; the entry's notes start here. */
  readonly lineEnd: number;
  /** A list entry's notes are dedented by the indentation of its first line's text. */
  readonly indent?: number;
}

export function parseBody(body: string, bodyOffset: number, lines: LineIndex, file: string, _owner: OwnerKind): Body {
  const tree = parseMarkdown(body);
  const at = (offset: number): Position => ({ file, ...lines.locate(bodyOffset + offset) });
  // Notes and own-line links are added once every entry's span is known.
  const entries: Omit<RawEntry, "notes" | "withLinks">[] = [];
  const tasks: RawTask[] = [];
  const errors: Located[] = [];
  const spans: Span[] = [];

  const dated = (text: string, offset: number): { date: IsoDate; rest: string } | undefined => {
    const m = DATED.exec(text);
    if (!m) return undefined;
    if (!isIsoDate(m[1]!)) {
      errors.push({
        ...lines.locate(bodyOffset + offset),
        code: "invalid-date",
        message: `entry date ${m[1]} does not exist`,
        hint: "check the month and day",
      });
      return undefined;
    }
    return { date: m[1]!, rest: text.slice(m[0].length).trim() };
  };

  // Dated headings at the top level: the section beneath, up to the next heading of the same or a
  // higher level, is the entry's notes.
  const top = tree.children;
  const nextHeading = sectionEnds(top);
  top.forEach((node, index) => {
    if (node.type !== "heading") return;
    const first = node.children[0];
    const startOffset = first?.position?.start.offset ?? start(node);
    const found = dated(toString(node), startOffset);
    if (!found) return;
    const next = nextHeading[index];
    const notesEnd = next ? start(next) : body.length;
    entries.push({
      date: found.date,
      channel: channelOf(found.rest),
      title: found.rest,
      style: "heading",
      pos: at(startOffset),
    });
    spans.push({ start: start(node), end: notesEnd, date: found.date, lineEnd: end(node) });
  });

  // One walk collects what two `visit` passes found, in the same (document) order.
  const items: ListItem[] = [];
  const texts: Text[] = [];
  collect(tree, items, texts);

  for (const item of items) {
    const para = item.children[0];
    if (!para || para.type !== "paragraph") continue;
    const text = toString(para);
    const paraStart = start(para);
    if (item.checked !== null && item.checked !== undefined) {
      const m = DATED.exec(text);
      const due = m && isIsoDate(m[1]!) ? m[1]! : undefined;
      if (m && !due) dated(text, paraStart);
      tasks.push({
        text: (due ? text.slice(m![0].length) : text).trim(),
        done: item.checked,
        ...(due ? { due } : {}),
        pos: at(paraStart),
      });
      continue;
    }
    const found = dated(text, paraStart);
    if (!found) continue;
    const newline = body.indexOf("\n", paraStart);
    const lineEnd = newline === -1 || newline > end(item) ? end(item) : newline;
    const firstLine = found.rest.split("\n")[0]!;
    entries.push({
      date: found.date,
      channel: channelOf(firstLine),
      title: firstLine.trim(),
      style: "list",
      pos: at(paraStart),
    });
    const indent = para.position ? para.position.start.column - 1 : 2;
    spans.push({ start: start(item), end: end(item), date: found.date, lineEnd, indent });
  }

  // Links: scan the source of every text node (the value has escapes removed, the source keeps exact columns).
  const bySpan = sortSpans(spans);
  const links: RawLink[] = [];
  const own = new Map<number, RawLink[]>();
  for (const node of texts) {
    const from = start(node);
    const source = body.slice(from, end(node));
    for (const m of source.matchAll(LINK)) {
      const offset = from + m.index;
      const spanIndex = innermost(spans, bySpan, offset);
      const span = spanIndex === undefined ? undefined : spans[spanIndex];
      const label = m[2]?.trim();
      const link: RawLink = {
        target: m[1]!.trim(),
        ...(label ? { label } : {}),
        pos: at(offset),
        ...(span ? { entryDate: span.date } : {}),
        inEntryLine: span !== undefined && offset < span.lineEnd,
      };
      links.push(link);
      if (link.inEntryLine) {
        const list = own.get(spanIndex!);
        if (list) list.push(link);
        else own.set(spanIndex!, [link]);
      }
    }
  }

  const complete = entries.map((entry, i): RawEntry => ({
    ...entry,
    notes: notesOf(body, spans, bySpan, i),
    withLinks: own.get(i) ?? [],
  }));
  return { undated: undatedPart(body, spans), entries: complete, tasks, links, errors };
}

/** Every list item and every text node below `node`, in document order (what `unist-util-visit` visits). */
function collect(node: Nodes, items: ListItem[], texts: Text[]): void {
  if (node.type === "listItem") items.push(node);
  else if (node.type === "text") texts.push(node);
  if ("children" in node) for (const child of node.children) collect(child, items, texts);
}

/**
 * For each top-level heading, the next heading of the same or a higher level (where its section
 * ends), in one pass from the end: a stack holds the headings still open to the right.
 */
function sectionEnds(top: readonly RootContent[]): (RootContent | undefined)[] {
  const ends: (RootContent | undefined)[] = [];
  const open: { depth: number; node: RootContent }[] = [];
  for (let i = top.length - 1; i >= 0; i--) {
    const node = top[i]!;
    if (node.type !== "heading") continue;
    while (open.length > 0 && open[open.length - 1]!.depth > node.depth) open.pop();
    ends[i] = open[open.length - 1]?.node;
    open.push({ depth: node.depth, node });
  }
  return ends;
}

function start(node: RootContent | Paragraph): number {
  return node.position?.start.offset ?? 0;
}

function end(node: RootContent | Paragraph): number {
  return node.position?.end.offset ?? 0;
}

/**
 * An entry's notes: a heading's section, or the rest of a list item after its first line
 * (continuation lines and nested blocks, dedented). An entry nested in them (a dated list item
 * under a dated heading, a dated heading one level down) is an entry of its own and is cut out,
 * as from the undated part: so no entry is shown twice.
 */
function notesOf(body: string, spans: readonly Span[], order: readonly number[], index: number): string {
  const { lineEnd: from, end: to, indent } = spans[index]!;
  const nested = nestedIn(spans, order, from, to).map((span) => ({ start: span.start - from, end: span.end - from }));
  const text = nested.length ? undatedPart(body.slice(from, to), nested) : body.slice(from, to);
  if (indent === undefined) return text.trim();
  return text
    .split("\n")
    .map((line) => dedent(line, indent))
    .join("\n")
    .trim();
}

/** The spans that start at or after `from` and end by `to`, in order of their start. */
function nestedIn(spans: readonly Span[], order: readonly number[], from: number, to: number): Span[] {
  const found: Span[] = [];
  for (let i = startingBefore(spans, order, from); i < order.length && spans[order[i]!]!.start < to; i++) {
    const span = spans[order[i]!]!;
    if (span.end <= to) found.push(span);
  }
  return found;
}

/**
 * `line` without up to `width` columns of its indentation. A tab reaches the next multiple of 4
 * columns, as in CommonMark; one that reaches past `width` leaves the columns beyond as spaces, so
 * a tab-indented note keeps its shape (it would otherwise read as an indented code block).
 */
function dedent(line: string, width: number): string {
  let column = 0;
  let i = 0;
  for (; i < line.length && column < width; i++) {
    if (line[i] === " ") column++;
    else if (line[i] === "\t") column += 4 - (column % 4);
    else break;
  }
  return column > width ? " ".repeat(column - width) + line.slice(i) : line.slice(i);
}

/** Span indices ordered by start; a nested span starts after the span that contains it. */
function sortSpans(spans: readonly Span[]): number[] {
  return spans.map((_, i) => i).sort((a, b) => spans[a]!.start - spans[b]!.start);
}

/**
 * The index of the innermost span containing `offset` (a list entry nested under a dated heading
 * wins): binary search for the last span starting at or before it, then step back over earlier
 * siblings that have already ended.
 */
function innermost(spans: readonly Span[], order: readonly number[], offset: number): number | undefined {
  for (let k = startingBefore(spans, order, offset + 1) - 1; k >= 0; k--) {
    const span = spans[order[k]!]!;
    if (offset < span.end) return order[k];
  }
  return undefined;
}

/** How many spans, in `order` (by start), start before `offset`: a binary search. */
function startingBefore(spans: readonly Span[], order: readonly number[], offset: number): number {
  let lo = 0;
  let hi = order.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[order[mid]!]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
