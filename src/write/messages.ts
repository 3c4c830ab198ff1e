/**
 * The words Rapport writes into a person's files and commits, in English and German: the hints in
 * new files' frontmatter and the commit messages. Chosen by the journal's `locale`.
 */
import type { Locale } from "../journal/model.ts";

export interface WriteMessages {
  readonly hint: {
    readonly what: string;
    readonly why: string;
    readonly goals: string;
    readonly circle: string;
    readonly rapport: string;
    readonly target: string;
    readonly eventGoals: string;
  };
  readonly commit: {
    readonly newContact: string;
    readonly newEvent: string;
    readonly done: string;
  };
}

export const MESSAGES: Readonly<Record<Locale, WriteMessages>> = {
  en: {
    hint: {
      what: "what do they do?",
      why: "why do they do it?",
      goals: "what do they want to achieve?",
      circle: "inner, close, network or dormant",
      rapport: "high if you got on well, whatever they matched",
      target: "how many new people you want to meet",
      eventGoals: "whom you want to meet, one '- who: …' line each",
    },
    commit: { newContact: "new contact", newEvent: "new event", done: "done" },
  },
  de: {
    hint: {
      what: "was macht die Person?",
      why: "warum macht sie das?",
      goals: "was will sie erreichen?",
      circle: "inner, close, network oder dormant",
      rapport: "high, wenn ihr euch gut verstanden habt, egal ob sie zum Plan passte",
      target: "wie viele neue Leute du kennenlernen willst",
      eventGoals: "wen du kennenlernen willst, je eine Zeile '- who: …'",
    },
    commit: { newContact: "neuer Kontakt", newEvent: "neue Veranstaltung", done: "erledigt" },
  },
};

export function messagesFor(locale: Locale): WriteMessages {
  return MESSAGES[locale];
}

/** `WhatsApp: thanked her` → `jane-doe: WhatsApp — thanked her`: a commit subject that reads as a log line. */
export function logSubject(id: string, text: string): string {
  return `${id}: ${text.trim().replace(/^([^:]{1,40}?):\s+/u, "$1 — ")}`;
}

export function doneSubject(id: string, task: string, locale: Locale): string {
  return `${id}: ${MESSAGES[locale].commit.done} — ${task}`;
}
