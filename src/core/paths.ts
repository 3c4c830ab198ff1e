/** Paths on the local file system. */
import path from "node:path";

/** Whether `file` is `folder` itself or lies inside it (after resolving both). */
export function isInside(file: string, folder: string): boolean {
  const rel = path.relative(path.resolve(folder), path.resolve(file));
  return rel === "" || (rel !== ".." && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}
