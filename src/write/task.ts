/**
 * Ticking an open task: the one byte between its brackets becomes `x` (or `X`, if that is how the
 * file marks done tasks). The task is chosen by its number among the open tasks, or by its text:
 * an exact match wins, then a unique part of the text; anything else is refused with the list.
 * Pure; the result is read back before it is accepted.
 */
import type { RawTask } from "../journal/body.ts";
import { lineStartOf, refuse, type Plan } from "./edit.ts";
import { layout, type Layout } from "./layout.ts";

const OPEN_BOX = /\[ \][ \t]+$/;
const DONE_BOX = /\[([xX])\][ \t]+$/;

export function planTick(file: string, text: string, which: string): Plan<{ task: RawTask }> {
  const laid = layout(file, text);
  if (!laid.ok) return laid;
  const lay = laid.layout;
  const open = lay.tasks.filter((t) => !t.task.done);
  const list = open.map((t, i) => `${i + 1}. ${t.task.text} (line ${t.task.pos.line})`);
  if (open.length === 0) return refuse("not-found", `${file} has no open tasks`);

  const wanted = which.trim();
  let chosen: (typeof open)[number] | undefined;
  if (/^\d+$/.test(wanted)) {
    chosen = open[Number(wanted) - 1];
    if (!chosen) return refuse("not-found", `there is no open task ${wanted} in ${file}; the open tasks are:`, list);
  } else {
    const needle = wanted.toLowerCase();
    const exact = open.filter((t) => t.task.text.toLowerCase() === needle);
    const partial = open.filter((t) => t.task.text.toLowerCase().includes(needle));
    const matches = exact.length > 0 ? exact : partial;
    if (matches.length === 0)
      return refuse("not-found", `no open task in ${file} matches '${wanted}'; the open tasks are:`, list);
    if (matches.length > 1) {
      return refuse(
        "ambiguous",
        `'${wanted}' matches ${matches.length} open tasks in ${file}; give the number:`,
        matches.map((t) => list[open.indexOf(t)]!),
      );
    }
    chosen = matches[0]!;
  }

  const start = lineStartOf(text, chosen.at);
  const box = OPEN_BOX.exec(text.slice(start, chosen.at));
  if (!box)
    return refuse("unsafe", `cannot find the checkbox of '${chosen.task.text}' on line ${chosen.task.pos.line}`);
  const edit = { offset: start + box.index + 1, remove: 1, insert: doneMark(lay) };
  return verify(file, lay, edit, chosen);
}

/** `X` only when the file marks done tasks that way and never with `x`. */
function doneMark(lay: Layout): string {
  let upper = false;
  for (const t of lay.tasks) {
    if (!t.task.done) continue;
    const mark = DONE_BOX.exec(lay.text.slice(lineStartOf(lay.text, t.at), t.at))?.[1];
    if (mark === "x") return "x";
    if (mark === "X") upper = true;
  }
  return upper ? "X" : "x";
}

function verify(
  file: string,
  before: Layout,
  edit: { offset: number; remove: number; insert: string },
  chosen: Layout["tasks"][number],
): Plan<{ task: RawTask }> {
  const text = before.text.slice(0, edit.offset) + edit.insert + before.text.slice(edit.offset + edit.remove);
  const after = layout(file, text);
  const now = after.ok ? after.layout.tasks : [];
  const ticked = now.find((t) => t.at === chosen.at);
  const same =
    now.length === before.tasks.length &&
    now.every((t, i) => t === ticked || t.task.done === before.tasks[i]!.task.done);
  if (!ticked?.task.done || !same || !after.ok || after.layout.entries.length !== before.entries.length) {
    return refuse(
      "unsafe",
      `${file}: ticking '${chosen.task.text}' would not read back as done; tick it in your editor`,
    );
  }
  return { ok: true, edit, line: chosen.task.pos.line, task: chosen.task };
}
