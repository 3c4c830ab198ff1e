/** Small DOM builders for the browser scripts: everything from the journal goes in as text, never as HTML. */

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

export function badge(text: string, tone = ""): HTMLElement {
  return el("span", { className: `badge ${tone}`.trim(), textContent: text });
}
