/**
 * A body without its entries: what it says beyond the dated log (an introduction, undated
 * sections and list items, tasks). The site shows it beside the timeline, which shows the entries:
 * so the entries are not shown a second time, and nothing else in the body is left out.
 */

/** Where an entry is in the body: from its heading or list item to the end of its notes. */
export interface EntrySpan {
  readonly start: number;
  readonly end: number;
}

/**
 * The body with the whole lines of every entry cut out. Where a cut leaves two lines of text
 * side by side, a blank line keeps them apart (else a paragraph would run into what followed the
 * entry, or become a heading over a `---`), except between two list items, which stay one list.
 * Blank lines left at either end are dropped; the first kept line keeps its indentation.
 */
export function undatedPart(body: string, spans: readonly EntrySpan[]): string {
  let kept = "";
  let from = 0;
  for (const [start, end] of cutsOf(body, spans)) {
    kept += body.slice(from, start);
    if (start > 0 && end < body.length) kept += separator(kept, body.slice(end));
    from = end;
  }
  kept += body.slice(from);
  return kept.replace(LEADING_BLANK_LINES, "").trimEnd();
}

/** The lines to cut, in order, with cuts that touch or overlap (an entry nested in another) merged. */
function cutsOf(body: string, spans: readonly EntrySpan[]): [number, number][] {
  const cuts = spans.map((span): [number, number] => [lineStart(body, span.start), cutEnd(body, span.end)]);
  cuts.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const cut of cuts) {
    const last = merged[merged.length - 1];
    if (last && cut[0] <= last[1]) last[1] = Math.max(last[1], cut[1]);
    else merged.push(cut);
  }
  return merged;
}

/** The start of the line `offset` is on. */
function lineStart(body: string, offset: number): number {
  let i = offset;
  while (i > 0 && body[i - 1] !== "\n" && body[i - 1] !== "\r") i--;
  return i;
}

/**
 * Where a cut through an entry ending at `end` ends. A heading's section ends where the next
 * heading starts, which may be indented: the cut stops at the start of that line. A list item ends
 * within its last line: the cut takes the line break after it too.
 */
function cutEnd(body: string, end: number): number {
  const start = lineStart(body, end);
  if (BLANK.test(body.slice(start, end))) return start;
  let i = end;
  while (i < body.length && body[i] !== "\n" && body[i] !== "\r") i++;
  if (body[i] === "\r") i++;
  if (body[i] === "\n") i++;
  return i;
}

/**
 * What goes between the text kept before a cut and after it: nothing where a blank line already
 * parts them or both are list items, else a blank line, inside the quote both lines are in.
 */
function separator(before: string, after: string): string {
  const last = QUOTE.exec(lastLine(before))!;
  const next = QUOTE.exec(firstLine(after))!;
  const depth = quoteDepth(last[0]);
  if (depth !== quoteDepth(next[0])) return "\n";
  const [lastText, nextText] = [last.input.slice(last[0].length), next.input.slice(next[0].length)];
  if (BLANK.test(lastText) || BLANK.test(nextText)) return "";
  if (LIST_ITEM.test(lastText) && LIST_ITEM.test(nextText)) return "";
  return `${">".repeat(depth)}\n`;
}

function quoteDepth(prefix: string): number {
  return prefix.split(">").length - 1;
}

function lastLine(text: string): string {
  const trimmed = text.replace(/(?:\r\n|\r|\n)$/, "");
  return trimmed.slice(lineStart(trimmed, trimmed.length));
}

function firstLine(text: string): string {
  return /^[^\r\n]*/.exec(text)![0];
}

const BLANK = /^[ \t]*$/;
/** The block quote markers a line starts with, if any. */
const QUOTE = /^(?:[ \t]{0,3}>[ \t]?)*/;
const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;
const LEADING_BLANK_LINES = /^(?:[ \t]*(?:\r\n|\r|\n))+/;
