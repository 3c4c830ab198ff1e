/**
 * A small journal for the command tests, on Tuesday 2026-11-24 with capacity 2: an overdue first
 * follow-up and inner contact, a fading close contact that capacity moves to Wednesday, a task
 * today, a lunch on Thursday, an event to prepare, and an event whose outcome has every state.
 */
import { md } from "./fixture.ts";

export const TODAY = "2026-11-24";

export const JOURNAL: Record<string, string> = {
  "rapport.yaml": "owner: Test Owner\ncapacity: 2\n",
  "events/2026-11-20-demo-day.md": md(`
title: Demo Day
date: 2026-11-20
target: 1-2
goals:
  - who: a fintech founder
    industry: fintech
  - who: a banker
    industry: banking
  - someone fun
met: [ana, bo, cy]
`),
  "events/2026-11-27-meetup.md": md("title: Meetup\ndate: 2026-11-27"),
  "contacts/ana.md": md("name: Ana Lima\nindustry: fintech\nemail: ana@example.org"),
  "contacts/bo.md": md('name: Bo Chen\nrapport: high\nwhatsapp: "+49 170 1"', "\n- 2026-11-21 WhatsApp: glad we met\n"),
  "contacts/cy.md": md("name: Cy Park", "\n- 2026-11-23 email: thanks for the chat\n"),
  "contacts/dee.md": md("name: Dee Ross\ncircle: close", "\n- 2026-08-01 call\n- 2026-11-26 lunch at the market\n"),
  "contacts/eva.md": md(
    'name: Eva Stone\ncircle: inner\nphone: "+49 30 1"',
    "\n- 2026-11-05 call\n- 2026-06-01 call\n- [ ] 2026-11-24 send her the book list\n",
  ),
  "contacts/fay.md": md("name: Fay Long\ncircle: close", "\n- 2026-07-01 call\n"),
};
