/** Every sentence the graph module shows a person, in English and German. */
import type { Locale } from "../journal/model.ts";

export interface GraphMessages {
  relationship(to: string, depth: number): string;
  knows(from: string, to: string): string;
  /** `contact` has `introduced_by: introducer`. */
  introducedBy(contact: string, introducer: string): string;
  mention(from: string, to: string, date?: string): string;
  metAt(contact: string, event: string): string;
  coAttendance(a: string, b: string, event: string): string;
  worksAt(contact: string, organisation: string): string;
  /** A goal that names no industry, skills, tags, company or role. */
  noCriteria: string;
  direct(depth: number): string;
  through(introducer: string): string;
}

const en: GraphMessages = {
  relationship: (to, depth) => `you know ${to} (depth ${depth})`,
  knows: (from, to) => `${from} knows ${to}`,
  introducedBy: (contact, introducer) => `${introducer} introduced ${contact}`,
  mention: (from, to, date) => `notes on ${from} mention ${to}${date ? ` (${date})` : ""}`,
  metAt: (contact, event) => `${contact} was met at ${event}`,
  coAttendance: (a, b, event) => `${a} and ${b} were both met at ${event}`,
  worksAt: (contact, organisation) => `${contact} works at ${organisation}`,
  noCriteria: "names no industry, skills, tags, company or role, so it matches nobody",
  direct: (depth) => `you know them directly (depth ${depth})`,
  through: (introducer) => `through ${introducer}`,
};

const de: GraphMessages = {
  relationship: (to, depth) => `du kennst ${to} (Tiefe ${depth})`,
  knows: (from, to) => `${from} kennt ${to}`,
  introducedBy: (contact, introducer) => `${introducer} hat ${contact} vorgestellt`,
  mention: (from, to, date) => `Notizen zu ${from} erwähnen ${to}${date ? ` (${date})` : ""}`,
  metAt: (contact, event) => `${contact} wurde bei ${event} kennengelernt`,
  coAttendance: (a, b, event) => `${a} und ${b} wurden beide bei ${event} kennengelernt`,
  worksAt: (contact, organisation) => `${contact} arbeitet bei ${organisation}`,
  noCriteria: "nennt weder Branche, Fähigkeiten, Tags, Firma noch Rolle und passt deshalb auf niemanden",
  direct: (depth) => `direkt bekannt (Tiefe ${depth})`,
  through: (introducer) => `über ${introducer}`,
};

const MESSAGES: Readonly<Record<Locale, GraphMessages>> = { en, de };

export function graphMessages(locale: Locale): GraphMessages {
  return MESSAGES[locale];
}
