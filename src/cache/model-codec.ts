/**
 * How a whole resolved journal is stored in the snapshot (see snapshot.ts): one table of distinct
 * strings, held as two long texts (the strings that fit in one byte per character, and the others)
 * and where each string is in them, and the structure as 32-bit integers. Reading it back parses no JSON and copies no text: each string is a slice of the long
 * text, each object is built by a literal compiled once per shape (its keys, in order) and frozen
 * as it is built, as `deepFreeze` leaves the model.
 *
 * Unlike codec.ts (one parsed file at a time), this keeps the model's sharing: an entry that is
 * in its contact's `entries`, in `journal.entries` and in `touchesOf` is stored once and read back
 * as one object, and Maps come back as Maps, so the model is exactly the one that was stored,
 * derived views included, with nothing sorted or indexed again. Pure: no I/O.
 *
 * The structure: a string is its index in the table (0 ≤ i < INT_BASE), an integer n with
 * 0 ≤ n < 2^30 is INT_BASE + n (lines and columns); anything else starts with a tag below.
 *
 * Only objects and arrays that hold other objects are numbered for sharing. The leaves (positions,
 * lists of ids or tags: most of a model) are written out again where they recur, and come back
 * equal rather than identical: finding and numbering each of them cost the encoder more than half
 * its time, and nothing in Rapport compares them by identity.
 */
import { literalFor, Shapes } from "./literals.ts";

const INT_BASE = 2 ** 30;

const ARRAY = -1; // then the length, then the items
const LEAF_ARRAY = -2; // as ARRAY, for an array that holds no object: it gets no id (see below)
const NUMBER = -3; // then the index of its text in the table (negative, fractional, NaN, ±Infinity)
const NEGATIVE_ZERO = -4;
const TRUE = -5;
const FALSE = -6;
const NULL = -7;
const UNDEFINED = -8;
const MAP = -9; // then the count, then key and value for each
const REF = -10; // then the id of an object written before: objects are numbered as they are completed
const ENTRIES = -11; // then the count, then key and value for each (keys a literal cannot hold)
const SHAPE = -20; // SHAPE - 2i: an object of shape i, then its values; SHAPE - 2i - 1: the same, holding no object

export interface EncodedModel {
  /** The distinct strings whose characters are all below U+0100, one after the other. */
  readonly narrow: string;
  /** The other distinct strings. */
  readonly wide: string;
  /** For string i: its start and end in `narrow`, or -1 - its start and its end in `wide`. */
  readonly offsets: Int32Array;
  readonly ops: Int32Array;
  /** Each object shape's keys, joined by NUL. */
  readonly shapes: readonly string[];
}

/**
 * Encodes a model: plain objects, arrays and Maps of strings, numbers, booleans, null and
 * undefined. Throws on anything it could not give back exactly (a class instance, a Set, an
 * object or array that is not frozen, a frozen Map), so a snapshot is exact or not written.
 */
export function encodeModel(value: unknown): EncodedModel {
  const narrow: string[] = [];
  const wide: string[] = [];
  let narrowLength = 0;
  let wideLength = 0;
  const offsets: number[] = [];
  const stringIds = new Map<string, number>();
  const stringId = (s: string): number => {
    let id = stringIds.get(s);
    if (id === undefined) {
      id = stringIds.size;
      if (id >= INT_BASE) throw new RangeError("too many strings for a snapshot");
      stringIds.set(s, id);
      if (/[^\u0000-\u00ff]/.test(s)) {
        offsets.push(-1 - wideLength, (wideLength += s.length));
        wide.push(s);
      } else {
        offsets.push(narrowLength, (narrowLength += s.length));
        narrow.push(s);
      }
    }
    return id;
  };
  const shapes = new Shapes();
  // Every object gets an id when it is complete, in the order the decoder completes them.
  const ids = new Map<object, number>();
  // How many objects were written so far (references included): unchanged across a value's items, it is a leaf.
  let objectsWritten = 0;
  const ops: number[] = [];

  const write = (v: unknown): void => {
    switch (typeof v) {
      case "string":
        ops.push(stringId(v));
        return;
      case "boolean":
        ops.push(v ? TRUE : FALSE);
        return;
      case "undefined":
        ops.push(UNDEFINED);
        return;
      case "number":
        if (Object.is(v, -0)) ops.push(NEGATIVE_ZERO);
        else if (Number.isInteger(v) && v >= 0 && v < INT_BASE) ops.push(INT_BASE + v);
        else ops.push(NUMBER, stringId(String(v)));
        return;
      case "object":
        if (v === null) ops.push(NULL);
        else writeObject(v);
        return;
      default:
        throw new TypeError(`cannot store a ${typeof v} in a snapshot`);
    }
  };

  const writeObject = (v: object): void => {
    objectsWritten++;
    const id = ids.get(v);
    if (id !== undefined) {
      ops.push(REF, id);
      return;
    }
    if (v instanceof Map) {
      if (Object.isFrozen(v) || Object.getPrototypeOf(v) !== Map.prototype) throw new TypeError("not a plain Map");
      ops.push(MAP, v.size);
      for (const [k, x] of v) {
        write(k);
        write(x);
      }
    } else if (!Object.isFrozen(v)) {
      throw new TypeError("not frozen");
    } else if (Array.isArray(v)) {
      const tag = ops.length;
      const before = objectsWritten;
      ops.push(ARRAY, v.length);
      for (let i = 0; i < v.length; i++) write(v[i]);
      if (objectsWritten === before) {
        ops[tag] = LEAF_ARRAY;
        return;
      }
    } else {
      if (Object.getPrototypeOf(v) !== Object.prototype) throw new TypeError("not a plain object");
      const record = v as Record<string, unknown>;
      const shape = shapes.shapeOf(record);
      if (shape >= 0) {
        const tag = ops.length;
        const before = objectsWritten;
        ops.push(SHAPE - 2 * shape);
        for (const k in record) write(record[k]);
        if (objectsWritten === before) {
          ops[tag] = SHAPE - 2 * shape - 1;
          return;
        }
      } else {
        const keys = Object.keys(record);
        ops.push(ENTRIES, keys.length);
        for (const k of keys) {
          write(k);
          write(record[k]);
        }
      }
    }
    ids.set(v, ids.size);
  };

  write(value);
  if (narrowLength >= 2 ** 31 || wideLength >= 2 ** 31) throw new RangeError("too much text for a snapshot");
  return {
    narrow: narrow.join(""),
    wide: wide.join(""),
    offsets: Int32Array.from(offsets),
    ops: Int32Array.from(ops),
    shapes: shapes.shapes,
  };
}

/** Reads back what `encodeModel` wrote; throws on anything else. */
export function decodeModel(encoded: EncodedModel): unknown {
  const { narrow, wide, offsets, ops } = encoded;
  if (offsets.length % 2 !== 0) throw new TypeError("not a snapshot");
  const count = offsets.length / 2;
  const strings = new Array<string>(count);
  for (let i = 0; i < count; i++) {
    const start = offsets[2 * i]!;
    const end = offsets[2 * i + 1]!;
    const text = start >= 0 ? narrow : wide;
    const from = start >= 0 ? start : -1 - start;
    if (end < from || end > text.length) throw new TypeError("not a snapshot");
    strings[i] = text.slice(from, end);
  }
  const shapes = encoded.shapes.map((shape) => literalFor(shape, true));
  // Every object, in the order completed: what a REF points at.
  const objects: object[] = [];
  let at = 0;

  const read = (): unknown => {
    const v = ops[at++]!;
    if (v >= 0) {
      if (v >= INT_BASE) return v - INT_BASE;
      if (v >= count) throw new TypeError("not a snapshot");
      return strings[v];
    }
    let object: object;
    switch (v) {
      case NUMBER:
        return Number(strings[ops[at++]!]);
      case NEGATIVE_ZERO:
        return -0;
      case TRUE:
        return true;
      case FALSE:
        return false;
      case NULL:
        return null;
      case UNDEFINED:
        return undefined;
      case REF: {
        const known = objects[ops[at++]!];
        if (known === undefined) throw new TypeError("not a snapshot");
        return known;
      }
      case ARRAY:
      case LEAF_ARRAY: {
        const length = ops[at++]!;
        const items = new Array<unknown>(length);
        for (let i = 0; i < length; i++) items[i] = read();
        object = Object.freeze(items);
        if (v === LEAF_ARRAY) return object;
        break;
      }
      case MAP: {
        const size = ops[at++]!;
        const map = new Map<unknown, unknown>();
        for (let i = 0; i < size; i++) map.set(read(), read());
        object = map;
        break;
      }
      case ENTRIES: {
        const size = ops[at++]!;
        const record: Record<string, unknown> = {};
        for (let i = 0; i < size; i++) {
          const key = read();
          if (typeof key !== "string") throw new TypeError("not a snapshot");
          Object.defineProperty(record, key, { value: read(), enumerable: true, writable: true, configurable: true });
        }
        object = Object.freeze(record);
        break;
      }
      default: {
        const shape = SHAPE - v;
        const build = shapes[shape >> 1];
        if (!build) throw new TypeError("not a snapshot");
        object = build(read);
        if (shape & 1) return object;
      }
    }
    objects.push(object);
    return object;
  };
  const value = read();
  if (at !== ops.length) throw new TypeError("not a snapshot");
  return value;
}
