/** Dates for people: formatted in the journal's locale, always from ISO days (no time zones). */
import type { IsoDate } from "../../src/core/date.ts";
import type { Locale } from "../../src/journal/model.ts";

const TAG: Record<Locale, string> = { en: "en-GB", de: "de-DE" };

/** A site shows the same few hundred days over and over (every timeline): each is formatted once. */
const formatted = new Map<string, string>();

export function formatDate(iso: IsoDate, locale: Locale, withWeekday = false): string {
  const key = `${locale}:${withWeekday}:${iso}`;
  let text = formatted.get(key);
  if (text === undefined) {
    const [y, m, d] = iso.split("-").map(Number);
    text = formatter(locale, withWeekday).format(new Date(Date.UTC(y!, m! - 1, d!)));
    formatted.set(key, text);
  }
  return text;
}

export function formatBirthday(b: { month: number; day: number; year?: number }, locale: Locale): string {
  const date = new Date(Date.UTC(b.year ?? 2000, b.month - 1, b.day));
  return new Intl.DateTimeFormat(TAG[locale], {
    timeZone: "UTC",
    day: "numeric",
    month: "long",
    ...(b.year ? { year: "numeric" } : {}),
  }).format(date);
}

/** Made once per locale and style: creating an Intl.DateTimeFormat costs far more than formatting. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: Locale, withWeekday: boolean): Intl.DateTimeFormat {
  const key = `${locale}:${withWeekday}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(TAG[locale], {
      timeZone: "UTC",
      day: "numeric",
      month: "short",
      year: "numeric",
      ...(withWeekday ? { weekday: "short" } : {}),
    });
    formatters.set(key, format);
  }
  return format;
}
