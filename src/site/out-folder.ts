/**
 * The folder a site is written to. Astro empties it before it builds, so `rapport build` first
 * refuses a folder whose contents are not a site of its own to replace.
 *
 * Astro also bundles the pages inside Rapport's project (their imports resolve from there) and
 * moves the bundle's assets into the output folder with a rename, which fails across file systems
 * (EXDEV): an output folder on a tmpfs `/tmp`, another disk or a mounted share. Such a site is
 * built in a folder inside the project and copied next to the output folder, which it then
 * replaces with a rename: a build or a copy that fails leaves the previous site as it was.
 */
import { randomBytes } from "node:crypto";
import { cp, mkdir, mkdtemp, readdir, rename, rm, stat, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { isInside } from "../core/paths.ts";
import { JOURNAL_FOLDERS } from "../journal/load.ts";

/** Every build writes this file: a folder holding it is a site `rapport build` may replace. */
const SITE_MARK = path.join("data", "journal.json");

/**
 * Why `out` must not be built into, or undefined when it may: it holds the journal or Rapport,
 * lies inside the journal's own folders, is not a folder, holds a git repository (which emptying
 * it would delete), or holds anything but an earlier site.
 */
export async function outFolderRefusal(
  out: string,
  where: { readonly journal: string; readonly project: string },
): Promise<string | undefined> {
  if (isInside(where.journal, out)) return "it holds the journal, and building empties it: choose a folder of its own";
  if (isInside(where.project, out))
    return "it holds Rapport itself, and building empties it: choose a folder of its own";
  for (const folder of JOURNAL_FOLDERS) {
    if (isInside(out, path.join(where.journal, folder))) return `it is inside the journal's ${folder}/ folder`;
  }
  const found = await stat(out).catch(() => undefined);
  if (!found) return undefined;
  if (!found.isDirectory()) return "it is not a folder";
  const names = await readdir(out);
  if (names.includes(".git")) {
    return "it holds a git repository, which building would delete: build into another folder and copy the site in";
  }
  if (names.length > 0 && !(await stat(path.join(out, SITE_MARK)).catch(() => undefined))) {
    return `it is not empty and holds no site built by Rapport (no ${SITE_MARK}), and building empties it`;
  }
  return undefined;
}

export interface OutFolder {
  /** Where Astro and Pagefind write: `out` itself, or a folder inside the project. */
  readonly build: string;
  /** Puts the finished site into `out`. */
  finish(): Promise<void>;
  /** Removes the folder built in, if it was not `out` (the build failed, or it is finished). */
  close(): Promise<void>;
}

/** Where to build the site for `out`, given the project Astro bundles in. */
export async function outFolder(out: string, project: string): Promise<OutFolder> {
  const bundles = path.join(project, ".astro");
  await mkdir(bundles, { recursive: true });
  await mkdir(out, { recursive: true });
  if (await canRename(bundles, out)) return { build: out, finish: async () => {}, close: async () => {} };
  const build = await mkdtemp(path.join(bundles, "site-"));
  return { build, finish: () => replace(out, build), close: () => rm(build, { recursive: true, force: true }) };
}

/**
 * Whether a file moves from `from` to `to` with a rename, as Astro moves its assets. Tried rather
 * than told from the devices: two mounts of one file system share a device and still refuse it.
 */
async function canRename(from: string, to: string): Promise<boolean> {
  const name = `.rapport-probe-${randomBytes(6).toString("hex")}`;
  await writeFile(path.join(from, name), "");
  try {
    await rename(path.join(from, name), path.join(to, name));
    await unlink(path.join(to, name));
    return true;
  } catch (error) {
    await unlink(path.join(from, name)).catch(() => {});
    if ((error as NodeJS.ErrnoException).code === "EXDEV") return false;
    throw error;
  }
}

/** Copies `site` next to `out`, then swaps it in; the old site is removed only once the new one is in place. */
async function replace(out: string, site: string): Promise<void> {
  const parent = path.dirname(out);
  const base = path.basename(out);
  const fresh = await mkdtemp(path.join(parent, `.${base}-new-`));
  try {
    await cp(site, fresh, { recursive: true });
  } catch (error) {
    await rm(fresh, { recursive: true, force: true });
    throw error;
  }
  const old = path.join(parent, `.${base}-old-${randomBytes(6).toString("hex")}`);
  await rename(out, old);
  try {
    await rename(fresh, out);
  } catch (error) {
    await rename(old, out);
    await rm(fresh, { recursive: true, force: true });
    throw error;
  }
  await rm(old, { recursive: true, force: true });
}
