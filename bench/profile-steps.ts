/**
 * Reads a V8 CPU profile of a load into the loader's steps: for each, the time of the samples
 * with that function on the stack (inclusive), minus the steps nested in it, as a share of the
 * whole load. What `npm run bench` prints to say which step dominates.
 */

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string };
  readonly children?: readonly number[];
}

export interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

export interface Step {
  readonly step: string;
  readonly ms: number;
  readonly share: number;
}

/** Functions that mark a step (name and the end of the file's path), outermost first. */
const MARKERS: readonly { readonly name: string; readonly fn: string; readonly file: string }[] = [
  { name: "parse", fn: "parseFile", file: "journal/parse-file.ts" },
  { name: "markdown", fn: "parseMarkdown", file: "journal/body.ts" },
  { name: "body", fn: "parseBody", file: "journal/body.ts" },
  { name: "split", fn: "matter", file: "gray-matter/index.js" },
  { name: "yaml", fn: "parseYaml", file: "journal/yaml.ts" },
  { name: "validate", fn: "validate", file: "journal/parse-file.ts" },
  { name: "read", fn: "readBytes", file: "journal/read.ts" },
  { name: "resolve", fn: "resolveJournal", file: "journal/resolve.ts" },
  { name: "assemble", fn: "assembleJournal", file: "journal/assemble.ts" },
  { name: "freeze", fn: "deepFreeze", file: "core/freeze.ts" },
  { name: "gc", fn: "(garbage collector)", file: "" },
];

export function stepsOf(profile: CpuProfile): Step[] {
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const markerOf = new Map<number, string>();
  for (const n of profile.nodes) {
    const m = MARKERS.find((m) => m.fn === n.callFrame.functionName && n.callFrame.url.endsWith(m.file));
    if (m) markerOf.set(n.id, m.name);
  }
  const inclusive = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i] ?? 0;
    total += us;
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = markerOf.get(at);
      if (name && !seen.has(name)) {
        seen.add(name);
        inclusive.set(name, (inclusive.get(name) ?? 0) + us);
      }
    }
  });
  const t = (name: string) => (inclusive.get(name) ?? 0) / 1000;
  // The profile covers the load and nothing else: its samples are the whole.
  const whole = total / 1000;
  const steps: [string, number][] = [
    ["Markdown: remark-parse (+ task items, + GFM when used)", t("markdown")],
    ["body walk: entries, tasks, links", t("body") - t("markdown")],
    ["frontmatter split: gray-matter", t("split")],
    ["frontmatter YAML: fast path or yaml package", t("yaml")],
    ["frontmatter validation: zod", t("validate")],
    [
      "rest of parseFile",
      t("parse") - t("markdown") - (t("body") - t("markdown")) - t("split") - t("yaml") - t("validate"),
    ],
    ["reading the files", t("read")],
    ["resolving references", t("resolve") - t("assemble")],
    ["assembling the views (sorts, indexes)", t("assemble") - t("freeze")],
    ["freezing the model", t("freeze")],
    ["garbage collection (all steps)", t("gc")],
  ];
  const named = steps.reduce((sum, [, ms]) => sum + ms, 0);
  steps.push(["other (listing, settings, idle)", Math.max(0, whole - named)]);
  return steps.map(([step, ms]) => ({ step, ms, share: (100 * ms) / whole }));
}
