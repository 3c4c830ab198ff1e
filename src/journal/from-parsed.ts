/**
 * From files to the model, without I/O: parse the files' text and resolve the parsed files into
 * the journal. Apart from load.ts, so that a load served from the snapshot does not even load the
 * parser (remark, yaml, zod).
 */
import type { Diagnostic, Journal, Settings } from "./model.ts";
import { parseFile, type ParsedFile } from "./parse-file.ts";
import { resolveJournal, type ResolveMemo } from "./resolve.ts";
import { DEFAULT_SETTINGS, parseSettings } from "./settings.ts";

export interface SourceFile {
  /** Relative to the journal root, with `/`. */
  readonly file: string;
  readonly text: string;
}

export interface JournalSources {
  readonly dir: string;
  readonly markdown: readonly SourceFile[];
  readonly settings?: SourceFile;
  /** Problems met while reading: unreadable files, files that are not Markdown or not UTF-8. */
  readonly diagnostics: readonly Diagnostic[];
}

/** What the resolver needs: every readable file parsed, in path order. */
export interface ParsedJournal {
  readonly dir: string;
  readonly parsed: readonly ParsedFile[];
  readonly settings?: SourceFile;
  readonly diagnostics: readonly Diagnostic[];
}

/** Parses and resolves what `readJournal` read. Pure. */
export function journalFromSources(sources: JournalSources): Journal {
  return journalFromParsed({
    dir: sources.dir,
    parsed: sources.markdown.map((f) => parseFile(f.file, f.text)),
    ...(sources.settings ? { settings: sources.settings } : {}),
    diagnostics: sources.diagnostics,
  });
}

/** Resolves parsed files into the journal; `memo` lets watch mode re-resolve only what changed. Pure. */
export function journalFromParsed(input: ParsedJournal, memo?: ResolveMemo): Journal {
  const diagnostics = [...input.diagnostics];
  let settings: Settings = DEFAULT_SETTINGS;
  if (input.settings) {
    const parsed = parseSettings(input.settings.file, input.settings.text);
    settings = parsed.settings;
    diagnostics.push(...parsed.diagnostics);
  }
  return resolveJournal(
    { dir: input.dir, settings, parsed: input.parsed, diagnostics, files: input.parsed.map((p) => p.file) },
    memo,
  );
}
