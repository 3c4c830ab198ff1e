/**
 * Where a process's CPU time goes, by thread: preloaded into any Node command, it reads the kernel's
 * account of every thread and child process (Linux /proc) ten times a second and prints, on exit,
 * user and system time per kind of thread. Threads that end early (the site build's workers,
 * Pagefind's process) keep their last reading, so each total may miss up to 100 ms.
 *
 *   npx node --import ./bench/thread-cpu.ts bin/rapport.js build --dir <journal> --out <folder>
 */
import { readdirSync, readFileSync } from "node:fs";
import { isMainThread } from "node:worker_threads";

interface Seen {
  readonly kind: string;
  readonly user: number;
  readonly system: number;
}

const TICK_MS = 10; // USER_HZ is 100 on Linux

/** user and system time of a /proc stat line, in ms; the name may hold spaces, so read after its ")". */
function times(stat: string): [number, number] {
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return [Number(fields[11]) * TICK_MS, Number(fields[12]) * TICK_MS];
}

function read(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined; // the thread or process ended meanwhile
  }
}

if (isMainThread && process.platform === "linux") {
  const seen = new Map<string, Seen>();
  const started = performance.now();
  const sample = () => {
    for (const tid of readdirSync("/proc/self/task")) {
      const stat = read(`/proc/self/task/${tid}/stat`);
      const name = read(`/proc/self/task/${tid}/comm`)?.trim();
      if (stat && name) {
        const [user, system] = times(stat);
        seen.set(`thread ${tid}`, { kind: name.replace(/[\d-]+$/, "") || name, user, system });
      }
      for (const pid of read(`/proc/self/task/${tid}/children`)?.split(" ").filter(Boolean) ?? []) {
        const child = read(`/proc/${pid}/stat`);
        const command = read(`/proc/${pid}/comm`)?.trim();
        if (child && command) {
          const [user, system] = times(child);
          seen.set(`process ${pid}`, { kind: `process ${command}`, user, system });
        }
      }
    }
  };
  setInterval(sample, 100).unref();
  process.on("exit", () => {
    sample();
    const kinds = new Map<string, { threads: number; user: number; system: number }>();
    for (const { kind, user, system } of seen.values()) {
      const k = kinds.get(kind) ?? { threads: 0, user: 0, system: 0 };
      kinds.set(kind, { threads: k.threads + 1, user: k.user + user, system: k.system + system });
    }
    const rows = [...kinds].sort((a, b) => b[1].user + b[1].system - (a[1].user + a[1].system));
    const total = rows.reduce((sum, [, k]) => sum + k.user + k.system, 0);
    const lines = rows
      .filter(([, k]) => k.user + k.system > 0)
      .map(([kind, k]) => `  ${kind} ×${k.threads}: user ${k.user} ms, system ${k.system} ms`);
    const wall = Math.round(performance.now() - started);
    process.stderr.write(`CPU by thread (wall ${wall} ms, CPU ${total} ms):\n${lines.join("\n")}\n`);
  });
}
