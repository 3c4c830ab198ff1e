/**
 * Where a new log entry goes and how it is written: in the style the file already uses. The entry
 * joins the file's newest entry's kind (a dated heading of the same level, or an item of the same
 * list with the same marker and spacing), at its place by date in that group's order (oldest first
 * or newest first, as the file has it). A file without entries gets a dated list item at the end.
 * Pure; the result is read back with the journal's parser before it is accepted.
 */
import { isIsoDate, type IsoDate } from "../core/date.ts";
import { eolOf, lineEndOf, lineOf, lineStartOf, refuse, type Edit, type Plan, type Refusal } from "./edit.ts";
import { endOf, layout, startOf, type Layout, type LocatedEntry } from "./layout.ts";

export interface NewEntry {
  readonly date: IsoDate;
  /** The entry's line after the date, e.g. `WhatsApp: thanked her for the talk`. */
  readonly text: string;
}

const HEADING_PREFIX = /^ {0,3}#{1,6}[ \t]+$/;
const ITEM_PREFIX = /^([ \t>]*)(?:([-*+])|(\d{1,9})([.)]))([ \t]+)$/;
const AFTER_DATE = /^\d{4}-\d{2}-\d{2}([ \t:,.—–-]*)/u;

export function planEntry(file: string, text: string, entry: NewEntry): Plan {
  const title = entry.text.trim();
  if (!isIsoDate(entry.date)) return refuse("unsafe", `'${entry.date}' is not a date written YYYY-MM-DD`);
  if (!title) return refuse("unsafe", "the entry is empty: say what happened, e.g. 'call: talked about the pilot'");
  if (/[\r\n]/.test(title)) return refuse("unsafe", "an entry is one line; add notes beneath it in your editor");
  if (/^\d{4}-\d{2}-\d{2}(?![\d])/.test(title))
    return refuse("unsafe", `the text starts with a date: pass it as --date ${title.slice(0, 10)} instead`);
  const laid = layout(file, text);
  if (!laid.ok) return laid;
  const lay = laid.layout;
  const eol = eolOf(text);

  const usable = lay.entries.filter((e) => e.heading || e.item);
  const edit =
    usable.length === 0
      ? appendBlock(lay, `- ${entry.date} ${title}`, eol)
      : placeInGroup(lay, usable, entry.date, title, eol);
  if ("ok" in edit) return edit;
  return verify(file, lay, edit, entry.date);
}

function placeInGroup(
  lay: Layout,
  usable: readonly LocatedEntry[],
  date: IsoDate,
  title: string,
  eol: string,
): Edit | Refusal {
  // The newest entry shows how the person writes now; its group is where the new one belongs.
  let anchor = usable[0]!;
  for (const e of usable) if (e.entry.date >= anchor.entry.date) anchor = e;
  const group = usable.filter((e) =>
    anchor.heading ? e.heading?.depth === anchor.heading.depth : e.list !== undefined && e.list === anchor.list,
  );
  const newestFirst = group.length >= 2 && group[0]!.entry.date > group.at(-1)!.entry.date;
  let before: LocatedEntry | undefined;
  let after: LocatedEntry | undefined;
  if (newestFirst) {
    before = group.find((e) => e.entry.date <= date);
    if (!before) after = group.at(-1);
  } else {
    after = group.findLast((e) => e.entry.date <= date);
    if (!after) before = group[0];
  }
  const reference = (before ?? after)!;
  const sep = separator(lay.text, anchor.at);

  if (anchor.heading) {
    const written = lay.text.slice(lineStartOf(lay.text, anchor.at), anchor.at);
    const prefix = HEADING_PREFIX.test(written) ? written : `${"#".repeat(anchor.heading.depth)} `;
    const line = `${prefix}${date}${sep}${title}`;
    if (before)
      return { offset: lineStartOf(lay.text, startOf(before.heading!, lay)), remove: 0, insert: `${line}${eol}${eol}` };
    // After a heading's section: just before the next heading of the same or a higher level.
    const index = lay.tree.children.indexOf(after!.heading!);
    const next = lay.tree.children
      .slice(index + 1)
      .find((n) => n.type === "heading" && n.depth <= after!.heading!.depth);
    if (next) return { offset: lineStartOf(lay.text, startOf(next, lay)), remove: 0, insert: `${line}${eol}${eol}` };
    return appendBlock(lay, line, eol);
  }

  const written = lay.text.slice(lineStartOf(lay.text, reference.at), reference.at);
  const m = ITEM_PREFIX.exec(written);
  if (!m) return refuse("unsafe", "cannot tell how the log's list items are written; add the entry in your editor");
  // An ordered list counts on from its neighbour; CommonMark only reads the first number anyway.
  const marker = m[2] ?? `${Number(m[3]) + (after ? 1 : 0)}${m[4]}`;
  const line = `${m[1]}${marker}${m[5]}${date}${sep}${title}`;
  const gap = itemGap(lay, reference, eol);
  if (after) return { offset: lineEndOf(lay.text, endOf(after.item!, lay)), remove: 0, insert: `${gap}${line}` };
  return { offset: lineStartOf(lay.text, startOf(before!.item!, lay)), remove: 0, insert: `${line}${gap}` };
}

/** What the file writes between an entry's date and its text: ` `, `: `, ` — `. */
function separator(text: string, at: number): string {
  const sep = AFTER_DATE.exec(text.slice(at, at + 20))?.[1] ?? "";
  return sep === "" || /[\r\n]/.test(sep) ? " " : sep;
}

/** What separates two items of the entry's list, as written (a blank line in a loose list, `>` in a quote). */
function itemGap(lay: Layout, entry: LocatedEntry, eol: string): string {
  const items = entry.list!.children;
  for (let i = 0; i + 1 < items.length; i++) {
    const gap = lay.text.slice(
      lineEndOf(lay.text, endOf(items[i]!, lay)),
      lineStartOf(lay.text, startOf(items[i + 1]!, lay)),
    );
    if (/^[\s>]*$/.test(gap) && gap.endsWith("\n")) return gap;
  }
  return eol;
}

/** A block at the end of the file, after a blank line; a file without a final newline keeps having none. */
function appendBlock(lay: Layout, block: string, eol: string): Edit {
  const { text } = lay;
  const offset = text.length;
  if (/\n[ \t]*\r?\n$/.test(text)) return { offset, remove: 0, insert: `${block}${eol}` };
  if (text.endsWith("\n")) return { offset, remove: 0, insert: `${eol}${block}${eol}` };
  return { offset, remove: 0, insert: `${eol}${eol}${block}` };
}

/** Reads the new text back: exactly one more entry, on the written line with the written date, and the old ones unchanged. */
function verify(file: string, before: Layout, edit: Edit, date: IsoDate): Plan {
  const text = before.text.slice(0, edit.offset) + edit.insert + before.text.slice(edit.offset);
  const line = lineOf(text, edit.offset + edit.insert.indexOf(date));
  const after = layout(file, text);
  const key = (e: LocatedEntry) => `${e.entry.date}\u0000${e.entry.title}`;
  const old = before.entries.map(key).sort();
  const now = after.ok ? after.layout.entries : [];
  const added = now.find((e) => e.entry.pos.line === line && e.entry.date === date);
  const rest = now
    .filter((e) => e !== added)
    .map(key)
    .sort();
  const tasksKept = after.ok && after.layout.tasks.length === before.tasks.length;
  if (!added || !tasksKept || rest.length !== old.length || rest.some((k, i) => k !== old[i])) {
    return refuse("unsafe", `${file}: the entry would not read back as written here; add it in your editor`);
  }
  return { ok: true, edit, line };
}
