/**
 * One measurement of `npm run bench`, in a process of its own so that every run starts from a
 * cold heap and its peak memory is its own. Prints one line of JSON: the time of the measured
 * step (modules are loaded before the clock starts) and the process's peak resident memory.
 *
 *   npx node bench/perf-child.ts floor <journal>
 *   npx node bench/perf-child.ts load <journal> <threads> <cache: on|off>
 *   npx node bench/perf-child.ts profile <journal>
 */
import { readdirSync, readFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import path from "node:path";
import matter from "gray-matter";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { loadJournal, loadWithStats } from "../src/journal/load.ts";
// The loader imports these when it first parses; here they are loaded before the clock starts, as
// every module the measured step uses.
import "../src/journal/from-parsed.ts";
import "../src/workers/pool.ts";

const [mode, dir, threads, cache] = process.argv.slice(2);
if (!mode || !dir) throw new Error("usage: perf-child.ts floor|load|profile <journal> [threads] [on|off]");

/**
 * The floor: what any loader of such a journal must do at least, on one thread. Every Markdown
 * file is read and decoded, split by gray-matter (which also parses the YAML, with js-yaml) and
 * its body parsed by remark-parse (CommonMark). What gray-matter returns is kept, the Markdown
 * tree is not: a loader keeps what it read, not its syntax trees.
 */
function floor(): number {
  const processor = unified().use(remarkParse);
  const kept: unknown[] = [];
  let nodes = 0;
  for (const folder of ["contacts", "events"]) {
    for (const name of readdirSync(path.join(dir!, folder))) {
      const text = readFileSync(path.join(dir!, folder, name), "utf8");
      const file = matter(text, {});
      nodes += processor.parse(file.content).children.length;
      kept.push(file);
    }
  }
  return kept.length + nodes;
}

/** As `loadJournal` does, so that the threads it used can be reported too. */
async function load(): Promise<{ files: number; threads: number; snapshot: boolean }> {
  const { journal, stats } = await loadWithStats(dir!, { threads: Number(threads), cache: cache === "on" });
  return { files: journal.files.length, threads: stats.threads, snapshot: stats.snapshot === true };
}

/** The cold one-thread load under the sampling profiler: the profile goes to stdout's JSON. */
async function profile(): Promise<unknown> {
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval: 200 });
  await session.post("Profiler.start");
  await loadJournal(dir!, { threads: 1, cache: false });
  const { profile } = await session.post("Profiler.stop");
  return profile;
}

// Warm the file system's cache, so that every measurement reads from memory alike.
for (const folder of ["contacts", "events"])
  for (const name of readdirSync(path.join(dir, folder))) readFileSync(path.join(dir, folder, name));

const start = performance.now();
const cpuStart = process.cpuUsage();
const result = mode === "floor" ? floor() : mode === "load" ? await load() : await profile();
const ms = performance.now() - start;
const cpu = process.cpuUsage(cpuStart);
const cpuMs = (cpu.user + cpu.system) / 1000;
const { maxRSS } = process.resourceUsage();
console.log(JSON.stringify(mode === "profile" ? { ms, profile: result } : { ms, cpuMs, maxRSSKb: maxRSS, result }));
