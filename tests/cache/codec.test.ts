/** The cache's codec gives back exactly what it was given: values, types, key order, shared text. */
import { describe, expect, it } from "vitest";
import { decodeValue, encodeValue } from "../../src/cache/codec.ts";

const roundTrip = (value: unknown) => decodeValue(encodeValue(value));

describe("the cache codec", () => {
  it("round-trips every kind of plain value exactly, key order included", () => {
    const value = {
      file: "contacts/jürgen-müller.md",
      n: [0, 1, 42, 2 ** 40, -1, 1.5, -0.25, -0, NaN, Infinity, -Infinity],
      flags: [true, false, null, undefined],
      text: ["", "a", "李雷 — “quotes”", "\u0000nul", "contacts/jürgen-müller.md"],
      nested: { z: 1, a: { b: [[], {}, [{ c: "d" }]] } },
      odd: JSON.parse('{"__proto__": "x", "2": "two", "1": "one", "a\\u0000b": 3}') as unknown,
      empty: {},
    };
    const back = roundTrip(value) as typeof value;
    expect(back).toEqual(value);
    expect(Object.is(back.n[7], -0)).toBe(true);
    expect(Number.isNaN(back.n[8])).toBe(true);
    expect(JSON.stringify(back)).toBe(JSON.stringify(value));
    expect(Object.keys(back)).toEqual(Object.keys(value));
    expect(Object.keys(back.odd as object)).toEqual(["1", "2", "__proto__", "a\u0000b"]);
    expect(Object.getPrototypeOf(back.odd)).toBe(Object.prototype);
    expect(Object.keys(back.nested)).toEqual(["z", "a"]);
  });

  it("stores a repeated path once", () => {
    const file = "contacts/jurgen-muller-1234.md";
    const positions = Array.from({ length: 100 }, (_, i) => ({ file, line: i + 1, column: 3 }));
    const text = encodeValue(positions);
    expect(text.split(file).length - 1).toBe(1);
    expect(decodeValue(text)).toEqual(positions);
  });

  it("numbers the shapes of each value afresh, in the order it meets them", () => {
    expect(encodeValue({ a: 1, b: { c: 2 } })).toBe('[["a\\u0000b","c"],-10,1,-11,2]');
    expect(encodeValue({ c: 3, d: { a: 1, b: 0 } })).toBe('[["c\\u0000d","a\\u0000b"],-10,3,-11,1,0]');
    expect(encodeValue({ "2": "two", a: 1 })).toBe('[[],-7,2,"2","two","a",1]');
  });

  it("rejects what it did not write", () => {
    for (const text of ["{}", "[1]", '[["a"], -10]', "[[], -10]", "[[], 1, 2]", "not json"]) {
      expect(() => decodeValue(text), text).toThrow();
    }
  });
});
