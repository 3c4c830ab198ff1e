/**
 * Every sentence the schedule shows a person, in English and German: reasons, drafts, labels and
 * the words of `rapport today`, `due` and `event`. Dates are formatted here by hand (no Intl), so
 * the output is the same in every runtime and browser.
 */
import { weekday, type IsoDate } from "../core/date.ts";
import type { Channel, Circle, Duration, Locale } from "../journal/model.ts";
import type { FollowupState } from "../journal/followup.ts";
import type { Kind } from "./types.ts";

type Rhythm = Exclude<Circle, "dormant">;

export interface ScheduleMessages {
  /** "Tue" — the weekday after an ISO date in the terminal. */
  weekday(date: IsoDate): string;
  /** "18 Nov", with the year when it is not `today`'s. */
  date(date: IsoDate, today: IsoDate): string;
  /** "Mon 23 Nov" */
  day(date: IsoDate, today: IsoDate): string;
  kind: Readonly<Record<Kind, string>>;
  channel: Readonly<Record<Channel, string>>;
  circle: Readonly<Record<Rhythm, string>>;
  every(cadence: Duration): string;

  metAt(event: string, date: string): string;
  metOn(date: string): string;
  deepenGoal(event: string, goal: string): string;
  deepenRapport(event: string): string;
  rhythm(circle: Rhythm, every: string, last: string): string;
  noTouch: string;
  fading: string;
  next: string;
  prepare(goals: number, day: string): string;
  moved(from: string): string;
  snoozed(until: string): string;

  draftAtEvent(event: string): string;
  draftAtEventLate(event: string): string;
  draftMet(date: string): string;

  overdue(days: number): string;
  /** "suggested channel: email" */
  via(channel: string): string;
  fadingLabel: string;
  heading: Readonly<Record<"overdue" | "today" | "appointments" | "prepare", string>>;
  summary: Readonly<
    Record<"followups" | "appointments" | "tasks" | "prepare" | "fading", (n: number) => string> & { nothing: string }
  >;

  followupState: Readonly<Record<FollowupState, string>>;
  overTarget(count: number, max: number): string;
  newContacts(count: number, target: string | undefined): string;
  nobodyMatched: string;
  noCriteria: string;
  upcoming: string;
  noGoals: string;
  eventHeading: Readonly<Record<"goals" | "met" | "followupDay", string>>;
  goalsMatched(names: string): string;
  rapportHigh: string;
  /** "12 items from 2026-11-24 to 2026-11-30" */
  dueSummary(count: number, from: string, until: string): string;
  todayLabel: string;
}

const EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const DE_MONTHS = ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."];
const EN_DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const DE_DAYS = ["So", "Mo", "Di", "Mi", "Do", "Fr", "Sa"];

function parts(date: IsoDate): { year: string; month: number; day: number } {
  return { year: date.slice(0, 4), month: Number(date.slice(5, 7)) - 1, day: Number(date.slice(8, 10)) };
}

const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

const en: ScheduleMessages = {
  weekday: (date) => EN_DAYS[weekday(date)]!,
  date(date, today) {
    const p = parts(date);
    return `${p.day} ${EN_MONTHS[p.month]}${p.year === today.slice(0, 4) ? "" : ` ${p.year}`}`;
  },
  day: (date, today) => `${en.weekday(date)} ${en.date(date, today)}`,
  kind: {
    "first-followup": "follow up",
    deepen: "deepen",
    rhythm: "keep in touch",
    appointment: "appointment",
    next: "planned",
    task: "task",
    prepare: "prepare",
  },
  channel: {
    "in-person": "in person",
    video: "video",
    call: "call",
    letter: "letter",
    postcard: "postcard",
    email: "email",
    message: "message",
    whatsapp: "WhatsApp",
    signal: "Signal",
    sms: "SMS",
    linkedin: "LinkedIn",
    xing: "XING",
    event: "event",
    other: "other",
  },
  circle: { inner: "inner circle", close: "close circle", network: "network" },
  every: (d) => {
    const unit = { d: ["day", "days"], w: ["week", "weeks"], m: ["month", "months"], y: ["year", "years"] }[d.unit];
    return d.amount === 1 ? `every ${unit[0]}` : `every ${d.amount} ${unit[1]}`;
  },

  metAt: (event, date) => `met at ${event} on ${date} — say you were glad to meet`,
  metOn: (date) => `met on ${date} — say you were glad to meet`,
  deepenGoal: (event, goal) => `matched “${goal}” at ${event} — arrange a proper conversation`,
  deepenRapport: (event) => `you got on well at ${event} — arrange a proper conversation`,
  rhythm: (circle, every, last) => `${en.circle[circle]}, ${every} — last in touch on ${last}`,
  noTouch: "no touch recorded yet",
  fading: "going cold",
  next: "your planned next touch",
  prepare: (goals, day) =>
    goals === 0
      ? `decide whom you want to meet (on ${day})`
      : `review your goals: ${n(goals, "person", "people")} you want to meet (on ${day})`,
  moved: (from) => `moved from ${from}: capacity`,
  snoozed: (until) => `snoozed until ${until}`,

  draftAtEvent: (event) => `Great to meet you at ${event} — did you get home well?`,
  draftAtEventLate: (event) => `Great to meet you at ${event} — I'd be glad to continue our conversation.`,
  draftMet: (date) => `Great to meet you on ${date} — I'd be glad to stay in touch.`,

  overdue: (days) => `${n(days, "day", "days")} overdue`,
  via: (channel) => `suggested channel: ${channel}`,
  fadingLabel: "fading",
  heading: {
    overdue: "Overdue",
    today: "Today",
    appointments: "Appointments, next 7 days",
    prepare: "Events to prepare",
  },
  summary: {
    followups: (c) => n(c, "follow-up", "follow-ups"),
    appointments: (c) => n(c, "appointment", "appointments"),
    tasks: (c) => n(c, "task", "tasks"),
    prepare: (c) => `${n(c, "event", "events")} to prepare`,
    fading: (c) => `${c} fading`,
    nothing: "nothing due",
  },

  followupState: { "on-time": "followed up on time", late: "followed up late", open: "open", overdue: "overdue" },
  overTarget: (count, max) =>
    `${count} new contacts, more than the ${max} you aimed for: quality over quantity — deepen the few you came for`,
  newContacts: (count, target) => `${n(count, "new contact", "new contacts")}${target ? ` (target ${target})` : ""}`,
  nobodyMatched: "nobody you met matches",
  noCriteria: "names no industry, skills, tags, company or role, so it matches nobody",
  upcoming: "upcoming: nobody met yet — `rapport prep` shows whom you already know who matches",
  noGoals: "no goals: decide whom you want to meet",
  eventHeading: { goals: "Goals", met: "Met there", followupDay: "follow-up day" },
  goalsMatched: (names) => `matches ${names}`,
  rapportHigh: "got on well",
  dueSummary: (count, from, until) => `${n(count, "item", "items")} from ${from} to ${until}`,
  todayLabel: "today",
};

const de: ScheduleMessages = {
  weekday: (date) => DE_DAYS[weekday(date)]!,
  date(date, today) {
    const p = parts(date);
    return `${p.day}. ${DE_MONTHS[p.month]}${p.year === today.slice(0, 4) ? "" : ` ${p.year}`}`;
  },
  day: (date, today) => `${de.weekday(date)}. ${de.date(date, today)}`,
  kind: {
    "first-followup": "nachfassen",
    deepen: "vertiefen",
    rhythm: "in Kontakt bleiben",
    appointment: "Termin",
    next: "geplant",
    task: "Aufgabe",
    prepare: "vorbereiten",
  },
  channel: {
    "in-person": "persönlich",
    video: "Video",
    call: "Anruf",
    letter: "Brief",
    postcard: "Postkarte",
    email: "E-Mail",
    message: "Nachricht",
    whatsapp: "WhatsApp",
    signal: "Signal",
    sms: "SMS",
    linkedin: "LinkedIn",
    xing: "XING",
    event: "Veranstaltung",
    other: "anders",
  },
  circle: { inner: "innerer Kreis", close: "enger Kreis", network: "Netzwerk" },
  every: (d) => {
    const unit = { d: ["Tag", "Tage"], w: ["Woche", "Wochen"], m: ["Monat", "Monate"], y: ["Jahr", "Jahre"] }[d.unit];
    const each = { d: "jeden", w: "jede", m: "jeden", y: "jedes" }[d.unit];
    return d.amount === 1 ? `${each} ${unit[0]}` : `alle ${d.amount} ${unit[1]}`;
  },

  metAt: (event, date) => `am ${date} bei ${event} kennengelernt — sag, dass du dich gefreut hast`,
  metOn: (date) => `am ${date} kennengelernt — sag, dass du dich gefreut hast`,
  deepenGoal: (event, goal) => `passt zu „${goal}“ bei ${event} — verabrede ein richtiges Gespräch`,
  deepenRapport: (event) => `ihr habt euch bei ${event} gut verstanden — verabrede ein richtiges Gespräch`,
  rhythm: (circle, every, last) => `${de.circle[circle]}, ${every} — zuletzt Kontakt am ${last}`,
  noTouch: "noch kein Kontakt festgehalten",
  fading: "die Beziehung kühlt ab",
  next: "dein geplanter nächster Kontakt",
  prepare: (goals, day) =>
    goals === 0
      ? `entscheide, wen du kennenlernen willst (am ${day})`
      : `prüfe deine Ziele: ${goals === 1 ? "1 Mensch, den" : `${goals} Menschen, die`} du kennenlernen willst (am ${day})`,
  moved: (from) => `verschoben vom ${from}: Kapazität`,
  snoozed: (until) => `pausiert bis ${until}`,

  draftAtEvent: (event) => `Schön, Sie bei „${event}“ kennengelernt zu haben — sind Sie gut nach Hause gekommen?`,
  draftAtEventLate: (event) =>
    `Schön, Sie bei „${event}“ kennengelernt zu haben — ich würde unser Gespräch gern fortsetzen.`,
  draftMet: (date) => `Schön, Sie am ${date} kennengelernt zu haben — ich würde mich freuen, in Kontakt zu bleiben.`,

  overdue: (days) => `${n(days, "Tag", "Tage")} überfällig`,
  via: (channel) => `vorgeschlagener Kanal: ${channel}`,
  fadingLabel: "kühlt ab",
  heading: {
    overdue: "Überfällig",
    today: "Heute",
    appointments: "Termine, nächste 7 Tage",
    prepare: "Veranstaltungen vorbereiten",
  },
  summary: {
    followups: (c) => n(c, "Follow-up", "Follow-ups"),
    appointments: (c) => n(c, "Termin", "Termine"),
    tasks: (c) => n(c, "Aufgabe", "Aufgaben"),
    prepare: (c) => `${n(c, "Veranstaltung", "Veranstaltungen")} vorzubereiten`,
    fading: (c) => `${c} ${c === 1 ? "kühlt" : "kühlen"} ab`,
    nothing: "nichts fällig",
  },

  followupState: {
    "on-time": "rechtzeitig nachgefasst",
    late: "spät nachgefasst",
    open: "offen",
    overdue: "überfällig",
  },
  overTarget: (count, max) =>
    `${count} neue Kontakte, mehr als die ${max} geplanten: Qualität vor Quantität — vertiefe die wenigen, für die du gekommen bist`,
  newContacts: (count, target) => `${n(count, "neuer Kontakt", "neue Kontakte")}${target ? ` (Ziel ${target})` : ""}`,
  nobodyMatched: "niemand, den du getroffen hast, passt",
  noCriteria: "nennt weder Branche, Fähigkeiten, Tags, Firma noch Rolle und passt deshalb auf niemanden",
  upcoming: "steht noch bevor: noch niemand getroffen — `rapport prep` zeigt, wen du schon kennst, der passt",
  noGoals: "keine Ziele: entscheide, wen du kennenlernen willst",
  eventHeading: { goals: "Ziele", met: "Dort kennengelernt", followupDay: "Nachfasstag" },
  goalsMatched: (names) => `passt zu ${names}`,
  rapportHigh: "gut verstanden",
  dueSummary: (count, from, until) => `${n(count, "Eintrag", "Einträge")} vom ${from} bis ${until}`,
  todayLabel: "heute",
};

const MESSAGES: Readonly<Record<Locale, ScheduleMessages>> = { en, de };

export function scheduleMessages(locale: Locale): ScheduleMessages {
  return MESSAGES[locale];
}
