/**
 * Generates a realistic journal for tests and benchmarks: Unicode names, events with goals, entries
 * in both styles, links, tasks and some CRLF files. Deterministic for a given seed, so a benchmark
 * measures the same journal every run.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { addDays, type IsoDate } from "../src/core/date.ts";
import { seededRandom } from "../src/core/random.ts";

export interface GenerateOptions {
  readonly contacts: number;
  readonly events: number;
  /** Average entries per contact (uniform between 0 and twice this). */
  readonly entriesPerContact?: number;
  readonly seed?: number;
  /** Share of files written with CRLF line endings. */
  readonly crlfShare?: number;
  /** The day the journal is "now": entries lie before it, some events after it. */
  readonly today?: IsoDate;
}

export interface Generated {
  readonly contactIds: readonly string[];
  readonly eventIds: readonly string[];
  /** Total entries written in contact files. */
  readonly entries: number;
  /** Exact contents by relative path. */
  readonly files: ReadonlyMap<string, string>;
}

const FIRST = [
  "Anna",
  "Jürgen",
  "Łukasz",
  "李雷",
  "Søren",
  "Zoë",
  "José",
  "Aylin",
  "Mateo",
  "Chloé",
  "Oğuz",
  "Ines",
  "Jonas",
  "Priya",
  "Ngozi",
  "Björn",
  "Małgorzata",
  "Yuki",
  "Ștefan",
  "Émile",
];
const LAST = [
  "Müller",
  "Kowalski",
  "Schmidt",
  "Nowak",
  "Öztürk",
  "García",
  "Lindqvist",
  "Weber",
  "Dubois",
  "Okafor",
  "Haddad",
  "Jansen",
  "Yılmaz",
  "Novák",
  "Rossi",
  "Wang",
  "Fischer",
  "Brandt",
  "Sørensen",
  "Ivanova",
];
const INDUSTRIES = [
  "fintech",
  "banking",
  "software",
  "design",
  "climate tech",
  "health tech",
  "consulting",
  "venture capital",
  "education",
  "logistics",
];
const SKILLS = [
  "payments",
  "ledger",
  "pricing",
  "user research",
  "design systems",
  "hiring",
  "fundraising",
  "data science",
  "accessibility",
  "platform engineering",
];
const ROLES = [
  "Head of Product",
  "CTO",
  "Staff engineer",
  "Design lead",
  "Founder",
  "VP People",
  "Data scientist",
  "Partner",
  "Product manager",
  "Researcher",
];
const TAGS = [
  "founder",
  "mentor",
  "berlin",
  "munich",
  "hamburg",
  "remote",
  "speaker",
  "investor",
  "former-colleague",
  "community",
];
const CHANNELS = [
  "call",
  "coffee",
  "email",
  "WhatsApp",
  "video",
  "lunch",
  "message",
  "Anruf",
  "Treffen",
  "postcard",
  "LinkedIn",
  "E-Mail",
];
const TOPICS = [
  "Fintech Summit",
  "UX Camp",
  "Founders Breakfast",
  "Product Leaders Meetup",
  "Climate Tech Day",
  "Data Council",
  "Design Systems Day",
  "Open Banking Forum",
];
const CIRCLES = [
  "inner",
  ...Array(5).fill("close"),
  ...Array(84).fill("network"),
  ...Array(10).fill("dormant"),
] as string[];

export function slug(text: string): string {
  const map: Record<string, string> = {
    ä: "ae",
    ö: "oe",
    ü: "ue",
    ß: "ss",
    ł: "l",
    ø: "o",
    å: "a",
    æ: "ae",
    ı: "i",
    ğ: "g",
    ș: "s",
  };
  const ascii = text
    .toLowerCase()
    .replace(/[äöüßłøåæığș]/g, (c) => map[c] ?? c)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return ascii || "contact";
}

/** Builds the files in memory; `writeJournal` puts them on disk. */
export function generateFiles(options: GenerateOptions): Generated {
  const rnd = seededRandom(options.seed ?? 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const today = options.today ?? "2026-11-24";
  const perContact = options.entriesPerContact ?? 10;
  const crlf = options.crlfShare ?? 0.05;
  const files = new Map<string, string>();

  const eventIds: string[] = [];
  const eventDates: string[] = [];
  for (let i = 0; i < options.events; i++) {
    // Spread over the two years before today, with about one in ten still ahead.
    const day = rnd() < 0.1 ? addDays(today, Math.floor(rnd() * 60) + 1) : addDays(today, -Math.floor(rnd() * 730));
    const topic = pick(TOPICS);
    const id = `${day}-${slug(topic)}-${i}`;
    eventIds.push(id);
    eventDates.push(day);
    const goals = [
      `  - who: someone in ${pick(INDUSTRIES)}\n    industry: ${pick(INDUSTRIES)}`,
      `  - who: a ${pick(SKILLS)} expert\n    skills: [${pick(SKILLS)}]`,
    ];
    files.set(
      `events/${id}.md`,
      `---\ntitle: ${topic} ${i}\ndate: ${day}\nlocation: ${pick(["Berlin", "München", "Hamburg", "Wien"])}\ntarget: 3-5\ngoals:\n${goals.join("\n")}\n---\n\nNotes from ${topic}: ${pick(SKILLS)} was the theme of the day.\n`,
    );
  }

  // Names repeat, as real ones do; the index keeps ids unique.
  const names = Array.from({ length: options.contacts }, () => `${pick(FIRST)} ${pick(LAST)}`);
  const contactIds = names.map((name, i) => `${slug(name)}-${i}`);

  let entryCount = 0;
  for (let i = 0; i < options.contacts; i++) {
    const id = contactIds[i]!;
    const lines = ["---", `name: ${names[i]}`];
    lines.push(
      `company: ${pick(["Acme GmbH", "Paylane", "Nordbank AG", "Stackwise", "Carbonlens", "Formwerk", "Helix Health"])}`,
    );
    lines.push(`role: ${pick(ROLES)}`, `industry: ${pick(INDUSTRIES)}`);
    lines.push(`skills: [${pick(SKILLS)}, ${pick(SKILLS)}]`, `tags: [${pick(TAGS)}]`);
    lines.push(`email: ${id}@example.org`);
    if (rnd() < 0.6) lines.push(`what: Works on ${pick(SKILLS)} at a ${pick(INDUSTRIES)} company.`);
    if (rnd() < 0.3) lines.push(`why: Cares about ${pick(SKILLS)}.`);
    if (rnd() < 0.2) lines.push(`goals: Grow the ${pick(SKILLS)} team.`);
    lines.push(`circle: ${pick(CIRCLES)}`);
    let metDate: string | undefined;
    if (eventIds.length && rnd() < 0.6) {
      const e = Math.floor(rnd() * eventIds.length);
      lines.push(`met_at: ${eventIds[e]}`);
      metDate = eventDates[e];
    } else {
      metDate = addDays(today, -Math.floor(rnd() * 900) - 1);
      lines.push(`met: ${metDate}`);
    }
    const knows = Array.from(
      { length: Math.floor(rnd() * 4) },
      () => contactIds[Math.floor(rnd() * contactIds.length)]!,
    ).filter((k) => k !== id);
    if (knows.length) lines.push(`knows: [${[...new Set(knows)].join(", ")}]`);
    if (i > 0 && rnd() < 0.1) lines.push(`introduced_by: ${contactIds[Math.floor(rnd() * i)]}`);
    if (rnd() < 0.05) lines.push("rapport: high");
    lines.push("---", "", `Met through ${pick(TOPICS)}. Talked about ${pick(SKILLS)} and ${pick(SKILLS)}.`, "");

    const count = Math.floor(rnd() * (2 * perContact + 1));
    const start = metDate && metDate < today ? metDate : addDays(today, -540);
    const dates = Array.from({ length: count }, () => addDays(start, Math.floor(rnd() * 540)))
      .filter((d) => d <= today)
      .sort();
    const heading = rnd() < 0.5;
    for (const date of dates) {
      const other = rnd() < 0.15 ? ` with [[${contactIds[Math.floor(rnd() * contactIds.length)]}]]` : "";
      const text = `${pick(CHANNELS)}: talked about ${pick(SKILLS)}${other}`;
      if (heading) lines.push(`## ${date} ${text}`, "", `Notes on ${pick(SKILLS)}; follow up on ${pick(TOPICS)}.`, "");
      else lines.push(`- ${date} ${text}`);
    }
    entryCount += dates.length;
    if (rnd() < 0.3) lines.push("", `- [ ] ${addDays(today, Math.floor(rnd() * 30))} send the ${pick(SKILLS)} article`);
    let text = `${lines.join("\n")}\n`;
    if (rnd() < crlf) text = text.replace(/\n/g, "\r\n");
    files.set(`contacts/${id}.md`, text);
  }
  return { contactIds, eventIds, entries: entryCount, files };
}

export async function writeJournal(dir: string, options: GenerateOptions): Promise<Generated> {
  const generated = generateFiles(options);
  await mkdir(path.join(dir, "contacts"), { recursive: true });
  await mkdir(path.join(dir, "events"), { recursive: true });
  await Promise.all([...generated.files].map(([file, text]) => writeFile(path.join(dir, file), text)));
  return generated;
}
