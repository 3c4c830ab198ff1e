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
import { ROOT, writeFiles } from "../helpers.ts";
import { GERMAN, XSS } from "./fixtures.ts";
import { serve, type Served } from "./serve.ts";

export interface Sites {
  readonly example: string;
  readonly german: string;
  readonly xss: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    sites: Sites;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const work = await mkdtemp(path.join(tmpdir(), "rapport-e2e-"));
  const servers: Served[] = [];
  async function site(name: string, dir: string): Promise<string> {
    const out = path.join(work, `${name}-site`);
    await promisify(execFile)(
      process.execPath,
      [path.join(ROOT, "bin/rapport.js"), "build", "--dir", dir, "--out", out],
      {
        cwd: ROOT,
        env: userEnv(),
      },
    );
    const served = await serve(out);
    servers.push(served);
    return served.url;
  }
  async function journal(name: string, files: Record<string, string>): Promise<string> {
    const dir = path.join(work, name);
    await writeFiles(dir, files);
    return dir;
  }
  const sites: Sites = {
    example: await site("example", ROOT),
    german: await site("german", await journal("german", GERMAN)),
    xss: await site("xss", await journal("xss", XSS)),
  };
  project.provide("sites", sites);
  return async () => {
    await Promise.all(servers.map((s) => s.close()));
    await rm(work, { recursive: true, force: true });
  };
}

/** The environment a person's shell would have: without vitest's variables, under which Vite keeps the process alive. */
function userEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { NO_COLOR: "1" };
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith("VITEST") && key !== "NODE_ENV" && key !== "TEST") env[key] = value;
  }
  return env;
}
