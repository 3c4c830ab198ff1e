/**
 * The frontmatter schemas. zod checks shape and types and gives the typed output; every message is
 * written for a person editing the file ("'met' must be a date (YYYY-MM-DD)"), and custom checks
 * carry a rule code and a hint in `params` so the loader can turn them into located diagnostics.
 */
import { z } from "zod";
import { isIsoDate } from "../core/date.ts";
import { parseDuration } from "../core/duration.ts";
import { CIRCLES } from "./model.ts";
import { closest } from "./suggest.ts";

export function describe(value: unknown): string {
  if (value === undefined || value === null) return "empty";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping (key: value pairs)";
  if (typeof value === "boolean") return `${value}`;
  if (typeof value === "number") return `the number ${value}`;
  return `'${String(value)}'`;
}

interface Custom {
  code: string;
  hint?: string;
}

function fail(ctx: z.RefinementCtx, message: string, params: Custom): void {
  ctx.addIssue({ code: "custom", message, params });
}

const text = (key: string) =>
  z.string({ error: (issue) => `'${key}' must be text, not ${describe(issue.input)}` }).trim();

/** A list of text; a single value is accepted as a one-item list, as Obsidian does. */
const textList = (key: string) =>
  z.preprocess(
    (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
    z.array(
      z.string({ error: (issue) => `'${key}' must be a list of text; one item is ${describe(issue.input)}` }).trim(),
    ),
  );

const isoDate = (key: string) =>
  text(key).superRefine((value, ctx) => {
    if (isIsoDate(value)) return;
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
      fail(ctx, `'${key}' is not a real date: ${value} does not exist`, {
        code: "invalid-date",
        hint: "check the month and day",
      });
    } else {
      fail(ctx, `'${key}' must be a date written YYYY-MM-DD, not '${value}'`, {
        code: "invalid-date",
        hint: `e.g. ${key}: 2026-11-18`,
      });
    }
  });

const duration = (key: string) =>
  text(key).superRefine((value, ctx) => {
    if (!parseDuration(value))
      fail(ctx, `'${key}' must be a duration like 10d, 2w, 3m or 1y, not '${value}'`, {
        code: "invalid-duration",
        hint: "d = days, w = weeks, m = months, y = years",
      });
  });

const oneOf = <T extends string>(key: string, values: readonly T[], code: string) =>
  text(key).superRefine((value, ctx) => {
    if ((values as readonly string[]).includes(value)) return;
    const near = closest(value, values);
    fail(ctx, `unknown ${key} '${value}'`, {
      code,
      hint: `${near ? `did you mean '${near}'? ` : ""}use one of ${values.join(", ")}`,
    });
  }) as unknown as z.ZodType<T>;

const BIRTHDAY = /^(?:(\d{4})|-)?-?(\d{2})-(\d{2})$/;

const birthday = text("birthday").transform((value, ctx) => {
  const m = BIRTHDAY.exec(value);
  const year = m?.[1] ? Number(m[1]) : undefined;
  const month = Number(m?.[2]);
  const day = Number(m?.[3]);
  // Checked against a leap year when the year is unknown, so 29 February is a valid birthday.
  if (!m || !isIsoDate(`${year ?? 2000}-${m[2]}-${m[3]}`)) {
    fail(ctx, `'birthday' must be a date: YYYY-MM-DD, or --MM-DD / MM-DD without the year, not '${value}'`, {
      code: "invalid-date",
      hint: "e.g. birthday: --04-12",
    });
    return z.NEVER;
  }
  return year === undefined ? { month, day } : { month, day, year };
});

// References stay as written (`[[jane-doe|Jane]]`); the resolver reads the id out of them.
const reference = text;
const referenceList = textList;

/** `[[jane-doe|Jane]]` → `jane-doe`; a bare id or name is returned as it is. */
export function stripLink(raw: string): string {
  const m = /^\[\[([^\]|#]+)(?:#[^\]|]*)?(?:\|[^\]]*)?\]\]$/.exec(raw.trim());
  return (m ? m[1]! : raw).trim();
}

export const contactSchema = z.looseObject({
  // Required, but a missing name is reported by the parser, which falls back to the file name.
  name: text("name").optional(),
  aliases: textList("aliases"),
  company: text("company").optional(),
  role: text("role").optional(),
  industry: text("industry").optional(),
  location: text("location").optional(),
  skills: textList("skills"),
  tags: textList("tags"),
  email: textList("email"),
  phone: text("phone").optional(),
  whatsapp: text("whatsapp").optional(),
  linkedin: text("linkedin").optional(),
  xing: text("xing").optional(),
  website: text("website").optional(),
  address: text("address").optional(),
  birthday: birthday.optional(),
  what: text("what").optional(),
  why: text("why").optional(),
  goals: text("goals").optional(),
  circle: oneOf("circle", CIRCLES, "unknown-circle").default("network"),
  cadence: duration("cadence").optional(),
  met: isoDate("met").optional(),
  met_at: reference("met_at").optional(),
  introduced_by: reference("introduced_by").optional(),
  knows: referenceList("knows"),
  rapport: oneOf("rapport", ["high", "normal", "low"] as const, "invalid-value").optional(),
  next: isoDate("next").optional(),
  snooze: isoDate("snooze").optional(),
});

export type ContactData = z.output<typeof contactSchema>;

const goal = z.union(
  [
    text("goals").min(1),
    z.object(
      {
        who: text("who").optional(),
        industry: textList("industry"),
        skills: textList("skills"),
        tags: textList("tags"),
        company: textList("company"),
        role: textList("role"),
      },
      { error: (issue) => `a goal must be text or a mapping with 'who' and match keys, not ${describe(issue.input)}` },
    ),
  ],
  { error: (issue) => `a goal must be text or a mapping with 'who' and match keys, not ${describe(issue.input)}` },
);

const target = z
  .union([z.number(), z.string()], {
    error: (issue) => `'target' must be a number or a range like 3-5, not ${describe(issue.input)}`,
  })
  .transform((value, ctx) => {
    const m = /^\s*(\d+)\s*(?:[-–]\s*(\d+))?\s*$/.exec(String(value));
    const min = Number(m?.[1]);
    const max = m?.[2] === undefined ? min : Number(m[2]);
    if (!m || max < min) {
      fail(ctx, `'target' must be a number or a range like 3-5, not '${value}'`, {
        code: "invalid-value",
        hint: "how many new people you aim to meet: 3-5 is a good start",
      });
      return z.NEVER;
    }
    return { min, max };
  });

export const eventSchema = z.looseObject({
  // Required, but reported by the parser when missing (title falls back to the file name).
  title: text("title").optional(),
  date: isoDate("date").optional(),
  end: isoDate("end").optional(),
  location: text("location").optional(),
  url: text("url").optional(),
  tags: textList("tags"),
  goals: z.preprocess(
    (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
    z.array(goal, { error: (issue) => `'goals' must be a list, not ${describe(issue.input)}` }),
  ),
  target: target.optional(),
  followup: isoDate("followup").optional(),
  met: referenceList("met"),
});

export type EventData = z.output<typeof eventSchema>;
export type GoalData = z.output<typeof goal>;

/** Keys whose values are text: a number or true/false written there is taken as the text it was written as. */
export const TEXT_KEYS = {
  contact: new Set([
    "name",
    "company",
    "role",
    "industry",
    "location",
    "phone",
    "whatsapp",
    "linkedin",
    "xing",
    "website",
    "address",
    "what",
    "why",
    "goals",
    "met_at",
    "introduced_by",
    "circle",
    "rapport",
  ]),
  event: new Set(["title", "location", "url"]),
} as const;

export const LIST_KEYS = {
  contact: new Set(["aliases", "skills", "tags", "email", "knows"]),
  event: new Set(["tags", "met"]),
} as const;

/** Keys that hold references: an unquoted `[[id]]` there is YAML for a nested list, so it is unwrapped. */
export const REFERENCE_KEYS = new Set(["met_at", "introduced_by", "knows", "met"]);

/** The keys Rapport understands, per kind; others are kept as `extra`. */
export const KNOWN_KEYS = {
  contact: new Set(Object.keys(contactSchema.shape)),
  event: new Set(Object.keys(eventSchema.shape)),
} as const;
