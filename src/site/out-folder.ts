/**
 * Where Astro writes a site. Astro bundles the pages inside Rapport's project (their imports resolve
 * from there) and moves the bundle's assets into the output folder with a rename, which fails across
 * file systems (EXDEV): an output folder on a tmpfs `/tmp`, another disk or a mounted share. Such a
 * site is built in a folder inside the project and copied into place once it is complete.
 */
import { cp, mkdir, mkdtemp, readdir, rm, stat } from "node:fs/promises";
import path from "node:path";

export interface OutFolder {
  /** Where Astro and Pagefind write: `out` itself, or a folder inside the project. */
  readonly build: string;
  /** Puts the finished site into `out`. */
  finish(): Promise<void>;
  /** Removes the folder built in, if it was not `out` (the build failed, or it is finished). */
  close(): Promise<void>;
}

export async function outFolder(out: string, project: string): Promise<OutFolder> {
  if ((await deviceOf(out)) === (await deviceOf(project))) {
    return { build: out, finish: async () => {}, close: async () => {} };
  }
  const parent = path.join(project, ".astro");
  await mkdir(parent, { recursive: true });
  const build = await mkdtemp(path.join(parent, "site-"));
  return {
    build,
    async finish() {
      await mkdir(out, { recursive: true });
      // What Astro does to its output folder: emptied, except for a `.git` (a site published from
      // its own repository). Only now, so that a failed build leaves the previous site whole.
      for (const name of await readdir(out)) {
        if (name !== ".git") await rm(path.join(out, name), { recursive: true, force: true });
      }
      await cp(build, out, { recursive: true });
    },
    close: () => rm(build, { recursive: true, force: true }),
  };
}

/** The device of `file`, or of the nearest folder above it that exists (`out` may not yet). */
async function deviceOf(file: string): Promise<number> {
  for (let at = path.resolve(file); ; at = path.dirname(at)) {
    try {
      return (await stat(at)).dev;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT" || at === path.dirname(at)) throw error;
    }
  }
}
