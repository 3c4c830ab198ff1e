/** Diagnostics in the format editors and CI already understand: `path:line:col severity message — hint`. */
import type { Diagnostic } from "../journal/model.ts";
import type { Context } from "./context.ts";
import { plainStyle } from "./style.ts";

export function formatDiagnostic(d: Diagnostic, ctx: Pick<Context, "style" | "display">): string {
  const { style } = ctx;
  const where = style.bold(`${ctx.display(d.file)}:${d.line}:${d.column}`);
  const severity = d.severity === "error" ? style.red("error") : style.yellow("warning");
  return `${where} ${severity} ${d.message}${d.hint ? style.dim(` — ${d.hint}`) : ""}`;
}

/** The same line without colour and relative to the journal, for logs such as the site build's. */
export function formatDiagnosticPlain(d: Diagnostic): string {
  return formatDiagnostic(d, { style: plainStyle, display: (file) => file });
}

export function countSeverities(list: readonly Diagnostic[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const d of list) if (d.severity === "error") errors++;
  return { errors, warnings: list.length - errors };
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
