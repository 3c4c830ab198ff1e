import { execFile } from "node:child_process";
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { contact, rapport, ROOT, tempJournal } from "../helpers.ts";

const BROKEN = {
  "contacts/anna.md": contact("name: Anna\nknows: [max-mustr]\nwhat: Design."),
  "contacts/max-muster.md": contact("name: Max\nwhat: Ledgers."),
  "contacts/card.md": contact("name: Card"),
};

describe("rapport check", () => {
  it("prints gcc-style lines relative to where you stand, a summary, and exits 1 on errors", async () => {
    const dir = await tempJournal(BROKEN);
    const result = await rapport(["check"], { cwd: dir });
    expect(result.stdout).toBe(
      [
        "contacts/anna.md:3:9 error unknown contact 'max-mustr' in knows — did you mean 'max-muster'?",
        "contacts/card.md:1:1 warning 'Card' is an identity-less business card: no notes and none of what, why or goals — write down what they do (what:), why (why:) and what they want to achieve (goals:), or a first note",
        "3 files checked: 1 error, 1 warning",
        "",
      ].join("\n"),
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toBe("");
  });

  it("exits 0 when there are only warnings", async () => {
    const dir = await tempJournal({ "contacts/card.md": contact("name: Card") });
    const result = await rapport(["check", "--dir", dir]);
    expect(result.code).toBe(0);
    expect(result.stdout.endsWith("1 file checked: 0 errors, 1 warning\n")).toBe(true);
  });

  it("prints the diagnostics as JSON with --json", async () => {
    const dir = await tempJournal(BROKEN);
    const result = await rapport(["check", "--json"], { cwd: dir });
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual({
      files: 3,
      errors: 1,
      warnings: 1,
      diagnostics: [
        {
          file: "contacts/anna.md",
          line: 3,
          column: 9,
          severity: "error",
          code: "unknown-reference",
          message: "unknown contact 'max-mustr' in knows",
          hint: "did you mean 'max-muster'?",
        },
        {
          file: "contacts/card.md",
          line: 1,
          column: 1,
          severity: "warning",
          code: "business-card",
          message: "'Card' is an identity-less business card: no notes and none of what, why or goals",
          hint: "write down what they do (what:), why (why:) and what they want to achieve (goals:), or a first note",
        },
      ],
    });
  });

  it("finds the journal from a subfolder, from RAPPORT_DIR and from --dir", async () => {
    const dir = await tempJournal(BROKEN);
    const fromSub = await rapport(["check"], { cwd: path.join(dir, "contacts") });
    expect(fromSub.stdout.split("\n")[0]).toBe(
      "anna.md:3:9 error unknown contact 'max-mustr' in knows — did you mean 'max-muster'?",
    );
    const fromEnv = await rapport(["check"], { cwd: ROOT, env: { RAPPORT_DIR: dir } });
    expect(fromEnv.code).toBe(1);
    expect(fromEnv.stdout.split("\n").at(-2)).toBe("3 files checked: 1 error, 1 warning");
  });

  it("exits 2 with one line when the journal folder cannot be read", async () => {
    const missing = await rapport(["check", "--dir", "/nonexistent/journal"]);
    expect(missing).toEqual({
      code: 2,
      stdout: "",
      stderr: "rapport: cannot read the journal folder /nonexistent/journal: it does not exist or is not a folder\n",
    });
    const empty = await tempJournal({ "notes.md": "hello" });
    const none = await rapport(["check", "--dir", empty]);
    expect(none.code).toBe(2);
    expect(none.stderr).toBe(
      `rapport: no journal in ${empty}: expected a contacts/ or events/ folder (pass --dir or set RAPPORT_DIR)\n`,
    );
  });

  it("exits 2 on a bad --today or RAPPORT_TODAY, and on an unknown option", async () => {
    expect(await rapport(["check", "--today", "2026-02-30"])).toEqual({
      code: 2,
      stdout: "",
      stderr: "rapport: invalid date '2026-02-30' for --today: write it as YYYY-MM-DD\n",
    });
    expect((await rapport(["check"], { env: { RAPPORT_TODAY: "tomorrow" } })).stderr).toBe(
      "rapport: invalid date 'tomorrow' for RAPPORT_TODAY: write it as YYYY-MM-DD\n",
    );
    const unknown = await rapport(["check", "--frobnicate"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr.split("\n")[0]).toBe("error: unknown option '--frobnicate'");
  });

  it("uses colour only on a terminal, and never with NO_COLOR", async () => {
    const dir = await tempJournal(BROKEN);
    const tty = await rapport(["check"], { cwd: dir, tty: true });
    expect(tty.stdout.split("\n")[0]).toBe(
      "\u001b[1mcontacts/anna.md:3:9\u001b[22m \u001b[31merror\u001b[39m unknown contact 'max-mustr' in knows\u001b[2m — did you mean 'max-muster'?\u001b[22m",
    );
    const noColor = await rapport(["check"], { cwd: dir, tty: true, env: { NO_COLOR: "1" } });
    expect(noColor.stdout).not.toContain("\u001b[");
    const flag = await rapport(["--no-color", "check"], { cwd: dir, tty: true });
    expect(flag.stdout).not.toContain("\u001b[");
  });

  it("never writes to the journal", async () => {
    const dir = await tempJournal({ ...BROKEN, "rapport.yaml": "owner: Alex\n" });
    const before = await snapshot(dir);
    await rapport(["check"], { cwd: dir });
    await rapport(["check", "--json"], { cwd: dir });
    expect(await snapshot(dir)).toEqual(before);
  });

  it("runs as a real process through the package's bin", async () => {
    const dir = await tempJournal(BROKEN);
    const run = promisify(execFile);
    const bin = path.join(ROOT, "bin", "rapport.js");
    const failure = await run(process.execPath, [bin, "check", "--dir", dir], {
      env: { ...process.env, NO_COLOR: "1" },
    }).catch((e: { code: number; stdout: string }) => e);
    expect("code" in failure && failure.code).toBe(1);
    expect(failure.stdout.split("\n").at(-2)).toBe("3 files checked: 1 error, 1 warning");
    const ok = await run(process.execPath, [bin, "check", "--dir", ROOT, "--today", "2026-11-24"]);
    expect(ok.stdout).toBe("18 files checked, no problems\n");
  });
});

/** Every path below `dir` with its bytes and modification time. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    const file = path.join(entry.parentPath, entry.name);
    const info = await stat(file);
    out[path.relative(dir, file)] = entry.isFile()
      ? `${info.mtimeMs} ${(await readFile(file)).toString("base64")}`
      : "dir";
  }
  return out;
}
