/** The optional `rapport.yaml` at the journal root. Every value has a default. */
import { z } from "zod";
import { isIsoDate } from "../core/date.ts";
import { parseDuration } from "../core/duration.ts";
import { LineIndex } from "../core/position.ts";
import { parseYaml } from "./yaml.ts";
import type { Diagnostic, Duration, Settings } from "./model.ts";

export { SETTINGS_FILES } from "./settings-files.ts";

export const DEFAULT_SETTINGS: Settings = {
  owner: "Me",
  locale: "en",
  cadence: {
    inner: { amount: 2, unit: "w" },
    close: { amount: 6, unit: "w" },
    network: { amount: 3, unit: "m" },
  },
  followupDelay: 1,
  deepenAfter: 14,
  capacity: 5,
  commit: false,
};

const duration = (key: string) =>
  z.string({ error: `'${key}' must be a duration like 10d, 2w, 3m or 1y` }).transform((value, ctx): Duration => {
    const d = parseDuration(value);
    if (d) return d;
    ctx.addIssue({ code: "custom", message: `'${key}' must be a duration like 10d, 2w, 3m or 1y, not '${value}'` });
    return { amount: 0, unit: "d" };
  });

/** A whole number of days, written `3` or `3d`. */
const days = (key: string) =>
  z.union([z.number(), z.string()]).transform((value, ctx) => {
    const m = /^(\d+)d?$/.exec(String(value).trim());
    if (m) return Number(m[1]);
    ctx.addIssue({ code: "custom", message: `'${key}' must be a number of days, like 1 or 1d, not '${value}'` });
    return 0;
  });

const schema = z.strictObject(
  {
    owner: z.string({ error: "'owner' must be your name as text" }).optional(),
    locale: z.enum(["en", "de"], { error: "'locale' must be en or de" }).optional(),
    cadence: z
      .strictObject(
        {
          inner: duration("cadence.inner").optional(),
          close: duration("cadence.close").optional(),
          network: duration("cadence.network").optional(),
        },
        { error: "'cadence' must map inner, close and network to durations such as 2w" },
      )
      .optional(),
    followup_delay: days("followup_delay").optional(),
    deepen_after: days("deepen_after").optional(),
    capacity: z
      .number({ error: "'capacity' must be a whole number" })
      .int()
      .min(1, { error: "'capacity' must be at least 1" })
      .optional(),
    today: z
      .string({ error: "'today' must be a date written YYYY-MM-DD" })
      .refine(isIsoDate, { error: "'today' must be a real date written YYYY-MM-DD" })
      .optional(),
    commit: z.boolean({ error: "'commit' must be true or false" }).optional(),
  },
  { error: "the settings must be 'key: value' lines" },
);

/** Parses the settings text; every problem comes back as a located diagnostic and its value falls back to the default. */
export function parseSettings(file: string, text: string): { settings: Settings; diagnostics: Diagnostic[] } {
  const source = text.replace(/^\uFEFF/, "");
  const yaml = parseYaml(source, 0, new LineIndex(source));
  const located = (
    where: { line: number; column: number },
    message: string,
    code: string,
    hint?: string,
  ): Diagnostic => ({
    file,
    ...where,
    severity: "error",
    code,
    message,
    ...(hint ? { hint } : {}),
  });
  const diagnostics = yaml.errors.map((e) => located(e, e.message, e.code, e.hint));
  let data: Record<string, unknown> = yaml.data;
  for (;;) {
    const result = schema.safeParse(data);
    if (result.success) return { settings: toSettings(result.data, file), diagnostics: byPosition(diagnostics) };
    // Report each problem at its key, drop the key and try again: the other settings still apply.
    const clean = { ...data };
    for (const issue of result.error.issues) {
      if (issue.code === "unrecognized_keys") {
        for (const key of issue.keys) {
          diagnostics.push(
            located(
              yaml.locateKey(key) ?? { line: 1, column: 1 },
              `unknown setting '${key}'`,
              "unknown-setting",
              `known settings: ${Object.keys(schema.shape).join(", ")}`,
            ),
          );
          delete clean[key];
        }
      } else {
        diagnostics.push(located(yaml.locate(issue.path as (string | number)[]), issue.message, "invalid-setting"));
        delete clean[String(issue.path[0])];
      }
    }
    // A problem no key can be blamed for cannot be dropped: fall back to the defaults.
    if (Object.keys(clean).length === Object.keys(data).length)
      return { settings: { ...DEFAULT_SETTINGS, file }, diagnostics };
    data = clean;
  }
}

function toSettings(data: z.output<typeof schema>, file: string): Settings {
  const cadence = data.cadence ?? {};
  return {
    owner: data.owner ?? DEFAULT_SETTINGS.owner,
    locale: data.locale ?? DEFAULT_SETTINGS.locale,
    cadence: {
      inner: cadence.inner ?? DEFAULT_SETTINGS.cadence.inner,
      close: cadence.close ?? DEFAULT_SETTINGS.cadence.close,
      network: cadence.network ?? DEFAULT_SETTINGS.cadence.network,
    },
    followupDelay: data.followup_delay ?? DEFAULT_SETTINGS.followupDelay,
    deepenAfter: data.deepen_after ?? DEFAULT_SETTINGS.deepenAfter,
    capacity: data.capacity ?? DEFAULT_SETTINGS.capacity,
    commit: data.commit ?? DEFAULT_SETTINGS.commit,
    ...(data.today ? { today: data.today } : {}),
    file,
  };
}

function byPosition(list: Diagnostic[]): Diagnostic[] {
  return list.sort((a, b) => a.line - b.line || a.column - b.column);
}
