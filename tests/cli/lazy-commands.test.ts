/**
 * Each run loads only the module of the command it runs, yet `--help`, `help` and a mistyped
 * command still see every command.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { RACY_MS } from "../../src/cache/store.ts";
import { commandOf } from "../../src/cli/main.ts";
import { rapport, ROOT, tempJournal } from "../helpers.ts";

const ALL = [
  "check",
  "build",
  "dev",
  "new",
  "log",
  "done",
  "history",
  "circle",
  "stats",
  "path",
  "intro",
  "prep",
  "graph",
  "today",
  "due",
  "event",
  "ics",
  "watch",
  "help",
];

/** The command names `rapport --help` lists, in its order. */
function listed(help: string): string[] {
  const section = help.slice(help.indexOf("\nCommands:\n") + "\nCommands:\n".length);
  return section
    .split("\n")
    .filter((line) => /^ {2}\S/.test(line))
    .map((line) => line.trim().split(/\s/)[0]!);
}

/** Runs the real bin in a process of its own and returns the project's modules it loaded. */
function modulesLoadedBy(args: readonly string[]): Promise<string[]> {
  const hook = `
    import { registerHooks } from "node:module";
    const seen = [];
    registerHooks({ load(url, context, next) { seen.push(url); return next(url, context); } });
    process.on("exit", () => process.stderr.write("\\nMODULES " + JSON.stringify(seen) + "\\n"));
  `;
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--import", `data:text/javascript,${encodeURIComponent(hook)}`, path.join(ROOT, "bin/rapport.js"), ...args],
      { stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, NO_COLOR: "1" } },
    );
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", () => {
      const line = stderr.split("\n").find((l) => l.startsWith("MODULES "));
      if (!line) return reject(new Error(stderr));
      const urls = JSON.parse(line.slice("MODULES ".length)) as string[];
      const src = `file://${path.join(ROOT, "src")}/`;
      resolve(urls.filter((u) => u.startsWith(src)).map((u) => u.slice(src.length)));
    });
  });
}

describe("commandOf", () => {
  it("finds the first word that is neither an option nor a global option's value", () => {
    expect(commandOf(["today"])).toBe("today");
    expect(commandOf(["--dir", "journal", "today", "--json"])).toBe("today");
    expect(commandOf(["-d", "check", "due"])).toBe("due");
    expect(commandOf(["--today", "2026-11-24", "--no-color", "ics"])).toBe("ics");
    expect(commandOf(["--dir=journal", "stats"])).toBe("stats");
    expect(commandOf(["--no-cache", "--", "graph"])).toBe("graph");
    expect(commandOf(["help", "today"])).toBe("help");
    expect(commandOf(["--help"])).toBeUndefined();
    expect(commandOf([])).toBeUndefined();
  });
});

describe("the commands, loaded on demand", () => {
  it("are all listed by --help and by help", async () => {
    const help = await rapport(["--help"]);
    expect(help.code).toBe(0);
    expect(listed(help.stdout)).toEqual(ALL);
    const helpCommand = await rapport(["help"]);
    expect(listed(helpCommand.stdout)).toEqual(ALL);
  });

  it("still suggest the command meant for a mistyped one", async () => {
    const result = await rapport(["todya"]);
    expect(result).toEqual({
      code: 2,
      stdout: "",
      stderr: "error: unknown command 'todya'\n(Did you mean today?)\n(run rapport --help for the commands)\n",
    });
  });

  it("run with the global options before the command", async () => {
    const dir = await tempJournal({ "contacts/ada.md": "---\nname: Ada\nwhat: mathematician\n---\n" });
    const result = await rapport(["--today", "2026-11-24", "--dir", dir, "check"]);
    expect(result).toEqual({ code: 0, stdout: "1 file checked, no problems\n", stderr: "" });
  });

  it("load only the command's own modules: today loads neither the graph nor the site", async () => {
    const dir = await tempJournal({ "contacts/ada.md": "---\nname: Ada\n---\n" });
    const today = await modulesLoadedBy(["today", "--dir", dir, "--today", "2026-11-24"]);
    expect(today).toContain("cli/commands/today.ts");
    expect(today.filter((m) => m.startsWith("cli/commands/"))).toEqual([
      "cli/commands/no-cache.ts",
      "cli/commands/today.ts",
    ]);
    expect(today.filter((m) => m.startsWith("graph/") || m.startsWith("site/"))).toEqual([]);
    const all = await modulesLoadedBy(["--help"]);
    expect(all.filter((m) => m.startsWith("cli/commands/")).length).toBeGreaterThan(17);
  }, 30_000);

  it("load neither the parser nor the resolver when the journal comes from the snapshot", async () => {
    const dir = await tempJournal({
      ".gitignore": ".rapport-cache/\n",
      "contacts/ada.md": "---\nname: Ada\nwhat: mathematician\n---\n",
    });
    await sleep(RACY_MS + 200); // until the file is old enough for a snapshot to be written
    const args = ["check", "--dir", dir, "--today", "2026-11-24"];
    const first = await modulesLoadedBy(args);
    expect(first.filter((m) => ["journal/parse-file.ts", "journal/resolve.ts"].includes(m))).toEqual([
      "journal/parse-file.ts",
      "journal/resolve.ts",
    ]);
    // The second run takes the file from the parse cache and writes the snapshot; the third reads it.
    await modulesLoadedBy(args);
    const third = await modulesLoadedBy(args);
    expect(third).toContain("cache/snapshot.ts");
    expect(third.filter((m) => ["journal/parse-file.ts", "journal/resolve.ts"].includes(m))).toEqual([]);
  }, 30_000);
});
