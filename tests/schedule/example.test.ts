/** The example journal's morning on its pinned day: the agenda the README shows. */
import { expect, it } from "vitest";
import { rapport } from "../helpers.ts";

it("shows a small, believable agenda for the example journal on 2026-11-24", async () => {
  // The example pins today in rapport.yaml: no --today needed.
  expect(await rapport(["today"])).toEqual({
    code: 0,
    stderr: "",
    stdout: `2026-11-24 Tue

Overdue
  follow up      Łukasz Kowalski · email · 5 days overdue
                 met at Fintech Summit on 18 Nov — say you were glad to meet
                 “Great to meet you at Fintech Summit — I'd be glad to continue our conversation.”
  keep in touch  Mara Lindqvist · in person · 2 days overdue
                 inner circle, every 2 weeks — last in touch on 8 Nov
  keep in touch  Miriam Haddad · in person · 4 days overdue
                 close circle, every 6 weeks — last in touch on 9 Oct
  keep in touch  Jonas Weber · video · 12 days overdue
                 close circle, every 6 weeks — last in touch on 1 Oct
  keep in touch  Sophie Martin · email · 14 days overdue
                 network, every 3 months — last in touch on 10 Aug

Appointments, next 7 days
  2026-11-26 Thu  planned        Katrin Vogel
                                 your planned next touch
  2026-11-27 Fri  appointment    Felix Braun · in person
                                 lunch at Markthalle Neun: plan the meetup, and his pricing course idea

Events to prepare
  2026-11-26 Thu  prepare        Product Leaders Meetup Berlin
                                 review your goals: 3 people you want to meet (on Thu 3 Dec)

5 follow-ups, 2 appointments, 1 event to prepare
`,
  });
});
