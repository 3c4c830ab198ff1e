/**
 * What the site's search finds, taken from the model rather than from the rendered pages: one
 * record per person and per event with the words a person would search for (names, facets,
 * notes, tasks, which are written in the notes). Being data, the records can be indexed by Pagefind while Astro is still building.
 */
import type { Contact, Event, Journal } from "../journal/model.ts";
import { LINK, linkTargets, linkText, type Target } from "./link-targets.ts";
import type { SiteUrls } from "./urls.ts";

/** Pagefind's custom record: the page's address, its text and the title a result shows. */
export interface SearchRecord {
  readonly url: string;
  readonly content: string;
  readonly language: string;
  readonly meta: { readonly title: string };
}

/** `targets` are the journal's link targets under `url` (src/site/link-targets.ts), when already made. */
export function searchRecords(
  journal: Journal,
  url: SiteUrls,
  targets: ReadonlyMap<string, Target> = linkTargets(journal, url),
): SearchRecord[] {
  const language = journal.settings.locale;
  const text = (markdown: string) => plainText(markdown, targets);
  return [
    ...journal.contacts.map((c) => ({
      url: url.person(c.id),
      content: lines(contactFields(c), text(c.body)),
      language,
      meta: { title: c.name },
    })),
    ...journal.events.map((e) => ({
      url: url.event(e.id),
      content: lines(eventFields(e), text(e.body)),
      language,
      meta: { title: e.title },
    })),
  ];
}

function contactFields(c: Contact): (string | undefined)[] {
  return [
    c.name,
    c.aliases.join(", "),
    [c.role, c.company].filter(Boolean).join(" · "),
    c.industry,
    c.location,
    c.skills.join(", "),
    c.tags.join(", "),
    c.what,
    c.why,
    c.goals,
    c.email.join(", "),
    c.phone,
    c.website,
    ...extraValues(c.extra),
  ];
}

function eventFields(e: Event): (string | undefined)[] {
  return [e.title, e.location, e.tags.join(", "), ...e.goals.map((g) => g.text), ...extraValues(e.extra)];
}

/** Unknown frontmatter keys are shown on the page, so their text is searchable too. */
function extraValues(extra: Contact["extra"]): string[] {
  return Object.values(extra).flatMap((v) => (typeof v === "string" || typeof v === "number" ? [String(v)] : []));
}

function lines(...parts: (string | undefined | (string | undefined)[])[]): string {
  return parts
    .flat()
    .filter((p): p is string => !!p?.trim())
    .join("\n");
}

/**
 * Markdown as the words it shows: links become their label (a `[[link]]` the name it resolved to),
 * markup and HTML tags are dropped, so that excerpts read as text. Search needs no exact rendering.
 */
export function plainText(markdown: string, targets: ReadonlyMap<string, Target>): string {
  return markdown
    .replace(LINK, (_, target: string, label?: string) => linkText(target, label, targets))
    .replace(/<[^>\n]*>/g, " ")
    .replace(/!?\[([^\]\n]*)\]\([^)\n]*\)/g, "$1")
    .split("\n")
    .map((line) =>
      line
        .replace(/^\s*(?:>\s*)*(?:#{1,6}\s+|(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?)?/u, "")
        .replace(/(?<!\\)(?:\*+|~~|`+)|(?<![\p{L}\p{N}\\])_+|(?<!\\)_+(?![\p{L}\p{N}])/gu, "")
        .replace(/\\([!-/:-@[-`{-~])/g, "$1")
        .replace(/\s+/g, " ")
        .trim(),
    )
    .filter(Boolean)
    .join("\n");
}
