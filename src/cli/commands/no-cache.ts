/**
 * `--no-cache`, for every command: parse every file again instead of taking unchanged files from
 * the parse cache. The option is the program's; before each command runs, the loader's default is
 * set from it (the context's `load()` goes through that default).
 */
import type { Command } from "commander";
import { setCacheDefault } from "../../journal/load.ts";
import type { Wrap } from "../main.ts";

export function registerNoCache(program: Command, _wrap: Wrap): void {
  program.option("--no-cache", "parse every file again instead of using the parse cache");
  program.hook("preAction", () => setCacheDefault(program.opts<{ cache?: boolean }>().cache !== false));
}
