/**
 * `npm run bench`: Rapport against measured floors, at 1 000 and 10 000 contacts (10% as many
 * events, about 10 entries per contact, Unicode names, some CRLF files), each figure measured side
 * by side with its floor in the same run, in alternation, as the median of several runs. Prints one
 * table and writes it, with the machine's core count and Node version, into docs/performance.md
 * (between the bench markers; --no-write only prints).
 *
 *   npm run bench [-- --runs 3] [--sizes 1000,10000] [--site 2000] [--no-site] [--no-history] [--no-write]
 *
 * Every load runs in a fresh process (bench/perf-child.ts), so each starts from a cold heap and
 * its peak memory is its own. Other work on the machine shows as noise: the runs are printed.
 */
import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { availableParallelism, cpus, tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { writeJournal } from "./generate.ts";
import { stepsOf, type Step } from "./profile-steps.ts";
import { measureWatch } from "./watch.ts";
import { writeSiteFloor } from "./site-floor.ts";

const ROOT = path.resolve(import.meta.dirname, "..");
const TODAY = "2026-11-24";
const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "3" },
    sizes: { type: "string", default: "1000,10000" },
    site: { type: "string", default: "2000" },
    "no-site": { type: "boolean" },
    "no-history": { type: "boolean" },
    "no-write": { type: "boolean" },
  },
});
const RUNS = Math.max(1, Number(values.runs));
/** The site floor's own rounds vary by a quarter and more on a shared machine: five steady its median. */
const SITE_RUNS = Math.max(RUNS, 5);
const SIZES = values.sizes.split(",").map(Number);
const CORES = availableParallelism();

interface Row {
  readonly figure: string;
  readonly size: string;
  readonly value: string;
  readonly floor: string;
  readonly ratio: string;
  readonly goal: string;
  readonly met: string;
}
const rows: Row[] = [];
const notes: string[] = [];

// --- helpers ------------------------------------------------------------------------------------

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

const ms = (n: number) => (n >= 10_000 ? `${(n / 1000).toFixed(1)} s` : `${Math.round(n).toLocaleString("en")} ms`);
const mb = (kb: number) => `${Math.round(kb / 1024)} MB`;
const times = (xs: readonly number[]) => xs.map((x) => Math.round(x)).join(", ");

/** The environment for child processes: never vitest's (under it, Astro's build never exits). */
function childEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1", ASTRO_TELEMETRY_DISABLED: "1" };
  for (const key of Object.keys(env)) if (key.startsWith("VITEST") || key === "NODE_ENV") delete env[key];
  return env;
}

async function exec(args: string[], cwd = ROOT): Promise<{ stdout: string; stderr: string; ms: number }> {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(args[0]!, args.slice(1), { cwd, env: childEnv(), stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      const elapsed = performance.now() - start;
      if (code === 0) resolve({ stdout, stderr, ms: elapsed });
      else reject(new Error(`${args.join(" ")} exited with ${code}: ${stderr.slice(-2000)}`));
    });
  });
}

interface Measured {
  readonly ms: number;
  readonly maxRSSKb: number;
  readonly result: unknown;
}

async function child(...args: string[]): Promise<Measured> {
  const { stdout } = await exec([process.execPath, path.join(ROOT, "bench/perf-child.ts"), ...args]);
  return JSON.parse(stdout.trim().split("\n").at(-1)!) as Measured;
}

function row(
  figure: string,
  size: string,
  value: string,
  floor: string,
  ratio: number | undefined,
  goal: string,
  ok?: boolean,
) {
  rows.push({
    figure,
    size,
    value,
    floor,
    ratio: ratio === undefined ? "—" : `${ratio.toFixed(ratio < 0.1 ? 3 : 2)}×`,
    goal,
    met: ok === undefined ? "—" : ok ? "yes" : "**no**",
  });
  console.log(`  ${figure} (${size}): ${value} | floor ${floor} | ${rows.at(-1)!.ratio} | goal ${goal}`);
}

function log(text: string) {
  console.log(text);
}

async function generated(contacts: number): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), `rapport-bench-${contacts}-`));
  await writeJournal(dir, { contacts, events: Math.round(contacts / 10), seed: 42, today: TODAY });
  // As a journal in a repository would: the cache folder is git-ignored, so the cache lives there.
  await writeFile(path.join(dir, ".gitignore"), ".rapport-cache/\n");
  return dir;
}

const dropCache = (dir: string) => rm(path.join(dir, ".rapport-cache"), { recursive: true, force: true });
const sizeLabel = (n: number) => `${n.toLocaleString("en")} contacts`;

// --- how many cores this process really gets -------------------------------------------------------

/**
 * Other work on the machine takes cores too: threads spinning for the same time, one against one
 * per core, show how much parallel work the machine gives right now (2.0 on two idle cores).
 */
async function effectiveCores(): Promise<number> {
  const { Worker } = await import("node:worker_threads");
  const spin =
    "const s = Date.now(); let n = 0; while (Date.now() - s < 2000) n++; " +
    'require("node:worker_threads").parentPort.postMessage(n);';
  const work = async (threads: number) => {
    const counts = await Promise.all(
      Array.from(
        { length: threads },
        () =>
          new Promise<number>((resolve) => {
            const worker = new Worker(spin, { eval: true });
            worker.once("message", (n: number) => {
              resolve(n);
              void worker.terminate();
            });
          }),
      ),
    );
    return counts.reduce((a, b) => a + b, 0);
  };
  const one = await work(1);
  const all = await work(CORES);
  return all / one;
}

// --- loads ----------------------------------------------------------------------------------------

async function loads(contacts: number, dir: string): Promise<{ warm: number }> {
  log(`\n${sizeLabel(contacts)}: cold and warm loads against the floor, ${RUNS} rounds`);
  const m = { floor: [] as Measured[], cold1: [] as Measured[], coldN: [] as Measured[], warm: [] as Measured[] };
  for (let run = 0; run < RUNS; run++) {
    m.floor.push(await child("floor", dir));
    await dropCache(dir);
    m.cold1.push(await child("load", dir, "1", "on"));
    // Not measured: the load after a cold one takes every file from the parse cache and writes the
    // snapshot that warm loads read (a cold load leaves it to the next, src/journal/load.ts).
    await child("load", dir, "1", "on");
    m.warm.push(await child("load", dir, String(CORES), "on"));
    await dropCache(dir);
    m.coldN.push(await child("load", dir, String(CORES), "on"));
    log(
      `  round ${run + 1}: floor ${ms(m.floor[run]!.ms)}, cold 1 thread ${ms(m.cold1[run]!.ms)}, ` +
        `cold ${CORES} threads ${ms(m.coldN[run]!.ms)}, warm ${ms(m.warm[run]!.ms)}`,
    );
  }
  const t = (list: Measured[]) => median(list.map((x) => x.ms));
  const ratio = (list: Measured[]) => median(list.map((x, i) => x.ms / m.floor[i]!.ms));
  const floor = t(m.floor);
  const size = sizeLabel(contacts);
  const floorText = `${ms(floor)} (${times(m.floor.map((x) => x.ms))})`;
  const cold1 = ratio(m.cold1);
  row(
    "cold load, one thread",
    size,
    `${ms(t(m.cold1))} (${times(m.cold1.map((x) => x.ms))})`,
    floorText,
    cold1,
    "≤ 1.15×",
    cold1 <= 1.15,
  );
  const coldN = ratio(m.coldN);
  const used = Math.max(...m.coldN.map((x) => (x.result as { threads: number }).threads));
  const how = used > 1 ? "" : "; workers not started: the parsing is too short";
  row(
    `cold load, ${CORES} threads`,
    size,
    `${ms(t(m.coldN))} (${times(m.coldN.map((x) => x.ms))}${how})`,
    floorText,
    coldN,
    "≤ 0.7×",
    coldN <= 0.7,
  );
  const warm = ratio(m.warm);
  row(
    "warm load (cache, nothing changed)",
    size,
    `${ms(t(m.warm))} (${times(m.warm.map((x) => x.ms))})`,
    floorText,
    warm,
    "≤ 0.05×",
    warm <= 0.05,
  );
  const rss = (list: Measured[]) => median(list.map((x) => x.maxRSSKb));
  const mem = median(m.cold1.map((x, i) => x.maxRSSKb / m.floor[i]!.maxRSSKb));
  row("peak memory, cold load, one thread", size, mb(rss(m.cold1)), mb(rss(m.floor)), mem, "≤ 2×", mem <= 2);
  const memN = median(m.coldN.map((x, i) => x.maxRSSKb / m.floor[i]!.maxRSSKb));
  row(`peak memory, cold load, ${CORES} threads`, size, mb(rss(m.coldN)), mb(rss(m.floor)), memN, "≤ 2×", memN <= 2);
  return { warm: t(m.warm) };
}

// --- where the cold parse spends its time ------------------------------------------------------

let profileSteps: readonly Step[] = [];

async function profileColdLoad(dir: string): Promise<void> {
  log("\nprofile of a cold one-thread load (sampling profiler)");
  const { stdout } = await exec([process.execPath, path.join(ROOT, "bench/perf-child.ts"), "profile", dir]);
  const { profile } = JSON.parse(stdout.trim().split("\n").at(-1)!) as { profile: Parameters<typeof stepsOf>[0] };
  profileSteps = stepsOf(profile);
  for (const s of profileSteps)
    log(`  ${s.step.padEnd(44)} ${ms(s.ms).padStart(9)} ${s.share.toFixed(1).padStart(5)}%`);
}

// --- watch mode -----------------------------------------------------------------------------------

async function watchUpdates(contacts: number, dir: string): Promise<void> {
  log(`\n${sizeLabel(contacts)}: one changed file in watch mode`);
  // What `rapport watch` does (bench/watch.ts): the session's model, then the live schedule and
  // network; the full computation of both runs beside it on the same models, for comparison.
  const t = await measureWatch(dir, Math.max(5, RUNS * 2));
  const total = median(t.total);
  row(
    "one file changed in watch mode → model, schedule and graph",
    sizeLabel(contacts),
    `${ms(total)} (model ${ms(median(t.model))}, schedule ${ms(median(t.schedule))}, graph ${ms(median(t.graph))})`,
    "—",
    undefined,
    "≤ 100 ms",
    total <= 100,
  );
  notes.push(
    `Watch mode at ${sizeLabel(contacts)}: runs ${times(t.total)} ms; the debounce (75 ms) comes before this. ` +
      `Computed whole on the same models, schedule and graph take ${ms(median(t.fullSchedule))} and ${ms(median(t.fullGraph))}. ` +
      `When the changed file's name changes, every reference is resolved again and both are computed whole: ${ms(t.renamed)}.`,
  );
}

// --- rapport today as a process -------------------------------------------------------------------

async function todayProcess(contacts: number, dir: string, warmLoad: number): Promise<void> {
  log(`\n${sizeLabel(contacts)}: rapport today as a whole process, warm`);
  const bin = path.join(ROOT, "bin/rapport.js");
  await exec([process.execPath, bin, "today", "--dir", dir, "--today", TODAY]);
  const today: number[] = [];
  const empty: number[] = [];
  for (let run = 0; run < Math.max(5, RUNS); run++) {
    empty.push((await exec([process.execPath, "-e", "0"])).ms);
    today.push((await exec([process.execPath, bin, "today", "--dir", dir, "--today", TODAY])).ms);
  }
  const t = median(today);
  const floor = median(empty);
  row(
    "`rapport today`, whole process, warm",
    sizeLabel(contacts),
    `${ms(t)} (${times(today)})`,
    `\`node -e 0\` ${ms(floor)}; warm load ${ms(warmLoad)}`,
    t / floor,
    "reported",
  );
}

// --- git history ----------------------------------------------------------------------------------

async function history(files: number): Promise<void> {
  log(`\ngit history of a ${files.toLocaleString("en")}-file journal (bench/history.ts)`);
  const { stdout } = await exec([
    process.execPath,
    path.join(ROOT, "bench/history.ts"),
    "--files",
    String(files),
    "--runs",
    String(Math.max(5, RUNS)),
    "--sample",
    "0",
  ]);
  log(stdout.replace(/^/gm, "  ").trimEnd());
  const bare = /bare git log --name-status:\s+wall median ([\d,]+) ms/.exec(stdout);
  const ours = /readHistory:\s+wall median ([\d,]+) ms/.exec(stdout);
  const ratio = /readHistory \/ bare pass:\s+wall median ([\d.]+)×/.exec(stdout);
  const repo = /repository: (.*?) \(built/.exec(stdout)?.[1] ?? `${files} files`;
  if (!bare || !ours || !ratio) {
    notes.push("bench/history.ts printed something this script does not read: see its output above.");
    return;
  }
  const r = Number(ratio[1]);
  row(
    "git history (readHistory)",
    repo,
    `${ours[1]} ms`,
    `bare \`git log --name-status\` ${bare[1]} ms`,
    r,
    "≤ 1.2×",
    r <= 1.2,
  );
}

// --- the site -------------------------------------------------------------------------------------

async function site(contacts: number): Promise<void> {
  log(`\n${sizeLabel(contacts)}: site build against an Astro page per contact showing only the name`);
  const journal = await generated(contacts);
  const work = await mkdtemp(path.join(tmpdir(), "rapport-bench-site-"));
  try {
    const floorDir = path.join(work, "floor");
    const floorPages = await writeSiteFloor(floorDir, journal, path.join(ROOT, "node_modules"));
    const astro = path.join(ROOT, "node_modules/astro/bin/astro.mjs");
    const bin = path.join(ROOT, "bin/rapport.js");
    const ours: number[] = [];
    const floor: number[] = [];
    // Where a build's time goes, per page: Astro's render and write (search indexed meanwhile), the
    // rest of the search index, and the process around them (start, journal load, history).
    const parts = { pages: [] as number[], search: [] as number[], copy: [] as number[], around: [] as number[] };
    let pages = 0;
    for (let run = 0; run < SITE_RUNS; run++) {
      floor.push((await exec([process.execPath, astro, "build", "--silent"], floorDir)).ms / floorPages);
      const out = path.join(work, `site-${run}`);
      const built = await exec([process.execPath, bin, "build", "--dir", journal, "--out", out, "--today", TODAY]);
      const said =
        /built (\d+) pages .* \(pages ([\d.]+) s, search index ([\d.]+) s(?:, copied into place ([\d.]+) s)?\)/.exec(
          built.stdout,
        );
      if (!said) throw new Error(`rapport build printed something this script does not read:\n${built.stdout}`);
      pages = Number(said[1]);
      ours.push(built.ms / pages);
      parts.pages.push((Number(said[2]) * 1000) / pages);
      parts.search.push((Number(said[3]) * 1000) / pages);
      // Only where the output folder is on another file system than Rapport (src/site/out-folder.ts).
      parts.copy.push((Number(said[4] ?? 0) * 1000) / pages);
      parts.around.push(ours[run]! - parts.pages[run]! - parts.search[run]! - parts.copy[run]!);
      await rm(out, { recursive: true, force: true });
      log(
        `  round ${run + 1}: floor ${floor[run]!.toFixed(1)} ms/page, rapport build ${ours[run]!.toFixed(1)} ms/page (${pages} pages: ` +
          `Astro ${parts.pages[run]!.toFixed(1)}, search index ${parts.search[run]!.toFixed(1)}, ` +
          (parts.copy[run] ? `copy ${parts.copy[run]!.toFixed(1)}, ` : "") +
          `start and load ${parts.around[run]!.toFixed(1)})`,
      );
    }
    const r = median(ours.map((x, i) => x / floor[i]!));
    const perPage = (list: number[]) => `${median(list).toFixed(1)}`;
    row(
      "site build, time per page",
      `${sizeLabel(contacts)}, ${pages.toLocaleString("en")} pages`,
      `${median(ours).toFixed(1)} ms/page (Astro's pages ${perPage(parts.pages)}, rest of the search index ` +
        `${perPage(parts.search)}, ` +
        (parts.copy.some((ms) => ms > 0) ? `copy into place ${perPage(parts.copy)}, ` : "") +
        `process start and journal load ${perPage(parts.around)})`,
      `${median(floor).toFixed(1)} ms/page (${floorPages.toLocaleString("en")} pages)`,
      r,
      "≤ 1.5×",
      r <= 1.5,
    );
  } finally {
    await rm(work, { recursive: true, force: true });
    await rm(journal, { recursive: true, force: true });
  }
}

// --- the table ------------------------------------------------------------------------------------

function table(): string {
  const head =
    "| figure | journal | measured (runs) | floor (runs) | ratio | goal | met |\n|---|---|---|---|---|---|---|";
  const lines = rows.map(
    (r) => `| ${r.figure} | ${r.size} | ${r.value} | ${r.floor} | ${r.ratio} | ${r.goal} | ${r.met} |`,
  );
  const cpu = cpus()[0]?.model ?? "unknown CPU";
  const machine = `${CORES} cores (${cpu}), Node ${process.version}, ${new Date().toISOString().slice(0, 10)}; medians of ${RUNS} runs (the site build: ${SITE_RUNS}).`;
  const steps = profileSteps.length
    ? [
        "",
        `Where a cold one-thread load of ${sizeLabel(Math.max(...SIZES))} spends its time (sampling profiler, inclusive):`,
        "",
        "| step | time | share |",
        "|---|---|---|",
        ...profileSteps.map((s) => `| ${s.step} | ${ms(s.ms)} | ${s.share.toFixed(1)}% |`),
      ]
    : [];
  return [machine, "", head, ...lines, ...steps, "", ...notes.map((n) => `- ${n}`)].join("\n");
}

async function writeDocs(text: string): Promise<void> {
  const file = path.join(ROOT, "docs/performance.md");
  const start = "<!-- bench:start -->";
  const end = "<!-- bench:end -->";
  const doc = await readFile(file, "utf8").catch(() => `# Performance\n\n${start}\n${end}\n`);
  const a = doc.indexOf(start);
  const b = doc.indexOf(end);
  if (a === -1 || b === -1) throw new Error("docs/performance.md has no bench markers");
  await writeFile(file, `${doc.slice(0, a + start.length)}\n${text}\n${doc.slice(b)}`);
}

// --- main -----------------------------------------------------------------------------------------

log(`rapport bench: ${CORES} cores, Node ${process.version}, sizes ${SIZES.join(", ")}, ${RUNS} runs`);
const journals: string[] = [];
const cores = await effectiveCores();
log(`effective parallelism: ${CORES} busy threads did ${cores.toFixed(2)}× the work of one`);
notes.push(
  `Effective parallelism when the bench started: ${CORES} busy threads did ${cores.toFixed(2)}× the work of one ` +
    `(${CORES.toFixed(2)}× on idle cores); the rest went to other work on the machine.`,
);
try {
  for (const contacts of SIZES) {
    const dir = await generated(contacts);
    journals.push(dir);
    const { warm } = await loads(contacts, dir);
    if (contacts === Math.max(...SIZES)) {
      await profileColdLoad(dir);
      await watchUpdates(contacts, dir);
      await todayProcess(contacts, dir, warm);
    }
  }
  if (!values["no-history"]) await history(Math.max(...SIZES));
  if (!values["no-site"]) await site(Number(values.site));
} finally {
  for (const dir of journals) await rm(dir, { recursive: true, force: true });
}
const text = table();
console.log(`\n${text}`);
if (!values["no-write"]) {
  await writeDocs(text);
  console.log("\nwritten to docs/performance.md");
}
