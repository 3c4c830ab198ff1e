/**
 * New contact and event files: the keys a person fills in next, the three depth facets among them,
 * with a short hint as a YAML comment. The body stays empty on purpose: `rapport check` then warns
 * that the contact is an identity-less business card until what, why or goals is written, which is
 * exactly the work left to do. Pure; the text is read back with the parser before it is accepted.
 */
import { stringify } from "yaml";
import type { IsoDate, Locale } from "../journal/model.ts";
import { idOf, parseFile } from "../journal/parse-file.ts";
import { refuse, type Refusal } from "./edit.ts";
import { messagesFor } from "./messages.ts";
import { slug } from "./slug.ts";

export interface NewContact {
  readonly name: string;
  /** The file name; made from the name when absent. */
  readonly id?: string;
  readonly company?: string;
  readonly circle?: string;
  /** An event id. */
  readonly metAt?: string;
  readonly met?: IsoDate;
}

export interface NewEvent {
  readonly title: string;
  readonly date: IsoDate;
  readonly end?: IsoDate;
  readonly location?: string;
  readonly id?: string;
}

export interface NewFile {
  readonly ok: true;
  readonly id: string;
  readonly file: string;
  readonly text: string;
}

/** A YAML value as one line: quoted only when YAML needs it (`"true"`, `"#1 fan"`, `"Doe: Jane"`). */
function scalar(value: string): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

function line(key: string, value: string | undefined, hint?: string): string {
  const written = value === undefined || value === "" ? `${key}:` : `${key}: ${scalar(value)}`;
  return hint ? `${written} # ${hint}` : written;
}

/** `existing` are the journal's files: an id is a file name and must be unique across contacts and events. */
export function newContact(contact: NewContact, existing: readonly string[], locale: Locale): NewFile | Refusal {
  const name = contact.name.trim();
  const id = contact.id ?? slug(name);
  const invalid = checkNew("contact's name", name, id, existing);
  if (invalid) return invalid;
  const hint = messagesFor(locale).hint;
  const lines = [
    "---",
    line("name", name),
    line("company", contact.company),
    line("role", undefined),
    line("industry", undefined),
    line("location", undefined),
    "skills: []",
    line("email", undefined),
    line("phone", undefined),
    line("what", undefined, hint.what),
    line("why", undefined, hint.why),
    line("goals", undefined, hint.goals),
    line("circle", contact.circle ?? "network", hint.circle),
    contact.metAt ? line("met_at", contact.metAt) : line("met", contact.met),
    line("rapport", undefined, hint.rapport),
    "tags: []",
    "---",
    "",
  ];
  return checked(`contacts/${id}.md`, id, lines.join("\n"), { name });
}

export function newEvent(event: NewEvent, existing: readonly string[], locale: Locale): NewFile | Refusal {
  const title = event.title.trim();
  const id = event.id ?? (slug(title) ? `${event.date}-${slug(title)}` : "");
  const invalid = checkNew("event's title", title, id, existing);
  if (invalid) return invalid;
  const hint = messagesFor(locale).hint;
  const lines = [
    "---",
    line("title", title),
    line("date", event.date),
    ...(event.end ? [line("end", event.end)] : []),
    line("location", event.location),
    line("url", undefined),
    `target: 3-5 # ${hint.target}`,
    `goals: [] # ${hint.eventGoals}`,
    "met: []",
    "---",
    "",
  ];
  return checked(`events/${id}.md`, id, lines.join("\n"), { title, date: event.date });
}

function checkNew(what: string, name: string, id: string, existing: readonly string[]): Refusal | undefined {
  if (!name || /[\r\n]/.test(name)) return refuse("unsafe", `give the ${what} on one line`);
  if (!id) return refuse("unsafe", `cannot make a file name from '${name}': pass one with --id`);
  if (/[/\\\u0000-\u001f]/.test(id) || id.startsWith(".") || id.toLowerCase().endsWith(".md"))
    return refuse("unsafe", `'${id}' cannot be a file name: use letters, digits and '-', without '/' or a leading '.'`);
  // Compared without case: on macOS and Windows `Jane-Doe.md` and `jane-doe.md` are the same file.
  const clash = existing.find((f) => idOf(f).toLowerCase() === id.normalize("NFC").toLowerCase());
  return clash ? refuse("exists", `the id '${id}' is taken: ${clash} exists`) : undefined;
}

/** The new file must parse without errors and say what was asked. */
function checked(file: string, id: string, text: string, expect: Record<string, string>): NewFile | Refusal {
  const parsed = parseFile(file, text);
  const record = parsed.record as Record<string, unknown> | undefined;
  const errors = parsed.diagnostics.filter((d) => d.severity === "error");
  const wrong = Object.entries(expect).find(([key, value]) => record?.[key] !== value);
  if (errors.length > 0 || wrong) {
    const why = errors[0]?.message ?? `'${wrong![0]}' would not read back as '${wrong![1]}'`;
    return refuse("unsafe", `cannot write ${file}: ${why}`);
  }
  return { ok: true, id, file, text };
}
