// The model as data, for the agenda and everything else the browser works out for the day it opens.
import type { APIRoute } from "astro";
import { toData } from "../../../src/journal/serialize.ts";
import { getJournal } from "../../lib/journal.ts";

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(toData(await getJournal(), { lean: true })), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
