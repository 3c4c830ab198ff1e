import type { Contact, Event } from "../journal/model.ts";
import type { Subject } from "./types.ts";

export function subjectOf(file: Contact | Event): Subject {
  return { kind: file.kind, id: file.id, name: file.kind === "contact" ? file.name : file.title, file: file.file };
}
