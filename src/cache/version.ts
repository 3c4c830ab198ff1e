/**
 * The parser's version, as the cache key's second half: a hash of the parser's own sources
 * (every module in src/journal and src/core, and the cache's own in src/cache), of the versions of
 * the libraries it parses with, and of the V8 version. Any change to any of them is a new
 * parser, so a cache written by another parser is never read; no constant to remember to bump.
 */
import { hash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const PARSER_FOLDERS = ["journal", "core", "cache"];
const PARSER_LIBRARIES = [
  "gray-matter",
  "yaml",
  "zod",
  "unified",
  "remark-parse",
  "remark-gfm",
  "micromark",
  "mdast-util-from-markdown",
  "micromark-extension-gfm-task-list-item",
  "mdast-util-gfm-task-list-item",
  "mdast-util-to-string",
];

let memo: string | null | undefined;

/**
 * The version, or undefined where the sources cannot be read (the code runs bundled, as in the
 * site's build): then there is no cache rather than one that might be stale.
 */
export function parserVersion(): string | undefined {
  if (memo === undefined) memo = compute() ?? null;
  return memo ?? undefined;
}

function compute(): string | undefined {
  try {
    const src = path.resolve(fileURLToPath(new URL(".", import.meta.url)), "..");
    const parts: string[] = [`v8 ${process.versions.v8}`];
    for (const folder of PARSER_FOLDERS) {
      const dir = path.join(src, folder);
      for (const name of readdirSync(dir).sort()) {
        if (name.endsWith(".ts")) parts.push(`${folder}/${name}`, readFileSync(path.join(dir, name), "utf8"));
      }
    }
    const modules = path.join(src, "..", "node_modules");
    for (const name of PARSER_LIBRARIES) {
      const pkg = JSON.parse(readFileSync(path.join(modules, name, "package.json"), "utf8")) as { version: string };
      parts.push(`${name}@${pkg.version}`);
    }
    return hash("sha256", parts.join("\0"), "hex").slice(0, 32);
  } catch {
    return undefined;
  }
}
