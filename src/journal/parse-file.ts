/**
 * Parsing one journal file: a pure function of its path and text, so that its result can be cached
 * by content hash and computed on any thread. References stay unresolved here; `resolveJournal`
 * resolves them against the whole journal.
 */
import type { z } from "zod";
import { LineIndex } from "../core/position.ts";
import { parseDuration } from "../core/duration.ts";
import { parseBody, type RawEntry, type RawLink, type RawTask } from "./body.ts";
import { splitFrontmatter, type Frontmatter } from "./frontmatter.ts";
import type { Birthday, Circle, Diagnostic, Duration, Goal, OwnerKind, Position, Target } from "./model.ts";
import {
  contactSchema,
  eventSchema,
  KNOWN_KEYS,
  LIST_KEYS,
  REFERENCE_KEYS,
  stripLink,
  TEXT_KEYS,
  type ContactData,
  type EventData,
} from "./schema.ts";

/** A reference as written, with where it was written. */
export interface RawRef {
  readonly raw: string;
  readonly pos: Position;
}

interface ParsedCommon {
  readonly file: string;
  readonly id: string;
  readonly body: string;
  readonly undated: string;
  readonly entries: readonly RawEntry[];
  readonly tasks: readonly RawTask[];
  readonly links: readonly RawLink[];
  readonly tags: readonly string[];
  readonly extra: Readonly<Record<string, unknown>>;
  readonly keys: Readonly<Record<string, Position>>;
}

export interface ParsedContact extends ParsedCommon {
  readonly kind: "contact";
  readonly name: string;
  readonly aliases: readonly string[];
  readonly company?: string;
  readonly role?: string;
  readonly industry?: string;
  readonly location?: string;
  readonly skills: readonly string[];
  readonly email: readonly string[];
  readonly phone?: string;
  readonly whatsapp?: string;
  readonly linkedin?: string;
  readonly xing?: string;
  readonly website?: string;
  readonly address?: string;
  readonly birthday?: Birthday;
  readonly what?: string;
  readonly why?: string;
  readonly goals?: string;
  readonly circle: Circle;
  readonly cadence?: Duration;
  readonly met?: string;
  readonly metAt?: RawRef;
  readonly introducedBy?: RawRef;
  readonly knows: readonly RawRef[];
  readonly rapport?: "high" | "normal" | "low";
  readonly next?: string;
  readonly snooze?: string;
}

export interface ParsedEvent extends ParsedCommon {
  readonly kind: "event";
  readonly title: string;
  readonly date: string;
  readonly end?: string;
  readonly location?: string;
  readonly url?: string;
  readonly goals: readonly Goal[];
  readonly target?: Target;
  readonly followup?: string;
  readonly met: readonly RawRef[];
}

export interface ParsedFile {
  readonly file: string;
  readonly kind: OwnerKind;
  readonly id: string;
  /** Absent when the file is unusable (an event without a valid date); its id still counts as known. */
  readonly record?: ParsedContact | ParsedEvent;
  readonly diagnostics: readonly Diagnostic[];
}

/** The journal kind a path belongs to, by its top folder. */
export function kindOf(file: string): OwnerKind | undefined {
  if (file.startsWith("contacts/")) return "contact";
  if (file.startsWith("events/")) return "event";
  return undefined;
}

/** `contacts/people/Jürgen Müller.md` → `Jürgen Müller` (NFC, so macOS and Linux file names agree). */
export function idOf(file: string): string {
  const base = file.slice(file.lastIndexOf("/") + 1);
  return base.replace(/\.md$/i, "").normalize("NFC");
}

export function parseFile(file: string, rawText: string): ParsedFile {
  const kind = kindOf(file) ?? "contact";
  const id = idOf(file);
  const text = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
  const lines = new LineIndex(text);
  const diagnostics: Diagnostic[] = [];
  const report = (
    where: { line: number; column: number },
    severity: Diagnostic["severity"],
    code: string,
    message: string,
    hint?: string,
  ) =>
    diagnostics.push({
      file,
      line: where.line,
      column: where.column,
      severity,
      code,
      message,
      ...(hint ? { hint } : {}),
    });

  const fm = splitFrontmatter(text, lines);
  for (const e of fm.errors) report(e, "error", e.code, e.message, e.hint);
  // Missing keys are only worth reporting when the YAML could be read: otherwise they may well be there.
  const readable = fm.present && fm.errors.length === 0;
  if (!fm.present) {
    const first = kind === "contact" ? "name: Jane Doe" : "title: Fintech Summit\ndate: 2026-11-18";
    report(
      { line: 1, column: 1 },
      "error",
      "missing-frontmatter",
      `${kind} file has no frontmatter`,
      `start the file with '---', ${first.replace("\n", ", ")}, '---'`,
    );
  }

  const body = parseBody(fm.body, fm.bodyOffset, lines, file, kind);
  for (const e of body.errors) report(e, "error", e.code, e.message, e.hint);

  const data = normalise(fm, kind);
  const keys: Record<string, Position> = {};
  const extra: Record<string, unknown> = {};
  for (const key of Object.keys(fm.data)) {
    keys[key] = { file, ...fm.locate([key]) };
    if (!KNOWN_KEYS[kind].has(key)) extra[key] = fm.data[key];
  }
  const ref = (raw: string, path: (string | number)[]): RawRef => ({ raw, pos: { file, ...fm.locate(path) } });
  const common = {
    file,
    id,
    body: fm.body,
    undated: body.undated,
    entries: body.entries,
    tasks: body.tasks,
    links: body.links,
    extra,
    keys,
  };

  if (kind === "contact") {
    if (readable && data.name === undefined) {
      report(
        { line: 1, column: 1 },
        "error",
        "missing-field",
        "contact has no 'name'",
        "add a line 'name: Full Name' to the frontmatter",
      );
    }
    const c = validate(contactSchema, data, fm, report);
    const record: ParsedContact = compact({
      kind: "contact",
      ...common,
      tags: cleanTags(c.tags),
      name: c.name ?? id,
      aliases: c.aliases,
      company: c.company,
      role: c.role,
      industry: c.industry,
      location: c.location,
      skills: c.skills,
      email: c.email,
      phone: c.phone,
      whatsapp: c.whatsapp,
      linkedin: c.linkedin,
      xing: c.xing,
      website: c.website,
      address: c.address,
      birthday: c.birthday,
      what: c.what,
      why: c.why,
      goals: c.goals,
      circle: c.circle,
      cadence: c.cadence === undefined ? undefined : parseDuration(c.cadence),
      met: c.met,
      metAt: c.met_at === undefined ? undefined : ref(c.met_at, ["met_at"]),
      introducedBy: c.introduced_by === undefined ? undefined : ref(c.introduced_by, ["introduced_by"]),
      knows: c.knows.map((k, i) => ref(k, ["knows", i])),
      rapport: c.rapport,
      next: c.next,
      snooze: c.snooze,
    });
    if (readable && !fm.body.trim() && !c.what && !c.why && !c.goals) {
      report(
        { line: 1, column: 1 },
        "warning",
        "business-card",
        `'${c.name ?? id}' is an identity-less business card: no notes and none of what, why or goals`,
        "write down what they do (what:), why (why:) and what they want to achieve (goals:), or a first note",
      );
    }
    return { file, kind, id, record, diagnostics: sortDiagnostics(diagnostics) };
  }

  if (readable && data.title === undefined) {
    report(
      { line: 1, column: 1 },
      "error",
      "missing-field",
      "event has no 'title'",
      "add a line 'title: Name of the event' to the frontmatter",
    );
  }
  if (readable && data.date === undefined) {
    report(
      { line: 1, column: 1 },
      "error",
      "missing-field",
      "event has no 'date'",
      "add a line 'date: YYYY-MM-DD' to the frontmatter",
    );
  }
  const e = validate(eventSchema, data, fm, report);
  if (e.date === undefined) return { file, kind, id, diagnostics: sortDiagnostics(diagnostics) };
  if (e.end !== undefined && e.end < e.date) {
    report(
      fm.locate(["end"]),
      "error",
      "invalid-date",
      `'end' (${e.end}) is before 'date' (${e.date})`,
      "an event ends on or after the day it starts",
    );
  }
  const record: ParsedEvent = compact({
    kind: "event",
    ...common,
    tags: cleanTags(e.tags),
    title: e.title ?? id,
    date: e.date,
    end: e.end !== undefined && e.end >= e.date ? e.end : undefined,
    location: e.location,
    url: e.url,
    goals: e.goals.map((g, i): Goal => {
      const pos = { file, ...fm.locate(["goals", i]) };
      if (typeof g === "string") return { text: g, industry: [], skills: [], tags: [], company: [], role: [], pos };
      const criteria = (["industry", "skills", "tags", "company", "role"] as const).flatMap((k) =>
        g[k].map((v) => `${k}: ${v}`),
      );
      return {
        text: g.who ?? criteria.join(", "),
        industry: g.industry,
        skills: g.skills,
        tags: g.tags,
        company: g.company,
        role: g.role,
        pos,
      };
    }),
    target: e.target,
    followup: e.followup,
    met: e.met.map((m, i) => ref(m, ["met", i])),
  });
  return { file, kind, id, record, diagnostics: sortDiagnostics(diagnostics) };
}

/**
 * Brings what people write to what the schema expects: an empty key (`company:`) is absent, a
 * number written where text belongs keeps the text it was written as (`phone: 0171…`), and an
 * unquoted `[[link]]`, which YAML reads as a nested list, is unwrapped.
 */
function normalise(fm: Frontmatter, kind: OwnerKind): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fm.data)) {
    if (value === null || value === "") continue;
    let v: unknown = value;
    if (REFERENCE_KEYS.has(key)) v = unwrapLinks(v);
    if (TEXT_KEYS[kind].has(key) && (typeof v === "number" || typeof v === "boolean"))
      v = fm.rawText([key]) ?? String(v);
    if (LIST_KEYS[kind].has(key) && Array.isArray(v)) {
      v = v
        .filter((item) => item !== null && item !== "")
        .map((item, i) =>
          typeof item === "number" || typeof item === "boolean" ? (fm.rawText([key, i]) ?? String(item)) : item,
        );
    }
    out[key] = v;
  }
  return out;
}

/** YAML reads an unquoted `[[id]]` as a list holding a list holding `id`. */
function isNestedLink(v: unknown): v is [[string]] {
  return Array.isArray(v) && v.length === 1 && Array.isArray(v[0]) && v[0].length === 1 && typeof v[0][0] === "string";
}

function unwrapLinks(value: unknown): unknown {
  if (isNestedLink(value)) return `[[${value[0][0]}]]`;
  return Array.isArray(value) ? value.map((v) => (isNestedLink(v) ? `[[${v[0][0]}]]` : v)) : value;
}

/**
 * Validates with zod; each problem is reported at its key, the key is dropped and validation runs
 * again, so one bad value never hides the rest of the file. Every key is optional or defaulted in
 * the schemas (missing required keys are reported by the caller), so the loop ends.
 */
function validate<S extends z.ZodType>(
  schema: S,
  input: Record<string, unknown>,
  fm: Frontmatter,
  report: (
    where: { line: number; column: number },
    severity: "error",
    code: string,
    message: string,
    hint?: string,
  ) => void,
): z.output<S> {
  let data = input;
  for (;;) {
    const result = schema.safeParse(data);
    if (result.success) return result.data as z.output<S>;
    const clean = { ...data };
    for (const issue of result.error.issues) {
      const params = (issue as { params?: { code?: string; hint?: string } }).params;
      const path = issue.path as (string | number)[];
      report(fm.locate(path), "error", params?.code ?? "invalid-type", issue.message, params?.hint);
      delete clean[String(path[0])];
    }
    data = Object.keys(clean).length < Object.keys(data).length ? clean : {};
  }
}

function cleanTags(tags: readonly string[]): string[] {
  return tags.map((t) => t.replace(/^#/, "")).filter(Boolean);
}

function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return list.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** Drops undefined properties, so optional fields are absent rather than present-and-undefined. */
function compact<T extends object>(value: { [K in keyof T]: T[K] | undefined }): T {
  for (const key of Object.keys(value) as (keyof T)[]) if (value[key] === undefined) delete value[key];
  return value as T;
}

export type { ContactData, EventData };
