/**
 * Notes as HTML for the pages (src/site/notes.ts): one renderer per journal, with links under the
 * site's base path. In \`rapport build\` the notes worker has rendered them meanwhile; a text it did
 * not render (an event's title, a commit's subject) is rendered here.
 */
import type { Journal } from "../../src/journal/model.ts";
import { linkTargets } from "../../src/site/link-targets.ts";
import { noteRenderer } from "../../src/site/notes.ts";
import { pendingNotes } from "../../src/site/workers.ts";
import { url } from "./urls.ts";

const renderers = new WeakMap<Journal, Promise<(markdown: string) => string>>();

export function markdownRenderer(journal: Journal): Promise<(markdown: string) => string> {
  let render = renderers.get(journal);
  if (!render) {
    render = createRenderer(journal);
    renderers.set(journal, render);
  }
  return render;
}

async function createRenderer(journal: Journal): Promise<(markdown: string) => string> {
  const render = noteRenderer(linkTargets(journal, url));
  const rendered = await pendingNotes(journal, url.home());
  return rendered ? (markdown) => rendered.get(markdown) ?? render(markdown) : render;
}
