/** The figures behind the Network page's charts: linear passes over the model, for the build day. */
import { addMonths, type IsoDate } from "../../src/core/date.ts";
import type { Depth } from "../../src/depth/index.ts";
import { followupStatus } from "../../src/journal/followup.ts";
import type { Journal, Locale } from "../../src/journal/model.ts";

export interface Bar {
  readonly label: string;
  readonly value: number;
  readonly text?: string;
}

const MONTH: Record<Locale, string> = { en: "en-GB", de: "de-DE" };

/** Entries (conversations) in each of the last twelve months, oldest first. */
export function conversationsPerMonth(journal: Journal, today: IsoDate): Bar[] {
  const months = Array.from({ length: 12 }, (_, i) => addMonths(today, i - 11).slice(0, 7));
  const counts = new Map(months.map((m) => [m, 0]));
  for (const e of journal.entries) {
    const month = e.date.slice(0, 7);
    if (e.date <= today && counts.has(month)) counts.set(month, counts.get(month)! + 1);
  }
  const format = new Intl.DateTimeFormat(MONTH[journal.settings.locale], {
    month: "short",
    year: "2-digit",
    timeZone: "UTC",
  });
  return months.map((m) => ({ label: format.format(new Date(`${m}-01T00:00:00Z`)), value: counts.get(m)! }));
}

/** How many contacts have a depth in each band of ten. */
export function depthDistribution(depths: Iterable<Depth>): Bar[] {
  const bands = Array.from({ length: 10 }, () => 0);
  for (const d of depths) bands[Math.min(9, Math.floor(d.score / 10))]!++;
  return bands.map((value, i) => ({ label: `${i * 10}–${i === 9 ? 100 : i * 10 + 9}`, value }));
}

/** For each past event with people met: the share followed up by the follow-up day. */
export function followupRatePerEvent(journal: Journal, today: IsoDate): Bar[] {
  return journal.events
    .filter((e) => e.date < today && (journal.metAt.get(e.id)?.length ?? 0) > 0)
    .map((e) => {
      const met = journal.metAt.get(e.id)!;
      const onTime = met.filter((id) => followupStatus(journal, e.id, id, today)?.state === "on-time").length;
      return { label: e.title, value: Math.round((onTime / met.length) * 100), text: `${onTime}/${met.length}` };
    });
}
