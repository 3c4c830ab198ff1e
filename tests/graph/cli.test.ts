import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { rapport, tempJournal } from "../helpers.ts";
import { FILES, fixtureDir } from "./fixture.ts";

const today = ["--today", "2026-03-01"];

describe("rapport circle, stats, path, intro, prep and graph", () => {
  it("prints the inner circle with breakdowns, who is close, and the business cards", async () => {
    const cwd = await fixtureDir();
    const result = await rapport(["circle", ...today], { cwd });
    expect(result).toEqual({
      code: 0,
      stderr: "",
      stdout: `Inner circle: 1 of at most 10 (depth 60+)
   63  Ana Lima  · knows what, why and goals · 2 conversations in 12 months (1 in person) · last 9 days ago
       facets 30/30 · conversations 11.7/35 · months 6.7/20 · recency 15/15

Close to entering (depth 30+)
   40  Dan Roy  · knows what and goals, not why · 1 conversation in 12 months · last 2 days ago
       facets 20/30 · conversations 1.8/35 · months 3.3/20 · recency 15/15 → ask why they do it
   34  Ben Ode  · knows what, not why or goals · 1 conversation in 12 months (1 in person) · last 9 days ago
       facets 10/30 · conversations 5.8/35 · months 3.3/20 · recency 15/15 → ask why they do it

Business cards: 3 (no facet known, no conversation after the first meeting): Cleo Park, Eve Stone, Fay Moss
`,
    });
  });

  it("gives the circle as JSON, each contact with its reasons and next step", async () => {
    const cwd = await fixtureDir();
    const result = await rapport(["circle", "--json", ...today], { cwd });
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(Object.keys(json)).toEqual(["today", "cap", "minimum", "closeMinimum", "inner", "close", "businessCards"]);
    expect(json.inner.map((d: { contact: string }) => d.contact)).toEqual(["ana"]);
    expect(json.close[0]).toMatchObject({
      contact: "dan",
      name: "Dan Roy",
      circle: "network",
      score: 40,
      line: "knows what and goals, not why · 1 conversation in 12 months · last 2 days ago",
      next: { step: "why", text: "ask why they do it" },
    });
    expect(json.businessCards).toEqual({ count: 3, contacts: ["cleo", "eve", "fay"] });
  });

  it("speaks German when the journal does", async () => {
    const cwd = await fixtureDir({ ...FILES, "rapport.yaml": "owner: Kim Berg\nlocale: de\n" });
    const result = await rapport(["path", "eve", ...today], { cwd });
    expect(result.stdout).toBe(`Eve Stone · warmth 18 (cost 5.56)
  1. du kennst Eve Stone (Tiefe 18) — relationship, contacts/eve.md:1:1

Warmest introduction · through Dan Roy, warmth 17 (cost 5.83)
  1. du kennst Dan Roy (Tiefe 40) — relationship, contacts/dan.md:1:1
  2. Dan Roy und Eve Stone wurden beide bei Summit kennengelernt — co_attendance, contacts/eve.md:3:9
`);
    const circle = JSON.parse((await rapport(["circle", "--json", ...today], { cwd })).stdout);
    expect(circle.inner[0].line).toBe(
      "kennt Was, Warum und Ziele · 2 Gespräche in 12 Monaten (1 persönlich) · zuletzt vor 9 Tagen",
    );
  });

  it("shows the warmest path with a reason and a position for every hop, relative to where you stand", async () => {
    const dir = await fixtureDir();
    const result = await rapport(["path", "Ben Ode", ...today], { cwd: path.join(dir, "contacts") });
    expect(result).toEqual({
      code: 0,
      stderr: "",
      stdout: `Ben Ode · warmth 39 (cost 2.59)
  1. you know Ana Lima (depth 63) — relationship, ana.md:1:1
  2. Ana Lima knows Ben Ode — knows, ana.md:9:9
`,
    });
    const json = JSON.parse((await rapport(["path", "ben", "--json", ...today], { cwd: dir })).stdout);
    expect(Object.keys(json)).toEqual(["today", "contact", "best", "introduction"]);
    expect(json.best.hops[1].pos).toBe("contacts/ana.md:9:9");
  });

  it("ranks who matches by warmth, with the best introduction for each", async () => {
    const cwd = await fixtureDir();
    const result = await rapport(["intro", "--tags", "fintech", ...today], { cwd });
    expect(result).toEqual({
      code: 0,
      stderr: "",
      stdout: `2 contacts match tags fintech, warmest first
   40  Dan Roy
       you know them directly (depth 40)
       through Ben Ode: notes on Ben Ode mention Dan Roy — mention, contacts/ben.md:10:7
   18  Cleo Park
       you know them directly (depth 18)
       through Dan Roy: Cleo Park and Dan Roy were both met at Summit — co_attendance, events/2026-02-26-summit.md:11:5
`,
    });
    const json = JSON.parse(
      (await rapport(["intro", "--industry", "design,fintech", "--json", ...today], { cwd })).stdout,
    );
    expect(json.criteria).toEqual({ industry: ["design", "fintech"] });
    expect(json.matches.map((m: { contact: string }) => m.contact)).toEqual(["ana", "dan", "ben", "cleo"]);
  });

  it("prepares an event goal by goal", async () => {
    const cwd = await fixtureDir();
    const result = await rapport(["prep", "summit", ...today], { cwd });
    expect(result).toEqual({
      code: 0,
      stderr: "",
      stdout: `Summit · 2026-02-26 (already happened)

Goal 1: fintech people (industry: fintech)
   40  Dan Roy
       you know them directly (depth 40)
       through Ben Ode: notes on Ben Ode mention Dan Roy — mention, contacts/ben.md:10:7
   18  Cleo Park
       you know them directly (depth 18)
       through Dan Roy: Cleo Park and Dan Roy were both met at Summit — co_attendance, events/2026-02-26-summit.md:11:5
  Ask: Dan Roy (for Cleo Park)

Goal 2: someone nice
  names no industry, skills, tags, company or role, so it matches nobody
`,
    });
    const json = JSON.parse(
      (await rapport(["prep", "2026-02-26-summit", "--json", "--today", "2026-02-01"], { cwd })).stdout,
    );
    expect(json).toMatchObject({ today: "2026-02-01", event: "2026-02-26-summit", upcoming: true });
    expect(json.goals.map((g: { hasCriteria: boolean }) => g.hasCriteria)).toEqual([true, false]);
  });

  it("prints the health of the network", async () => {
    const cwd = await fixtureDir();
    const result = await rapport(["stats", ...today], { cwd });
    expect(result).toEqual({
      code: 0,
      stderr: "",
      stdout: `Network health on 2026-03-01
  Contacts      6: 0 inner · 0 close · 6 network · 0 dormant (as written)
  Inner circle  1 of at most 10 · 3 business cards
  Facets        1 of 6 (17%) with what, why and goals known
  Conversations 5 in 12 months with 4 contacts · 1.3 per active contact
  Concentration 80% of the last 90 days' 5 conversations went to your 5 deepest
  Follow-up     1 of 3 (33%) on time · median 1 day to the first follow-up

Events  met / target · still in touch after 3, 6, 12 months
  2026-02-26  Summit  3 / 3-5  within  — · — · —

  Connectors    Cleo Park 0.21 · Dan Roy 0.18 · Ana Lima 0.11 · Ben Ode 0.11
  Communities   fintech (3) · ACME GmbH (2)
`,
    });
    const json = JSON.parse((await rapport(["stats", "--json", ...today], { cwd })).stdout);
    expect(Object.keys(json)).toEqual([
      "today",
      "contacts",
      "circles",
      "innerCircle",
      "businessCards",
      "allFacets",
      "conversations",
      "concentration",
      "events",
      "followup",
      "connectors",
      "betweenness",
      "communities",
    ]);
  });

  it("exports the graph as JSON by default, or as DOT or GEXF", async () => {
    const cwd = await fixtureDir();
    const json = await rapport(["graph", ...today], { cwd });
    expect(JSON.parse(json.stdout).attributes.format).toBe("rapport-graph");
    expect((await rapport(["graph", "--json", ...today], { cwd })).stdout).toBe(json.stdout);
    expect((await rapport(["graph", "--format", "dot", ...today], { cwd })).stdout).toMatch(/^digraph "Kim Berg" \{\n/);
    expect((await rapport(["graph", "--format", "gexf", ...today], { cwd })).stdout).toMatch(/^<\?xml version="1.0"/);
  });

  it("answers errors with one line and the contract's exit codes", async () => {
    const cwd = await fixtureDir();
    const run = async (...args: string[]) => {
      const r = await rapport([...args, ...today], { cwd });
      return [r.code, r.stdout, r.stderr];
    };
    expect(await run("path", "zed")).toEqual([1, "", "rapport: no contact 'zed'\n"]);
    expect(await run("path", "bem")).toEqual([1, "", "rapport: no contact 'bem' (did you mean 'ben'?)\n"]);
    expect(await run("path", "e")).toEqual([2, "", "rapport: 'e' could be ben, cleo, eve: write the contact's id\n"]);
    expect(await run("prep", "nothing")).toEqual([1, "", "rapport: no event 'nothing'\n"]);
    expect(await run("intro")).toEqual([
      2,
      "",
      "rapport: name what to look for: --industry, --skills, --tags, --company, --role\n",
    ]);
    expect(await run("intro", "--skills", "ledger")).toEqual([1, "No contact matches skills ledger.\n", ""]);
    expect(await run("graph", "--format", "xml")).toEqual([
      2,
      "",
      "rapport: unknown format 'xml': use json, dot, gexf\n",
    ]);
  });

  it("works on a journal with no contacts yet", async () => {
    const cwd = await tempJournal({ "contacts/.keep": "" });
    const stats = await rapport(["stats", "--json", ...today], { cwd });
    expect([stats.code, stats.stderr]).toEqual([0, ""]);
    expect(JSON.parse(stats.stdout)).toMatchObject({ contacts: 0, connectors: [], communities: [] });
    const graph = JSON.parse((await rapport(["graph", ...today], { cwd })).stdout);
    expect(graph.nodes).toEqual([{ key: "@me", attributes: { kind: "me", label: "Me", degree: 0 } }]);
    expect((await rapport(["circle", ...today], { cwd })).code).toBe(0);
  });

  it("never writes to the journal", async () => {
    const cwd = await fixtureDir();
    const snapshot = async () => {
      const out: string[] = [];
      for (const folder of ["contacts", "events"]) {
        for (const name of (await readdir(path.join(cwd, folder))).sort()) {
          const file = path.join(cwd, folder, name);
          out.push(`${folder}/${name} ${(await stat(file)).mtimeMs} ${await readFile(file, "utf8")}`);
        }
      }
      return [...out, (await readdir(cwd)).sort().join(",")];
    };
    const before = await snapshot();
    for (const args of [
      ["circle"],
      ["stats"],
      ["path", "ben"],
      ["intro", "--tags", "x"],
      ["prep", "summit"],
      ["graph"],
    ]) {
      await rapport([...args, ...today], { cwd });
    }
    expect(await snapshot()).toEqual(before);
  });
});
