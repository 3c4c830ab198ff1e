/**
 * Notes as HTML for the pages (src/site/notes.ts): one renderer per journal, with links under the
 * site's base path. In `rapport build` the notes worker renders them meanwhile, from the last page
 * backwards; a text it has not reached yet is rendered here, with the same result.
 */
import type { Journal } from "../../src/journal/model.ts";
import { linkTargets } from "../../src/site/link-targets.ts";
import { noteRenderer } from "../../src/site/notes.ts";
import { renderedNotes } from "../../src/site/workers.ts";
import { url } from "./urls.ts";

const renderers = new WeakMap<Journal, (markdown: string) => string>();

export function markdownRenderer(journal: Journal): (markdown: string) => string {
  let render = renderers.get(journal);
  if (!render) {
    const here = noteRenderer(linkTargets(journal, url));
    const rendered = renderedNotes(journal, url.home());
    render = rendered ? (markdown) => rendered.get(markdown) ?? here(markdown) : here;
    renderers.set(journal, render);
  }
  return render;
}
