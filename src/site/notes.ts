/**
 * Notes from the journal as HTML: remark-parse and remark-gfm read them, `[[links]]` become links
 * to the person or event they resolved to, and remark-html sanitises the result (GitHub's schema:
 * no scripts, no event handlers, no `javascript:` URLs), so nothing from a journal runs in the site.
 * Pure, so that a build renders them on a worker thread (src/site/notes-worker.ts) and the pages
 * render whatever it did not.
 */
import type { Link, Root, Text } from "mdast";
import remarkGfm from "remark-gfm";
import remarkHtml from "remark-html";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { visit, SKIP } from "unist-util-visit";
import { GFM_SYNTAX, remarkTaskItems } from "../journal/body.ts";
import { LINK, linkText, type Target } from "./link-targets.ts";

/**
 * A renderer with links to `targets` (src/site/link-targets.ts). Full GFM only for a note that can
 * contain GFM syntax beyond task items: the loader's own rule (src/journal/body.ts), which gives the
 * very same tree. A site renders tens of thousands of short notes, and micromark combines the
 * syntax extensions again on every parse. Each text is rendered once: an entry that links someone
 * shows on their page too, and short titles repeat.
 */
export function noteRenderer(targets: ReadonlyMap<string, Target>): (markdown: string) => string {
  const gfm = unified().use(remarkParse).use(remarkGfm).use(wikiLinks, targets).use(remarkHtml, HTML);
  const plain = unified().use(remarkParse).use(remarkTaskItems).use(wikiLinks, targets).use(remarkHtml, HTML);
  const rendered = new Map<string, string>();
  return (markdown) => {
    let html = rendered.get(markdown);
    if (html === undefined) {
      html = markdown.trim() ? String((GFM_SYNTAX.test(markdown) ? gfm : plain).processSync(markdown)).trim() : "";
      rendered.set(markdown, html);
    }
    return html;
  };
}

const HTML = { sanitize: true } as const;

function wikiLinks(targets: ReadonlyMap<string, Target>) {
  return (tree: Root) => {
    visit(tree, "text", (node: Text, index, parent) => {
      if (!parent || index === undefined || !node.value.includes("[[")) return;
      const parts: (Text | Link)[] = [];
      let last = 0;
      for (const m of node.value.matchAll(LINK)) {
        if (m.index > last) parts.push({ type: "text", value: node.value.slice(last, m.index) });
        const target = targets.get(m[1]!.trim());
        const label = linkText(m[1]!, m[2], targets);
        parts.push(
          target
            ? { type: "link", url: target.href, children: [{ type: "text", value: label }] }
            : { type: "text", value: label },
        );
        last = m.index + m[0].length;
      }
      if (parts.length === 0) return;
      if (last < node.value.length) parts.push({ type: "text", value: node.value.slice(last) });
      parent.children.splice(index, 1, ...parts);
      return [SKIP, index + parts.length];
    });
  };
}
