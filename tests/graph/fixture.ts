/**
 * A small hand-written journal for the graph tests, every line placed so positions can be asserted.
 * Today is 2026-03-01. Ana and Ben work at Acme (written two ways), Ana knows Ben and introduced
 * him; Cleo, Dan and Eve were met at the Summit; Fay got one email and nothing since.
 */
import { loadJournal } from "../../src/journal/load.ts";
import type { Journal } from "../../src/journal/model.ts";
import { contact, tempJournal } from "../helpers.ts";

export const TODAY = "2026-03-01";

export const FILES: Record<string, string> = {
  "rapport.yaml": "owner: Kim Berg\n",
  "contacts/ana.md": contact(
    `
name: Ana Lima
company: ACME GmbH
industry: design
tags: [design]
what: Runs a type studio.
why: Loves letters.
goals: Open a type school.
knows: [ben]`,
    "\n- 2026-02-20 coffee with [[ben]]: talked about type\n- 2026-01-10 call: the school plan\n",
  ),
  "contacts/ben.md": contact(
    `
name: Ben Ode
company: Acme
industry: design
tags: [design]
what: Type designer.
introduced_by: ana`,
    "\nKnows [[dan]] from university.\n",
  ),
  "contacts/cleo.md": contact(`
name: Cleo Park
company: Beta Inc.
industry: fintech
tags: [fintech]
met_at: 2026-02-26-summit`),
  "contacts/dan.md": contact(
    `
name: Dan Roy
industry: fintech
tags: [fintech]
what: Builds ledgers.
goals: Start a company.`,
    "\n- 2026-02-27 WhatsApp: thanks for the chat\n",
  ),
  "contacts/eve.md": contact(`
name: Eve Stone
met_at: 2026-02-26-summit`),
  "contacts/fay.md": contact(`name: Fay Moss`, "\n- 2025-12-15 email: hello\n"),
  "events/2026-02-26-summit.md": `---
title: Summit
date: 2026-02-26
target: 3-5
goals:
  - who: fintech people
    industry: fintech
  - who: someone nice
met:
  - cleo
  - dan
---

Ana told me about it: [[ana]].
`,
};

export async function fixtureDir(files: Record<string, string> = FILES): Promise<string> {
  return tempJournal(files);
}

export async function fixture(files: Record<string, string> = FILES): Promise<Journal> {
  const journal = await loadJournal(await fixtureDir(files));
  // Cleo and Eve are business cards on purpose: the parser warns about them, errors would be a broken fixture.
  const errors = journal.diagnostics.filter((d) => d.severity === "error");
  if (errors.length > 0) throw new Error(JSON.stringify(errors));
  return journal;
}
