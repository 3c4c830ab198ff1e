/**
 * Objects rebuilt from a cache by compiled object literals: one function per shape (its keys, in
 * order), compiled once per process, so that V8 creates each object with its final shape at once
 * instead of growing it key by key. Shared by the parse cache (codec.ts) and the snapshot
 * (model-codec.ts).
 */

/** Keys a compiled object literal holds as they are: not `__proto__`, not a number (those are reordered). */
const SAFE_KEY = /^(?!__proto__$)(?![0-9]+$)[^\u0000]*$/;

/** Builds one object, calling `read` for each value in the keys' order. */
export type Build = (read: () => unknown) => object;

const builders = new Map<string, Build>();

/** The literal for a shape (its keys joined by NUL), frozen or not; throws for keys it cannot hold. */
export function literalFor(shape: string, frozen: boolean): Build {
  const id = `${frozen ? "F" : "-"}${shape}`;
  let build = builders.get(id);
  if (!build) {
    const keys = shape === "" ? [] : shape.split("\u0000");
    if (keys.some((k) => !SAFE_KEY.test(k))) throw new TypeError("not a cached shape");
    const literal = `{${keys.map((k) => `${JSON.stringify(k)}: read()`).join(", ")}}`;
    build = new Function("read", `return ${frozen ? `Object.freeze(${literal})` : `(${literal})`};`) as Build;
    builders.set(id, build);
  }
  return build;
}

/**
 * Numbers object shapes for one encoding: `shapeOf(record)` gives the index of the record's keys
 * in `shapes`, or -1 when a literal cannot hold them. The keys are followed through a tree, one
 * Map per key, so no string is built or hashed per object; the tree is kept for the process, the
 * numbering is the encoding's.
 */
export class Shapes {
  /** Each shape's keys joined by NUL, in the order first met. */
  readonly shapes: string[] = [];
  readonly #encoding = ++encodings;

  shapeOf(record: object): number {
    let node = tree;
    for (const k in record) {
      let child = node.next.get(k);
      if (!child) node.next.set(k, (child = { next: new Map(), keys: undefined, encoding: 0, index: -1 }));
      node = child;
    }
    if (node.keys === undefined) {
      const keys = Object.keys(record);
      node.keys = keys.every((k) => SAFE_KEY.test(k)) ? keys.join("\u0000") : null;
    }
    if (node.keys === null) return -1;
    if (node.encoding !== this.#encoding) {
      node.encoding = this.#encoding;
      node.index = this.shapes.push(node.keys) - 1;
    }
    return node.index;
  }
}

interface KeyNode {
  readonly next: Map<string, KeyNode>;
  /** The keys that end here joined by NUL, null if a literal cannot hold them; undefined until an object ends here. */
  keys: string | null | undefined;
  /** The encoding that numbered this shape last, and its index there. */
  encoding: number;
  index: number;
}

const tree: KeyNode = { next: new Map(), keys: undefined, encoding: 0, index: -1 };
let encodings = 0;
