/**
 * The model in the browser: fetched once as data from /data/journal.json and rebuilt by the same
 * code as on the server, so that whatever depends on the date is worked out for the day the page is
 * opened. "Today" is ?today=YYYY-MM-DD when given, else the day the build was pinned to (the data
 * carries `rapport build --today` or the journal's own pin), else the browser's local date.
 */
import { addDays, isIsoDate, localToday, type IsoDate } from "../../src/core/date.ts";
import { buildSchedule, nextByContact, scheduleMessages, type Schedule } from "../../src/schedule/index.ts";
import { fromData, type JournalData } from "../../src/journal/serialize.ts";
import type { Journal } from "../../src/journal/model.ts";

/** How far ahead the site's schedule looks: the agenda's coming days and the "next due" column. */
export const HORIZON_DAYS = 90;

interface Model {
  readonly journal: Journal;
  readonly today: IsoDate;
}

let model: Promise<Model | undefined> | undefined;
let scheduled: Promise<(Model & { schedule: Schedule }) | undefined> | undefined;

export function todayFor(journal: Journal): IsoDate {
  const param = new URLSearchParams(location.search).get("today");
  return param && isIsoDate(param) ? param : (journal.settings.today ?? localToday());
}

/** The journal and today, fetched and rebuilt once per page. */
export function loadModel(): Promise<Model | undefined> {
  const base = document.body.dataset["base"] ?? "/";
  model ??= fetch(`${base}data/journal.json`)
    .then((r) => (r.ok ? (r.json() as Promise<JournalData>) : undefined))
    .then((data) => {
      if (!data) return undefined;
      const journal = fromData(data);
      return { journal, today: todayFor(journal) };
    });
  return model;
}

/** The journal, today and its schedule, computed once per page. */
export function loadSchedule(): Promise<(Model & { schedule: Schedule }) | undefined> {
  scheduled ??= loadModel().then(
    (m) => m && { ...m, schedule: buildSchedule(m.journal, { today: m.today, until: addDays(m.today, HORIZON_DAYS) }) },
  );
  return scheduled;
}

/** For each contact, its next schedule item's day and a short label ("Wed 25 Nov · rhythm: …"). */
export async function nextDueByContact(): Promise<Map<string, { due: IsoDate; label: string }> | undefined> {
  const state = await loadSchedule();
  if (!state) return undefined;
  const m = scheduleMessages(state.journal.settings.locale);
  const next = new Map<string, { due: IsoDate; label: string }>();
  for (const [id, item] of nextByContact(state.schedule)) {
    next.set(id, { due: item.due, label: `${m.day(item.due, state.today)} · ${item.reason}` });
  }
  return next;
}
