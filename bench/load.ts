/**
 * The load figures of issue 7, one at a time and quickly, optionally side by side with a baseline
 * checkout (another copy of the project, e.g. `git archive main`) on its own copy of the journal,
 * so the two caches stay apart. Runs alternate between this checkout and the baseline; each prints
 * its runs and median (ms). Every run is a fresh process.
 *
 *   npx node bench/load.ts <journal> [--warm] [--today] [--cold] [--floor] [--runs 5] [--base <checkout> <journal>]
 *
 * --warm   the load with the cache when nothing changed (bench/perf-child.ts load … 1 on)
 * --floor  also the floor (read + gray-matter + remark-parse of every file, one thread), for ratios
 * --today  `rapport today` as a whole process, warm, beside `node -e 0`
 * --cold   the load with an empty cache (as `npm run bench` does: it writes the cache), on one thread and on every core
 */
import { spawn } from "node:child_process";
import { rm } from "node:fs/promises";
import { availableParallelism } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { cacheDirFor } from "../src/cache/location.ts";

const ROOT = path.resolve(import.meta.dirname, "..");
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    warm: { type: "boolean" },
    floor: { type: "boolean" },
    today: { type: "boolean" },
    cold: { type: "boolean" },
    runs: { type: "string", default: "5" },
    base: { type: "string" },
  },
});
const [journal, baseJournal] = positionals;
if (!journal || (values.base && !baseJournal))
  throw new Error(
    "usage: bench/load.ts <journal> [--warm] [--today] [--cold] [--floor] [--runs 5] [--base <checkout> <journal>]",
  );
const RUNS = Math.max(1, Number(values.runs));

interface Side {
  readonly label: string;
  readonly root: string;
  readonly journal: string;
}
const sides: Side[] = [{ label: "this", root: ROOT, journal: path.resolve(journal) }];
if (values.base) sides.push({ label: "base", root: path.resolve(values.base), journal: path.resolve(baseJournal!) });

function run(argv: readonly string[]): Promise<{ ms: number; stdout: string }> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(argv[0]!, argv.slice(1), { stdio: ["ignore", "pipe", "inherit"] });
    let stdout = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0 ? resolve({ ms: performance.now() - start, stdout }) : reject(new Error(`${argv.join(" ")}: ${code}`)),
    );
  });
}

/** The measured step of a perf-child run, as it reports it. */
async function childMs(side: Side, threads: number, cache: "on" | "off"): Promise<number> {
  const child = path.join(side.root, "bench/perf-child.ts");
  const { stdout } = await run([process.execPath, child, "load", side.journal, String(threads), cache]);
  return (JSON.parse(stdout) as { ms: number }).ms;
}

async function floorMs(): Promise<number> {
  const child = path.join(ROOT, "bench/perf-child.ts");
  return (JSON.parse((await run([process.execPath, child, "floor", sides[0]!.journal])).stdout) as { ms: number }).ms;
}

/** A load with the journal's cache emptied first. */
async function coldMs(side: Side, threads: number): Promise<number> {
  const cache = cacheDirFor(side.journal);
  if (cache) await rm(cache, { recursive: true, force: true });
  return childMs(side, threads, "on");
}

const today = (side: Side) =>
  run([
    process.execPath,
    path.join(side.root, "bin/rapport.js"),
    "today",
    "--dir",
    side.journal,
    "--today",
    "2026-11-24",
  ]);

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Runs every measure of a figure in turn, RUNS times, and prints each one's median. */
async function figure(title: string, measures: readonly [string, () => Promise<number>][]): Promise<void> {
  if (values.floor) measures = [...measures, ["floor", floorMs]];
  const times = measures.map(() => [] as number[]);
  for (let r = 0; r < RUNS; r++) for (const [i, [, measure]] of measures.entries()) times[i]!.push(await measure());
  console.log(title);
  const floor = values.floor ? median(times.at(-1)!) : undefined;
  for (const [i, [label]] of measures.entries()) {
    const m = median(times[i]!);
    const ratio = floor ? `  ${(m / floor).toFixed(3)}× floor` : "";
    console.log(
      `  ${label.padEnd(22)} median ${m.toFixed(0).padStart(6)} ms${ratio}   (${times[i]!.map((t) => t.toFixed(0)).join(", ")})`,
    );
  }
}

// Fill each side's cache and snapshot first, so that "warm" means warm.
for (const side of sides) await childMs(side, 1, "on");

if (values.warm)
  await figure(
    "warm load (cache, nothing changed), ms",
    sides.map((s) => [s.label, () => childMs(s, 1, "on")]),
  );
if (values.today)
  await figure("rapport today, whole process, warm, ms", [
    ["node -e 0", async () => (await run([process.execPath, "-e", "0"])).ms],
    ...sides.map((s): [string, () => Promise<number>] => [s.label, async () => (await today(s)).ms]),
  ]);
if (values.cold) {
  const cores = availableParallelism();
  await figure(
    "cold load, one thread, ms",
    sides.map((s) => [s.label, () => coldMs(s, 1)]),
  );
  await figure(
    `cold load, ${cores} threads, ms`,
    sides.map((s) => [s.label, () => coldMs(s, cores)]),
  );
}
