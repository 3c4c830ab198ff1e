/**
 * Objects rebuilt from a cache by compiled object literals: one function per shape (its keys, in
 * order), compiled once per process, so that V8 creates each object with its final shape at once
 * instead of growing it key by key. Shared by the parse cache (codec.ts) and the snapshot
 * (model-codec.ts).
 */

/** Keys a compiled object literal holds as they are: not `__proto__`, not a number (those are reordered). */
export const SAFE_KEY = /^(?!__proto__$)(?![0-9]+$)[^\u0000]*$/;

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
