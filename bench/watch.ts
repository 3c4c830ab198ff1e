/**
 * Watch mode alone: one changed file → model, schedule and graph, as `rapport watch` does it
 * (JournalSession.update, then LiveSchedule and LiveNetwork), side by side with the full
 * computation of the same schedule and graph (buildSchedule, analyseNetwork without metrics) on
 * the same model, alternating which goes first. Prints each stage's runs and medians.
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
 * `runs` updates of an entry appended to a contact (with a link to another), after one that warms
 * the code up; then one name change. Each file is restored afterwards.
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
  const full = (journal: JournalSession["journal"]) => {
    const start = performance.now();
    agendaOf(buildSchedule(journal, { today: TODAY }));
    const scheduled = performance.now();
    analyseNetwork(journal, TODAY, { metrics: false });
    return { schedule: scheduled - start, graph: performance.now() - scheduled };
  };
  /** What `rapport watch` does for a change; with `beside`, the full computation in the middle. */
  const update = async (file: string, beside?: (journal: JournalSession["journal"]) => void) => {
    const start = performance.now();
    const journal = await session.update([file]);
    const model = performance.now() - start;
    beside?.(journal);
    const live = performance.now();
    agendaOf(schedule.update(journal, TODAY));
    const scheduled = performance.now();
    network.update(journal, TODAY);
    const end = performance.now();
    return { model, schedule: scheduled - live, graph: end - scheduled, total: model + end - live };
  };

  for (let i = 0; i <= runs; i++) {
    const contact = contacts[Math.floor(((i + 1) * contacts.length) / (runs + 2))]!;
    const file = path.join(dir, contact.file);
    const before = await readFile(file, "utf8");
    await appendFile(file, `- ${TODAY} call: talked about the bench with [[${contacts[i]!.id}]]\n`);
    // Alternate which goes first, so neither always meets a warmer or busier machine.
    let whole = { schedule: 0, graph: 0 };
    const measure = (journal: JournalSession["journal"]) => void (whole = full(journal));
    const measured = i % 2 === 0 ? await update(contact.file, measure) : await update(contact.file);
    if (i % 2 === 1) measure(session.journal);
    if (i > 0) {
      times.model.push(measured.model);
      times.schedule.push(measured.schedule);
      times.graph.push(measured.graph);
      times.total.push(measured.total);
      times.fullSchedule.push(whole.schedule);
      times.fullGraph.push(whole.graph);
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
