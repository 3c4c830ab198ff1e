/**
 * How a parsed file is stored in the cache: a JSON array of plain values (strings, small integers,
 * booleans, null) read back by a decoder that builds every object with a literal compiled once per
 * shape (its keys, in order). Twice as fast to read back as V8's serialiser and a quarter smaller,
 * because JSON.parse only ever builds arrays of primitives here, each object is created in one
 * step with its final shape, and a string that repeats (a file's path in each of its positions)
 * is stored, and held in memory, once.
 *
 * The array: `[shapes, ...values]`, `shapes` being each object shape's keys joined by NUL. A value
 * is a string, true, false, null or a non-negative integer as itself, or one of the tags below
 * followed by what it needs. Any plain data round-trips exactly, key order included.
 */
import { literalFor, Shapes } from "./literals.ts";

const ARRAY = -1; // then the length, then the items
const NUMBER = -2; // then any other number
const UNDEFINED = -3;
const REPEAT = -4; // then the index of an earlier string of at least REPEAT_MIN characters
const NOT_FINITE = -5; // then "NaN", "Infinity" or "-Infinity"
const NEGATIVE_ZERO = -6;
const ENTRIES = -7; // then the count, then key and value for each (an object whose keys a literal cannot hold)
const SHAPE = -10; // SHAPE - i: an object of shape i, then its values

const REPEAT_MIN = 6;

export function encodeValue(value: unknown): string {
  const shapes = new Shapes();
  const strings = new Map<string, number>();
  const out: unknown[] = [shapes.shapes];

  const write = (v: unknown): void => {
    switch (typeof v) {
      case "string": {
        if (v.length >= REPEAT_MIN) {
          const seen = strings.get(v);
          if (seen !== undefined) {
            out.push(REPEAT, seen);
            return;
          }
          strings.set(v, strings.size);
        }
        out.push(v);
        return;
      }
      case "boolean":
        out.push(v);
        return;
      case "number":
        if (Number.isInteger(v) && v >= 0 && !Object.is(v, -0)) out.push(v);
        else if (Object.is(v, -0)) out.push(NEGATIVE_ZERO);
        else if (!Number.isFinite(v)) out.push(NOT_FINITE, String(v));
        else out.push(NUMBER, v);
        return;
      case "undefined":
        out.push(UNDEFINED);
        return;
      case "object": {
        if (v === null) {
          out.push(null);
          return;
        }
        if (Array.isArray(v)) {
          out.push(ARRAY, v.length);
          for (const item of v) write(item);
          return;
        }
        const record = v as Record<string, unknown>;
        const id = shapes.shapeOf(record);
        if (id < 0) {
          const keys = Object.keys(record);
          out.push(ENTRIES, keys.length);
          for (const k of keys) {
            write(k);
            write(record[k]);
          }
          return;
        }
        out.push(SHAPE - id);
        for (const k in record) write(record[k]);
        return;
      }
      default:
        throw new TypeError(`cannot store a ${typeof v} in the parse cache`);
    }
  };
  write(value);
  return JSON.stringify(out);
}

export function decodeValue(text: string): unknown {
  const data = JSON.parse(text) as unknown[];
  if (!Array.isArray(data) || !Array.isArray(data[0])) throw new TypeError("not a parse cache value");
  const shapes = (data[0] as string[]).map((shape) => literalFor(shape, false));
  const strings: string[] = [];
  let at = 1;

  const read = (): unknown => {
    const v = data[at++];
    if (typeof v === "string") {
      if (v.length >= REPEAT_MIN) strings.push(v);
      return v;
    }
    if (typeof v !== "number" || v >= 0) return v;
    switch (v) {
      case ARRAY: {
        const length = data[at++] as number;
        const items = new Array<unknown>(length);
        for (let i = 0; i < length; i++) items[i] = read();
        return items;
      }
      case NUMBER:
        return data[at++];
      case UNDEFINED:
        return undefined;
      case REPEAT:
        return strings[data[at++] as number];
      case NOT_FINITE:
        return Number(data[at++]);
      case NEGATIVE_ZERO:
        return -0;
      case ENTRIES: {
        const count = data[at++] as number;
        const object: Record<string, unknown> = {};
        for (let i = 0; i < count; i++) {
          const key = read() as string;
          Object.defineProperty(object, key, { value: read(), enumerable: true, writable: true, configurable: true });
        }
        return object;
      }
      default: {
        const build = shapes[SHAPE - v];
        if (!build) throw new TypeError("not a parse cache value");
        return build(read);
      }
    }
  };
  const value = read();
  if (at !== data.length) throw new TypeError("not a parse cache value");
  return value;
}
