/** The snapshot's codec gives back exactly what it was given: values, key order, sharing, Maps, frozen objects. */
import { describe, expect, it } from "vitest";
import { deepFreeze } from "../../src/core/freeze.ts";
import { decodeModel, encodeModel } from "../../src/cache/model-codec.ts";

const roundTrip = (value: unknown) => decodeModel(encodeModel(value));

describe("the snapshot codec", () => {
  it("round-trips plain values exactly, key order included, and freezes what it builds", () => {
    const value = deepFreeze({
      file: "contacts/jürgen-müller.md",
      n: [0, 1, 42, 2 ** 30 - 1, 2 ** 30, 2 ** 40, -1, 1.5, -0.25, -0, NaN, Infinity, -Infinity],
      flags: [true, false, null, undefined],
      text: ["", "a", "李雷 — “quotes”", "\u0000nul", "é", "\ud800 lone", "contacts/jürgen-müller.md"],
      nested: { z: 1, a: { b: [[], {}, [{ c: "d" }]] } },
      odd: JSON.parse('{"__proto__": "x", "2": "two", "1": "one", "a\\u0000b": 3}') as unknown,
      map: new Map<string, unknown>([
        ["b", [1]],
        ["a", { x: "y" }],
      ]),
    });
    const back = roundTrip(value) as typeof value;
    expect(back).toEqual(value);
    expect(JSON.stringify(back)).toBe(JSON.stringify(value));
    expect(back.n.map((x) => (Object.is(x, -0) ? "-0" : String(x)))).toEqual([
      "0",
      "1",
      "42",
      "1073741823",
      "1073741824",
      "1099511627776",
      "-1",
      "1.5",
      "-0.25",
      "-0",
      "NaN",
      "Infinity",
      "-Infinity",
    ]);
    expect(back.text[5]).toBe("\ud800 lone");
    expect(Object.keys(back)).toEqual(["file", "n", "flags", "text", "nested", "odd", "map"]);
    expect(Object.keys(back.odd as object)).toEqual(["1", "2", "__proto__", "a\u0000b"]);
    expect(Object.getPrototypeOf(back.odd)).toBe(Object.prototype);
    expect([...back.map.keys()]).toEqual(["b", "a"]);
    expect(back.map).toBeInstanceOf(Map);
    for (const frozen of [back, back.n, back.nested, (back.nested.a.b[2] as object[])[0], back.odd, back.map.get("a")])
      expect(Object.isFrozen(frozen)).toBe(true);
    expect(Object.isFrozen(back.map)).toBe(false);
  });

  it("keeps shared objects shared and stores each string once", () => {
    const entry = { date: "2026-11-24", pos: { file: "contacts/a.md", line: 3, column: 1 } };
    const value = deepFreeze({
      a: [entry, entry],
      byId: new Map([["a", entry]]),
      other: { date: "2026-11-24", pos: { file: "contacts/a.md", line: 3, column: 1 } },
    });
    const encoded = encodeModel(value);
    // Keys are in the shapes; each distinct value string once, in the order first met.
    expect(encoded.narrow).toBe("2026-11-24contacts/a.mda");
    expect(encoded.shapes).toEqual(["a\u0000byId\u0000other", "date\u0000pos", "file\u0000line\u0000column"]);
    expect(encoded.wide).toBe("");
    const back = decodeModel(encoded) as typeof value;
    expect(back.a[0]).toBe(back.a[1]);
    expect(back.byId.get("a")).toBe(back.a[0]);
    expect(back.other).not.toBe(back.a[0]);
    expect(back.other).toEqual(back.a[0]);
  });

  it("numbers only objects that hold objects: a shared leaf comes back equal, not identical", () => {
    const tags = ["x"];
    const value = deepFreeze({ l: [1], n: [[2]], tags: [tags, tags] });
    const encoded = encodeModel(value);
    const int = (n: number) => 2 ** 30 + n;
    // {l, n, tags} is shape 0 and holds objects (-20), [1] is a leaf array (-2), [[2]] an array of one (-1).
    expect([...encoded.ops]).toEqual([-20, -2, 1, int(1), -1, 1, -2, 1, int(2), -1, 2, -2, 1, 0, -2, 1, 0]);
    const back = decodeModel(encoded) as typeof value;
    expect(back).toEqual(value);
    expect(back.tags[0]).not.toBe(back.tags[1]);
    expect(Object.isFrozen(back.tags[1])).toBe(true);
  });

  it("puts strings beyond Latin-1 in the wide text", () => {
    const encoded = encodeModel(deepFreeze(["Müller", "李雷", "Łukasz", "plain"]));
    expect(encoded.narrow).toBe("Müllerplain");
    expect(encoded.wide).toBe("李雷Łukasz");
    expect(decodeModel(encoded)).toEqual(["Müller", "李雷", "Łukasz", "plain"]);
  });

  it("refuses what it could not give back exactly", () => {
    expect(() => encodeModel({ notFrozen: true })).toThrow("not frozen");
    expect(() => encodeModel(deepFreeze([new Set([1])]))).toThrow();
    expect(() => encodeModel(deepFreeze([new Date(0)]))).toThrow();
    expect(() => encodeModel(deepFreeze([() => 1]))).toThrow();
    expect(() => encodeModel(deepFreeze([Object.freeze(new Map())]))).toThrow("not a plain Map");
  });

  it("rejects what it did not write", () => {
    const good = encodeModel(deepFreeze({ a: ["x", 1] }));
    const broken = [
      { ...good, ops: good.ops.slice(0, -1) },
      { ...good, ops: Int32Array.from([...good.ops, 0]) },
      { ...good, ops: Int32Array.from([-10, 5]) },
      { ...good, ops: Int32Array.from([-19 - 100]) },
      { ...good, ops: Int32Array.from([1000]) },
      { ...good, offsets: good.offsets.slice(0, -1) },
      { ...good, narrow: good.narrow.slice(1) },
    ];
    for (const encoded of broken) expect(() => decodeModel(encoded)).toThrow();
  });
});
