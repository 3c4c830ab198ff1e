/**
 * Watch mode alone: one changed file → model, schedule and graph, as `rapport watch` does it
 * (JournalSession.update, then LiveSchedule and LiveNetwork), alternating with updates that
 * compute the same schedule and graph whole (buildSchedule, analyseNetwork without metrics), the
 * baseline. Prints each stage's runs and medians.
 *
 *     npx node bench/watch.ts                      # 10 000 contacts, 7 updates
 *     npx node bench/watch.ts --contacts 1000 --runs 9
 */
import { appendFile, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { analyseNetwork } from "../src/graph/analyse.ts";
import { agendaOf } from "../src/schedule/agenda.ts";
import { buildSchedule } from "../src/schedule/build.ts";
import { LiveNetwork } from "../src/watch/live-network.ts";
import { LiveSchedule } from "../src/watch/live-schedule.ts";
import { JournalSession } from "../src/watch/session.ts";
import { writeJournal } from "./generate.ts";

const TODAY = "2026-11-24";

export interface WatchTimes {
  readonly model: number[];
  readonly schedule: number[];
  readonly graph: number[];
  readonly total: number[];
  /** The full computation of schedule and graph on the same models. */
  readonly fullSchedule: number[];
  readonly fullGraph: number[];
  /** One update whose file's name changed: every reference resolved again, everything computed whole. */
  readonly renamed: number;
}

/**
 * `runs` updates the live way and `runs` the full way, alternating, of an entry appended to a
 * contact (with a link to another), after one of each that warms the code up; then one name
 * change. Each file is restored afterwards. A full update brings the live parts along untimed.
 */
export async function measureWatch(dir: string, runs: number): Promise<WatchTimes> {
  const session = await JournalSession.open(dir);
  const schedule = new LiveSchedule(session.journal, TODAY);
  const network = new LiveNetwork(session.journal, TODAY);
  const times = {
    model: [] as number[],
    schedule: [] as number[],
    graph: [] as number[],
    total: [] as number[],
    fullSchedule: [] as number[],
    fullGraph: [] as number[],
    renamed: 0,
  };
  const contacts = session.journal.contacts;
  /** What `rapport watch` does for a change, or (`full`) the same model with schedule and graph computed whole. */
  const update = async (file: string, full = false) => {
    const start = performance.now();
    const journal = await session.update([file]);
    const model = performance.now();
    if (full) agendaOf(buildSchedule(journal, { today: TODAY }));
    else agendaOf(schedule.update(journal, TODAY));
    const scheduled = performance.now();
    if (full) analyseNetwork(journal, TODAY, { metrics: false });
    else network.update(journal, TODAY);
    const end = performance.now();
    if (full) {
      schedule.update(journal, TODAY);
      network.update(journal, TODAY);
    }
    return { model: model - start, schedule: scheduled - model, graph: end - scheduled, total: end - start };
  };

  for (let i = 0; i < 2 * (runs + 1); i++) {
    const contact = contacts[Math.floor(((i + 1) * contacts.length) / (2 * runs + 3))]!;
    const file = path.join(dir, contact.file);
    const before = await readFile(file, "utf8");
    await appendFile(file, `- ${TODAY} call: talked about the bench with [[${contacts[i]!.id}]]\n`);
    const full = i % 2 === 1;
    const t = await update(contact.file, full);
    if (i >= 2 && full) {
      times.fullSchedule.push(t.schedule);
      times.fullGraph.push(t.graph);
    } else if (i >= 2) {
      times.model.push(t.model);
      times.schedule.push(t.schedule);
      times.graph.push(t.graph);
      times.total.push(t.total);
    }
    await writeFile(file, before);
    await update(contact.file);
  }

  const renamedFile = contacts[Math.floor(contacts.length / 2)]!.file;
  const before = await readFile(path.join(dir, renamedFile), "utf8");
  await writeFile(path.join(dir, renamedFile), before.replace(/^name: (.*)$/m, "name: $1 Jr."));
  times.renamed = (await update(renamedFile)).total;
  await writeFile(path.join(dir, renamedFile), before);
  await update(renamedFile);
  return times;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: { contacts: { type: "string", default: "10000" }, runs: { type: "string", default: "7" } },
  });
  const count = Number(values.contacts);
  const dir = await mkdtemp(path.join(tmpdir(), "rapport-watch-bench-"));
  try {
    await writeJournal(dir, {
      contacts: count,
      events: Math.round(count / 10),
      entriesPerContact: 10,
      seed: 42,
      today: TODAY,
    });
    const t = await measureWatch(dir, Number(values.runs));
    const line = (name: string, list: readonly number[]) =>
      console.log(
        `${name.padEnd(22)} median ${median(list).toFixed(1).padStart(7)} ms   runs ${list.map((x) => x.toFixed(0)).join(", ")}`,
      );
    console.log(`watch mode, ${count.toLocaleString("en")} contacts, one entry appended per update`);
    line("model", t.model);
    line("schedule (live)", t.schedule);
    line("graph (live)", t.graph);
    line("total", t.total);
    line("schedule (full)", t.fullSchedule);
    line("graph (full)", t.fullGraph);
    console.log(`name changed (computed whole): ${t.renamed.toFixed(0)} ms`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
