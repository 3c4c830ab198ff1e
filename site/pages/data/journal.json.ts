// The model as data, for the agenda and everything else the browser works out for the day it opens.
// A build pinned to a day (`--today`, or the journal's own pin) carries that pin, so the browser
// shows what the pages were built for.
import type { APIRoute } from "astro";
import { toData } from "../../../src/journal/serialize.ts";
import { pinnedDay } from "../../../src/site/build-day.ts";
import { getJournal } from "../../lib/journal.ts";

export const GET: APIRoute = async () => {
  const journal = await getJournal();
  const data = toData(journal, { lean: true });
  return new Response(JSON.stringify({ ...data, settings: { ...data.settings, today: pinnedDay(journal) } }), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
