/**
 * The Network view: sigma 3 draws the graph (WebGL) from positions computed at build time, so the
 * browser does not simulate. Click a node to open its page; find one by name; colour by community
 * or circle; filter by circle and tag.
 */
import { UndirectedGraph } from "graphology";
import Sigma from "sigma";

interface NodeData {
  id: string;
  kind: "contact" | "event" | "organisation";
  label: string;
  x: number;
  y: number;
  size: number;
  circle?: string;
  community?: number;
  tags?: string[];
  href?: string;
}
interface NetworkData {
  nodes: NodeData[];
  edges: { source: string; target: string; kind: string }[];
  communities: { id: number; label: string }[];
}

// Colour-blind-safe palette (Okabe–Ito), then greys for the long tail of small communities.
const PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"];
const CIRCLE_COLOURS: Record<string, string> = {
  inner: "#D55E00",
  close: "#E69F00",
  network: "#0072B2",
  dormant: "#999999",
};
const KIND_COLOURS: Record<string, string> = { event: "#6b6b76", organisation: "#a0a0aa" };

export async function initNetwork(): Promise<void> {
  const container = document.querySelector<HTMLElement>("[data-graph]");
  const controls = document.querySelector<HTMLElement>("[data-network-controls]");
  if (!container || !controls) return;
  const base = document.body.dataset["base"] ?? "/";
  const data = (await (await fetch(`${base}data/network.json`)).json()) as NetworkData;

  const graph = new UndirectedGraph({ allowSelfLoops: false });
  for (const n of data.nodes) graph.addNode(n.id, { ...n, color: "#0072B2" });
  for (const e of data.edges)
    if (!graph.hasEdge(e.source, e.target)) graph.addEdge(e.source, e.target, { size: 0.6, color: "#c8c8d0" });

  const select = (name: string) => controls.querySelector<HTMLSelectElement>(`select[name=${name}]`)!;
  const find = controls.querySelector<HTMLInputElement>("input[name=find]")!;
  const found = controls.querySelector<HTMLAnchorElement>("[data-found]")!;
  const legend = document.querySelector<HTMLElement>("[data-legend]");
  let focused: string | undefined;

  function colour(): void {
    const by = select("colour").value;
    graph.forEachNode((node, a) => {
      const n = a as NodeData;
      const c =
        n.kind !== "contact"
          ? KIND_COLOURS[n.kind]
          : by === "circle"
            ? CIRCLE_COLOURS[n.circle ?? "network"]
            : PALETTE[(n.community ?? 0) % PALETTE.length];
      graph.setNodeAttribute(node, "color", c ?? "#999999");
    });
    if (legend) {
      const entries =
        by === "circle"
          ? Object.entries(CIRCLE_COLOURS).map(([k, c]) => [k, c] as const)
          : data.communities.slice(0, PALETTE.length).map((c) => [c.label, PALETTE[c.id % PALETTE.length]!] as const);
      legend.replaceChildren(
        ...entries.map(([label, c]) => {
          const li = document.createElement("li");
          const swatch = document.createElement("span");
          swatch.className = "swatch";
          swatch.dataset["colour"] = c;
          li.append(swatch, label);
          return li;
        }),
      );
      // Swatch colours go through the CSSOM (allowed by the CSP), not a style attribute.
      for (const s of legend.querySelectorAll<HTMLElement>(".swatch"))
        s.style.backgroundColor = s.dataset["colour"] ?? "";
    }
  }
  colour();

  const renderer = new Sigma(graph, container, {
    labelRenderedSizeThreshold: 7,
    labelColor: { color: getComputedStyle(document.body).color },
    nodeReducer: (node, attrs) => {
      const n = attrs as unknown as NodeData & { color: string };
      const circle = select("circle").value;
      const tag = select("tag").value;
      const hidden =
        (circle !== "" && n.kind === "contact" && n.circle !== circle) ||
        (tag !== "" && n.kind === "contact" && !(n.tags ?? []).includes(tag));
      const result = { ...attrs, hidden: hidden && node !== focused };
      if (node === focused) return { ...result, highlighted: true, size: (n.size ?? 3) * 1.8, forceLabel: true };
      return result;
    },
  });

  renderer.on("clickNode", ({ node }) => {
    const href = graph.getNodeAttribute(node, "href") as string | undefined;
    if (href) location.assign(href);
  });
  renderer.on("enterNode", () => container.classList.add("pointing"));
  renderer.on("leaveNode", () => container.classList.remove("pointing"));

  const datalist = document.getElementById("network-nodes");
  datalist?.replaceChildren(
    ...data.nodes
      .filter((n) => n.kind !== "organisation")
      .map((n) => Object.assign(document.createElement("option"), { value: n.label })),
  );

  function focus(label: string): void {
    const wanted = label.trim().toLocaleLowerCase();
    const node =
      data.nodes.find((n) => n.label.toLocaleLowerCase() === wanted) ??
      data.nodes.find((n) => wanted && n.label.toLocaleLowerCase().includes(wanted));
    focused = node?.id;
    found.hidden = !node?.href;
    if (node?.href) {
      found.href = node.href;
      found.textContent = `→ ${node.label}`;
    }
    if (node) {
      const display = renderer.getNodeDisplayData(node.id);
      if (display) void renderer.getCamera().animate({ x: display.x, y: display.y, ratio: 0.35 }, { duration: 300 });
    }
    renderer.refresh();
  }

  find.addEventListener("change", () => focus(find.value));
  find.addEventListener("keydown", (e) => {
    if (e.key === "Enter") {
      e.preventDefault();
      focus(find.value);
    }
  });
  for (const name of ["circle", "tag"]) select(name).addEventListener("change", () => renderer.refresh());
  select("colour").addEventListener("change", () => {
    colour();
    renderer.refresh();
  });
  container.dataset["nodes"] = String(graph.order);
  container.dataset["ready"] = "true";
}
