/**
 * Builds the sites the browser tests drive (the example journal, a German one and a hostile one)
 * by running `rapport build` as a real process, serves each on localhost, and tears it all down.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { ROOT, userEnv, writeFiles } from "../helpers.ts";
import { BROKEN, GERMAN, XSS } from "./fixtures.ts";
import { serve, type Served } from "./serve.ts";

export interface Sites {
  readonly example: string;
  readonly german: string;
  readonly xss: string;
  readonly broken: string;
  /** What `rapport build` printed for the broken journal. */
  readonly brokenOutput: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    sites: Sites;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const work = await mkdtemp(path.join(tmpdir(), "rapport-e2e-"));
  const servers: Served[] = [];
  const printed = new Map<string, string>();
  async function site(name: string, dir: string, ...args: string[]): Promise<string> {
    const out = path.join(work, `${name}-site`);
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [path.join(ROOT, "bin/rapport.js"), "build", "--dir", dir, "--out", out, ...args],
      {
        cwd: dir,
        env: userEnv(),
      },
    );
    printed.set(name, stdout);
    const served = await serve(out);
    servers.push(served);
    return served.url;
  }
  async function journal(name: string, files: Record<string, string>): Promise<string> {
    const dir = path.join(work, name);
    await writeFiles(dir, files);
    return dir;
  }
  const example = await site("example", ROOT);
  // Built for another day than the journal pins: --today decides what the pages show.
  const german = await site("german", await journal("german", GERMAN), "--today", "2026-11-26");
  const xss = await site("xss", await journal("xss", XSS));
  const broken = await site("broken", await journal("broken", BROKEN));
  const sites: Sites = { example, german, xss, broken, brokenOutput: printed.get("broken") ?? "" };
  project.provide("sites", sites);
  return async () => {
    await Promise.all(servers.map((s) => s.close()));
    await rm(work, { recursive: true, force: true });
  };
}
