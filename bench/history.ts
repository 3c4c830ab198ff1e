/**
 * Benchmark: reading the history of a 10 000-file journal with several commits per file.
 *
 *   npx node bench/history.ts [--files 10000] [--runs 5] [--keep DIR] [--load] [--sample 50]
 *
 * With --keep, the repository is built in DIR (or reused when DIR already holds one) and kept;
 * --load also times loadJournal with and without history (slow: it parses every file).
 *
 * Builds the repository with `git fast-import` (thousands of commits in seconds), then compares
 * medians of: one bare `git log --name-status` pass (the floor), `readHistory` (the same pass with
 * Rapport's format, trailers and rename following, parsed and mapped), and the per-file approach
 * (`git log --follow -- <file>`, one process per file) on a sample of 50 files, extrapolated
 * (three runs: it takes minutes).
 */
import { spawn } from "node:child_process";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { readHistory } from "../src/git/history.ts";
import { LOG_ARGS } from "../src/git/log.ts";
import { git } from "../src/git/run.ts";
import { loadJournal } from "../src/journal/load.ts";
import { generateFiles } from "./generate.ts";

const { values } = parseArgs({
  options: {
    files: { type: "string", default: "10000" },
    runs: { type: "string", default: "5" },
    keep: { type: "string" },
    load: { type: "boolean" },
    sample: { type: "string", default: "50" },
  },
});
const FILES = Number(values.files);
const RUNS = Math.max(3, Number(values.runs));
/** Files timed with one git process each; 0 skips that part. */
const SAMPLE = Number(values.sample);
/** Files per commit after the first import: a person commits a few files at a time. */
const PER_COMMIT = 8;
const ROUNDS = 3;

/** Visits 0 … n-1 in a scattered but fixed order (a stride coprime with n), so every run builds the same history. */
function scattered(n: number, offset: number): number[] {
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  let step = Math.max(1, Math.floor(n * 0.618));
  while (gcd(step, n) !== 1) step++;
  return Array.from({ length: n }, (_, i) => (i * step + offset) % n);
}

interface Built {
  readonly commits: number;
  readonly changes: number;
  readonly renames: number;
  readonly files: readonly string[];
}

/** Writes the whole history as one fast-import stream: an initial import in batches, then rounds of small edits, some renames and trailers. */
async function build(dir: string): Promise<Built> {
  const generated = generateFiles({
    contacts: Math.round(FILES * 0.9),
    events: FILES - Math.round(FILES * 0.9),
    seed: 7,
  });
  const content = new Map(generated.files);
  let paths = [...content.keys()];
  const chunks: string[] = [];
  let mark = 0;
  let time = Date.UTC(2024, 0, 1) / 1000;
  let changes = 0;
  let renames = 0;
  const data = (text: string) => `data ${Buffer.byteLength(text)}\n${text}\n`;
  const commit = (message: string, ops: string[]) => {
    mark++;
    time += 3600 * (1 + (mark % 10));
    const who = `Alex Berger <alex@example.org> ${time} +0100`;
    chunks.push(`commit refs/heads/main\nmark :${mark}\nauthor ${who}\ncommitter ${who}\n${data(message)}`);
    if (mark > 1) chunks.push(`from :${mark - 1}\n`);
    chunks.push(...ops, "\n");
  };
  const modify = (file: string) => {
    changes++;
    return `M 100644 inline ${file}\n${data(content.get(file)!)}`;
  };

  for (let i = 0; i < paths.length; i += 500) commit(`import ${i}`, paths.slice(i, i + 500).map(modify));
  for (let round = 1; round <= ROUNDS; round++) {
    const order = scattered(paths.length, round * 101).map((i) => paths[i]!);
    for (let i = 0; i < order.length; i += PER_COMMIT) {
      const ops: string[] = [];
      const touched: string[] = [];
      for (const file of order.slice(i, i + PER_COMMIT)) {
        let current = file;
        // One file in a hundred is renamed along the way (a contact renamed after marriage, an event re-dated).
        if (round === 2 && changes % 100 === 0 && current.startsWith("contacts/")) {
          const renamed = current.replace(/\.md$/, "-renamed.md");
          ops.push(`R ${current} ${renamed}\n`);
          content.set(renamed, content.get(current)!);
          content.delete(current);
          paths = paths.map((p) => (p === current ? renamed : p));
          current = renamed;
          renames++;
        }
        content.set(current, `${content.get(current)!}- 2026-0${round}-1${round} call: round ${round}\n`);
        ops.push(modify(current));
        touched.push(path.basename(current, ".md"));
      }
      const trailer = mark % 5 === 0 ? `\n\nTouch: ${touched[0]}` : "";
      commit(`log round ${round}${trailer}`, ops);
    }
  }
  await pipe(dir, ["fast-import", "--quiet"], chunks.join(""));
  await git(dir, ["checkout", "-q", "-f", "main"]);
  return { commits: mark, changes, renames, files: paths.sort() };
}

function pipe(dir: string, args: string[], input: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn("git", ["-C", dir, ...args], { stdio: ["pipe", "ignore", "inherit"] });
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`git ${args[0]} exited with ${code}`))));
    child.stdin.end(input);
  });
}

/** CPU time (user + system, ms) of one git run, output discarded, as the shell's `times` reports it for its children. */
function gitCpu(dir: string, args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn("bash", ["-c", 'git -C "$0" "$@" > /dev/null; times', dir, ...args], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.on("close", () => {
      // Second line: the children's user and system time, e.g. `0m2.345s 0m0.210s`.
      const m = /(\d+)m([\d.]+)s (\d+)m([\d.]+)s\s*$/.exec(out.trim());
      if (!m) reject(new Error(`cannot read 'times': ${out}`));
      else resolve((Number(m[1]) * 60 + Number(m[2]) + Number(m[3]) * 60 + Number(m[4])) * 1000);
    });
  });
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

function summary(runs: number[]): { median: number; runs: number[] } {
  const sorted = [...runs].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)]!, runs };
}

async function median(fn: () => Promise<unknown>): Promise<{ median: number; runs: number[] }> {
  await fn(); // warm the page cache and git's object cache
  const runs: number[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await time(fn));
  return summary(runs);
}

const ms = (n: number) => `${Math.round(n).toLocaleString("en")} ms`;
const fmt = (r: { median: number; runs: number[] }) =>
  `median ${ms(r.median)} (runs: ${r.runs.map((n) => Math.round(n)).join(", ")})`;

const dir = values.keep ? path.resolve(values.keep) : await mkdtemp(path.join(tmpdir(), "rapport-bench-history-"));
try {
  const reuse = values.keep !== undefined && (await git(dir, ["rev-parse", "-q", "--verify", "HEAD"])).code === 0;
  if (reuse) console.log(`repository: reusing ${dir}`);
  else {
    await mkdir(dir, { recursive: true });
    await git(dir, ["init", "-q", "-b", "main"]);
    const buildTime = performance.now();
    const built = await build(dir);
    console.log(
      `repository: ${built.files.length.toLocaleString("en")} files, ${built.commits.toLocaleString("en")} commits, ` +
        `${built.changes.toLocaleString("en")} file changes, ${built.renames} renames (built in ${ms(performance.now() - buildTime)})`,
    );
  }
  const journal = await loadJournal(dir);

  // Alternating the two passes run by run keeps a busy machine's noise out of their ratio. CPU time
  // (git's, from the shell's `times`, plus this process's own for reading and parsing) hardly
  // depends on what else the machine is doing, so it is reported beside the wall-clock time.
  let revisions = 0;
  const wall = { bare: [] as number[], ours: [] as number[] };
  const cpu = { bare: [] as number[], ours: [] as number[] };
  const readOurs = async () => {
    const history = await readHistory(dir, journal.files, journal.contacts);
    revisions = [...history.revisions.values()].reduce((n, r) => n + r.length, 0);
  };
  await git(dir, ["log", "--name-status"]);
  await readOurs();
  for (let i = 0; i < RUNS; i++) {
    wall.bare.push(await time(() => git(dir, ["log", "--name-status"])));
    wall.ours.push(await time(readOurs));
    // Both sides pay for reading git's output in this process, so both count it.
    const reading = process.cpuUsage();
    await git(dir, ["log", "--name-status"]);
    const read = process.cpuUsage(reading);
    cpu.bare.push((read.user + read.system) / 1000 + (await gitCpu(dir, ["log", "--name-status"])));
    const before = process.cpuUsage();
    await readOurs();
    const own = process.cpuUsage(before);
    const children =
      (await gitCpu(dir, [...LOG_ARGS, "HEAD", "--"])) +
      (await gitCpu(dir, ["rev-parse", "--is-shallow-repository", "--verify", "-q", "HEAD^{commit}"]));
    cpu.ours.push((own.user + own.system) / 1000 + children);
  }
  const ratio = (a: number[], b: number[]) => summary(a.map((x, i) => x / b[i]!));
  console.log(`bare git log --name-status:  wall ${fmt(summary(wall.bare))}; cpu ${fmt(summary(cpu.bare))}`);
  console.log(
    `readHistory:                 wall ${fmt(summary(wall.ours))}; cpu ${fmt(summary(cpu.ours))}; ${revisions.toLocaleString("en")} revisions`,
  );
  const wr = ratio(wall.ours, wall.bare);
  const cr = ratio(cpu.ours, cpu.bare);
  console.log(
    `readHistory / bare pass:     wall median ${wr.median.toFixed(2)}× (runs: ${wr.runs.map((r) => r.toFixed(2)).join(", ")})`,
  );
  console.log(
    `                             cpu median ${cr.median.toFixed(2)}× (runs: ${cr.runs.map((r) => r.toFixed(2)).join(", ")})`,
  );

  if (SAMPLE > 0) {
    const sample = Array.from(
      { length: SAMPLE },
      (_, i) => journal.files[Math.floor((i * journal.files.length) / SAMPLE)]!,
    );
    const perFileRuns: number[] = [];
    for (let i = 0; i < 3; i++) {
      perFileRuns.push(
        await time(async () => {
          for (const file of sample) await git(dir, ["log", "--follow", "--format=%H%x00%aI%x00%an%x00%s", "--", file]);
        }),
      );
    }
    const perFile = summary(perFileRuns);
    const extrapolated = (perFile.median / SAMPLE) * journal.files.length;
    console.log(
      `per-file git log --follow:   ${fmt(perFile)} for ${SAMPLE} files → ${(extrapolated / 1000).toFixed(0)} s extrapolated to ${journal.files.length.toLocaleString("en")} files (${(extrapolated / summary(wall.ours).median).toFixed(0)}× readHistory)`,
    );
  }

  if (values.load) {
    const load = await median(() => loadJournal(dir));
    const loadWith = await median(() => loadJournal(dir, { history: true }));
    console.log(`loadJournal:                 ${fmt(load)}`);
    console.log(`loadJournal with history:    ${fmt(loadWith)} (the log runs while the files are read)`);
  }
} finally {
  if (!values.keep) await rm(dir, { recursive: true, force: true });
}
