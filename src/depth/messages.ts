/** Every sentence the depth module shows a person, in English and German. */
import type { Locale } from "../journal/model.ts";
import type { Facet } from "./score.ts";

export interface DepthMessages {
  facet: Readonly<Record<Facet, string>>;
  /** "knows what, why and goals" */
  knowsAll(known: readonly string[]): string;
  /** "knows what and why, not goals" */
  knowsSome(known: readonly string[], missing: readonly string[]): string;
  knowsNone(missing: readonly string[]): string;
  conversations(count: number): string;
  inPerson(count: number): string;
  lastTouch(days: number): string;
  neverInTouch: string;
  /** What would bring a contact closer: the first thing to do. */
  next: Readonly<Record<Facet | "reconnect" | "deepen" | "continuity", string>>;
}

const en: DepthMessages = {
  facet: { what: "what", why: "why", goals: "goals" },
  knowsAll: (known) => `knows ${list(known, "and")}`,
  knowsSome: (known, missing) => `knows ${list(known, "and")}, not ${list(missing, "or")}`,
  knowsNone: (missing) => `knows neither ${missing.join(" nor ")}`,
  conversations: (n) => `${n === 0 ? "no" : n} conversation${n === 1 ? "" : "s"} in 12 months`,
  inPerson: (n) => `${n} in person`,
  lastTouch: (days) => (days === 0 ? "last today" : days === 1 ? "last yesterday" : `last ${days} days ago`),
  neverInTouch: "never in touch",
  next: {
    what: "find out what they do",
    why: "ask why they do it",
    goals: "ask what they want to achieve",
    reconnect: "get back in touch",
    deepen: "have a longer conversation, in person or by call",
    continuity: "stay in touch more regularly",
  },
};

const de: DepthMessages = {
  facet: { what: "Was", why: "Warum", goals: "Ziele" },
  knowsAll: (known) => `kennt ${list(known, "und")}`,
  knowsSome: (known, missing) => `kennt ${list(known, "und")}, nicht ${list(missing, "oder")}`,
  knowsNone: (missing) => `kennt weder ${missing.join(" noch ")}`,
  conversations: (n) => `${n === 0 ? "kein" : n} Gespräch${n === 1 || n === 0 ? "" : "e"} in 12 Monaten`,
  inPerson: (n) => `${n} persönlich`,
  lastTouch: (days) => (days === 0 ? "zuletzt heute" : days === 1 ? "zuletzt gestern" : `zuletzt vor ${days} Tagen`),
  neverInTouch: "noch kein Kontakt",
  next: {
    what: "herausfinden, was die Person macht",
    why: "fragen, warum die Person das macht",
    goals: "fragen, was die Person erreichen will",
    reconnect: "wieder melden",
    deepen: "ein längeres Gespräch führen, persönlich oder am Telefon",
    continuity: "regelmäßiger in Kontakt bleiben",
  },
};

const MESSAGES: Readonly<Record<Locale, DepthMessages>> = { en, de };

export function depthMessages(locale: Locale): DepthMessages {
  return MESSAGES[locale];
}

/** "a", "a and b", "a, b and c" */
function list(items: readonly string[], and: string): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${and} ${items.at(-1)}`;
}
