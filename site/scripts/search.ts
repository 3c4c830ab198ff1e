/**
 * Search over names, facets and notes with Pagefind's index, built after the Astro build. It loads
 * from the site's own origin and works offline; results are rendered as text, never as HTML from
 * the index except Pagefind's own excerpt markup, which is reduced to <mark>.
 */
interface PagefindResult {
  data(): Promise<{ url: string; meta: { title?: string }; excerpt: string }>;
}
interface Pagefind {
  search(term: string): Promise<{ results: PagefindResult[] }>;
}

let pagefind: Promise<Pagefind | undefined> | undefined;

function load(base: string): Promise<Pagefind | undefined> {
  pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).catch(() => undefined) as Promise<
    Pagefind | undefined
  >;
  return pagefind;
}

/** Keeps Pagefind's <mark> highlighting and turns everything else in an excerpt into text. */
function excerptNodes(excerpt: string): Node[] {
  return excerpt.split(/(<mark>.*?<\/mark>)/g).map((part) => {
    const m = /^<mark>(.*?)<\/mark>$/.exec(part);
    if (!m) return document.createTextNode(decode(part));
    const mark = document.createElement("mark");
    mark.textContent = decode(m[1]!);
    return mark;
  });
}

function decode(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

export function initSearch(): void {
  const root = document.querySelector<HTMLElement>("search.search");
  const form = root?.querySelector<HTMLFormElement>("form");
  const input = root?.querySelector<HTMLInputElement>("input");
  const list = root?.querySelector<HTMLOListElement>(".search-results");
  if (!root || !form || !input || !list) return;
  const base = document.body.dataset["base"] ?? "/";
  let latest = 0;

  async function run(): Promise<void> {
    const term = input!.value.trim();
    const ticket = ++latest;
    if (!term) {
      list!.hidden = true;
      list!.replaceChildren();
      return;
    }
    const engine = await load(base);
    const found = engine ? await engine.search(term) : { results: [] };
    const data = await Promise.all(found.results.slice(0, 8).map((r) => r.data()));
    if (ticket !== latest) return; // a newer keystroke has overtaken this search
    const items = data.map((d) => {
      const li = document.createElement("li");
      const a = document.createElement("a");
      a.href = d.url;
      a.textContent = d.meta.title ?? d.url;
      const p = document.createElement("p");
      p.append(...excerptNodes(d.excerpt));
      li.append(a, p);
      return li;
    });
    if (items.length === 0) {
      const li = document.createElement("li");
      li.textContent = root!.dataset["noResults"] ?? "";
      items.push(li);
    }
    list!.replaceChildren(...items);
    list!.hidden = false;
  }

  input.addEventListener("input", () => void run());
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    list.querySelector<HTMLAnchorElement>("a")?.click();
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "Escape") {
      input.value = "";
      void run();
    } else if (event.key === "ArrowDown") {
      event.preventDefault();
      list.querySelector<HTMLAnchorElement>("a")?.focus();
    }
  });
}
