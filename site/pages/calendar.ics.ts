// The schedule as a calendar feed (stable UIDs: a calendar that subscribes updates rather than duplicates).
import type { APIRoute } from "astro";
import { addDays } from "../../src/core/date.ts";
import { buildSchedule, scheduleCalendar } from "../../src/schedule/index.ts";
import { buildDay, getJournal } from "../lib/journal.ts";

export const GET: APIRoute = async () => {
  const journal = await getJournal();
  const today = buildDay(journal);
  const schedule = buildSchedule(journal, { today, until: addDays(today, 90) });
  const ics = scheduleCalendar(schedule, { locale: journal.settings.locale, owner: journal.settings.owner });
  return new Response(ics, { headers: { "Content-Type": "text/calendar; charset=utf-8" } });
};
