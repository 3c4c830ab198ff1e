import { mkdir, readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { startSearchIndex } from "../../src/site/search-index.ts";
import type { SearchRecord } from "../../src/site/search-records.ts";
import { tempFolder } from "../helpers.ts";

function record(id: string, content: string): SearchRecord {
  return { url: `/people/${id}/`, content, language: "en", meta: { title: id } };
}

interface Child {
  readonly pid: string;
  /** R, S, D …, or Z for a zombie: a process that ended and was never reaped. */
  readonly state: string;
  readonly nice: number;
}

/** This process's children that run `name`, read from Linux's /proc. */
async function children(name: string): Promise<Child[]> {
  const found: Child[] = [];
  for (const task of await readdir(`/proc/${process.pid}/task`)) {
    const pids = await readFile(`/proc/${process.pid}/task/${task}/children`, "utf8").catch(() => "");
    for (const pid of pids.split(" ").filter(Boolean)) {
      const stat = await readFile(`/proc/${pid}/stat`, "utf8").catch(() => "");
      const comm = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
      // The fields after the name start at field 3: the state, and field 19, the nice value.
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (comm.startsWith(name)) found.push({ pid, state: fields[0]!, nice: Number(fields[16]) });
    }
  }
  return found;
}

describe("the search index", () => {
  it("is written beside the output folder and moved into it, leaving nothing else behind", async () => {
    const parent = await tempFolder();
    const out = path.join(parent, "site");
    const search = startSearchIndex(
      [record("ada", "Ada Lovelace, analytical engine"), record("ben", "Ben Okafor")],
      out,
    );
    await mkdir(out); // as Astro makes it, with the pages
    await search.finish();
    await search.close();
    expect(await readdir(parent)).toEqual(["site"]);
    // Pagefind's process has ended and was reaped, not left a zombie.
    expect(await children("pagefind")).toEqual([]);
    expect((await readdir(path.join(out, "pagefind", "fragment"))).length).toBe(2);
    const entry = JSON.parse(await readFile(path.join(out, "pagefind", "pagefind-entry.json"), "utf8")) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.entries(entry.languages).map(([language, { page_count }]) => [language, page_count])).toEqual([
      ["en", 2],
    ]);
  });

  it("runs Pagefind at the lower priority of the build's workers, so that Astro comes first", async () => {
    const parent = await tempFolder();
    const words = Array.from({ length: 200 }, (_, i) => `word${i}`).join(" ");
    const records = Array.from({ length: 300 }, (_, i) => record(`p${i}`, `${words} person${i}`));
    const out = path.join(parent, "site");
    const search = startSearchIndex(records, out);
    await mkdir(out);
    let seen: Child[] = [];
    const indexed = search.finish().then(() => "indexed");
    while (seen.length === 0 && (await Promise.race([indexed, Promise.resolve("running")])) === "running") {
      seen = (await children("pagefind")).filter((child) => child.state !== "Z");
    }
    await indexed;
    await search.close();
    expect(seen.map((child) => child.nice)).toEqual([10]);
    expect(await children("pagefind")).toEqual([]);
  });

  it("fails with Pagefind's reason, and leaves no scratch folder behind", async () => {
    const parent = await tempFolder();
    const out = path.join(parent, "site");
    const { language: _, ...unreadable } = record("ada", "Ada");
    const search = startSearchIndex([unreadable as SearchRecord], out);
    await expect(search.finish()).rejects.toThrow(
      "search index: Pagefind service error when parsing a message: missing field `language` at line 1 column 120\n" +
        "Message being parsed:\n" +
        '{"message_id":2,"payload":{"type":"AddRecord","index_id":0,"url":"/people/ada/","content":"Ada","meta":{"title":"ada"}}}',
    );
    await search.close();
    expect(await readdir(parent)).toEqual([]);
    expect(await children("pagefind")).toEqual([]);
  });
});
