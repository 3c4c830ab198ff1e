/**
 * Times the follow-up schedule on a generated journal of 10 000 contacts and 1 000 events: the
 * journal is generated and loaded once, then `buildSchedule` runs several times and the median is
 * printed (the goal is well under a second). The calendar feed of the same schedule is timed too.
 *
 *   npx node bench/schedule.ts [contacts] [events] [runs]
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { writeJournal } from "./generate.ts";
import { loadJournal } from "../src/journal/load.ts";
import { buildSchedule } from "../src/schedule/build.ts";
import { scheduleCalendar } from "../src/schedule/calendar.ts";
import type { Schedule } from "../src/schedule/types.ts";

const [contacts = 10_000, events = 1_000, runs = 7] = process.argv.slice(2).map(Number);
const today = "2026-11-24";

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

const dir = await mkdtemp(path.join(tmpdir(), "rapport-bench-schedule-"));
try {
  await writeJournal(dir, { contacts, events, seed: 42, today });
  const t = performance.now();
  const journal = await loadJournal(dir);
  console.log(
    `${contacts} contacts, ${events} events, ${journal.entries.length} entries: loaded in ${Math.round(performance.now() - t)} ms (not counted)`,
  );

  const build: number[] = [];
  const ics: number[] = [];
  let schedule: Schedule | undefined;
  for (let run = 0; run < runs; run++) {
    let start = performance.now();
    schedule = buildSchedule(journal, { today });
    build.push(performance.now() - start);
    start = performance.now();
    scheduleCalendar(schedule, { locale: journal.settings.locale, owner: journal.settings.owner });
    ics.push(performance.now() - start);
  }
  const items = schedule!.items;
  const byKind = new Map<string, number>();
  for (const i of items) byKind.set(i.kind, (byKind.get(i.kind) ?? 0) + 1);
  const last = items.at(-1)?.due ?? today;
  console.log(
    `schedule: ${items.length} items (${[...byKind].map(([k, n]) => `${n} ${k}`).join(", ")}), ` +
      `${items.filter((i) => i.moved === "capacity").length} moved for capacity, last day ${last}`,
  );
  console.log(`\nmedian of ${runs} runs`);
  // The fastest run is what the code costs when nothing else competes for the machine.
  console.log(
    `buildSchedule      ${median(build).toFixed(0).padStart(6)} ms  (fastest ${Math.min(...build).toFixed(0)} ms; runs: ${build.map((x) => x.toFixed(0)).join(", ")})`,
  );
  console.log(`scheduleCalendar   ${median(ics).toFixed(0).padStart(6)} ms`);
} finally {
  await rm(dir, { recursive: true, force: true });
}
