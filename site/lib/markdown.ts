/**
 * Notes from the journal as HTML: remark-parse and remark-gfm read them, `[[links]]` become links
 * to the person or event they resolved to, and remark-html sanitises the result (GitHub's schema:
 * no scripts, no event handlers, no `javascript:` URLs), so nothing from a journal runs in the site.
 */
import type { Link, Root, Text } from "mdast";
import remarkGfm from "remark-gfm";
import remarkHtml from "remark-html";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { visit, SKIP } from "unist-util-visit";
import { GFM_SYNTAX, remarkTaskItems } from "../../src/journal/body.ts";
import type { Journal } from "../../src/journal/model.ts";
import { LINK, linkTargets, type Target } from "../../src/site/link-targets.ts";
import { url } from "./urls.ts";

function wikiLinks(targets: ReadonlyMap<string, Target>) {
  return (tree: Root) => {
    visit(tree, "text", (node: Text, index, parent) => {
      if (!parent || index === undefined || !node.value.includes("[[")) return;
      const parts: (Text | Link)[] = [];
      let last = 0;
      for (const m of node.value.matchAll(LINK)) {
        if (m.index > last) parts.push({ type: "text", value: node.value.slice(last, m.index) });
        const target = targets.get(m[1]!.trim());
        const label = (m[2] ?? target?.name ?? m[1]!).trim();
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

const renderers = new WeakMap<Journal, (markdown: string) => string>();

/** One renderer per journal (the link targets are indexed once, not once per page). */
export function markdownRenderer(journal: Journal): (markdown: string) => string {
  let render = renderers.get(journal);
  if (!render) {
    render = createRenderer(journal);
    renderers.set(journal, render);
  }
  return render;
}

/**
 * Full GFM only for a note that can contain GFM syntax beyond task items: the loader's own rule
 * (src/journal/body.ts), which gives the very same tree. A site renders tens of thousands of short
 * notes, and micromark combines the syntax extensions again on every parse.
 */
function createRenderer(journal: Journal): (markdown: string) => string {
  const targets = linkTargets(journal, url);
  const gfm = unified().use(remarkParse).use(remarkGfm).use(wikiLinks, targets).use(remarkHtml, HTML);
  const plain = unified().use(remarkParse).use(remarkTaskItems).use(wikiLinks, targets).use(remarkHtml, HTML);
  // An entry that links someone shows on their page too, and short titles repeat: each text once.
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
